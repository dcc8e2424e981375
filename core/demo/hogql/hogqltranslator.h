#pragma once

#include "hogqltranslation.h"

#include <QDateTime>

// Translates a documented subset of HogQL (docs/hogql-subset.md) to SQLite over DemoSchema's
// tables. Everything outside the subset is an error naming the construct and its position.
class HogQLTranslator
{
public:
    struct Options
    {
        qint64 teamId = 1;
        int defaultLimit = 100;
        int maxLimit = 50000;
        QDateTime now; // invalid: the current UTC time
    };

    HogQLTranslation translate(const QString &hogql, const Options &options) const;
    HogQLTranslation translate(const QString &hogql) const { return translate(hogql, Options()); }
};
