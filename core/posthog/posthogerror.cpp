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
    QString detail = json.value("detail"_L1).toString().left(500);
    if (detail.isEmpty() && status >= 500)
        detail.clear(); // HTML error pages say nothing useful
    PostHogError error;
    error.m_httpStatus = status;
    error.m_detail = detail;
    error.m_code = json.value("code"_L1).toString();
    error.m_attr = json.value("attr"_L1).toString();
    error.m_retryAfterSeconds = retryAfterSeconds >= 0 ? retryAfterSeconds : retryAfterFromDetail(detail);

    switch (status) {
    case 400:
        error.m_category = Category::BadRequest;
        error.m_message = withDetail(error.m_attr.isEmpty() ? tr("PostHog rejected the request as invalid.")
                                                            : tr("PostHog rejected the value of '%1'.").arg(error.m_attr),
                                     detail);
        break;
    case 401:
        error.m_category = Category::Unauthorized;
        error.m_message = withDetail(tr("Invalid API key: PostHog did not accept the personal API key. Check the key and the "
                                        "region on PostHog Companion's Connection page (a key from EU cloud does not work on "
                                        "US cloud, and the other way round), or create a new key in PostHog under "
                                        "Settings > Personal API keys."),
                                     detail);
        break;
    case 403:
        error.m_category = Category::Forbidden;
        error.describeForbidden();
        break;
    case 404:
        error.m_category = Category::NotFound;
        error.m_message = withDetail(tr("%1 was not found: check the organization/project/insight id, and that it belongs "
                                        "to the active project.")
                                         .arg(subject.isEmpty() ? tr("The requested object") : subject),
                                     detail);
        break;
    case 429:
        error.m_category = Category::RateLimited;
        error.m_message = error.m_retryAfterSeconds >= 0 ? tr("Rate limited by PostHog: retry after %1 s.").arg(error.m_retryAfterSeconds)
                                                         : tr("Rate limited by PostHog: retry in a minute.");
        break;
    default:
        if (status >= 500) {
            error.m_category = Category::ServerError;
            error.m_message = withDetail(tr("PostHog is having trouble (HTTP %1). It was retried; try again in a few minutes.").arg(status), detail);
        } else {
            error.m_category = Category::BadRequest;
            error.m_message = withDetail(tr("PostHog answered HTTP %1.").arg(status), detail);
        }
    }
    return error;
}

// The details come from posthog/permissions.py (APIScopePermission and the scoped-team checks).
void PostHogError::describeForbidden()
{
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
