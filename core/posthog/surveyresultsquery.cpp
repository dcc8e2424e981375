#include "surveyresultsquery.h"

#include <QJsonDocument>
#include <QMap>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// A HogQL string literal: backslash escapes, as HogQL's (and the demo's) lexer reads them.
QString literal(QString text)
{
    return QLatin1Char('\'') + text.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s) + QLatin1Char('\'');
}

QString timeLiteral(const QDateTime &t)
{
    // toDateTime is parseDateTime64BestEffortOrNull in HogQL (posthog/hogql/functions/mapping.py): the
    // "Z" keeps the bound in UTC whatever the project's time zone.
    return u"toDateTime(%1)"_s.arg(literal(t.toUTC().toString(Qt::ISODateWithMs)));
}

// The answer to question `index` as text. toString because PostHog types a numeric property
// (a rating) as a Float, and coalesce needs one type.
QString answerExpr(const SurveyQuestion &q, int index)
{
    const QString indexKey = index == 0 ? u"$survey_response"_s : u"$survey_response_%1"_s.arg(index);
    if (q.id.isEmpty())
        return u"toString(properties[%1])"_s.arg(literal(indexKey));
    return u"coalesce(toString(properties[%1]), toString(properties[%2]))"_s.arg(literal(u"$survey_response_"_s + q.id), literal(indexKey));
}

// posthog/models/surveys/util.py: the submission id, or the event itself for SDKs without one.
const QString submission = u"if(coalesce(properties.$survey_submission_id, '') = '', toString(uuid), properties.$survey_submission_id)"_s;

QString answered(const QString &answer)
{
    return u"coalesce(%1, '') NOT IN ('', '[]')"_s.arg(answer);
}

QString sentEvents(const Survey &survey, const QDateTime &from, const QDateTime &to)
{
    return u"event = 'survey sent' AND properties.$survey_id = %1 AND timestamp >= %2 AND timestamp <= %3"_s.arg(literal(survey.id),
                                                                                                                 timeLiteral(from), timeLiteral(to));
}

qint64 number(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
}

QString text(const QJsonValue &v)
{
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString();
}

void readRating(const QList<SurveyAnswerCount> &given, SurveyQuestionResults *out)
{
    const int scale = out->question.scale > 0 ? out->question.scale : 5;
    const int low = scale == 10 ? 0 : 1; // PostHog's 0-10 (NPS) scale starts at 0, the others at 1
    QMap<int, SurveyAnswerCount> byValue;
    for (int v = low; v <= scale; ++v)
        byValue.insert(v, {QString::number(v), 0, {}});
    for (const SurveyAnswerCount &a : given) {
        bool ok = false;
        const int v = int(a.value.toDouble(&ok));
        if (ok && byValue.contains(v))
            byValue[v] = {QString::number(v), byValue.value(v).count + a.count, qMax(byValue.value(v).latest, a.latest)};
    }
    qint64 total = 0, sum = 0;
    for (auto it = byValue.cbegin(); it != byValue.cend(); ++it) {
        out->answers.append(it.value());
        total += it.value().count;
        sum += it.key() * it.value().count;
        if (scale == 10)
            (it.key() >= 9 ? out->promoters : it.key() >= 7 ? out->passives : out->detractors) += it.value().count;
    }
    out->average = total > 0 ? double(sum) / double(total) : 0;
    // frontend/src/scenes/surveys/utils.tsx calculateNpsBreakdown: (promoters - detractors) / total.
    out->nps = total > 0 ? double(out->promoters - out->detractors) / double(total) * 100.0 : 0;
}

// Each choice in the survey's order (a multiple choice's answer is a JSON list: every choice in
// it counts), then answers that are not choices (an open "Other", a since-renamed choice).
void readChoices(const QList<SurveyAnswerCount> &given, SurveyQuestionResults *out)
{
    QList<SurveyAnswerCount> counts;
    for (const QString &c : out->question.choices)
        counts.append({c, 0, {}});
    auto add = [&counts](const QString &value, const SurveyAnswerCount &a) {
        for (SurveyAnswerCount &c : counts) {
            if (c.value == value) {
                c.count += a.count;
                c.latest = qMax(c.latest, a.latest);
                return;
            }
        }
        counts.append({value, a.count, a.latest});
    };
    for (const SurveyAnswerCount &a : given) {
        const QJsonDocument list = QJsonDocument::fromJson(a.value.toUtf8());
        if (out->question.type == "multiple_choice"_L1 && list.isArray()) {
            for (const QJsonValue &v : list.array())
                add(text(v), a);
        } else {
            add(a.value, a);
        }
    }
    const qsizetype fixed = out->question.choices.size();
    std::stable_sort(counts.begin() + fixed, counts.end(), [](const SurveyAnswerCount &a, const SurveyAnswerCount &b) { return a.count > b.count; });
    out->answers = counts;
}

} // namespace

