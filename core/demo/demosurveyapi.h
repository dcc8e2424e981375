#pragma once

#include "democall.h"
#include "demoreply.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

class DemoDatabase;

// /api/projects/{team}/surveys/ (posthog/api/survey.py SurveyViewSet): the list (DRF SearchFilter
// on name and description), one survey in SurveySerializer's shape, the stats actions computed from
// the `survey shown/dismissed/sent` events as _get_survey_stats does, and responses_count.
// Read-only: the demo does not model survey writes.
class DemoSurveyApi
{
public:
    explicit DemoSurveyApi(const DemoDatabase &db);

    DemoReply list(const DemoCall &call) const;
    DemoReply retrieve(const DemoCall &call) const;
    DemoReply stats(const DemoCall &call) const; // /surveys/{id}/stats/
    DemoReply globalStats(const DemoCall &call) const; // /surveys/stats/: non-archived surveys only
    DemoReply responsesCount(const DemoCall &call) const; // /surveys/responses_count/

private:
    struct Window
    {
        QString from; // stored-time bounds; empty: open
        QString to;
    };
    QJsonObject survey(const QString &id) const;
    bool exists(const DemoCall &call) const;
    // The stats and rates for the events whose $survey_id is one of `surveyIds`.
    QJsonObject statsFor(qint64 team, const QStringList &surveyIds, const Window &window) const;
    QJsonObject linkedFlag(qint64 flagId) const;

    const DemoDatabase &m_db;
};
