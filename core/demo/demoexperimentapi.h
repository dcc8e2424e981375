#pragma once

#include "democall.h"
#include "demoreply.h"

#include <QJsonObject>

class DemoDatabase;

// /api/projects/{team}/experiments/ and /{id}/ (ee/clickhouse/views/experiments.py,
// EnterpriseExperimentsViewSet with ExperimentSerializer): read only in the demo.
class DemoExperimentApi
{
public:
    explicit DemoExperimentApi(const DemoDatabase &db);

    DemoReply list(const DemoCall &call) const;
    DemoReply retrieve(const DemoCall &call) const;

private:
    QJsonObject detail(qint64 id) const;
    QJsonObject flag(qint64 flagId) const; // MinimalFeatureFlagSerializer

    const DemoDatabase &m_db;
};