QString SurveyResultsQuery::totalsSql(const Survey &survey, const QDateTime &from, const QDateTime &to)
{
    QStringList columns{u"count(DISTINCT %1) AS submissions"_s.arg(submission)};
    for (qsizetype i = 0; i < survey.questions.size(); ++i)
        columns.append(u"count(DISTINCT if(%1, %2, NULL)) AS q%3"_s.arg(answered(answerExpr(survey.questions.at(i), int(i))), submission).arg(i));
    return u"SELECT %1 FROM events WHERE %2"_s.arg(columns.join(u", "_s), sentEvents(survey, from, to));
}

QString SurveyResultsQuery::answersSql(const Survey &survey, int index, const QDateTime &from, const QDateTime &to, int limit)
{
    const SurveyQuestion &q = survey.questions.at(index);
    const QString answer = answerExpr(q, index);
    return u"SELECT %1 AS answer, count(DISTINCT %2) AS responses, max(timestamp) AS latest FROM events WHERE %3 AND %4 GROUP BY answer "
           "ORDER BY %5 LIMIT %6"_s
               .arg(answer, submission, sentEvents(survey, from, to), answered(answer), q.type == "open"_L1 ? u"latest DESC"_s : u"responses DESC"_s)
               .arg(limit);
}

SurveyQuestionResults SurveyResultsQuery::readAnswers(const SurveyQuestion &question, const QueryResult &rows, qint64 respondents)
{
    SurveyQuestionResults out;
    out.question = question;
    out.respondents = respondents;
    QList<SurveyAnswerCount> given;
    for (const QJsonValue &row : rows.rows) {
        const QJsonArray r = row.toArray();
        given.append({text(r.at(0)), number(r.at(1)), PostHogJson::parseTime(r.at(2))});
    }
    if (question.type == "rating"_L1)
        readRating(given, &out);
    else if (question.type == "single_choice"_L1 || question.type == "multiple_choice"_L1)
        readChoices(given, &out);
    else
        out.answers = given;
    return out;
}

QDateTime SurveyResultsQuery::defaultFrom(const Survey &survey)
{
    const QDateTime created = survey.createdAt.isValid() ? survey.createdAt.toUTC() : survey.startDate.toUTC();
    return created.isValid() ? QDateTime(created.date(), QTime(0, 0), QTimeZone::utc()) : QDateTime();
}

QDateTime SurveyResultsQuery::defaultTo(const Survey &survey, const QDateTime &now)
{
    const QDate last = (survey.endDate.isValid() ? survey.endDate : now).toUTC().date();
    return QDateTime(last, QTime(23, 59, 59, 999), QTimeZone::utc());
}

namespace {

// The answers of every request, collected until the last one is in.
struct Gathering
{
    SurveyResults results;
    QueryResult totals;
    QList<std::optional<QueryResult>> answers;
    std::optional<PostHogError> error;
    int pending = 0;
    PostHogClient::Callback<SurveyResults> done;

    void settle(const PostHogError *failure)
    {
        if (failure && !error)
            error = *failure;
        if (--pending > 0)
            return;
        if (error)
            return done(PostHogResult<SurveyResults>(*error));
        const QJsonArray row = totals.rows.isEmpty() ? QJsonArray() : totals.rows.first().toArray();
        results.submissions = number(row.at(0));
        const QList<SurveyQuestion> &questions = results.survey.questions;
        for (qsizetype i = 0; i < questions.size(); ++i) {
            if (answers.at(i))
                results.questions.append(SurveyResultsQuery::readAnswers(questions.at(i), *answers.at(i), number(row.at(i + 1))));
        }
        done(PostHogResult<SurveyResults>(results));
    }
};

} // namespace

void SurveyResultsQuery::run(PostHogClient *client, qint64 projectId, const Survey &survey, const QDateTime &from, const QDateTime &to,
                             int openAnswers, QObject *context, PostHogClient::Callback<SurveyResults> done)
{
    auto g = std::make_shared<Gathering>();
    g->results.survey = survey;
    g->results.from = from;
    g->results.to = to;
    g->done = std::move(done);
    g->answers.resize(survey.questions.size());
    g->pending = 2;
    for (const SurveyQuestion &q : survey.questions)
        g->pending += q.type == "link"_L1 ? 0 : 1;
    client->surveyStats(projectId, survey.id, from, to, context, [g](const PostHogResult<SurveyStats> &stats) {
        if (stats.ok())
            g->results.stats = stats.value();
        g->settle(stats.ok() ? nullptr : &stats.error());
    });
    client->hogql(projectId, totalsSql(survey, from, to), context, [g](const PostHogResult<QueryResult> &totals) {
        if (totals.ok())
            g->totals = totals.value();
        g->settle(totals.ok() ? nullptr : &totals.error());
    });
    for (qsizetype i = 0; i < survey.questions.size(); ++i) {
        const bool open = survey.questions.at(i).type == "open"_L1;
        if (survey.questions.at(i).type == "link"_L1)
            continue;
        client->hogql(projectId, answersSql(survey, int(i), from, to, open ? openAnswers : 500), context,
                      [g, i](const PostHogResult<QueryResult> &rows) {
                          if (rows.ok())
                              g->answers[i] = rows.value();
                          g->settle(rows.ok() ? nullptr : &rows.error());
                      });
    }
}
