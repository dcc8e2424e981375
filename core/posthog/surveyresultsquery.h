#pragma once

#include "posthogclient.h"
#include "posthogmodels.h"

#include <QDateTime>
#include <QString>

class PostHogCall;

// A survey's results as PostHog's own results view reads them (frontend/src/scenes/surveys/utils.tsx
// getSurveyResponse, posthog/models/surveys/util.py): HogQL over its `survey sent` events, each
// answer under $survey_response_<question id> or, from SDKs before question ids, the index key
// ($survey_response, $survey_response_1, …); a submission ($survey_submission_id, else the event)
// counts once however many partial-response events it sent. Plus the stats endpoint's counts.
class SurveyResultsQuery
{
public:
    // One row: submissions, then per question q<i>: the submissions that answered it.
    static QString totalsSql(const Survey &survey, const QDateTime &from, const QDateTime &to);
    // Rows (answer, responses, latest) of question `index`: the most given first, or for an open
    // question the latest first.
    static QString answersSql(const Survey &survey, int index, const QDateTime &from, const QDateTime &to, int limit);
    static SurveyQuestionResults readAnswers(const SurveyQuestion &question, const QueryResult &rows, qint64 respondents);

    // The stats and every question's answers at once (PostHog queues queries beyond its limit).
    static void run(PostHogClient *client, qint64 projectId, const Survey &survey, const QDateTime &from, const QDateTime &to, int openAnswers,
                    QObject *context, PostHogClient::Callback<SurveyResults> done);
    // The window PostHog's results view uses when none is given: from the day the survey was
    // created to the end of its last day (or of today).
    static QDateTime defaultFrom(const Survey &survey);
    static QDateTime defaultTo(const Survey &survey, const QDateTime &now);
};
