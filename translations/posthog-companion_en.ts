<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalDialog</name>
    <message numerus="yes">
        <source>&amp;Waiting (%n):</source>
        <translation type="vanished">
            <numerusform>&amp;Waiting (%n):</numerusform>
            <numerusform>&amp;Waiting (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions wait for your approval</source>
        <translation type="vanished">
            <numerusform>%n action waits for your approval</numerusform>
            <numerusform>%n actions wait for your approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message numerus="yes">
        <source>%1 of %2 over %n point(s), from %3 to %4</source>
        <translation type="vanished">
            <numerusform>%1 of %2 over %n point, from %3 to %4</numerusform>
            <numerusform>%1 of %2 over %n points, from %3 to %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more series</source>
        <translation type="vanished">
            <numerusform> and %n more series</numerusform>
            <numerusform> and %n more series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message numerus="yes">
        <source>%n scope(s) (hover for the list)</source>
        <translation type="vanished">
            <numerusform>%n scope (hover for the list)</numerusform>
            <numerusform>%n scopes (hover for the list)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>limited to %n organization(s)</source>
        <translation type="vanished">
            <numerusform>limited to %n organization</numerusform>
            <numerusform>limited to %n organizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightResultView</name>
    <message numerus="yes">
        <source>%n cohort(s); each cell is the share of the cohort still active in that period.</source>
        <translation type="vanished">
            <numerusform>%n cohort; each cell is the share of the cohort still active in that period.</numerusform>
            <numerusform>%n cohorts; each cell is the share of the cohort still active in that period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n approval(s) waiting for you</source>
        <translation type="vanished">
            <numerusform>%n approval waiting for you</numerusform>
            <numerusform>%n approvals waiting for you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpPage</name>
    <message numerus="yes">
        <source>%n tool(s) greyed out are not offered to agents: the PostHog API key lacks a scope they need. Add the scope to the key in PostHog, then save the key again.</source>
        <translation type="vanished">
            <numerusform>%n tool greyed out is not offered to agents: the PostHog API key lacks a scope it needs. Add the scope to the key in PostHog, then save the key again.</numerusform>
            <numerusform>%n tools greyed out are not offered to agents: the PostHog API key lacks a scope they need. Add the scope to the key in PostHog, then save the key again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageLoaders</name>
    <message numerus="yes">
        <source>%n saved insight(s). Results are PostHog&apos;s cached ones; Refresh computes them again.</source>
        <translation type="vanished">
            <numerusform>%n saved insight. Results are PostHog&apos;s cached ones; Refresh computes them again.</numerusform>
            <numerusform>%n saved insights. Results are PostHog&apos;s cached ones; Refresh computes them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s). Click a chart to open its insight.</source>
        <translation type="vanished">
            <numerusform>%n tile. Click a chart to open its insight.</numerusform>
            <numerusform>%n tiles. Click a chart to open its insight.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard(s).</source>
        <translation type="vanished">
            <numerusform>%n dashboard.</numerusform>
            <numerusform>%n dashboards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation type="vanished">
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryPage</name>
    <message numerus="yes">
        <source>%n row(s) in %1 s</source>
        <translation type="vanished">
            <numerusform>%n row in %1 s</numerusform>
            <numerusform>%n rows in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation type="vanished">
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="vanished">
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="vanished">
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="vanished">
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>PostHog Companion: %n approval(s) waiting</source>
        <translation type="vanished">
            <numerusform>PostHog Companion: %n approval waiting</numerusform>
            <numerusform>PostHog Companion: %n approvals waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
