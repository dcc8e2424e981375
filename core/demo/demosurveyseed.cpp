#include "demosurveyseed.h"

#include "demoids.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

const QUuid surveyNamespace(u"{3f0c2b7e-51a4-4c8e-9d27-6b1e0a9f4c35}"_s);

QString uuidFor(const QString &name)
{
    return QUuid::createUuidV5(surveyNamespace, name).toString(QUuid::WithoutBraces);
}

QString sqlTime(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

struct QuestionSeed
{
    const char *type; // open | rating | single_choice | multiple_choice | link
    const char *text;
    QStringList choices;
    int scale = 0;
    const char *display = nullptr;
    // rating: a weight per value; single_choice: per choice; multiple_choice: each choice's % chance
    QList<int> weights;
    QStringList answers; // open: what people write
    int answerRate = 100; // % of respondents who answer it (the rest skip an optional question)
};

QuestionSeed rating(const char *text, int scale, const char *display, QList<int> weights)
{
    return {"rating", text, {}, scale, display, std::move(weights), {}, 100};
}

QuestionSeed choice(const char *type, const char *text, QStringList choices, QList<int> weights)
{
    return {type, text, std::move(choices), 0, nullptr, std::move(weights), {}, 100};
}

QuestionSeed open(const char *text, QStringList answers, int answerRate)
{
    return {"open", text, {}, 0, nullptr, {}, std::move(answers), answerRate};
}

struct SurveySeed
{
    int team;
    const char *name;
    const char *description;
    const char *type; // popover | widget | api | external_survey
    const char *lib; // the SDK that shows it
    int createdAgo = 30; // days
    int startAgo = -1; // days; -1: a draft
    int endAgo = -1; // days; -1: still running
    bool archived = false;
    bool partial = false; // enable_partial_responses: a `survey sent` after every question
    int reach = 0; // % of the project's people shown it
    int oldSdkAgo = 0; // answers sent more than this many days ago come from an old SDK; 0: none do
    const char *linkedFlag = nullptr; // a feature flag key
    QList<QuestionSeed> questions = {};
};

const QStringList improvements = {
    u"Let me set an expiry on share links."_s, u"Bulk download as zip."_s,
    u"A desktop sync client for Linux."_s,     u"Show who opened a shared file."_s,
    u"Cheaper plan for two people."_s,         u"Faster previews of large videos."_s,
    u"Keyboard shortcuts in the file list."_s, u"Folder-level permissions for teams."_s,
};

// Hedgebox Web: a running NPS (older answers from an SDK before question ids), a stopped
// attribution survey, a running multi-question one with partial responses, an archived widget.
QList<SurveySeed> webSurveys()
{
    const QStringList reasons = {
        u"Sharing big files with clients is painless."_s,
        u"Uploads sometimes stall on hotel wifi."_s,
        u"Great, but the pricing jumped for our team size."_s,
        u"I love the AI summaries of PDFs."_s,
        u"The mobile app feels slow."_s,
        u"Search can't find files by their content."_s,
        u"Works every time, nothing to complain about."_s,
        u"Too many clicks to share a folder."_s,
        u"Support answered within minutes."_s,
        u"Dark mode please on the web too!"_s,
    };
    SurveySeed nps{1, "Net Promoter Score", "Quarterly NPS for signed-in users.", "popover", "web"};
    std::tie(nps.createdAgo, nps.startAgo, nps.reach, nps.oldSdkAgo) = std::tuple{27, 26, 16, 12};
    nps.questions
        = {rating("How likely are you to recommend Hedgebox to a friend or colleague?", 10, "number", {3, 1, 2, 2, 3, 5, 7, 12, 16, 20, 14}),
           open("What is the main reason for your score?", reasons, 55)};
    SurveySeed heard{1, "How did you hear about us?", "Attribution survey shown after sign-up.", "popover", "web"};
    std::tie(heard.createdAgo, heard.startAgo, heard.endAgo, heard.reach) = std::tuple{29, 28, 9, 14};
    heard.questions
        = {choice("single_choice", "How did you hear about Hedgebox?",
                  {u"Search engine"_s, u"A friend or colleague"_s, u"Social media"_s, u"Podcast or newsletter"_s, u"Conference or event"_s},
                  {34, 27, 19, 12, 8})};
    SurveySeed features{1, "Feature usage check-in", "Which features people use, and how satisfied they are.", "popover", "web"};
    std::tie(features.createdAgo, features.startAgo, features.reach, features.partial) = std::tuple{16, 15, 12, true};
    features.linkedFlag = "ai-summaries";
    features.questions
        = {choice("multiple_choice", "Which Hedgebox features do you use?",
                  {u"File upload"_s, u"Share links"_s, u"AI summaries"_s, u"Dark mode"_s, u"Mobile app"_s}, {85, 60, 35, 25, 20}),
           rating("How satisfied are you with Hedgebox?", 5, "emoji", {2, 5, 12, 30, 22}), open("Anything we should add?", improvements, 40)};
    SurveySeed widget{1, "Feedback tab (2025)", "The old always-on feedback widget, replaced by the NPS survey.", "widget", "web"};
    std::tie(widget.createdAgo, widget.startAgo, widget.endAgo, widget.reach, widget.oldSdkAgo) = std::tuple{40, 38, 27, 8, 30};
    widget.archived = true;
    widget.questions = {open("Tell us how we could improve Hedgebox.", improvements, 100)};
    return {nps, heard, features, widget};
}

// Hedgebox Mobile: a running rating, a stopped roadmap vote, a draft nobody has seen.
QList<SurveySeed> mobileSurveys()
{
    SurveySeed rated{2, "App rating prompt", "Asked after a user's fifth upload from the app.", "popover", "posthog-react-native"};
    std::tie(rated.createdAgo, rated.startAgo, rated.reach) = std::tuple{22, 21, 20};
    rated.questions
        = {rating("How would you rate the Hedgebox app?", 5, "number", {3, 4, 9, 20, 24}), open("What would make it a 5?", improvements, 45)};
    SurveySeed next{2, "What should we build next?", "Roadmap vote in the mobile app.", "popover", "posthog-react-native"};
    std::tie(next.createdAgo, next.startAgo, next.endAgo, next.reach) = std::tuple{25, 24, 6, 16};
    next.questions = {choice("single_choice", "What should we build next?",
                             {u"Offline folders"_s, u"Photo backup"_s, u"Home screen widgets"_s, u"Apple Watch app"_s}, {38, 31, 21, 10})};
    SurveySeed beta{2, "Beta feedback", "For the beta of the redesigned app; not launched yet.", "api", "posthog-react-native"};
    beta.createdAgo = 3;
    beta.questions = {open("What do you think of the new design?", {}, 100)};
    return {rated, next, beta};
}

QList<SurveySeed> surveySeeds()
{
    return webSurveys() + mobileSurveys();
}

QString questionId(int team, int survey, int question)
{
    return uuidFor(u"question-%1-%2-%3"_s.arg(team).arg(survey).arg(question));
}

QJsonObject questionJson(const QuestionSeed &q, const QString &id)
{
    QJsonObject json{{u"id"_s, id},
                     {u"type"_s, QString::fromLatin1(q.type)},
                     {u"question"_s, QString::fromUtf8(q.text)},
                     {u"description"_s, QString()},
                     {u"descriptionContentType"_s, u"text"_s},
                     {u"optional"_s, q.answerRate < 100}};
    if (qstrcmp(q.type, "rating") == 0) {
        json.insert(u"scale"_s, q.scale);
        json.insert(u"display"_s, QString::fromLatin1(q.display));
        json.insert(u"lowerBoundLabel"_s, q.scale == 10 ? u"Unlikely"_s : u"Not at all"_s);
        json.insert(u"upperBoundLabel"_s, q.scale == 10 ? u"Very likely"_s : u"Very much"_s);
        if (q.scale == 10)
            json.insert(u"isNpsQuestion"_s, true);
    } else if (!q.choices.isEmpty()) {
        json.insert(u"choices"_s, QJsonArray::fromStringList(q.choices));
        json.insert(u"shuffleOptions"_s, false);
        json.insert(u"hasOpenChoice"_s, false);
    }
    return json;
}

QJsonValue answer(QRandomGenerator &rng, const QuestionSeed &q)
{
    if (int(rng.bounded(100)) >= q.answerRate)
        return QJsonValue::Null;
    auto weighted = [&rng](const QList<int> &weights) {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = int(rng.bounded(total));
        for (qsizetype i = 0; i < weights.size(); ++i) {
            if (r < weights.at(i))
                return int(i);
            r -= weights.at(i);
        }
        return 0;
    };
    const QByteArray type(q.type);
    if (type == "rating")
        return weighted(q.weights) + (q.scale == 10 ? 0 : 1); // a 0-10 scale starts at 0, the others at 1
    if (type == "single_choice")
        return q.choices.at(weighted(q.weights));
    if (type == "multiple_choice") {
        QJsonArray picked;
        for (qsizetype i = 0; i < q.choices.size(); ++i) {
            if (int(rng.bounded(100)) < q.weights.at(i))
                picked.append(q.choices.at(i));
        }
        if (picked.isEmpty())
            picked.append(q.choices.first());
        return picked;
    }
    return q.answers.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.answers.at(int(rng.bounded(quint32(q.answers.size())))));
}

