#include "hogqltranslator.h"

#include "hogqlerror.h"
#include "hogqllogging.h"
#include "hogqlparser.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxQueryLength = 100000;

QString position(const QString &src, int offset)
{
    const QString before = src.left(offset);
    const int line = int(before.count(QLatin1Char('\n'))) + 1;
    const int column = int(offset - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
    return u"line %1, column %2"_s.arg(line).arg(column);
}

// The query as executed: without trailing semicolons, with the LIMIT the translator applied.
QString executedText(const QString &hogql, const HogQLParser::Select &result)
{
    QString text = hogql.trimmed();
    while (text.endsWith(QLatin1Char(';')))
        text.chop(1);
    if (result.limitTokenStart < 0)
        text += u"\nLIMIT %1"_s.arg(result.limit);
    return text;
}

HogQLTranslation translated(const QString &hogql, const HogQLParser::Select &result)
{
    HogQLTranslation out;
    out.ok = true;
    out.sql = result.sql;
    out.columns = result.columns;
    out.types = result.types;
    out.limit = result.limit;
    out.offset = result.offset;
    out.hogql = executedText(hogql, result);
    return out;
}

HogQLTranslation failed(const QString &hogql, const HogQLError &error)
{
    HogQLTranslation out;
    out.error = u"%1 at %2"_s.arg(error.message, position(hogql, error.start));
    if (!error.hint.isEmpty())
        out.error += u": "_s + error.hint;
    out.errorStart = error.start;
    out.errorEnd = error.end;
    return out;
}

HogQLTranslation translateChecked(const QString &hogql, const HogQLTranslator::Options &options)
{
    if (hogql.size() > maxQueryLength) {
        HogQLTranslation out;
        out.error = u"The query is too long (%1 characters; at most %2)"_s.arg(hogql.size()).arg(maxQueryLength);
        out.errorStart = maxQueryLength;
        out.errorEnd = int(hogql.size());
        return out;
    }
    try {
        HogQLParser parser(hogql, options);
        return translated(hogql, parser.parseQuery());
    } catch (const HogQLError &error) {
        return failed(hogql, error);
    }
}

} // namespace

HogQLTranslation HogQLTranslator::translate(const QString &hogql, const Options &options) const
{
    QElapsedTimer timer;
    timer.start();
    HogQLTranslation out = translateChecked(hogql, options);
    qCDebug(lcHogQL).nospace() << "translated " << hogql.size() << " characters: " << (out.ok ? "ok" : "error") << " in "
                               << timer.nsecsElapsed() / 1000 << " us";
    return out;
}
