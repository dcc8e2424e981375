#pragma once

// Typed views of PostHog's JSON. Parsing is defensive: unknown fields are ignored, missing
// optional ones stay empty, and a field of the wrong type makes fromJson() fail with a message
// naming it (the client turns that into a MalformedResponse error).

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct OrganizationRef
{
    QString id;
    QString name;
    QString slug;
};

struct CurrentUser
{
    QString distinctId;
    QString email;
    QString firstName;
    OrganizationRef organization;
    qint64 currentProjectId = 0;
    QString currentProjectName;
    QList<OrganizationRef> organizations;
    static bool fromJson(const QJsonObject &json, CurrentUser *out, QString *error);
};

struct Organization
{
    QString id;
    QString name;
    QString slug;
    int membershipLevel = 0;
    QDateTime createdAt;
    static bool fromJson(const QJsonObject &json, Organization *out, QString *error);
};

struct Project
{
    qint64 id = 0;
    QString uuid;
    QString organizationId;
    QString name;
    QString timezone;
    QDateTime createdAt;
    // api_token and secret tokens are deliberately not kept.
    static bool fromJson(const QJsonObject &json, Project *out, QString *error);
};

struct Insight
{
    qint64 id = 0;
    QString shortId;
    QString name;
    QString derivedName;
    QString description;
    QJsonObject query;
    QJsonValue result;
    QStringList columns; // column names of an SQL insight's result (InsightSerializer.get_columns)
    QList<qint64> dashboards;
    QStringList tags;
    QDateTime createdAt;
    QDateTime lastModifiedAt;
    bool saved = false;
    bool favorited = false;
    bool deleted = false;
    QString displayName() const { return name.isEmpty() ? derivedName : name; }
    // The HogQL text when the insight is a SQL insight (HogQLQuery, possibly wrapped).
    QString hogql() const;
    static bool fromJson(const QJsonObject &json, Insight *out, QString *error);
};

struct DashboardTile
{
    qint64 id = 0;
    bool hasInsight = false;
    Insight insight;
    QString text;
};

struct Dashboard
{
    qint64 id = 0;
    QString name;
    QString description;
    bool pinned = false;
    bool deleted = false;
    QStringList tags;
    QDateTime createdAt;
    QDateTime lastAccessedAt;
    QString createdBy;
    QList<DashboardTile> tiles;
    static bool fromJson(const QJsonObject &json, Dashboard *out, QString *error);
};

struct EventDefinition
{
    QString id;
    QString name;
    QString description;
    QStringList tags;
    QDateTime lastSeenAt;
    bool verified = false;
    bool hidden = false;
    static bool fromJson(const QJsonObject &json, EventDefinition *out, QString *error);
};

struct PropertyDefinition
{
    QString id;
    QString name;
    QString propertyType; // String, Numeric, Boolean, DateTime, Duration (may be empty)
    bool isNumerical = false;
    bool hidden = false;
    static bool fromJson(const QJsonObject &json, PropertyDefinition *out, QString *error);
};

struct FeatureFlag
{
    qint64 id = 0;
    QString key;
    QString name;
    bool active = false;
    bool deleted = false;
    QJsonObject filters;
    QStringList tags;
    QDateTime createdAt;
    // "50% of users", "2 release conditions", "multivariate: control 50%, test 50%".
    QString rolloutSummary() const;
    static bool fromJson(const QJsonObject &json, FeatureFlag *out, QString *error);
};

struct QueryResult
{
    QStringList columns;
    QStringList types;
    QJsonArray rows; // each a JSON array, one value per column
    bool hasMore = false;
    int limit = 0;
    int offset = 0;
    QString hogql;
    static bool fromJson(const QJsonObject &json, QueryResult *out, QString *error);
};

struct ErrorIssue
{
    QString id;
    QString name; // exception type
    QString description; // message
    QString status;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QString library;
    qint64 occurrences = 0;
    qint64 users = 0;
    qint64 sessions = 0;
    // {id, type} (products/error_tracking/backend/logic.py serialize_issue_assignment): a user's
    // numeric id or a role's uuid; both empty when nobody is assigned.
    QString assigneeType; // "user" or "role"
    QString assigneeId;
    // Both ErrorTrackingQuery rows and the issues endpoint's (no aggregations there).
    static bool fromJson(const QJsonObject &json, ErrorIssue *out, QString *error);
};

struct StackFrame
{
    QString filename;
    QString function;
    int line = 0;
    int column = 0;
    bool inApp = false;
};

struct ErrorIssueDetails
{
    ErrorIssue issue;
    QString exceptionType;
    QString exceptionMessage;
    QList<StackFrame> frames; // innermost last, as PostHog stores them
    QString release;
    QDateTime latestAt;
    QString window; // date_from of the counts: "-7d", an ISO date
};

// Error tracking: who an issue may be assigned to, and one occurrence of an issue.
struct OrganizationMember
{
    qint64 userId = 0; // what an issue's assignee {type: "user", id} names
    QString userUuid;
    QString email;
    QString firstName;
    QString lastName;
    int level = 0;
    static bool fromJson(const QJsonObject &json, OrganizationMember *out, QString *error);
};

struct ErrorEvent
{
    QString uuid;
    QDateTime timestamp;
    QString exceptionType;
    QString message;
    QStringList releases; // versions (else hashes) from $exception_releases
    QString url;
    QString browser;
    QString os;
    QString distinctId;
    QString personId;
    QString email; // the person's, when known
    QString sessionId;
};

struct KeyScopes
{
    QStringList scopes;
    QList<qint64> scopedProjects;
    QStringList scopedOrganizations;
    // "insight:read" is granted by "insight:read", "insight:write" or "*".
    bool grants(const QString &scope) const;
    static bool fromJson(const QJsonObject &json, KeyScopes *out, QString *error);
};

template <typename T>
struct Page
{
    QList<T> results;
    qint64 count = -1; // -1 when PostHog did not say
    bool hasMore = false;
    int offset = 0;
    int nextOffset() const { return offset + int(results.size()); }
};

// Helpers shared by the parsers (and by the demo backend tests).
namespace PostHogJson {
QDateTime parseTime(const QJsonValue &value);
}
