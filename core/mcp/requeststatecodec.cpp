#include "requeststatecodec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// Constant time in the length of `expected`, like the bearer token check.
bool sameBytes(const QByteArray &given, const QByteArray &expected)
{
    unsigned char difference = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ (i < given.size() ? given.at(i) : 0));
    return difference == 0;
}

const QString restart = u" Call the tool again without inputResponses and requestState to start over."_s;

} // namespace

RequestStateCodec::RequestStateCodec()
    : m_key(32, Qt::Uninitialized)
{
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()), m_key.size() / int(sizeof(quint32)));
}

QByteArray RequestStateCodec::signature(const QByteArray &payload) const
{
    return QMessageAuthenticationCode::hash(payload, m_key, QCryptographicHash::Sha256).toBase64(base64url);
}

QString RequestStateCodec::digest(const Binding &binding)
{
    // QJsonObject keeps keys sorted, so equal arguments give equal bytes.
    const QByteArray bytes = binding.method.toUtf8() + '\n' + binding.name.toUtf8() + '\n' + binding.principal.toUtf8() + '\n'
                             + QJsonDocument(binding.arguments).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64(base64url));
}

QString RequestStateCodec::seal(const Binding &binding, const QString &state)
{
    const qint64 expiry = QDateTime::currentMSecsSinceEpoch() + m_lifetimeMs;
    const QJsonObject payload{{u"v"_s, 1}, {u"b"_s, digest(binding)}, {u"e"_s, expiry}, {u"n"_s, QString::number(m_nextNonce++)}, {u"s"_s, state}};
    const QByteArray encoded = QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(base64url);
    return QString::fromLatin1(encoded + '.' + signature(encoded));
}

std::optional<QString> RequestStateCodec::open(const Binding &binding, const QString &sealed, QString *error)
{
    const QByteArray bytes = sealed.toLatin1();
    const qsizetype dot = bytes.indexOf('.');
    if (dot <= 0 || !sameBytes(bytes.mid(dot + 1), signature(bytes.left(dot)))) {
        *error = u"Invalid params: requestState failed its integrity check (it was changed, or issued by another run of this "
                 "server)."_s
                 + restart;
        return std::nullopt;
    }
    const QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromBase64(bytes.left(dot), base64url)).object();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    forgetExpired(now);
    const qint64 expiry = qint64(payload.value("e"_L1).toDouble());
    const QString nonce = payload.value("n"_L1).toString();
    if (payload.value("b"_L1).toString() != digest(binding)) {
        *error = u"Invalid params: requestState was issued for another request (a different tool, arguments or client)."_s + restart;
        return std::nullopt;
    }
    if (expiry < now) {
        *error = u"Invalid params: requestState has expired."_s + restart;
        return std::nullopt;
    }
    if (m_used.contains(nonce)) {
        *error = u"Invalid params: requestState was already used; each one answers a single retry."_s + restart;
        return std::nullopt;
    }
    m_used.insert(nonce, expiry);
    return payload.value("s"_L1).toString();
}

void RequestStateCodec::forgetExpired(qint64 now)
{
    for (auto it = m_used.begin(); it != m_used.end();) {
        if (it.value() < now)
            it = m_used.erase(it);
        else
            ++it;
    }
}
