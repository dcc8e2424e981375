// What an approval prompt tells a person (issue 14), computed against the demo backend over real
// HTTP: the project and region, the objects by name with their PostHog links, exactly the fields
// an update changes (before → after), a create's new values, and a clear note for an id PostHog
// does not know. The UI side (tests/ui/tst_approvaldialog.cpp) shows these.
#include "common/demotoolstest.h"
#include "common/isolatedhome.h"

#include "settings/settings.h"
#include "tools/approvalcontext.h"
#include "tools/approvalrequest.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestApprovalContext : public DemoToolsTest
{
    Q_OBJECT

private:
    // The context of one request, once its look-ups have all answered (fails the test otherwise).
    std::unique_ptr<ApprovalContext> resolved(ApprovalRequest &request)
    {
        request.setCall(u"1"_s, u"agent"_s);
        auto context = std::make_unique<ApprovalContext>(&request, &m_toolset);
        context->resolve();
        const bool done = QTest::qWaitFor(
            [&] {
                bool named = !context->projectName().isEmpty();
                for (const ApprovalContext::Target &t : context->targets())
                    named = named && (!t.name.isEmpty() || !t.problem.isEmpty());
                return named && context->changesResolved();
            },
            10000);
        if (!done)
            QTest::qFail("the approval context did not resolve within 10 s", __FILE__, __LINE__);
        return context;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startDemo(3000)); }

    // The demo's dashboards (core/demo/demodatagenerator.cpp seedDashboards): 1 "Product
    // overview", pinned, "Traffic, sign-ups and upgrades at a glance.", tagged core.
    void anUpdateListsOnlyWhatChanges()
    {
        ApprovalRequest request(
            u"update_dashboard"_s, u"Update a dashboard"_s, Stake::Low,
            {{u"dashboard_id"_s, 1}, {u"name"_s, u"Product overview"_s}, {u"pinned"_s, true}, {u"description"_s, u"The weekly numbers."_s}},
            u"Claude"_s);
        const auto context = resolved(request);
        QCOMPARE(context->projectName(), u"Hedgebox Web"_s);
        QCOMPARE(context->organizationName(), u"Hedgebox Demo"_s);
        QVERIFY(context->isDemo());
        QCOMPARE(context->targets().size(), 1);
        QCOMPARE(context->targets().first().name, u"Product overview"_s);
        QVERIFY(context->targets().first().url.toString().endsWith("/project/1/dashboard/1"_L1));
        QCOMPARE(context->changes().size(), 1);
        QCOMPARE(context->changes().first().field, u"Description"_s);
        QCOMPARE(context->changes().first().before, u"Traffic, sign-ups and upgrades at a glance."_s);
        QCOMPARE(context->changes().first().after, u"The weekly numbers."_s);
        QVERIFY(context->stakeInWords().contains("demo"_L1));
    }

    void aCreateShowsItsNewValues()
    {
        ApprovalRequest request(u"create_dashboard"_s, u"Create a dashboard"_s, Stake::Low,
                                {{u"name"_s, u"Launch week"_s}, {u"tags"_s, QJsonArray{u"launch"_s, u"q3"_s}}}, u"Claude"_s);
        const auto context = resolved(request);
        QVERIFY(context->targets().isEmpty());
        QCOMPARE(context->changes().size(), 2);
        QCOMPARE(context->changes().at(0).field, u"Name"_s);
        QCOMPARE(context->changes().at(0).after, u"Launch week"_s);
        QVERIFY(context->changes().at(0).before.isEmpty());
        QCOMPARE(context->changes().at(1).after, u"launch, q3"_s);
        QVERIFY(context->stakeInWords().startsWith("Creates"_L1));
        QCOMPARE(context->actionInWords(), u"Create a dashboard"_s);
    }

    // An id PostHog answers 404 for: the prompt says so instead of a name, and still lists what
    // the call asks for.
    void anUnknownObjectSaysWhy()
    {
        ApprovalRequest request(u"update_dashboard"_s, u"Update a dashboard"_s, Stake::Low, {{u"dashboard_id"_s, 999999}, {u"name"_s, u"Renamed"_s}},
                                u"Claude"_s);
        const auto context = resolved(request);
        QCOMPARE(context->targets().size(), 1);
        QVERIFY(context->targets().first().name.isEmpty());
        QVERIFY2(!context->targets().first().problem.isEmpty(), "no reason given for the missing name");
        QCOMPARE(context->changes().size(), 1);
        QCOMPARE(context->changes().first().after, u"Renamed"_s);
    }

    void aDeleteNamesWhatGoes()
    {
        ApprovalRequest request(u"delete_insight"_s, u"Delete an insight"_s, Stake::Medium, {{u"insight_id"_s, 1}}, u"Claude"_s);
        const auto context = resolved(request);
        QCOMPARE(context->targets().size(), 1);
        QVERIFY(!context->targets().first().name.isEmpty());
        QVERIFY(context->targets().first().url.toString().contains("/insights/"_L1));
        QVERIFY(context->changes().isEmpty());
        QVERIFY(context->stakeInWords().startsWith("Deletes"_L1));
    }
};

QTEST_GUILESS_MAIN(TestApprovalContext)
#include "tst_approvalcontext.moc"
