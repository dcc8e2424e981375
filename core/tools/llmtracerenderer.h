#pragma once

#include "posthog/posthogmodels.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// One LLM trace as get_llm_traces lists it: the aggregates of its events.
struct LlmTraceSummary
{
    QString id;
    QString name;
    QString person; // email, else distinct id
    QDateTime started;
    QStringList models; // "gpt-4o ×2", most calls first
    qint64 generations = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 errors = 0;
    double cost = 0;
    double latency = 0;
};

// One event of a trace: the root ($ai_trace), a span, a generation or an embedding.
struct LlmTraceStep
{
    QString event;
    QString spanId;
    QString parentId;
    QString name;
    QString model;
    QString error;
    QString person;
    QDateTime at;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double cost = 0;
    double latency = 0;
    bool failed = false;
    bool billed() const; // a generation or an embedding: what PostHog's trace totals add up
};

// Reads get_llm_traces' HogQL answers (columns by name, so their order may change) and renders
// them as Markdown: a page of traces, or one trace's steps as a tree under its root.
class LlmTraceRenderer
{
public:
    using Link = std::function<QString(const QString &traceId, const QDateTime &started)>;

    // The rows of the traces query, with each trace's models from the models query.
    static QList<LlmTraceSummary> summaries(const QueryResult &traces, const QueryResult &models);
    static QList<LlmTraceStep> steps(const QueryResult &events);

    // A table within the budget; *shown says how many rows it has.
    static QString list(const QList<LlmTraceSummary> &traces, const Link &link, int budgetChars, int *shown);
    // The totals line and the tree; `truncated` when the query's row limit cut the steps.
    static QString trace(const QString &traceId, const QList<LlmTraceStep> &steps, bool truncated, const Link &link, int budgetChars);

private:
    static QList<QStringList> treeRows(const QString &traceId, const QList<LlmTraceStep> &steps);
};
