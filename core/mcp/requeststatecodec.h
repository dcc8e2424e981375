#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

// Seals the opaque `requestState` of a 2026-07-28 multi-round-trip result (SEP-2322) so a client
// can only echo it back: an HMAC-SHA256 with a key drawn at random for this process binds the
// tool's own state to the call it was issued for (method, tool or URI, arguments, client) and an
// expiry. Each sealed state opens once: a replayed answer cannot approve a second write.
class RequestStateCodec
{
public:
    // What a state is bound to; a retry must present the same.
    struct Binding
    {
        QString method; // tools/call, prompts/get, resources/read
        QString name; // the tool or prompt name, or the resource URI
        QJsonObject arguments;
        QString principal; // the client identity
    };

    RequestStateCodec();

    QString seal(const Binding &binding, const QString &state);
    // The tool's state, or nothing with `error` saying why in a sentence an agent can act on.
    std::optional<QString> open(const Binding &binding, const QString &sealed, QString *error);

    void setLifetimeMs(qint64 ms) { m_lifetimeMs = ms; }

private:
    QByteArray signature(const QByteArray &payload) const;
    static QString digest(const Binding &binding);
    void forgetExpired(qint64 now);

    QByteArray m_key;
    qint64 m_lifetimeMs = 10 * 60 * 1000;
    quint64 m_nextNonce = 1;
    QHash<QString, qint64> m_used; // nonce -> expiry, until it would have expired anyway
};
