#include "tunnelhostnames.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString TunnelHostNames::normalize(const QString &input, QString *error)
{
    const QString name = input.trimmed().toLower();
    QString why;
    if (name.isEmpty())
        why = tr("the host name is empty");
    else if (name.contains("://"_L1) || name.contains(u'/'))
        why = tr("give the host name alone (mcp.example.com), not a URL");
    else if (name.contains(u':'))
        why = tr("give the host name without a port: the tunnel's public port does not matter");
    else if (name.contains(u'*'))
        why = tr("wildcards are not allowed: name each host");
    else if (name.size() > 253 || !name.contains(u'.'))
        why = tr("a public host name has at least two labels, like mcp.example.com");
    else {
        static const QRegularExpression label(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"_s);
        for (const QString &part : name.split(u'.')) {
            if (!label.match(part).hasMatch()) {
                why = tr("'%1' is not a valid label (letters, digits and inner hyphens, at most 63)").arg(part);
                break;
            }
        }
    }
    if (why.isEmpty())
        return name;
    if (error)
        *error = tr("'%1' is not a host name a tunnel can forward: %2.").arg(input.trimmed(), why);
    return QString();
}

std::optional<QStringList> TunnelHostNames::parseList(const QString &text, QString *error)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    QStringList names;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString name = normalize(part, error);
        if (name.isEmpty())
            return std::nullopt;
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}
