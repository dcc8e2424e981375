#pragma once

#include "mcp/mcpserver.h"
#include "mcp/mcpsession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

// Drives an McpServer in-process the way a client would, one message at a time. Every wait is
// bounded, and a message that gets no answer in time records a test failure and comes back as an
// error answer: never an empty object that `!isError(...)` would take for success.
class McpTestClient
{
public:
    struct Answer
    {
        QJsonObject message;
        int status = -1;
        bool answered = false;
        QJsonObject result() const { return message.value(QLatin1String("result")).toObject(); }
        QJsonObject error() const { return message.value(QLatin1String("error")).toObject(); }
    };

    explicit McpTestClient(McpServer *server, QString clientId = QStringLiteral("test"))
        : m_server(server)
        , m_clientId(std::move(clientId))
    { }

    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Server notifications sent while answering (progress, logs, list_changed).
    QList<QJsonObject> notifications;

    std::shared_ptr<McpSession> session(const QString &clientId = {}) const
    {
        auto session = std::make_shared<McpSession>();
        session->clientId = clientId.isEmpty() ? m_clientId : clientId;
        return session;
    }

    Answer send(const QJsonObject &message, std::shared_ptr<McpSession> session = nullptr)
    {
        if (!session)
            session = this->session();
        auto answer = std::make_shared<Answer>();
        m_server->handle(
            message, session, [this](const QJsonObject &n) { notifications.append(n); },
            [answer](const QJsonObject &m, int status) {
                answer->message = m;
                answer->status = status;
                answer->answered = true;
            });
        if (!QTest::qWaitFor([answer] { return answer->answered; }, m_timeoutMs)) {
            const QString what = message.value(QLatin1String("method")).toString();
            QTest::qFail(qPrintable(QStringLiteral("no answer to %1 within %2 ms").arg(what).arg(m_timeoutMs)), __FILE__, __LINE__);
            answer->message = QJsonObject{
                {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), -1}, {QStringLiteral("message"), QStringLiteral("test timeout")}}}};
        }
        return *answer;
    }

    static QJsonObject request(const QJsonValue &id, const QString &method, const QJsonObject &params = {})
    {
        QJsonObject m{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("method"), method}};
        if (!params.isEmpty())
            m.insert(QStringLiteral("params"), params);
        return m;
    }

    // The result of tools/call; a timeout or a JSON-RPC error comes back as an isError result
    // that names what went wrong.
    QJsonObject callTool(const QString &name, const QJsonObject &arguments, const QString &clientId = {})
    {
        const Answer answer = send(
            request(1, QStringLiteral("tools/call"), {{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}}), session(clientId));
        if (answer.message.contains(QLatin1String("result")))
            return answer.result();
        const QString reason = answer.error().value(QLatin1String("message")).toString(QStringLiteral("no result"));
        return QJsonObject{
            {QStringLiteral("isError"), true},
            {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                               {QStringLiteral("text"), QStringLiteral("JSON-RPC error: ") + reason}}}}};
    }

    static QString text(const QJsonObject &result)
    {
        return result.value(QLatin1String("content")).toArray().first().toObject().value(QLatin1String("text")).toString();
    }
    static bool isError(const QJsonObject &result) { return result.value(QLatin1String("isError")).toBool(); }

private:
    McpServer *m_server;
    QString m_clientId;
    int m_timeoutMs = 10000;
};