struct Person
{
    QString id;
    QString distinctId;
    QString browser, os, country; // copied onto the events
};

// One person's run through a survey, written as the events an SDK captures.
class Interaction
{
public:
    Interaction(const SurveySeed &survey, const QString &surveyId, const QList<QString> &questionIds, const Person &person, bool oldSdk)
        : m_survey(survey)
        , m_surveyId(surveyId)
        , m_questionIds(questionIds)
        , m_person(person)
        , m_oldSdk(oldSdk)
    { }

    // posthog-js (packages/browser/src/extensions/surveys/surveys-extension-utils.tsx) keys each
    // answer $survey_response_<question id>; posthog-react-native adds the index keys
    // ($survey_response, $survey_response_1, …) that SDKs before question ids sent alone.
    QJsonObject sent(const QList<QJsonValue> &answers, const QString &submission, bool completed) const
    {
        QJsonObject p = base();
        const bool indexKeys = m_oldSdk || qstrcmp(m_survey.lib, "web") != 0;
        QJsonArray questions;
        for (qsizetype i = 0; i < answers.size(); ++i) {
            if (!m_oldSdk)
                p.insert(u"$survey_response_"_s + m_questionIds.at(i), answers.at(i));
            if (indexKeys && !answers.at(i).isNull())
                p.insert(i == 0 ? u"$survey_response"_s : u"$survey_response_%1"_s.arg(i), answers.at(i));
            const QString text = QString::fromUtf8(m_survey.questions.at(i).text);
            questions.append(m_oldSdk
                                 ? QJsonValue(text)
                                 : QJsonValue(QJsonObject{{u"id"_s, m_questionIds.at(i)}, {u"question"_s, text}, {u"response"_s, answers.at(i)}}));
        }
        p.insert(u"$survey_questions"_s, questions);
        if (!m_oldSdk) {
            p.insert(u"$survey_submission_id"_s, submission);
            p.insert(u"$survey_completed"_s, completed);
        }
        p.insert(u"$set"_s, QJsonObject{{u"$survey_responded/"_s + m_surveyId, true}});
        return p;
    }

