#include "posthogerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

PostHogError::PostHogError(Category category, QString message, int httpStatus, QString detail, int retryAfterSeconds)
    : m_category(category)
    , m_message(std::move(message))
    , m_httpStatus(httpStatus)
    , m_detail(std::move(detail))
    , m_retryAfterSeconds(retryAfterSeconds)
{ }

namespace {
QString withDetail(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : message + u" PostHog said: \"%1\""_s.arg(detail);
}

int retryAfterFromDetail(const QString &detail)
{
    // "Request was throttled. Expected available in 12 seconds."
    static const QRegularExpression pattern(u"available in (\\d+) second"_s);
    const auto match = pattern.match(detail);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}
} // namespace

PostHogError PostHogError::fromHttp(int status, const QByteArray &body, int retryAfterSeconds, const QString &subject)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    PostHogError error;
    error.m_httpStatus = status;
    // HTML error pages carry no "detail", so a 5xx says nothing beyond its status.
    error.m_detail = json.value("detail"_L1).toString().left(500);
    error.m_code = json.value("code"_L1).toString();
    error.m_attr = json.value("attr"_L1).toString();
    error.m_retryAfterSeconds = retryAfterSeconds >= 0 ? retryAfterSeconds : retryAfterFromDetail(error.m_detail);
    error.describeStatus(subject);
    return error;
}

// Plain English on purpose, here and below: agents read these messages, whatever the UI language.
void PostHogError::describeStatus(const QString &subject)
{
    switch (m_httpStatus) {
    case 400: return describeBadRequest();
    case 401: return describeUnauthorized();
    case 403: return describeForbidden();
    case 404: return describeNotFound(subject);
    case 429: return describeRateLimited();
    default: return describeOtherStatus();
    }
}

void PostHogError::describeBadRequest()
{
    m_category = Category::BadRequest;
    m_message = withDetail(m_attr.isEmpty() ? u"PostHog rejected the request as invalid."_s : u"PostHog rejected the value of '%1'."_s.arg(m_attr),
                           m_detail);
}

void PostHogError::describeUnauthorized()
{
    m_category = Category::Unauthorized;
    m_message = withDetail(u"Invalid API key: PostHog did not accept the personal API key. Check the key and the "
                           "region on PostHog Companion's Connection page (a key from EU cloud does not work on "
                           "US cloud, and the other way round), or create a new key in PostHog under "
                           "Settings > Personal API keys."_s,
                           m_detail);
}

void PostHogError::describeNotFound(const QString &subject)
{
    m_category = Category::NotFound;
    m_message = withDetail(u"%1 was not found: check the organization/project/insight id, and that it belongs "
                           "to the active project."_s.arg(subject.isEmpty() ? u"The requested object"_s : subject),
                           m_detail);
}

void PostHogError::describeRateLimited()
{
    m_category = Category::RateLimited;
    m_message = m_retryAfterSeconds >= 0 ? u"Rate limited by PostHog: retry after %1 s."_s.arg(m_retryAfterSeconds)
                                         : u"Rate limited by PostHog: retry in a minute."_s;
}

void PostHogError::describeOtherStatus()
{
    if (m_httpStatus >= 500) {
        m_category = Category::ServerError;
        m_message = withDetail(u"PostHog is having trouble (HTTP %1). It was retried; try again in a few minutes."_s.arg(m_httpStatus), m_detail);
        return;
    }
    m_category = Category::BadRequest;
    m_message = withDetail(u"PostHog answered HTTP %1."_s.arg(m_httpStatus), m_detail);
}

// The details come from posthog/permissions.py (APIScopePermission and the scoped-team checks).
void PostHogError::describeForbidden()
{
    m_category = Category::Forbidden;
    static const QRegularExpression scopePattern(u"missing required scope '([^']+)'"_s);
    const auto scope = scopePattern.match(m_detail);
    if (scope.hasMatch()) {
        m_missingScope = scope.captured(1);
        m_message = withDetail(u"The personal API key lacks the scope '%1'. Add it in PostHog under "
                               "Settings > Personal API keys: edit this key and tick '%1' among its "
                               "scopes (or create a key that has it), then try again."_s.arg(m_missingScope),
                               m_detail);
        return;
    }
    if (m_detail.contains("does not have access to the requested project"_L1)) {
        m_projectScopedKey = true;
        m_message = withDetail(u"The personal API key is limited to some projects, and this is not one "
                               "of them. Pick a project the key may reach with get_projects and "
                               "set_active_project, or widen the key's projects in PostHog under "
                               "Settings > Personal API keys."_s,
                               m_detail);
        return;
    }
    if (m_detail.contains("scoped projects are only supported on project-based endpoints"_L1)) {
        m_projectScopedKey = true;
        m_message = withDetail(u"The personal API key is limited to some projects, so PostHog refuses "
                               "organization-level requests with it. Project tools work; for "
                               "organization-wide access, give the key access to the whole "
                               "organization in PostHog under Settings > Personal API keys."_s,
                               m_detail);
        return;
    }
    m_message = withDetail(u"Insufficient permissions: the personal API key may not do this. Check the "
                           "key's scopes and which organizations and projects it may reach in PostHog "
                           "under Settings > Personal API keys, and your role in the project."_s,
                           m_detail);
}

QString PostHogError::categoryName() const
{
    return categoryName(m_category);
}

QString PostHogError::categoryName(Category category)
{
    switch (category) {
    case Category::None: return u"none"_s;
    case Category::BadRequest: return u"bad_request"_s;
    case Category::Unauthorized: return u"unauthorized"_s;
    case Category::Forbidden: return u"forbidden"_s;
    case Category::NotFound: return u"not_found"_s;
    case Category::RateLimited: return u"rate_limited"_s;
    case Category::ServerError: return u"server_error"_s;
    case Category::Timeout: return u"timeout"_s;
    case Category::Network: return u"network"_s;
    case Category::Tls: return u"tls"_s;
    case Category::MalformedResponse: return u"malformed_response"_s;
    case Category::ResponseTooLarge: return u"response_too_large"_s;
    case Category::Cancelled: return u"cancelled"_s;
    case Category::InvalidArgument: return u"invalid_argument"_s;
    }
    return u"unknown"_s;
}
