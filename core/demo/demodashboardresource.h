#pragma once

#include "demorestresource.h"

#include <QJsonArray>

class DemoInsightResource;

// /api/projects/{team}/dashboards/ (posthog/api/dashboards/dashboard.py); the detail carries
// the tiles, each insight tile with the insight in it.
class DemoDashboardResource : public DemoRestResource
{
public:
    DemoDashboardResource(const DemoDatabase &db, const DemoInsightResource &insights);

    DemoReply list(const DemoCall &call) const override;

protected:
    QJsonObject detail(qint64 id) const override;
    QJsonObject retrieved(const DemoCall &call, qint64 id) const override;
    std::optional<DemoReply> validate(const DemoCall &call, const QJsonObject &body, qint64 id) const override;
    Columns insertColumns(const DemoCall &call, const QJsonObject &body) const override;

private:
    QJsonObject json(qint64 id, bool withTiles) const;
    QJsonArray tiles(qint64 dashboard) const;
    QList<qint64> insightIds(qint64 dashboard) const;

    const DemoInsightResource &m_insights;
};