    QJsonObject shown() const { return base(); }

    QJsonObject dismissed(const QList<QJsonValue> &answers, const QString &submission) const
    {
        QJsonObject p = base();
        p.insert(u"$survey_partially_completed"_s, !answers.isEmpty());
        if (!answers.isEmpty())
            p.insert(u"$survey_submission_id"_s, submission);
        for (qsizetype i = 0; i < answers.size(); ++i)
            p.insert(u"$survey_response_"_s + m_questionIds.at(i), answers.at(i));
        p.insert(u"$set"_s, QJsonObject{{u"$survey_dismissed/"_s + m_surveyId, true}});
        return p;
    }

private:
    QJsonObject base() const
    {
        QJsonObject p{{u"$browser"_s, m_person.browser}, {u"$os"_s, m_person.os}, {u"$geoip_country_name"_s, m_person.country}};
        p.insert(u"$survey_id"_s, m_surveyId);
        p.insert(u"$survey_name"_s, QString::fromUtf8(m_survey.name));
        p.insert(u"$lib"_s, QString::fromLatin1(m_survey.lib));
        return p;
    }

    const SurveySeed &m_survey;
    QString m_surveyId;
    QList<QString> m_questionIds;
    const Person &m_person;
    bool m_oldSdk;
};

} // namespace

