#pragma once

#include "demorestresource.h"

class DemoQueryEngine;

// /api/projects/{team}/insights/ (posthog/api/insight.py): saved queries, computed on demand.
class DemoInsightResource : public DemoRestResource
{
public:
    DemoInsightResource(const DemoDatabase &db, const DemoQueryEngine &queries);

    DemoReply list(const DemoCall &call) const override;
    // InsightSerializer's fields; `result` computed only when asked (?refresh=).
    QJsonObject json(qint64 id, bool withResult) const;

protected:
    QJsonObject detail(qint64 id) const override;
    QJsonObject retrieved(const DemoCall &call, qint64 id) const override;
    std::optional<DemoReply> validate(const DemoCall &call, const QJsonObject &body, qint64 id) const override;
    Columns insertColumns(const DemoCall &call, const QJsonObject &body) const override;
    void updated(qint64 id) const override;

private:
    static QString order(const DemoCall &call);
    static bool refresh(const DemoCall &call);
    void addResult(qint64 team, const QJsonObject &query, QJsonObject *json) const;

    const DemoQueryEngine &m_queries;
};
