<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="28"/>
        <source>About PostHog Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="29"/>
        <source>&lt;h3&gt;PostHog Companion %1&lt;/h3&gt;&lt;p&gt;Your PostHog account on the desktop, and as a local MCP server for AI agents.&lt;/p&gt;&lt;p&gt;Licence: see the LICENSE file distributed with the app. Built with Qt %2, used under the GNU LGPL version 3.&lt;/p&gt;&lt;p&gt;PostHog is a trademark of PostHog Inc.; this app is not made by PostHog.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="36"/>
        <source>&amp;Debug information (for bug reports; contains no key or token):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="39"/>
        <source>Debug information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="44"/>
        <source>&amp;Copy debug information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="46"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../ui/activitymodel.cpp" line="48"/>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="50"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="52"/>
        <source>waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="54"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="56"/>
        <source>refused: invalid arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="58"/>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="60"/>
        <source>cancelled by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="62"/>
        <source>interrupted (the app stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="64"/>
        <source>asked the agent&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="123"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="124"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="125"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="126"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="127"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="128"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/activitypage.cpp" line="45"/>
        <source>Tool calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="56"/>
        <source>Details of the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="59"/>
        <source>Select a call to see its full arguments and result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="95"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="101"/>
        <source>Filter calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="102"/>
        <source>Filter by tool, client, arguments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="104"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="107"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="108"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="109"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="110"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="111"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="112"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="113"/>
        <source>Denied or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="114"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="116"/>
        <source>C&amp;lear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="145"/>
        <source>Every tool call an agent makes appears here as it happens, and is kept for 90 days. Showing the newest %1 of the %2 kept in %3; the filter and export work on those shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="149"/>
        <source>Every tool call an agent makes appears here as it happens, and is kept for 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="152"/>
        <source>Calls are kept for this run only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="164"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="165"/>
        <source>Client: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="166"/>
        <source>Started: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="167"/>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="167"/>
        <source>still going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="169"/>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="172"/>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="178"/>
        <location filename="../ui/activitypage.cpp" line="192"/>
        <source>Export activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="181"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="181"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="202"/>
        <source>Clear activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="202"/>
        <source>Delete every recorded tool call, on disk too? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="219"/>
        <location filename="../ui/activitypage.cpp" line="225"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityStore</name>
    <message>
        <location filename="../core/tools/activitystore.cpp" line="66"/>
        <source>Cannot open the activity log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/activitystore.cpp" line="79"/>
        <source>Cannot create the activity log in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalContext</name>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="24"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="25"/>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="26"/>
        <source>Feature flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="27"/>
        <source>Error issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="35"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="37"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="39"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="41"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="43"/>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="45"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="47"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="49"/>
        <source>Release conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="51"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="60"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="60"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="62"/>
        <source>%1% of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="101"/>
        <source>Self-hosted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="115"/>
        <source>in the offline demo workspace (sample data, nothing real changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="115"/>
        <source>in your PostHog project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="117"/>
        <source>Deletes it %1. PostHog keeps deleted items restorable for a while, but anyone who relies on it loses it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="119"/>
        <source>Creates something new %1. Easy to undo: delete it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="121"/>
        <source>Changes data %1; only the fields listed under &quot;What changes&quot; change. Undo by changing them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="122"/>
        <source>Changes data %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="135"/>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="39"/>
        <location filename="../ui/approvaldialog.cpp" line="212"/>
        <source>Allow this action?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="44"/>
        <source>Waiting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="81"/>
        <source>What changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="83"/>
        <source>Fields that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="85"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="85"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="85"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="95"/>
        <source>Arguments the agent sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="99"/>
        <source>Arguments the agent sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="114"/>
        <source>&amp;Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="115"/>
        <source>Allow &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="116"/>
        <source>&amp;Always allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvaldialog.cpp" line="201"/>
        <source>&amp;Waiting (%n):</source>
        <translation>
            <numerusform>&amp;Waiting (%n):</numerusform>
            <numerusform>&amp;Waiting (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="209"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvaldialog.cpp" line="212"/>
        <source>%n actions wait for your approval</source>
        <translation>
            <numerusform>%n action waits for your approval</numerusform>
            <numerusform>%n actions wait for your approval</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="223"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="224"/>
        <source>looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="225"/>
        <source>Project &lt;b&gt;%1&lt;/b&gt; · organization &lt;b&gt;%2&lt;/b&gt; · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="230"/>
        <source>DEMO WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="234"/>
        <source>&lt;b&gt;Stake:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="237"/>
        <source>Never ask again for this tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="238"/>
        <source>Never ask again for this tool with exactly these arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="248"/>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="250"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="252"/>
        <source>%1 %2 (looking up its name…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="264"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="266"/>
        <source>New values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="266"/>
        <source>What changes (before → after):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="269"/>
        <source>What changes: reading the current values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="271"/>
        <source>What changes: nothing (every field already has the requested value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="284"/>
        <source>Denied automatically in %1 if nobody answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../ui/chartdata.cpp" line="42"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="108"/>
        <source>No data to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="110"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="111"/>
        <source>Line chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="112"/>
        <source>Bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="113"/>
        <source>Stacked bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="114"/>
        <source>Cohort grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chartdata.cpp" line="118"/>
        <source>%1 of %2 over %n point(s), from %3 to %4</source>
        <translation>
            <numerusform>%1 of %2 over %n point, from %3 to %4</numerusform>
            <numerusform>%1 of %2 over %n points, from %3 to %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chartdata.cpp" line="121"/>
        <source> and %n more series</source>
        <translation>
            <numerusform> and %n more series</numerusform>
            <numerusform> and %n more series</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="122"/>
        <source>Values range from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="292"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="296"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="315"/>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../ui/chartwidget.cpp" line="42"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="42"/>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="141"/>
        <source>Cohort %1, %2: %3 (%4% of %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="154"/>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="157"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="224"/>
        <source>No data to chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaudeDesktopConfig</name>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="24"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="60"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="69"/>
        <source>%1 is not valid JSON (%2 at %3); it was left as it is. Fix or remove that part, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="74"/>
        <source>%1 does not hold a JSON object; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="79"/>
        <source>In %1, &quot;mcpServers&quot; is not an object; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="110"/>
        <source>Claude Desktop already has this &quot;%1&quot; server in %2; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="114"/>
        <source>%1 already has a different &quot;%2&quot; server; it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="138"/>
        <source>Added the &quot;%1&quot; server to %2 (the previous file is in %3). Restart Claude Desktop to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="140"/>
        <source>Created %1 with the &quot;%2&quot; server. Restart Claude Desktop to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="154"/>
        <source>Could not back up %1 to %2 (%3); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="165"/>
        <source>Could not create the folder %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="172"/>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="178"/>
        <source>Could not write %1: %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientConfigSnippets</name>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="53"/>
        <source>Run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="57"/>
        <source>%1 (launches this app in stdio mode); &quot;Add to Claude Desktop&quot; merges it for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="59"/>
        <source>~/.cursor/mcp.json, or &quot;Add to Cursor&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="61"/>
        <source>.vscode/mcp.json in your workspace, or &quot;Add to VS Code&quot; for your user settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="63"/>
        <source>For stdio-only clients: the command to launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="66"/>
        <source>https://&lt;your tunnel&apos;s host name&gt;/mcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="68"/>
        <source>Add a remote MCP server in Dust. Dust&apos;s cloud reaches this machine only through a tunnel you run to %1 (cloudflared, Tailscale Funnel, ngrok) and whose host name is in &quot;Tunnel host names&quot; above; see the README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="71"/>
        <source>URL: %1 (the tunnel forwards it to %2)
Bearer token (Dust&apos;s secret): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="72"/>
        <source>(none: authentication is off, Dust cannot be used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="25"/>
        <source>PostHog Companion: your PostHog account on the desktop, and as a local MCP server for AI agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>Serve MCP over HTTP without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="29"/>
        <source>Serve MCP on stdin/stdout (for clients that launch a command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>Use the offline demo workspace instead of the configured account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="31"/>
        <source>Run only the demo PostHog-compatible REST server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="32"/>
        <source>Port to listen on (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>Turn the MCP bearer token off (tests only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="34"/>
        <source>User interface language (fr, de, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="35"/>
        <source>Demo workspace size in events (1000 to 5000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37"/>
        <source>Log what every module does (the phc.* logging categories) on stderr; QT_LOGGING_RULES refines it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="39"/>
        <source>Serve only these tool groups, comma-separated (%1); the account, schema and search tools are always served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="43"/>
        <source>Also accept this public host name, which a tunnel you run forwards to 127.0.0.1 (repeatable); such requests always need the bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="46"/>
        <source>Start with the window hidden in the tray (as at login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="53"/>
        <source>Choose one of --headless, --mcp-stdio and --demo-backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="69"/>
        <source>--port takes a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="77"/>
        <source>--events takes a number from 1000 to 5000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="96"/>
        <source>--tools: there is no tool group &apos;%1&apos;. The groups are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="109"/>
        <source>--allow-host needs the bearer token: it cannot be combined with --no-auth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanionService</name>
    <message>
        <location filename="../core/service/companionservice.cpp" line="166"/>
        <source>No PostHog account is configured yet: showing the offline demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="187"/>
        <source>The PostHog address is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="233"/>
        <source>Using the offline demo workspace: sample data, no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="265"/>
        <source>Self-hosted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="279"/>
        <source>This is a project API key (phc_…), which PostHog accepts only for sending events. PostHog Companion needs a personal API key (phx_…): create one with &quot;Create a key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="345"/>
        <source>Enter a personal API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="499"/>
        <source>Cannot create the instance lock %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="505"/>
        <source>Cannot listen on the local socket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../ui/connectionpage.cpp" line="30"/>
        <source>pinned by POSTHOG_PROJECT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="31"/>
        <source>the default project chosen here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="32"/>
        <source>the first project this key is limited to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="33"/>
        <source>the project you last opened in PostHog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="34"/>
        <source>the first project of the first organization this key may reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="38"/>
        <source>chosen here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="47"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="49"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="50"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="51"/>
        <source>&amp;Create a key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="52"/>
        <source>Forget ke&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="59"/>
        <source>Where no keychain works, keep the key in a file only I can rea&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="61"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="66"/>
        <source>Connect your PostHog account with a personal API key. &quot;Create a key…&quot; opens PostHog with the &apos;MCP Server&apos; preset. The key is kept in your system keychain and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="91"/>
        <source>Detect (US or EU cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="97"/>
        <location filename="../ui/connectionpage.cpp" line="159"/>
        <source>phx_… (leave empty to keep the saved key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="99"/>
        <source>Personal API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="103"/>
        <source>Try the typed key (or the saved one) without storing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="105"/>
        <source>Store the key once PostHog accepted it; a key PostHog refuses never replaces a working one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="108"/>
        <source>Remove the key from the keychain, the key file and memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="109"/>
        <source>Off by default: without a keychain the key is then kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="125"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="130"/>
        <source>Personal API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="141"/>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="142"/>
        <source>Default &amp;project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="143"/>
        <source>Active project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="144"/>
        <source>Key scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="159"/>
        <source>phx_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="208"/>
        <source>Enter a personal API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="228"/>
        <source>Trying US and EU cloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="228"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="237"/>
        <source>✔ PostHog (%1) accepts this key: %2 (%3). Not saved yet: Save to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="260"/>
        <source>Checking the key with PostHog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="265"/>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="265"/>
        <source>Nothing was saved: the key in use stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="279"/>
        <source>The key was forgotten. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="291"/>
        <source>%1 to the offline demo workspace (sample data). Enter a personal API key and Save to use your PostHog account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="292"/>
        <location filename="../ui/connectionpage.cpp" line="297"/>
        <source>✔ Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="296"/>
        <source>%1 to %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="368"/>
        <source>%1 (id %2) in %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="382"/>
        <source>unknown (this PostHog does not say): every tool is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="387"/>
        <source>all access</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="388"/>
        <source>%n scope(s) (hover for the list)</source>
        <translation>
            <numerusform>%n scope (hover for the list)</numerusform>
            <numerusform>%n scopes (hover for the list)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="395"/>
        <source>limited to %n project(s): %1</source>
        <translation>
            <numerusform>limited to %n project: %1</numerusform>
            <numerusform>limited to %n projects: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="397"/>
        <source>limited to %n organization(s)</source>
        <translation>
            <numerusform>limited to %n organization</numerusform>
            <numerusform>limited to %n organizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="37"/>
        <source>the keychain did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="69"/>
        <source>the POSTHOG_API_KEY environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="70"/>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="71"/>
        <source>a file only you can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="72"/>
        <source>memory, for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="75"/>
        <source>nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="96"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="127"/>
        <source>Using the API key from the POSTHOG_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="135"/>
        <source>Using the API key from a file only you can read (you chose this where no keychain works).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="144"/>
        <location filename="../core/settings/credentialstore.cpp" line="171"/>
        <source>No API key is configured: enter one on the Connection page, or set POSTHOG_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="146"/>
        <source>Using the API key kept in memory for this run (no keychain is available).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="161"/>
        <source>Using the API key from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="166"/>
        <source>The API key saved earlier could not be read from the system keychain (%1): unlock the keychain, or enter the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="168"/>
        <source>locked or unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="182"/>
        <source>The key is kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="187"/>
        <source>As you chose, the key is saved in %1, readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="191"/>
        <source>The file %1 could not be written (%2); the key is kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="194"/>
        <source>No keychain is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="209"/>
        <source>The key is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="212"/>
        <source>The system keychain could not store the key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="223"/>
        <source>The key was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="234"/>
        <source>The key was removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="234"/>
        <source>The keychain could not remove the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="287"/>
        <location filename="../core/settings/credentialstore.cpp" line="349"/>
        <source>the file %1 (mode 0600, readable by you only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="314"/>
        <source>the system keychain (`secret-tool lookup server %1 user &apos;%2&apos;` prints it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="353"/>
        <source>memory only, for this run (no keychain, and %1 could not be written: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../ui/demobanner.cpp" line="22"/>
        <source>&lt;b&gt;Demo workspace&lt;/b&gt; — sample data on this computer; nothing here is your PostHog account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/demobanner.cpp" line="25"/>
        <source>Connect your &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopOptions</name>
    <message>
        <location filename="../ui/desktopoptions.cpp" line="16"/>
        <source>&amp;Closing the window keeps PostHog Companion in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopoptions.cpp" line="17"/>
        <source>&amp;Start at login, in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopoptions.cpp" line="25"/>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopoptions.cpp" line="27"/>
        <source>Writes %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightResultView</name>
    <message>
        <location filename="../ui/insightresultview.cpp" line="34"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="35"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="36"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="37"/>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="38"/>
        <source>Stickiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="39"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="40"/>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="41"/>
        <source>Events table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="46"/>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="107"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="107"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="107"/>
        <source>Of first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="107"/>
        <source>Of previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="123"/>
        <source>Overall conversion: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="147"/>
        <source>**%1** · last modified %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="149"/>
        <source> · computed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="161"/>
        <source>No result computed yet: press Refresh to compute it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightresultview.cpp" line="166"/>
        <source>%n cohort(s); each cell is the share of the cohort still active in that period.</source>
        <translation>
            <numerusform>%n cohort; each cell is the share of the cohort still active in that period.</numerusform>
            <numerusform>%n cohorts; each cell is the share of the cohort still active in that period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceClient</name>
    <message>
        <location filename="../core/service/instanceclient.cpp" line="38"/>
        <source>The running PostHog Companion did not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/instanceclient.cpp" line="47"/>
        <source>A PostHog Companion is running but did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/instanceclient.cpp" line="66"/>
        <source>The running PostHog Companion refused the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../ui/mainmenus.cpp" line="31"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="34"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="39"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="47"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="60"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="63"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="70"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="72"/>
        <source>&amp;Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="77"/>
        <source>&amp;About PostHog Companion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>PostHog Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>&amp;MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>&amp;Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>&amp;Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>&amp;Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Last viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>&amp;Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>&amp;LLM costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Cost per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;Feature flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Approval needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>An agent wants to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>%n approval(s) waiting for you</source>
        <translation>
            <numerusform>%n approval waiting for you</numerusform>
            <numerusform>%n approvals waiting for you</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399"/>
        <source>MCP server not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>Connected: %1 · no active project (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>Connected: %1 · %2 › %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>MCP: serving at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>MCP: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>Still serving MCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>PostHog Companion keeps running in the tray. Quit from its menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpPage</name>
    <message>
        <location filename="../ui/mcppage.cpp" line="44"/>
        <source>&amp;Serve MCP to local agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="48"/>
        <location filename="../ui/mcppage.cpp" line="183"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="63"/>
        <source>MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="78"/>
        <source>MCP endpoint address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="79"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="80"/>
        <location filename="../ui/mcppage.cpp" line="81"/>
        <location filename="../ui/mcppage.cpp" line="358"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="82"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="83"/>
        <source>Make a new token; clients configured with the old one must be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="104"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="105"/>
        <source>Bearer to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="106"/>
        <source>&amp;Without a window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="107"/>
        <source>T&amp;unnel host names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="116"/>
        <source>What to do without a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="117"/>
        <source>Deny calls that need approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="118"/>
        <source>Ask through the agent&apos;s client, when it can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="131"/>
        <source>none (e.g. mcp.example.com, for a cloudflared, Tailscale Funnel or ngrok tunnel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="132"/>
        <source>Public host names a tunnel you run forwards to 127.0.0.1, separated by commas. Requests for them are accepted only with the bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="149"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="172"/>
        <source>Connect a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="173"/>
        <source>Tools and approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="183"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="207"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="207"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="207"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="211"/>
        <source>Tools offered to agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="236"/>
        <source>Its group, %1, is switched off above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="243"/>
        <source>&amp;Analytics: HogQL, insights, ad-hoc queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="245"/>
        <source>&amp;Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="247"/>
        <source>&amp;Error tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="249"/>
        <source>&amp;LLM analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="251"/>
        <source>&amp;Feature flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="253"/>
        <source>E&amp;xperiments and surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="259"/>
        <source>Tool groups offered to agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="275"/>
        <source>Organizations, projects, event and property definitions and search are always offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="279"/>
        <source>This run serves the groups given with --tools; changes here last until it quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="292"/>
        <source>%1 on 127.0.0.1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="292"/>
        <source>● Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="293"/>
        <source>● Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="296"/>
        <source>(loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="298"/>
        <source>(authentication is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="303"/>
        <source>Ignored while authentication is off: a tunnel&apos;s requests always need the bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="305"/>
        <source>This run also accepts %1 (--allow-host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="329"/>
        <source>&lt;token: hidden, Copy includes it&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="349"/>
        <source>Add to Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="351"/>
        <source>Add to VS Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="353"/>
        <source>Add to Claude Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="362"/>
        <source>Copied the %1 configuration (it holds the token: paste it only where it belongs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="375"/>
        <source>Opened %1: confirm the new &quot;posthog&quot; server there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="377"/>
        <source>Could not open %1&apos;s install link: is %1 installed? Copy the configuration instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="396"/>
        <source>Replace Claude Desktop&apos;s &quot;posthog&quot; server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="397"/>
        <source>%1 already has a &quot;posthog&quot; server that runs:
%2

Replace it with this app? The file is backed up first, and the other servers stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="402"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="406"/>
        <source>Kept the &quot;posthog&quot; server Claude Desktop had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="425"/>
        <source>Never ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="425"/>
        <source>Ask first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="425"/>
        <source>Ask (remember same arguments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="425"/>
        <source>Always ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="432"/>
        <source>%1 — %2 (hidden: the key lacks %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="434"/>
        <source>Not offered to agents: the API key lacks the scope %1. Add it to the key in PostHog (Settings → Personal API keys), then reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mcppage.cpp" line="460"/>
        <source>%n tool(s) greyed out are not offered to agents: the PostHog API key lacks a scope they need. Add the scope to the key in PostHog, then save the key again.</source>
        <translation>
            <numerusform>%n tool greyed out is not offered to agents: the PostHog API key lacks a scope it needs. Add the scope to the key in PostHog, then save the key again.</numerusform>
            <numerusform>%n tools greyed out are not offered to agents: the PostHog API key lacks a scope they need. Add the scope to the key in PostHog, then save the key again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageLoaders</name>
    <message>
        <location filename="../ui/pageloaders.cpp" line="82"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="85"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="97"/>
        <source>Loading the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="107"/>
        <source>PostHog has no cached result for this insight: computing it once…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="134"/>
        <source>%n saved insight(s). Results are PostHog&apos;s cached ones; Refresh computes them again.</source>
        <translation>
            <numerusform>%n saved insight. Results are PostHog&apos;s cached ones; Refresh computes them again.</numerusform>
            <numerusform>%n saved insights. Results are PostHog&apos;s cached ones; Refresh computes them again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="136"/>
        <source>This project has no saved insights yet. Save one from the Query page (Save as insight…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="137"/>
        <source>No insight matches &quot;%1&quot;. Clear the search to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="161"/>
        <source>*%1: no cached result yet.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="191"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="202"/>
        <source>%n tile(s). Click a chart to open its insight.</source>
        <translation>
            <numerusform>%n tile. Click a chart to open its insight.</numerusform>
            <numerusform>%n tiles. Click a chart to open its insight.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="227"/>
        <source>%n dashboard(s).</source>
        <translation>
            <numerusform>%n dashboard.</numerusform>
            <numerusform>%n dashboards.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="228"/>
        <source>This project has no dashboards yet. Create one in PostHog, or ask an agent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="229"/>
        <source>No dashboard matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="250"/>
        <location filename="../ui/pageloaders.cpp" line="366"/>
        <location filename="../ui/pageloaders.cpp" line="500"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="251"/>
        <location filename="../ui/pageloaders.cpp" line="366"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="252"/>
        <location filename="../ui/pageloaders.cpp" line="366"/>
        <source>Suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="253"/>
        <source>Pending release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="254"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="261"/>
        <source>No stack frames were recorded for the latest occurrence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="263"/>
        <source>Stack trace (innermost first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="267"/>
        <source>[in app]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="281"/>
        <source>Status: %1 · first seen %2 · last seen %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="284"/>
        <source> · release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="301"/>
        <location filename="../ui/pageloaders.cpp" line="344"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="350"/>
        <source>No %1 errors in this window (%2). Choose a longer period or another status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="357"/>
        <source>Exceptions per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="358"/>
        <source>Exceptions per day, all issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="365"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="366"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="409"/>
        <source>(no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="420"/>
        <source>## %1

Provider: %2

| Measure | Value |
|---|---:|
| Cost of generations | %3 |
| Generations | %4 |
| Cost per generation | %5 |
| Input tokens | %6 |
| Output tokens | %7 |
| Embeddings | %8 |
| Cost of embeddings | %9 |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="277"/>
        <source>**Counted over: %1** — %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="278"/>
        <location filename="../ui/pageloaders.cpp" line="349"/>
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln occurrence</numerusform>
            <numerusform>%Ln occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="278"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="279"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="347"/>
        <source>Counted over: %1. %2, %3 new, %4 on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="348"/>
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>%Ln issue</numerusform>
            <numerusform>%Ln issues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="438"/>
        <source>%1: %2 over %3 and %4. Costs in US dollars, as PostHog records them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="439"/>
        <source>%Ln generation(s)</source>
        <translation>
            <numerusform>%Ln generation</numerusform>
            <numerusform>%Ln generations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="440"/>
        <source>%Ln embedding(s)</source>
        <translation>
            <numerusform>%Ln embedding</numerusform>
            <numerusform>%Ln embeddings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="441"/>
        <source>No $ai_generation or $ai_embedding events in this period (%1). Choose a longer period, or set up PostHog&apos;s LLM analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="462"/>
        <source>Cost per day by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="463"/>
        <source>Cost per day (USD), by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="490"/>
        <source>Condition %1: %2% of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="492"/>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="492"/>
        <source>those where %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="492"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="494"/>
        <source> → variant `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="500"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="502"/>
        <source>Release conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="506"/>
        <source>No conditions: the flag is off for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="508"/>
        <source>Rolled out per group (type %1), not per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="513"/>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="513"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="513"/>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="513"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="517"/>
        <location filename="../ui/pageloaders.cpp" line="572"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="517"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="520"/>
        <source>A payload is set for the enabled value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="520"/>
        <source>No payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="530"/>
        <source>Turn o&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="530"/>
        <source>Turn o&amp;ff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="532"/>
        <source>Turn the flag on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="532"/>
        <source>Turn the flag off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="533"/>
        <source>Turn &quot;%1&quot; on? Its release conditions apply again at once, for everyone they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="534"/>
        <source>Turn &quot;%1&quot; off? Everyone gets the flag&apos;s off value at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="538"/>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="538"/>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="545"/>
        <source>&quot;%1&quot; is now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="545"/>
        <source>&quot;%1&quot; is now off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="571"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="571"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="580"/>
        <source>%Ln flag(s), %1 on.</source>
        <translation>
            <numerusform>%Ln flag, %1 on.</numerusform>
            <numerusform>%Ln flags, %1 on.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="581"/>
        <source>This project has no feature flags yet. Create one in PostHog, or ask an agent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="582"/>
        <source>No flag matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="84"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostHogConnection</name>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="87"/>
        <source>US cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="88"/>
        <source>EU cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="89"/>
        <source>Self-hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="90"/>
        <source>Demo workspace (offline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="31"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="33"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="37"/>
        <source>&amp;Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="38"/>
        <source>&amp;Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="58"/>
        <source>MCP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="60"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="61"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="68"/>
        <source>Approval timeout in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="70"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="73"/>
        <source>MCP &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="74"/>
        <source>Clients must use the new address after a change (the MCP page shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="75"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="76"/>
        <source>A new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="77"/>
        <source>Deny an unanswered &amp;approval after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="98"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="98"/>
        <source>Start at login could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryChartPanel</name>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="25"/>
        <source>X axis column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="27"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="28"/>
        <source>Series columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="32"/>
        <source>Break down by column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="34"/>
        <source>Chart style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="35"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="36"/>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="37"/>
        <source>Stacked bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="38"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="41"/>
        <source>&amp;X axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="43"/>
        <source>&amp;Break down by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="45"/>
        <source>St&amp;yle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="94"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="143"/>
        <source>Series: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="143"/>
        <source>Series: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryPage</name>
    <message>
        <location filename="../ui/querypage.cpp" line="60"/>
        <source>Save snippet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="61"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="63"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="64"/>
        <source>Save as insight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="84"/>
        <source>Ctrl+Enter runs the query, Esc cancels it. Ctrl+Space completes names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="98"/>
        <source>Write HogQL, e.g. SELECT event, count() FROM events GROUP BY event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="99"/>
        <source>Run the query (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="101"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="104"/>
        <source>Snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="124"/>
        <source>Query results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="125"/>
        <source>HogQL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="128"/>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="129"/>
        <source>C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="138"/>
        <source>Chart the result: needs a number column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="147"/>
        <source>Query error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="211"/>
        <source>Running… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="251"/>
        <source>Cannot run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="355"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="392"/>
        <source>%n row(s) in %1 s</source>
        <translation>
            <numerusform>%n row in %1 s</numerusform>
            <numerusform>%n rows in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="393"/>
        <source> — more rows exist: raise the LIMIT or page with OFFSET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="411"/>
        <source>%1

(Marked in the editor: line %2, column %3.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="413"/>
        <source>The query failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="445"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="446"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="447"/>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="457"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="460"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="492"/>
        <source>Save as insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="492"/>
        <source>Insight name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="504"/>
        <source>Saved as insight %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="512"/>
        <source>Save snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="512"/>
        <source>Snippet name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="519"/>
        <source>Saved the snippet &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../ui/relativetime.cpp" line="9"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/relativetime.cpp" line="12"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/relativetime.cpp" line="15"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/relativetime.cpp" line="18"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/relativetime.cpp" line="19"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/relativetime.cpp" line="27"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relativetime.cpp" line="29"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relativetime.cpp" line="32"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relativetime.cpp" line="33"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/relativetime.cpp" line="39"/>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RememberedApprovalsBox</name>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="15"/>
        <source>Remembered &quot;Always allow&quot; answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="18"/>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="19"/>
        <source>Revoke a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="23"/>
        <source>Remembered answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="25"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="25"/>
        <source>Allowed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="31"/>
        <source>A revoked answer means the agent is asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="57"/>
        <source>the same arguments as then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="57"/>
        <source>these arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="58"/>
        <source>any arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="65"/>
        <source>None: agents are asked as each tool&apos;s approval setting says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <location filename="../ui/resourcepage.cpp" line="60"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="61"/>
        <source>&amp;Open in PostHog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="62"/>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="80"/>
        <source>Times are in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="86"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="105"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="107"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="108"/>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="131"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="134"/>
        <source>Select an item to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="149"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="150"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="151"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="152"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="153"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="154"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="159"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="160"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="319"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="324"/>
        <source>This page has nothing to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="341"/>
        <source>Could not load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="364"/>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultExporter</name>
    <message>
        <location filename="../ui/resultexporter.cpp" line="68"/>
        <location filename="../ui/resultexporter.cpp" line="73"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaBrowser</name>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="15"/>
        <source>Schema: tables, columns, events and properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="16"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="16"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="21"/>
        <source>Double-click a name to insert it at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="22"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="23"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="24"/>
        <source>Event properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="25"/>
        <source>Person properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StdioRelay</name>
    <message>
        <location filename="../core/service/stdiorelay.cpp" line="99"/>
        <source>The running PostHog Companion (pid %1) went away; this relay stops. Start PostHog Companion again and restart the MCP server in your client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <location filename="../ui/tilegrid.cpp" line="37"/>
        <source>Text tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tilegrid.cpp" line="49"/>
        <source>Click to open this insight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="56"/>
        <source>Open PostHog Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="58"/>
        <source>Pause MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="63"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="89"/>
        <source>the MCP server could not start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="103"/>
        <source>PostHog Companion: %n approval(s) waiting</source>
        <translation>
            <numerusform>PostHog Companion: %n approval waiting</numerusform>
            <numerusform>PostHog Companion: %n approvals waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="106"/>
        <source>PostHog Companion: not working: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="106"/>
        <source>the MCP server is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="109"/>
        <source>PostHog Companion: MCP server paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="112"/>
        <source>PostHog Companion: serving MCP at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TunnelHostNames</name>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="12"/>
        <source>the host name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="14"/>
        <source>give the host name alone (mcp.example.com), not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="16"/>
        <source>give the host name without a port: the tunnel&apos;s public port does not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="18"/>
        <source>wildcards are not allowed: name each host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="20"/>
        <source>a public host name has at least two labels, like mcp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="25"/>
        <source>&apos;%1&apos; is not a valid label (letters, digits and inner hyphens, at most 63)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="33"/>
        <source>&apos;%1&apos; is not a host name a tunnel can forward: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="16"/>
        <source>Welcome to PostHog Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="21"/>
        <source>Browse your PostHog insights, dashboards, errors, LLM costs and feature flags on the desktop, run HogQL queries, and let AI agents use PostHog through a local MCP server that asks you before they change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="26"/>
        <source>&amp;Connect your PostHog account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="29"/>
        <source>You need a personal API key; the Connection page links to PostHog&apos;s page that makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="31"/>
        <source>&amp;Explore the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="33"/>
        <source>Sample data on this computer: no account, no network. Switch to your account any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>No translation for &apos;%1&apos;; using English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="88"/>
        <source>Demo PostHog API listening at %1/api/ (personal API key: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="122"/>
        <source>has its MCP server paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="123"/>
        <source>serves MCP at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <source>PostHog Companion is already running (pid %1): its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="130"/>
        <source>PostHog Companion already runs headless (pid %1) and %2. Stop it to open the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="134"/>
        <source>PostHog Companion is already running (pid %1) and %2. Use it, or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="140"/>
        <source>Another PostHog Companion is starting or stopping (it holds %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="163"/>
        <source>Connected: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="170"/>
        <source>WARNING: --no-auth is on: any local program can use this MCP server without a token. Use it for tests only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="174"/>
        <location filename="../app/main.cpp" line="274"/>
        <source>MCP server listening at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="176"/>
        <source>Bearer token: stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="178"/>
        <source>Also accepting, with the bearer token only, requests a tunnel forwards for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="198"/>
        <source>Calls that need approval are asked through your MCP client when it supports elicitation, and denied otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="201"/>
        <source>Serving MCP in-process (--demo and --tools apply to this process only). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="208"/>
        <source>Relaying to the running PostHog Companion (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="218"/>
        <source>No PostHog Companion is running: serving MCP in-process. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="222"/>
        <source>%1 Serving MCP in-process instead. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="271"/>
        <source>WARNING: --no-auth is on: any local program can use this MCP server without a token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