DemoSurveySeed::DemoSurveySeed(quint32 seed, QDateTime now)
    : m_seed(seed)
    , m_now(std::move(now))
{ }

QString DemoSurveySeed::surveyId(int team, int index)
{
    return uuidFor(u"survey-%1-%2"_s.arg(team).arg(index));
}

bool DemoSurveySeed::generate(QSqlDatabase &db, QString *error)
{
    return createTable(db, error) && insertSurveys(db, error) && insertEvents(db, error);
}

bool DemoSurveySeed::createTable(QSqlDatabase &db, QString *error)
{
    // posthog/models/surveys/survey.py: the columns the API shows.
    QSqlQuery q(db);
    q.prepare(u"CREATE TABLE surveys (id TEXT PRIMARY KEY, team_id INTEGER, name TEXT, description TEXT, type TEXT,"
              " questions TEXT, conditions TEXT, appearance TEXT, linked_flag_id INTEGER, start_date TEXT, end_date TEXT,"
              " archived INTEGER DEFAULT 0, responses_limit INTEGER, enable_partial_responses INTEGER DEFAULT 0,"
              " schedule TEXT DEFAULT 'once', created_at TEXT)"_s);
    return run(q, error);
}

bool DemoSurveySeed::insertSurveys(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO surveys (id, team_id, name, description, type, questions, conditions, appearance, linked_flag_id,"
              " start_date, end_date, archived, responses_limit, enable_partial_responses, created_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM feature_flags WHERE team_id = ? AND key = ?), ?, ?, ?, ?, ?, ?)"_s);
    const QList<SurveySeed> seeds = surveySeeds();
    const QJsonObject appearance{{u"backgroundColor"_s, u"#eeeded"_s},
                                 {u"submitButtonColor"_s, u"black"_s},
                                 {u"borderColor"_s, u"#c9c6c6"_s},
                                 {u"displayThankYouMessage"_s, true},
                                 {u"thankYouMessageHeader"_s, u"Thank you for your feedback!"_s}};
    for (qsizetype s = 0; s < seeds.size(); ++s) {
        const SurveySeed &seed = seeds.at(s);
        QJsonArray questions;
        for (qsizetype i = 0; i < seed.questions.size(); ++i)
            questions.append(questionJson(seed.questions.at(i), questionId(seed.team, int(s), int(i))));
        QJsonObject look = appearance;
        if (qstrcmp(seed.type, "widget") == 0)
            look.insert(u"widgetType"_s, u"tab"_s), look.insert(u"widgetLabel"_s, u"Feedback"_s);
        const QJsonObject conditions
            = s == 0 ? QJsonObject{{u"url"_s, u"/files"_s}, {u"urlMatchType"_s, u"icontains"_s}} : QJsonObject{{u"seenSurveyWaitPeriodInDays"_s, 14}};
        q.addBindValue(surveyId(seed.team, int(s)));
        q.addBindValue(seed.team);
        q.addBindValue(QString::fromUtf8(seed.name));
        q.addBindValue(QString::fromUtf8(seed.description));
        q.addBindValue(QString::fromLatin1(seed.type));
        q.addBindValue(QString::fromUtf8(QJsonDocument(questions).toJson(QJsonDocument::Compact)));
        q.addBindValue(QString::fromUtf8(QJsonDocument(conditions).toJson(QJsonDocument::Compact)));
        q.addBindValue(QString::fromUtf8(QJsonDocument(look).toJson(QJsonDocument::Compact)));
        q.addBindValue(seed.team);
        q.addBindValue(seed.linkedFlag ? QString::fromLatin1(seed.linkedFlag) : QString());
        q.addBindValue(seed.startAgo < 0 ? QVariant() : sqlTime(m_now.addDays(-seed.startAgo)));
        q.addBindValue(seed.endAgo < 0 ? QVariant() : sqlTime(m_now.addDays(-seed.endAgo)));
        q.addBindValue(seed.archived ? 1 : 0);
        q.addBindValue(s == 0 ? QVariant(5000) : QVariant());
        q.addBindValue(seed.partial ? 1 : 0);
        q.addBindValue(sqlTime(m_now.addDays(-seed.createdAgo)));
        if (!run(q, error))
            return false;
    }
    return true;
}

