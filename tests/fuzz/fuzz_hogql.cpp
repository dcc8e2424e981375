// Any text must translate to a SELECT or to an error with a position inside the input; never a
// crash, a hang or SQL that is not a SELECT.
#include "demo/hogql/hogqltranslator.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    HogQLTranslator::Options options;
    options.now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    const HogQLTranslation t = HogQLTranslator().translate(query, options);
    if (t.ok && !t.sql.startsWith(QLatin1String("SELECT ")))
        std::abort();
    if (!t.ok && (t.error.isEmpty() || t.errorStart < 0 || t.errorStart > query.size()))
        std::abort();
    return 0;
}
