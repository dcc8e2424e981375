#pragma once

#include "hogqltoken.h"

#include <QtGlobal>

// Thrown while translating: the translator turns it into "<message> at line L, column C[: hint]".
struct HogQLError
{
    QString message;
    int start;
    int end;
    QString hint = {}; // said after the position

    // An error spanning the token, at least one character wide so the editor can mark it.
    static HogQLError at(const HogQLToken &t, const QString &message) { return {message, t.start, qMax(t.end, t.start + 1)}; }
};
