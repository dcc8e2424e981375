#include "posthogaiquestion.h"

#include "posthog/posthogclient.h"
#include "posthog/posthogerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QString writeItYourself
    = u"Write the HogQL yourself instead: discover names with get_event_definitions and get_property_definitions, then call "
      "get_sql_insight with `query`."_s;

// PostHog AI writes, then runs, a whole insight: far slower than one query.
constexpr int aiDeadlineMs = 180000;

} // namespace

void PostHogAiQuestion::ask(const ToolInvocation &tool, const ToolInvocation::Active &active, const QString &question,
                            std::function<void(const Answer &answer)> then)
{
    PostHogRequestSpec spec;
    spec.method = "POST";
    spec.path = u"/api/environments/%1/max_tools/create_and_query_insight/"_s.arg(active.projectId);
    spec.body = QJsonObject{{u"query"_s, question}, {u"insight_type"_s, u"sql"_s}};
    spec.idempotent = false; // each call opens a conversation in PostHog: never sent twice
    spec.subject = u"PostHog AI"_s;
    tool.call().reportProgress(0, 2, u"asking PostHog AI to write the HogQL"_s);
    PostHogCall *call = tool.client()->send(spec, tool.context(), [tool, then](const PostHogResult<QJsonValue> &result) {
        if (!result.ok()) {
            const PostHogError &error = result.error();
            if (error.category() == PostHogError::Category::Cancelled)
                return tool.fail(error);
            return tool.fail(unavailable(error));
        }
        const Answer answer = parse(result.value());
        if (answer.hogql.isEmpty()) {
            const QString why = !answer.failure.isEmpty()         ? answer.failure
                                : !answer.assistantText.isEmpty() ? answer.assistantText
                                                                  : u"its answer held no query."_s;
            return tool.fail(u"PostHog AI did not write a HogQL query: %1 %2"_s.arg(why, writeItYourself));
        }
        tool.call().reportProgress(1, 2, u"running the HogQL PostHog AI wrote"_s);
        then(answer);
    });
    call->setDeadline(aiDeadlineMs);
    tool.bind(call);
}

PostHogAiQuestion::Answer PostHogAiQuestion::parse(const QJsonValue &events)
{
    Answer answer;
    QStringList said;
    for (const QJsonValue &event : events.toArray()) {
        const QJsonObject data = event.toObject().value("data"_L1).toObject();
        const QString type = data.value("type"_L1).toString();
        if (type == "ai/viz"_L1) {
            // VisualizationMessage.answer; for insight_type "sql" an AssistantHogQLQuery.
            const QJsonObject node = data.value("answer"_L1).toObject();
            if (node.value("kind"_L1).toString() == "HogQLQuery"_L1 && !node.value("query"_L1).toString().trimmed().isEmpty()) {
                answer.hogql = node.value("query"_L1).toString().trimmed();
                answer.failure.clear();
            } else if (answer.hogql.isEmpty()) {
                answer.failure = u"it answered with a %1 query, not HogQL: %2"_s.arg(
                    node.value("kind"_L1).toString(u"unknown"_s), QString::fromUtf8(QJsonDocument(node).toJson(QJsonDocument::Compact)).left(600));
            }
        } else if (type == "ai/failure"_L1 && answer.hogql.isEmpty()) {
            answer.failure = data.value("content"_L1).toString(u"it reported a failure without a reason."_s);
        } else if (type == "ai"_L1 && !data.value("content"_L1).toString().isEmpty()) {
            said.append(data.value("content"_L1).toString());
        }
    }
    answer.assistantText = said.join(u"\n"_s).left(2000);
    return answer;
}

QString PostHogAiQuestion::unavailable(const PostHogError &error)
{
    using Category = PostHogError::Category;
    switch (error.category()) {
    case Category::NotFound:
        return u"PostHog AI is not available on this PostHog: it has no max_tools endpoint (self-hosted PostHog without PostHog AI, or "
               "the offline demo workspace). %1"_s.arg(writeItYourself);
    case Category::Forbidden:
        return u"PostHog refused to let PostHog AI answer: %1 PostHog AI needs PostHog Cloud, an organization that approved AI data "
               "processing (Organization settings → PostHog AI), and a key with insight:read and query:read. %2"_s.arg(error.message(),
                                                                                                                       writeItYourself);
    case Category::BadRequest:
        return u"PostHog did not accept the question: %1 Keep it under %2 characters. %3"_s.arg(error.message())
            .arg(maxQuestionLength)
            .arg(writeItYourself);
    case Category::ServerError:
    case Category::Timeout: return u"PostHog AI did not finish: %1 %2"_s.arg(error.message(), writeItYourself);
    default: return u"%1 %2"_s.arg(error.message(), writeItYourself);
    }
}
