#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <memory>

// The real posthog-companion binary as a test drives it: JSON-RPC lines on its stdin, answers
// read from its stdout, its stderr kept for messages. Every wait is bounded and fails the test on
// timeout; a missed answer comes back as an object holding "testTimeout", never as success.
class McpProcess
{
public:
    explicit McpProcess(const QStringList &arguments)
        : m_process(std::make_unique<QProcess>())
    {
        QObject::connect(m_process.get(), &QProcess::readyReadStandardError, [this] { m_stderr += m_process->readAllStandardError(); });
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, [this] { m_stdout += m_process->readAllStandardOutput(); });
        m_process->start(QStringLiteral(PHC_BINARY), arguments);
    }
    ~McpProcess()
    {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000); // test teardown only: the process is killed, this returns at once
        }
    }

    QProcess *process() const { return m_process.get(); }
    qint64 pid() const { return m_process->processId(); }
    QString standardError() const { return QString::fromUtf8(m_stderr); }

    void send(const QJsonObject &message) { m_process->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n'); }

    static QJsonObject request(int id, const QString &method, const QJsonObject &params = {})
    {
        QJsonObject m{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("method"), method}};
        if (!params.isEmpty())
            m.insert(QStringLiteral("params"), params);
        return m;
    }

    // The next stdout message `accept` takes (earlier ones it skips are dropped).
    QJsonObject waitFor(const std::function<bool(const QJsonObject &)> &accept, int timeoutMs = 30000)
    {
        QJsonObject found;
        const bool ok = QTest::qWaitFor(
            [&] {
                qsizetype newline;
                while ((newline = m_stdout.indexOf('\n')) >= 0) {
                    const QJsonObject message = QJsonDocument::fromJson(m_stdout.left(newline)).object();
                    m_stdout.remove(0, newline + 1);
                    if (accept(message)) {
                        found = message;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        if (!ok) {
            QTest::qFail(qPrintable(QStringLiteral("no expected message on stdout within %1 ms; stderr: %2").arg(timeoutMs).arg(standardError())),
                         __FILE__, __LINE__);
            return {{QStringLiteral("testTimeout"), true}};
        }
        return found;
    }

    QJsonObject answerTo(int id, int timeoutMs = 30000)
    {
        return waitFor([id](const QJsonObject &m) { return m.value(QLatin1String("id")).toInt(-1) == id && !m.contains(QLatin1String("method")); },
                       timeoutMs);
    }

    // Sends a request and returns its answer.
    QJsonObject call(int id, const QString &method, const QJsonObject &params = {})
    {
        send(request(id, method, params));
        return answerTo(id);
    }

    QJsonObject initialize(const QString &clientName, const QJsonObject &capabilities = {})
    {
        const QJsonObject answer = call(
            1, QStringLiteral("initialize"),
            {{QStringLiteral("protocolVersion"), QStringLiteral("2025-06-18")},
             {QStringLiteral("capabilities"), capabilities},
             {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), clientName}, {QStringLiteral("version"), QStringLiteral("1")}}}});
        send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), QStringLiteral("notifications/initialized")}});
        return answer;
    }

    // The first capture of `pattern` in stderr, once it appears.
    QString waitForStderr(const QString &pattern, int timeoutMs = 30000)
    {
        const QRegularExpression re(pattern);
        QRegularExpressionMatch match;
        if (!QTest::qWaitFor([&] { return (match = re.match(standardError())).hasMatch(); }, timeoutMs)) {
            QTest::qFail(qPrintable(QStringLiteral("stderr never matched %1 within %2 ms: %3").arg(pattern).arg(timeoutMs).arg(standardError())),
                         __FILE__, __LINE__);
            return {};
        }
        return match.captured(match.lastCapturedIndex() >= 1 ? 1 : 0);
    }

    // The exit code once it exits; -1000 (and a test failure) if it does not within the time.
    int waitForExit(int timeoutMs = 10000)
    {
        if (!QTest::qWaitFor([this] { return m_process->state() == QProcess::NotRunning; }, timeoutMs)) {
            QTest::qFail(qPrintable(QStringLiteral("the process did not exit within %1 ms; stderr: %2").arg(timeoutMs).arg(standardError())),
                         __FILE__, __LINE__);
            return -1000;
        }
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1001;
    }

    static QString textOf(const QJsonObject &answer)
    {
        QString text;
        for (const QJsonValue &c : answer.value(QLatin1String("result")).toObject().value(QLatin1String("content")).toArray())
            text += c.toObject().value(QLatin1String("text")).toString();
        return text;
    }

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
};
