#include "surveytools.h"

#include "listtoolhelper.h"
#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"
#include "toolinvocation.h"
#include "toolrendering.h"

#include "posthog/posthogclient.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

namespace {

QString day(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd"_s) : u"—"_s;
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(double(part) * 100.0 / double(whole), 'f', 1) + QLatin1Char('%') : u"—"_s;
}

void getSurveys(const ToolInvocation &tool)
{
    const ListOptions options = ListToolHelper::options(tool.arguments(), 20);
    tool.withProject([tool, options](const Active &active) {
        tool.bind(tool.client()->surveys(active.projectId, options, tool.context(), [tool, options, active](const PostHogResult<Page<Survey>> &page) {
            if (!page.ok())
                return tool.fail(page.error());
            // posthog/api/survey.py responses_count: what PostHog's survey list shows per survey.
            tool.bind(tool.client()->surveyResponseCounts(
                active.projectId, tool.context(), [tool, options, active, page = page.value()](const PostHogResult<QHash<QString, qint64>> &counts) {
                    QList<QStringList> rows;
                    for (const Survey &s : page.results) {
                        rows.append({MarkdownRenderer::escape(s.name.left(60)), u"`%1`"_s.arg(s.id), s.type, s.status(),
                                     QString::number(s.questions.size()), counts.ok() ? QString::number(counts.value().value(s.id)) : u"?"_s,
                                     day(s.startDate), day(s.endDate),
                                     MarkdownRenderer::link(u"open"_s, tool.webUrl(active.projectId, u"surveys/"_s + s.id))});
                    }
                    ListLayout layout({u"name"_s, u"id"_s, u"type"_s, u"status"_s, u"questions"_s, u"responses"_s, u"start"_s, u"end"_s, u"link"_s},
                                      u" get_survey_results shows a survey's answers."_s);
                    if (!counts.ok())
                        layout.intro = u"\nResponse counts unavailable: %1\n\n"_s.arg(counts.error().message());
                    tool.finishText(ListToolHelper::render(active, layout, rows, tool.budgetChars(), options.offset, page.count, page.hasMore));
                }));
        }));
    });
}

// "-30d", "-24h", "-2w", "-3m", or an ISO date or time (UTC unless it says otherwise). A bare date
// as the end of the window means that whole day.
std::optional<QDateTime> parseBound(const QString &text, bool end, const QDateTime &now)
{
    static const QRegularExpression relative(u"^-(\\d{1,4})([hdwm])$"_s);
    if (const auto m = relative.match(text); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        const QChar unit = m.captured(2).at(0);
        return unit == 'h'_L1   ? now.addSecs(-3600LL * n)
               : unit == 'd'_L1 ? now.addDays(-n)
               : unit == 'w'_L1 ? now.addDays(-7LL * n)
                                : now.addMonths(-n);
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() == 10 && date.isValid())
        return QDateTime(date, end ? QTime(23, 59, 59, 999) : QTime(0, 0), QTimeZone::utc());
    QDateTime t = PostHogJson::parseTime(QJsonValue(text));
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

QString statsLine(const SurveyResults &r)
{
    const SurveyStats &s = r.stats;
    return u"Shown %1 times to %2 people; dismissed %3 times; answered %4 times by %5 people. Response rate %6% of shows (%7% of people shown).\n"_s
        .arg(s.shown.total)
        .arg(s.shown.uniquePersons)
        .arg(s.dismissed.total)
        .arg(s.sent.total)
        .arg(s.sent.uniquePersons)
        .arg(QString::number(s.responseRate, 'f', 1), QString::number(s.uniqueUsersResponseRate, 'f', 1));
}

QString ratingText(const SurveyQuestionResults &q)
{
    QStringList values;
    qint64 total = 0;
    for (const SurveyAnswerCount &a : q.answers)
        total += a.count;
    for (const SurveyAnswerCount &a : q.answers)
        values.append(u"%1: %2 (%3)"_s.arg(a.value).arg(a.count).arg(percent(a.count, total)));
    QString text = u"Average %1. Scores: %2.\n"_s.arg(QString::number(q.average, 'f', 2), values.join(u", "_s));
    if (q.question.scale == 10)
        text += u"NPS %1 (promoters 9-10: %2, passives 7-8: %3, detractors 0-6: %4).\n"_s.arg(
            QString::number(q.nps, 'f', 1), percent(q.promoters, total), percent(q.passives, total), percent(q.detractors, total));
    return text;
}

QString choicesText(const SurveyQuestionResults &q)
{
    QList<QStringList> rows;
    for (const SurveyAnswerCount &a : q.answers)
        rows.append({MarkdownRenderer::escape(a.value.left(80)), QString::number(a.count), percent(a.count, q.respondents)});
    QString text = q.question.type == "multiple_choice"_L1
                       ? u"Several choices per response: shares are of the respondents and add up to more than 100%.\n"_s
                       : QString();
    return text + MarkdownRenderer::table({u"choice"_s, u"responses"_s, u"share"_s}, rows, 6000);
}

QString openText(const SurveyQuestionResults &q)
{
    if (q.answers.isEmpty())
        return u"No answers.\n"_s;
    QString text = u"Latest %1 distinct answers, newest first:\n"_s.arg(q.answers.size());
    for (const SurveyAnswerCount &a : q.answers) {
        const QString times = a.count > 1 ? u"%1×, "_s.arg(a.count) : QString();
        text += u"- \"%1\" (%2last %3)\n"_s.arg(MarkdownRenderer::escape(a.value.left(300)), times, MarkdownRenderer::when(a.latest));
    }
    return text;
}

QString questionText(int number, const SurveyQuestionResults &q)
{
    const QString kind
        = q.question.type == "rating"_L1 ? u"rating %1-%2"_s.arg(q.question.scale == 10 ? 0 : 1).arg(q.question.scale) : q.question.type;
    QString text = u"\n### %1. %2\n(%3, %4 responses)\n"_s.arg(number).arg(MarkdownRenderer::escape(q.question.question), kind).arg(q.respondents);
    if (q.question.type == "rating"_L1)
        return text + ratingText(q);
    if (q.question.type == "open"_L1)
        return text + openText(q);
    return text + choicesText(q);
}

QString resultsText(const ToolInvocation &tool, const Active &active, const SurveyResults &r)
{
    const Survey &s = r.survey;
    QString text = ToolRendering::projectLine(active)
                   + u"\n**%1** (survey `%2`, %3, %4) — %5\n"_s.arg(
                       MarkdownRenderer::escape(s.name), s.id, s.type, s.status(),
                       MarkdownRenderer::link(u"open in PostHog"_s, tool.webUrl(active.projectId, u"surveys/"_s + s.id)));
    text += u"Started %1, ended %2. Window: %3 to %4 UTC.\n"_s.arg(day(s.startDate), s.endDate.isValid() ? day(s.endDate) : u"not yet"_s,
                                                                   r.from.toString(u"yyyy-MM-dd HH:mm"_s), r.to.toString(u"yyyy-MM-dd HH:mm"_s));
    if (!s.startDate.isValid() && r.stats.shown.total == 0)
        return text + u"This survey is a draft: it has not been launched, so nobody has seen it.\n"_s;
    text += statsLine(r);
    for (qsizetype i = 0; i < r.questions.size(); ++i)
        text += questionText(int(i) + 1, r.questions.at(i));
    return text;
}

void getSurveyResults(const ToolInvocation &tool)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString fromText = tool.string("date_from").trimmed(), toText = tool.string("date_to").trimmed();
    const std::optional<QDateTime> from = fromText.isEmpty() ? QDateTime() : parseBound(fromText, false, now);
    const std::optional<QDateTime> to = toText.isEmpty() ? QDateTime() : parseBound(toText, true, now);
    if (!from || !to)
        return tool.fail(u"Input validation error: date_from and date_to take -7d, -24h, -2w, -3m or an ISO date like 2026-01-31."_s);
    if (from->isValid() && to->isValid() && *from > *to)
        return tool.fail(u"Input validation error: date_from is after date_to."_s);
    tool.withProject([tool, from, to](const Active &active) {
        const QString id = tool.string("survey_id").trimmed();
        auto done = [tool, active](const PostHogResult<SurveyResults> &r) {
            if (!r.ok())
                return tool.fail(r.error(), u"get_surveys"_s);
            tool.finishText(resultsText(tool, active, r.value()));
        };
        tool.bind(tool.client()->surveyResults(active.projectId, id, *from, *to, tool.integer("open_answers", 10), tool.context(), done));
    });
}

const ToolSpec tools[] = {
    {u"get_surveys"_s,
     u"List surveys"_s,
     u"Surveys of the active project: id, type, status (draft/running/stopped/archived), questions, responses, dates. Search by name or "
     "description."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"search"_s, Schema::string(u"Words in the name or description."_s, 0, 200)},
                     {u"limit"_s, Schema::pageSize(20, 100)},
                     {u"offset"_s, Schema::pageOffset()}}),
     {},
     getSurveys},
    {u"get_survey_results"_s,
     u"Survey results"_s,
     u"One survey's shown/dismissed/sent and response rate; per question ratings (average, NPS), choice shares, open answers."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"survey_id"_s, Schema::string(u"Id from get_surveys."_s, 1, 64)},
                     {u"date_from"_s, Schema::string(u"-30d or ISO date (default: survey start)."_s, 0, 40)},
                     {u"date_to"_s, Schema::string(u"Default now."_s, 0, 40)},
                     {u"open_answers"_s, Schema::integer(u"Open answers to show (default 10)."_s, 1, 50)}},
                    {u"survey_id"_s}),
     {},
     getSurveyResults},
};

} // namespace

void SurveyTools::registerTools(PostHogToolset &toolset)
{
    toolset.add(tools);
}
