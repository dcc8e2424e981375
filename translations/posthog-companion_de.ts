<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActiveProjectStore</name>
    <message>
        <location filename="../core/tools/activeprojectstore.cpp" line="47"/>
        <source>pinned by POSTHOG_PROJECT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/activeprojectstore.cpp" line="51"/>
        <source>the default project configured in PostHog Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/activeprojectstore.cpp" line="61"/>
        <source>No project is active: call get_projects, then set_active_project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/activeprojectstore.cpp" line="64"/>
        <source>the project you last opened in PostHog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../ui/activitymodel.cpp" line="46"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="68"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="69"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="70"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="71"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="72"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="73"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/activitypage.cpp" line="22"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="27"/>
        <source>Every tool call an agent makes appears here as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="29"/>
        <source>Filter by tool, client or outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="31"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="16"/>
        <source>Allow this action?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="20"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to run &lt;b&gt;%2&lt;/b&gt; (%3).&lt;br&gt;This changes data in PostHog (stake: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="28"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="29"/>
        <source>Allow once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="34"/>
        <source>Always allow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalPolicy</name>
    <message>
        <location filename="../core/tools/approvalpolicy.cpp" line="74"/>
        <source> (The &apos;elicit&apos; headless policy is configured, but asking through the MCP client is not implemented yet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalpolicy.cpp" line="75"/>
        <source>Denied: &apos;%1&apos; changes data (stake: %2) and needs a person&apos;s approval, but PostHog Companion runs headless with the policy &apos;deny&apos;.%3 Ask the person to run the desktop app (which prompts them), or to mark this tool as never_ask on its MCP server page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalpolicy.cpp" line="104"/>
        <source>Denied: the person using PostHog Companion declined this call to &apos;%1&apos;. Do not retry it unchanged; ask them what they want instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/approvalpolicy.cpp" line="108"/>
        <source>Denied: nobody answered the approval prompt for &apos;%1&apos; within %2 minute(s). Ask the person to look at PostHog Companion and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../ui/chartwidget.cpp" line="33"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientConfigSnippets</name>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="22"/>
        <source>Run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="24"/>
        <source>claude_desktop_config.json (launches this app in stdio mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="27"/>
        <source>~/.cursor/mcp.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="30"/>
        <source>.vscode/mcp.json in your workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="33"/>
        <source>For stdio-only clients: the command to launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="35"/>
        <source>Add a remote MCP server (Dust must reach this machine: the server listens on 127.0.0.1 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="36"/>
        <source>URL: %1
Header: Authorization: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="36"/>
        <source>(none: authentication is off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanionService</name>
    <message>
        <location filename="../core/service/companionservice.cpp" line="33"/>
        <source>PostHog analytics tools: HogQL, insights, dashboards, errors, LLM costs, feature flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="51"/>
        <source>PostHog Companion is not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="71"/>
        <source>No PostHog account is configured yet: showing the offline demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="90"/>
        <source>The PostHog address is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="106"/>
        <source>Using the offline demo workspace: sample data, no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="136"/>
        <source>Self-hosted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../ui/connectionpage.cpp" line="22"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="24"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="25"/>
        <source>Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="36"/>
        <source>phx_… (leave empty to keep the saved key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="47"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="52"/>
        <source>Connect your PostHog account with a personal API key (PostHog → Settings → Personal API keys; the &apos;MCP Server&apos; preset grants what the tools need). The key is kept in your system keychain and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="58"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="60"/>
        <source>Personal API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="67"/>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="68"/>
        <source>Default project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="119"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="126"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="143"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Connected&lt;/span&gt; as %1 (%2). Organizations: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="60"/>
        <source>the POSTHOG_API_KEY environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="61"/>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="62"/>
        <source>memory, for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="65"/>
        <source>nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="73"/>
        <source>Using the API key from the POSTHOG_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="81"/>
        <location filename="../core/settings/credentialstore.cpp" line="99"/>
        <source>No API key is configured: enter one on the Connection page, or set POSTHOG_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="83"/>
        <source>Using the API key kept in memory for this run (no keychain is available).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="92"/>
        <source>Using the API key from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="96"/>
        <source>The API key saved earlier could not be read from the system keychain (%1): unlock the keychain, or enter the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="97"/>
        <source>locked or unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="109"/>
        <source>The key is kept in memory for this run only: no keychain is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="121"/>
        <source>The key is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="122"/>
        <source>The system keychain could not store the key (%1); it is kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="131"/>
        <source>The key was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="138"/>
        <source>The key was removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="138"/>
        <source>The keychain could not remove the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../core/demo/demoserver.cpp" line="138"/>
        <source>The demo workspace could not prepare its data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/demoserver.cpp" line="147"/>
        <source>The demo workspace could not start its server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>PostHog Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>LLM costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Feature flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&amp;About PostHog Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Approval needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>An agent wants to run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>MCP server not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>MCP: serving at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>MCP: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>PostHog Companion — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Still serving MCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>PostHog Companion keeps running in the tray. Quit from its menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>About PostHog Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>&lt;h3&gt;PostHog Companion %1&lt;/h3&gt;&lt;p&gt;Your PostHog account on the desktop, and as a local MCP server for AI agents.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpPage</name>
    <message>
        <location filename="../ui/mcppage.cpp" line="29"/>
        <source>Serve MCP to local agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="33"/>
        <location filename="../ui/mcppage.cpp" line="94"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="37"/>
        <source>MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="47"/>
        <location filename="../ui/mcppage.cpp" line="48"/>
        <location filename="../ui/mcppage.cpp" line="134"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="49"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="50"/>
        <source>Make a new token; clients configured with the old one must be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="62"/>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="63"/>
        <source>Bearer token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="66"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="66"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="66"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="72"/>
        <source>Connect a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="73"/>
        <source>Tools and approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="94"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="110"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;● Running&lt;/span&gt; on 127.0.0.1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="111"/>
        <source>&lt;span style=&apos;color:#9e9e9e&apos;&gt;● Stopped&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="113"/>
        <source>(authentication is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="150"/>
        <source>Never ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="150"/>
        <source>Ask first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="150"/>
        <source>Ask (remember same arguments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="150"/>
        <source>Always ask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLoaders</name>
    <message>
        <location filename="../ui/pageloaders.cpp" line="44"/>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="44"/>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="46"/>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="54"/>
        <source>Last modified: %1 · Dashboards: %2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="73"/>
        <source>%1 saved insight(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="89"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="97"/>
        <source>Tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="105"/>
        <source>%1 dashboard(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="133"/>
        <source>%1 occurrences · %2 users · first seen %3 · last seen %4

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="146"/>
        <source>%1 active issue(s), %2 occurrences in the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="174"/>
        <source>## %1

Provider: %2

Cost: $%3 over %4 calls

Input tokens: %5 · Output tokens: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="179"/>
        <source>Last 30 days: $%1 over %2 LLM calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="197"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="197"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="202"/>
        <source>%1 flag(s), %2 on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostHogCall</name>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="58"/>
        <location filename="../core/posthog/posthogcall.cpp" line="168"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="85"/>
        <source>PostHog did not answer within %1 s. Try again, narrow the query (shorter date range, a LIMIT), or check your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="177"/>
        <source>PostHog&apos;s answer is larger than %1 MiB, more than the app accepts. Ask for less: add a LIMIT, a shorter date range, or a smaller page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="190"/>
        <source>The secure connection to %1 failed (TLS). Check the address, the system clock, and any proxy that intercepts HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="196"/>
        <source>Could not resolve %1 (DNS). Check the address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="200"/>
        <source>Could not reach PostHog at %1: %2. Check your network connection and the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="219"/>
        <source>PostHog&apos;s answer was not valid JSON (%1 at byte %2). If this persists, check the address points at PostHog and not a proxy page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="263"/>
        <source>Rate limited by PostHog: retry after %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostHogClient</name>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="83"/>
        <source>PostHog&apos;s answer had an unexpected shape: %1. Check the address points at PostHog; if it does, this is a bug worth reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="228"/>
        <source>The current user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="233"/>
        <source>The API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="254"/>
        <location filename="../core/posthog/posthogclient.cpp" line="261"/>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="278"/>
        <location filename="../core/posthog/posthogclient.cpp" line="285"/>
        <location filename="../core/posthog/posthogclient.cpp" line="330"/>
        <location filename="../core/posthog/posthogclient.cpp" line="350"/>
        <location filename="../core/posthog/posthogclient.cpp" line="366"/>
        <location filename="../core/posthog/posthogclient.cpp" line="405"/>
        <location filename="../core/posthog/posthogclient.cpp" line="414"/>
        <location filename="../core/posthog/posthogclient.cpp" line="439"/>
        <location filename="../core/posthog/posthogclient.cpp" line="588"/>
        <location filename="../core/posthog/posthogclient.cpp" line="604"/>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="295"/>
        <location filename="../core/posthog/posthogclient.cpp" line="338"/>
        <source>Insight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="301"/>
        <source>&apos;%1&apos; is not an insight id: give the numeric id or the 8-character short_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="358"/>
        <location filename="../core/posthog/posthogclient.cpp" line="374"/>
        <source>Dashboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="523"/>
        <source>Error issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="526"/>
        <source>&apos;%1&apos; is not an error issue id: ids are UUIDs; list them with list_errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="596"/>
        <location filename="../core/posthog/posthogclient.cpp" line="612"/>
        <location filename="../core/posthog/posthogclient.cpp" line="632"/>
        <source>Feature flag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostHogConnection</name>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="35"/>
        <source>Enter the address of your PostHog instance, e.g. https://posthog.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="37"/>
        <source>The address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="39"/>
        <source>The address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="41"/>
        <source>The address must not contain &apos;?&apos; or &apos;#&apos;: give only the scheme, host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="48"/>
        <source>The address must not have a path (found &apos;%1&apos;): PostHog is served from the root of its host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="51"/>
        <source>The address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="85"/>
        <source>US cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="86"/>
        <source>EU cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="87"/>
        <source>Self-hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="88"/>
        <source>Demo workspace (offline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostHogError</name>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="50"/>
        <source>PostHog rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="51"/>
        <source>PostHog rejected the value of &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="57"/>
        <source>Invalid API key: PostHog did not accept the personal API key. Check the key and the region on PostHog Companion&apos;s Connection page (a key from EU cloud does not work on US cloud, and the other way round), or create a new key in PostHog under Settings &gt; Personal API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="66"/>
        <source>Insufficient permissions: the personal API key may not do this. Give the key the scope PostHog names, or create a key with the &apos;MCP Server&apos; preset, and check the key may reach this organization and project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="74"/>
        <source>%1 was not found: check the organization/project/insight id, and that it belongs to the active project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="76"/>
        <source>The requested object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="82"/>
        <source>Rate limited by PostHog: retry after %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="83"/>
        <source>Rate limited by PostHog: retry in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="89"/>
        <source>PostHog is having trouble (HTTP %1). It was retried; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="94"/>
        <source>PostHog answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="27"/>
        <source>the keychain did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryPage</name>
    <message>
        <location filename="../ui/querypage.cpp" line="47"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="48"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="49"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="50"/>
        <source>Save as insight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="64"/>
        <source>Write HogQL, e.g. SELECT event, count() FROM events GROUP BY event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="65"/>
        <source>Run the query (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="67"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="117"/>
        <source>Running… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="140"/>
        <source>Ctrl+Enter runs the query. Ctrl+Space completes names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="189"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="203"/>
        <source>%n row(s) in %1 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="204"/>
        <source> — more rows exist: raise the LIMIT or page with OFFSET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="239"/>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="240"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="245"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="247"/>
        <source>Exported %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="253"/>
        <source>Save as insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="253"/>
        <source>Insight name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="261"/>
        <source>Saved as insight %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <location filename="../ui/resourcepage.cpp" line="21"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="22"/>
        <source>Open in PostHog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="31"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="39"/>
        <source>Select an item to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="86"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="104"/>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultExporter</name>
    <message>
        <location filename="../ui/resultexporter.cpp" line="66"/>
        <location filename="../ui/resultexporter.cpp" line="71"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