namespace {

// The people of one project, as makePersons created them: person i has distinct_id "user-<i>"
// and rowid i + 1 (DemoDataGenerator inserts them in order into an empty table).
QList<Person> peopleOf(QSqlDatabase &db, int team)
{
    QList<Person> people;
    QSqlQuery q(db);
    q.prepare(u"SELECT rowid, id, json_extract(properties, '$.\"$browser\"'), json_extract(properties, '$.\"$os\"'),"
              " json_extract(properties, '$.\"$geoip_country_name\"') FROM persons WHERE team_id = ? ORDER BY rowid"_s);
    q.addBindValue(team);
    if (!q.exec())
        return people;
    while (q.next()) {
        people.append({q.value(1).toString(), u"user-%1"_s.arg(q.value(0).toLongLong() - 1), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString()});
    }
    return people;
}

// A deterministic version-4-shaped UUID from a counter, far cheaper than a SHA-1 (v5) one.
QByteArray fastUuid(quint64 seed, quint64 n)
{
    return DemoIds::uuid(DemoIds::mix(seed * 1000003 + n), DemoIds::mix(n ^ (seed << 32) ^ 0x5bd1e995));
}

// Rows are kept, then go in sorted by time through SQLite's C API, as DemoDataGenerator's do:
// QSqlQuery's per-row binding and inserting into the time indexes out of order cost more than
// making the rows. The property names seen are kept for property_definitions.
class EventWriter
{
public:
    explicit EventWriter(quint32 seed)
        : m_seed(seed)
    { }

    void write(int team, const Person &person, const char *event, const QDateTime &when, QJsonObject properties)
    {
        // One session per person and half hour, as the generator's events have.
        const QByteArray session = fastUuid(m_seed, quint64(when.toSecsSinceEpoch() / 1800) * 1000003 + qHash(person.id));
        properties.insert(u"$session_id"_s, QString::fromLatin1(session));
        note(team, event, properties);
        m_rows.push_back({team, when.toMSecsSinceEpoch(), event, fastUuid(m_seed ^ 0xe7e47u, quint64(m_rows.size())), person.distinctId.toUtf8(),
                          person.id.toLatin1(), session, QJsonDocument(properties).toJson(QJsonDocument::Compact)});
    }

    bool flush(QSqlDatabase &db, QString *error)
    {
        const QVariant handle = db.driver()->handle();
        sqlite3 *raw = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
        sqlite3_stmt *insert = nullptr;
        if (!raw
            || sqlite3_prepare_v2(raw,
                                  "INSERT INTO events (uuid, team_id, event, timestamp, distinct_id, person_id, session_id, properties)"
                                  " VALUES (?, ?, ?, strftime('%Y-%m-%d %H:%M:%f', ? / 1000.0, 'unixepoch'), ?, ?, ?, ?)",
                                  -1, &insert, nullptr)
                   != SQLITE_OK) {
            *error = u"the SQLite driver gave no statement for survey events"_s;
            return false;
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return std::tie(a.team, a.ms) < std::tie(b.team, b.ms); });
        bool ok = true;
        for (const Row &r : m_rows) {
            auto text = [insert](int i, const QByteArray &v) { sqlite3_bind_text(insert, i, v.constData(), int(v.size()), SQLITE_STATIC); };
            text(1, r.uuid);
            sqlite3_bind_int64(insert, 2, r.team);
            sqlite3_bind_text(insert, 3, r.event, -1, SQLITE_STATIC);
            sqlite3_bind_int64(insert, 4, r.ms);
            text(5, r.distinctId);
            text(6, r.personId);
            text(7, r.session);
            text(8, r.json);
            ok = sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
            if (!ok) {
                *error = QString::fromUtf8(sqlite3_errmsg(raw));
                break;
            }
        }
        sqlite3_finalize(insert);
        return ok && writeDefinitions(db, error);
    }

private:
    struct Row
    {
        int team;
        qint64 ms;
        const char *event;
        QByteArray uuid, distinctId, personId, session, json;
    };

