// Any text must translate to a SELECT or to an error with a position inside the input; never a
// crash, a hang or SQL that is not a SELECT. The {filters} placeholders are expanded first, as the
// demo's query endpoint does: with or without filters, an expansion is text or an error.
#include "demo/hogql/hogqlfilterplaceholders.h"
#include "demo/hogql/hogqltranslator.h"

#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject filters{{u"filterTestAccounts"_s, size % 2 == 0}, {u"dateRange"_s, QJsonObject{{u"date_from"_s, u"-7d"_s}}}};
    const HogQLFilterPlaceholders::Expansion expanded
        = HogQLFilterPlaceholders::expand(text, filters, u"person.properties.email NOT ILIKE '%@posthog.com%'"_s);
    if (!expanded.ok() && !text.contains(QLatin1Char('{')))
        std::abort(); // only a placeholder can fail to expand
    const QString query = expanded.ok() ? expanded.hogql : text;
    HogQLTranslator::Options options;
    options.now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    const HogQLTranslation t = HogQLTranslator().translate(query, options);
    if (t.ok && !t.sql.startsWith("SELECT "_L1))
        std::abort();
    if (!t.ok && (t.error.isEmpty() || t.errorStart < 0 || t.errorStart > query.size()))
        std::abort();
    return 0;
}
