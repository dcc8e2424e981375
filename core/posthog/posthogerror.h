#pragma once

#include <QByteArray>
#include <QString>

// One failure of a PostHog call, with a category a program can branch on and a message a person
// (or an agent) can act on, in plain English (agents read it). Never carries the API key.
class PostHogError
{
public:
    enum class Category {
        None,
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        RateLimited,
        ServerError,
        Timeout,
        Network,
        Tls,
        MalformedResponse,
        ResponseTooLarge,
        Cancelled,
        InvalidArgument,
    };

    PostHogError() = default;
    PostHogError(Category category, QString message, int httpStatus = 0, QString detail = {}, int retryAfterSeconds = -1);

    // Builds the error for an HTTP error status from PostHog's DRF body
    // {"type","code","detail","attr"}; `subject` names what was asked for ("insight 42").
    static PostHogError fromHttp(int status, const QByteArray &body, int retryAfterSeconds, const QString &subject);

    Category category() const { return m_category; }
    bool isNone() const { return m_category == Category::None; }
    int httpStatus() const { return m_httpStatus; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    QString code() const { return m_code; }
    QString attr() const { return m_attr; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    // 403 "API key missing required scope 'insight:write'": the scope quoted, else empty.
    QString missingScope() const { return m_missingScope; }
    // 403 because the key is limited to some projects: either a project outside them, or an
    // organization-level endpoint, which PostHog refuses for project-scoped keys.
    bool isProjectScopedKey() const { return m_projectScopedKey; }
    // Adds what the client knows beyond PostHog's answer (the projects a scoped key may reach).
    void appendToMessage(const QString &sentence) { m_message += QLatin1Char(' ') + sentence; }
    // Stable snake_case name for logs and tool output: "unauthorized", "rate_limited", ...
    QString categoryName() const;
    static QString categoryName(Category category);

private:
    Category m_category = Category::None;
    QString m_message;
    int m_httpStatus = 0;
    QString m_detail;
    QString m_code;
    QString m_attr;
    int m_retryAfterSeconds = -1;
    QString m_missingScope;
    bool m_projectScopedKey = false;
    // fromHttp's steps: the category and message for m_httpStatus, from m_detail and m_attr.
    void describeStatus(const QString &subject);
    void describeBadRequest();
    void describeUnauthorized();
    void describeForbidden();
    void describeNotFound(const QString &subject);
    void describeRateLimited();
    void describeOtherStatus();
};