    // One property_definitions row per team, event and property, typed as the generator types them.
    bool writeDefinitions(QSqlDatabase &db, QString *error) const
    {
        QSqlQuery q(db);
        q.prepare(u"INSERT OR IGNORE INTO property_definitions VALUES (?, 'event', ?, ?, ?)"_s);
        for (auto event = m_definitions.cbegin(); event != m_definitions.cend(); ++event) {
            for (auto it = event.value().cbegin(); it != event.value().cend(); ++it) {
                q.addBindValue(event.key().first);
                q.addBindValue(it.key());
                q.addBindValue(it.value());
                q.addBindValue(event.key().second);
                if (!run(q, error))
                    return false;
            }
        }
        return true;
    }

private:
    void note(int team, const char *event, const QJsonObject &properties)
    {
        QHash<QString, QString> &seen = m_definitions[{team, QString::fromLatin1(event)}];
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QJsonValue v = it.value();
            if (!v.isNull() && !v.isObject() && !seen.contains(it.key()))
                seen.insert(it.key(), v.isDouble() ? u"Numeric"_s : v.isBool() ? u"Boolean"_s : u"String"_s);
        }
    }

    quint32 m_seed;
    std::vector<Row> m_rows;
    QMap<std::pair<int, QString>, QHash<QString, QString>> m_definitions; // (team, event) → property → type
};

// What a person did with a survey they were shown: answered all of it, part of it (partial
// responses: one `survey sent` per question), dismissed it, or nothing at all.
void interact(QRandomGenerator &rng, const SurveySeed &survey, const Interaction &flow, int submissionNumber, const Person &person, QDateTime when,
              EventWriter &events)
{
    events.write(survey.team, person, "survey shown", when, flow.shown());
    const int outcome = int(rng.bounded(100));
    if (outcome >= 75) // shown and left alone
        return;
    const qsizetype all = survey.questions.size();
    // Partial responses: some stop after a question; a dismissal then says the survey was partly answered.
    const qsizetype answered = outcome < 40 ? all : survey.partial ? qsizetype(rng.bounded(quint32(all))) : 0;
    const QString submission = QString::fromLatin1(fastUuid(0x5ab3u, quint64(submissionNumber)));
    QList<QJsonValue> answers;
    for (qsizetype i = 0; i < answered; ++i) {
        answers.append(answer(rng, survey.questions.at(i)));
        when = when.addSecs(8 + rng.bounded(40));
        if (survey.partial || i + 1 == all)
            events.write(survey.team, person, "survey sent", when, flow.sent(answers, submission, i + 1 == all));
    }
    if (answered < all)
        events.write(survey.team, person, "survey dismissed", when.addSecs(5 + rng.bounded(30)), flow.dismissed(answers, submission));
}

} // namespace

bool DemoSurveySeed::insertEvents(QSqlDatabase &db, QString *error)
{
    QRandomGenerator rng(m_seed ^ 0x51e7c0deu);
    EventWriter events(m_seed);
    int interactions = 0;
    const QList<SurveySeed> seeds = surveySeeds();
    QHash<int, QList<Person>> people;
    for (qsizetype s = 0; s < seeds.size(); ++s) {
        const SurveySeed &survey = seeds.at(s);
        if (survey.startAgo < 0)
            continue;
        if (!people.contains(survey.team))
            people.insert(survey.team, peopleOf(db, survey.team));
        QList<QString> questionIds;
        for (qsizetype i = 0; i < survey.questions.size(); ++i)
            questionIds.append(questionId(survey.team, int(s), int(i)));
        const QDateTime start = m_now.addDays(-survey.startAgo);
        const QDateTime end = survey.endAgo < 0 ? m_now.addSecs(-600) : m_now.addDays(-survey.endAgo);
        const qint64 span = qMax<qint64>(1, start.secsTo(end));
        for (const Person &person : std::as_const(people[survey.team])) {
            if (int(rng.bounded(100)) >= survey.reach)
                continue;
            const QDateTime when = start.addSecs(qint64(rng.generateDouble() * double(span - 300)));
            const bool oldSdk = survey.oldSdkAgo > 0 && when < m_now.addDays(-survey.oldSdkAgo);
            const Interaction interaction(survey, surveyId(survey.team, int(s)), questionIds, person, oldSdk);
            interact(rng, survey, interaction, int(m_seed) * 100000 + interactions++, person, when, events);
        }
    }
    // DemoDataGenerator samples property names from the first rows only; these come last.
    return events.flush(db, error);
}
