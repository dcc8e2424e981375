#pragma once

#include "demoqueryengine.h"

// RetentionQuery (posthog/hogql_queries/insights/retention_query_runner.py): cohorts of
// `period` ending with the one holding date_to; cohort i is the persons who did the target
// event in interval i (retention_recurring) or did it for the first time ever then
// (retention_first_time); value j counts the cohort's persons doing the returning event in
// interval i + j, value 0 being the cohort itself.
class DemoRetentionQuery
{
public:
    explicit DemoRetentionQuery(QString connectionName);

    DemoQueryEngine::Answer run(qint64 teamId, const QJsonObject &node) const;

private:
    QString m_connectionName;
};
