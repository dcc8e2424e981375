<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>ActiveProjectStore</name>
    <message>
        <location filename="../core/tools/activeprojectstore.cpp" line="47" />
        <source>pinned by POSTHOG_PROJECT_ID</source>
        <translation>festgelegt durch POSTHOG_PROJECT_ID</translation>
    </message>
    <message>
        <location filename="../core/tools/activeprojectstore.cpp" line="51" />
        <source>the default project configured in PostHog Companion</source>
        <translation>das in PostHog Companion eingestellte Standardprojekt</translation>
    </message>
    <message>
        <location filename="../core/tools/activeprojectstore.cpp" line="61" />
        <source>No project is active: call get_projects, then set_active_project.</source>
        <translation>Kein Projekt ist aktiv: rufe get_projects und dann set_active_project auf.</translation>
    </message>
    <message>
        <location filename="../core/tools/activeprojectstore.cpp" line="64" />
        <source>the project you last opened in PostHog</source>
        <translation>das zuletzt in PostHog geöffnete Projekt</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../ui/activitymodel.cpp" line="46" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="68" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="69" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="70" />
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="71" />
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="72" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="73" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/activitypage.cpp" line="22" />
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="27" />
        <source>Every tool call an agent makes appears here as it happens.</source>
        <translation>Jeder Werkzeugaufruf eines Agenten erscheint hier, sobald er geschieht.</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="29" />
        <source>Filter by tool, client or outcome…</source>
        <translation>Nach Werkzeug, Client oder Ergebnis filtern…</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="31" />
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="16" />
        <source>Allow this action?</source>
        <translation>Diese Aktion erlauben?</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="20" />
        <source>&lt;b&gt;%1&lt;/b&gt; wants to run &lt;b&gt;%2&lt;/b&gt; (%3).&lt;br&gt;This changes data in PostHog (stake: %4).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; möchte &lt;b&gt;%2&lt;/b&gt; ausführen (%3).&lt;br&gt;Das ändert Daten in PostHog (Risiko: %4).</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="28" />
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="29" />
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="34" />
        <source>Always allow</source>
        <translation>Immer erlauben</translation>
    </message>
</context>
<context>
    <name>ApprovalPolicy</name>
    <message>
        <location filename="../core/tools/approvalpolicy.cpp" line="62" />
        <source>PostHog Companion: allow the agent to run '%1' (%2, stake %3) with %4?</source>
        <translation>PostHog Companion: dem Agenten erlauben, „%1“ (%2, Risiko %3) mit %4 auszuführen?</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalpolicy.cpp" line="73" />
        <source>Denied: the user declined '%1' when your client asked them. Do not retry it unchanged; ask them what they want instead.</source>
        <translation>Abgelehnt: Der Nutzer hat „%1“ abgelehnt, als dein Client ihn fragte. Nicht unverändert wiederholen; frage ihn, was er stattdessen möchte.</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalpolicy.cpp" line="104" />
        <source> The 'elicit' policy is configured, but this client cannot ask its user (no elicitation capability).</source>
        <translation> Die Richtlinie „elicit“ ist eingestellt, aber dieser Client kann seinen Nutzer nicht fragen (keine Elicitation-Fähigkeit).</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalpolicy.cpp" line="106" />
        <source>Denied: '%1' changes data (stake: %2) and needs a person's approval, but PostHog Companion runs headless with the policy '%3'.%4 Ask the person to run the desktop app (which prompts them), or to mark this tool as never_ask on its MCP server page.</source>
        <translation>Abgelehnt: „%1“ ändert Daten (Risiko: %2) und braucht die Zustimmung einer Person, aber PostHog Companion läuft ohne Fenster mit der Richtlinie „%3“.%4 Bitte die Person, die Desktop-App zu starten (die sie fragt), oder dieses Werkzeug auf seiner MCP-Server-Seite als never_ask zu markieren.</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalpolicy.cpp" line="135" />
        <source>Denied: the person using PostHog Companion declined this call to '%1'. Do not retry it unchanged; ask them what they want instead.</source>
        <translation>Abgelehnt: Die Person, die PostHog Companion nutzt, hat diesen Aufruf von „%1“ abgelehnt. Nicht unverändert wiederholen; frage sie, was sie stattdessen möchte.</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalpolicy.cpp" line="139" />
        <source>Denied: nobody answered the approval prompt for '%1' within %2 minute(s). Ask the person to look at PostHog Companion and try again.</source>
        <translation>Abgelehnt: Niemand hat die Freigabeanfrage für „%1“ innerhalb von %2 Minute(n) beantwortet. Bitte die Person, in PostHog Companion nachzusehen, und versuche es erneut.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../ui/chartwidget.cpp" line="33" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ClientConfigSnippets</name>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="22" />
        <source>Run in a terminal</source>
        <translation>In einem Terminal ausführen</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="24" />
        <source>claude_desktop_config.json (launches this app in stdio mode)</source>
        <translation>claude_desktop_config.json (startet diese App im stdio-Modus)</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="27" />
        <source>~/.cursor/mcp.json</source>
        <translation>~/.cursor/mcp.json</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="30" />
        <source>.vscode/mcp.json in your workspace</source>
        <translation>.vscode/mcp.json in deinem Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="33" />
        <source>For stdio-only clients: the command to launch</source>
        <translation>Für reine stdio-Clients: der zu startende Befehl</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="35" />
        <source>Add a remote MCP server (Dust must reach this machine: the server listens on 127.0.0.1 only)</source>
        <translation>Einen entfernten MCP-Server hinzufügen (Dust muss diesen Rechner erreichen: der Server lauscht nur auf 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="36" />
        <source>URL: %1
Header: Authorization: %2</source>
        <translation>URL: %1
Header: Authorization: %2</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="36" />
        <source>(none: authentication is off)</source>
        <translation>(keiner: Authentifizierung ist aus)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="20" />
        <source>PostHog Companion: your PostHog account on the desktop, and as a local MCP server for AI agents.</source>
        <translation>PostHog Companion: dein PostHog-Konto auf dem Desktop und als lokaler MCP-Server für KI-Agenten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="23" />
        <source>Serve MCP over HTTP without a window.</source>
        <translation>MCP über HTTP ohne Fenster bereitstellen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="24" />
        <source>Serve MCP on stdin/stdout (for clients that launch a command).</source>
        <translation>MCP über stdin/stdout bereitstellen (für Clients, die einen Befehl starten).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="25" />
        <source>Use the offline demo workspace instead of the configured account.</source>
        <translation>Den Offline-Demo-Arbeitsbereich statt des eingerichteten Kontos verwenden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="26" />
        <source>Run only the demo PostHog-compatible REST server.</source>
        <translation>Nur den PostHog-kompatiblen Demo-REST-Server starten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="27" />
        <source>Port to listen on (0: any free port).</source>
        <translation>Port zum Lauschen (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28" />
        <source>Turn the MCP bearer token off (tests only).</source>
        <translation>Das MCP-Bearer-Token abschalten (nur für Tests).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="29" />
        <source>User interface language (fr, de, en).</source>
        <translation>Sprache der Oberfläche (fr, de, en).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="30" />
        <source>Demo workspace size in events (1000 to 5000000).</source>
        <translation>Größe des Demo-Arbeitsbereichs in Ereignissen (1000 bis 5000000).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37" />
        <source>Choose one of --headless, --mcp-stdio and --demo-backend.</source>
        <translation>Wähle nur eine der Optionen --headless, --mcp-stdio und --demo-backend.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="48" />
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="56" />
        <source>--events takes a number from 1000 to 5000000.</source>
        <translation>--events erwartet eine Zahl von 1000 bis 5000000.</translation>
    </message>
</context>
<context>
    <name>CompanionService</name>
    <message>
        <location filename="../core/service/companionservice.cpp" line="43" />
        <source>PostHog analytics tools: HogQL, insights, dashboards, errors, LLM costs, feature flags.</source>
        <translation>PostHog-Analysewerkzeuge: HogQL, Insights, Dashboards, Fehler, LLM-Kosten, Feature-Flags.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="61" />
        <source>PostHog Companion is not connected: %1</source>
        <translation>PostHog Companion ist nicht verbunden: %1</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="81" />
        <source>No PostHog account is configured yet: showing the offline demo workspace.</source>
        <translation>Noch kein PostHog-Konto eingerichtet: der Offline-Demo-Arbeitsbereich wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="100" />
        <source>The PostHog address is not valid: %1</source>
        <translation>Die PostHog-Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="116" />
        <source>Using the offline demo workspace: sample data, no account needed.</source>
        <translation>Offline-Demo-Arbeitsbereich: Beispieldaten, kein Konto nötig.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="146" />
        <source>Self-hosted (%1)</source>
        <translation>Selbst gehostet (%1)</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../ui/connectionpage.cpp" line="23" />
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="25" />
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="26" />
        <source>Save and connect</source>
        <translation>Speichern und verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="31" />
        <source>Where no keychain works, keep the key in a file only I can read</source>
        <translation>Wo kein Schlüsselbund funktioniert, den Schlüssel in einer nur für mich lesbaren Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="33" />
        <source>Off by default: without a keychain the key is then kept in memory for this run only.</source>
        <translation>Standardmäßig aus: ohne Schlüsselbund bleibt der Schlüssel dann nur für diesen Lauf im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="41" />
        <source>phx_… (leave empty to keep the saved key)</source>
        <translation>phx_… (leer lassen, um den gespeicherten Schlüssel zu behalten)</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="52" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="57" />
        <source>Connect your PostHog account with a personal API key (PostHog → Settings → Personal API keys; the 'MCP Server' preset grants what the tools need). The key is kept in your system keychain and never shown again.</source>
        <translation>Verbinde dein PostHog-Konto mit einem persönlichen API-Schlüssel (PostHog → Settings → Personal API keys; die Vorlage „MCP Server“ gewährt, was die Werkzeuge brauchen). Der Schlüssel wird im Schlüsselbund des Systems gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="63" />
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="65" />
        <source>Personal API key:</source>
        <translation>Persönlicher API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="73" />
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="74" />
        <source>Default project:</source>
        <translation>Standardprojekt:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="125" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="132" />
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="149" />
        <source>&lt;span style='color:#2e7d32'&gt;✔ Connected&lt;/span&gt; as %1 (%2). Organizations: %3.</source>
        <translation>&lt;span style='color:#2e7d32'&gt;✔ Verbunden&lt;/span&gt; als %1 (%2). Organisationen: %3.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="65" />
        <source>the POSTHOG_API_KEY environment variable</source>
        <translation>die Umgebungsvariable POSTHOG_API_KEY</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="66" />
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="67" />
        <source>a file only you can read</source>
        <translation>eine Datei, die nur du lesen kannst</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="68" />
        <source>memory, for this run only</source>
        <translation>der Arbeitsspeicher, nur für diesen Lauf</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="71" />
        <source>nowhere</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="112" />
        <source>Using the API key from the POSTHOG_API_KEY environment variable.</source>
        <translation>Der API-Schlüssel stammt aus der Umgebungsvariable POSTHOG_API_KEY.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="119" />
        <source>Using the API key from a file only you can read (you chose this where no keychain works).</source>
        <translation>Der API-Schlüssel stammt aus einer Datei, die nur du lesen kannst (deine Wahl, wo kein Schlüsselbund funktioniert).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="127" />
        <location filename="../core/settings/credentialstore.cpp" line="145" />
        <source>No API key is configured: enter one on the Connection page, or set POSTHOG_API_KEY.</source>
        <translation>Kein API-Schlüssel eingerichtet: gib einen auf der Seite Verbindung ein oder setze POSTHOG_API_KEY.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="129" />
        <source>Using the API key kept in memory for this run (no keychain is available).</source>
        <translation>Der API-Schlüssel liegt für diesen Lauf im Arbeitsspeicher (kein Schlüsselbund verfügbar).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="138" />
        <source>Using the API key from the system keychain.</source>
        <translation>Der API-Schlüssel stammt aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="142" />
        <source>The API key saved earlier could not be read from the system keychain (%1): unlock the keychain, or enter the key again.</source>
        <translation>Der gespeicherte API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden (%1): entsperre den Schlüsselbund oder gib den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="143" />
        <source>locked or unavailable</source>
        <translation>gesperrt oder nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="155" />
        <source>It is kept in memory for this run only.</source>
        <translation>Er bleibt nur für diesen Lauf im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="158" />
        <source>As you chose, it is saved in %1, readable by you only.</source>
        <translation>Wie gewählt, ist er in %1 gespeichert, nur für dich lesbar.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="159" />
        <source>The file %1 could not be written (%2); it is kept in memory for this run only.</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden (%2); er bleibt nur für diesen Lauf im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="162" />
        <source>No keychain is in use.</source>
        <translation>Kein Schlüsselbund in Gebrauch.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="177" />
        <source>The system keychain could not store the key (%1).</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht speichern (%1).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="176" />
        <source>The key is saved in the system keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="188" />
        <source>The key was forgotten.</source>
        <translation>Der Schlüssel wurde vergessen.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="195" />
        <source>The key was removed from the system keychain.</source>
        <translation>Der Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="195" />
        <source>The keychain could not remove the key: %1</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht entfernen: %1</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../core/demo/demoserver.cpp" line="142" />
        <source>The demo workspace could not prepare its data: %1</source>
        <translation>Der Demo-Arbeitsbereich konnte seine Daten nicht vorbereiten: %1</translation>
    </message>
    <message>
        <location filename="../core/demo/demoserver.cpp" line="151" />
        <source>The demo workspace could not start its server: %1</source>
        <translation>Der Demo-Arbeitsbereich konnte seinen Server nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62" />
        <location filename="../ui/mainwindow.cpp" line="202" />
        <source>PostHog Companion</source>
        <translation>PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66" />
        <source>MCP server</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67" />
        <location filename="../ui/mainwindow.cpp" line="206" />
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69" />
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69" />
        <location filename="../ui/mainwindow.cpp" line="70" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69" />
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70" />
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70" />
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71" />
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71" />
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71" />
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72" />
        <source>LLM costs</source>
        <translation>LLM-Kosten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72" />
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73" />
        <source>Feature flags</source>
        <translation>Feature-Flags</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73" />
        <source>Rollout</source>
        <translation>Ausrollen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81" />
        <location filename="../ui/mainwindow.cpp" line="207" />
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108" />
        <source>&amp;About PostHog Companion</source>
        <translation>&amp;Über PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127" />
        <source>Approval needed</source>
        <translation>Freigabe nötig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127" />
        <source>An agent wants to run %1.</source>
        <translation>Ein Agent möchte %1 ausführen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173" />
        <source>MCP server not started: %1</source>
        <translation>MCP-Server nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189" />
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190" />
        <source>MCP: serving at %1</source>
        <translation>MCP: bereit unter %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190" />
        <source>MCP: stopped</source>
        <translation>MCP: gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193" />
        <source>PostHog Companion — %1</source>
        <translation>PostHog Companion — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225" />
        <source>Still serving MCP</source>
        <translation>MCP läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225" />
        <source>PostHog Companion keeps running in the tray. Quit from its menu.</source>
        <translation>PostHog Companion läuft im Infobereich weiter. Beende es über dessen Menü.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237" />
        <source>About PostHog Companion</source>
        <translation>Über PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238" />
        <source>&lt;h3&gt;PostHog Companion %1&lt;/h3&gt;&lt;p&gt;Your PostHog account on the desktop, and as a local MCP server for AI agents.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PostHog Companion %1&lt;/h3&gt;&lt;p&gt;Dein PostHog-Konto auf dem Desktop und als lokaler MCP-Server für KI-Agenten.&lt;/p&gt;&lt;p&gt;Qt %2 (gebaut mit %3)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>McpPage</name>
    <message>
        <location filename="../ui/mcppage.cpp" line="29" />
        <source>Serve MCP to local agents</source>
        <translation>MCP für lokale Agenten bereitstellen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="33" />
        <location filename="../ui/mcppage.cpp" line="104" />
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="37" />
        <source>MCP server</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="47" />
        <location filename="../ui/mcppage.cpp" line="48" />
        <location filename="../ui/mcppage.cpp" line="148" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="49" />
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="50" />
        <source>Make a new token; clients configured with the old one must be updated.</source>
        <translation>Erzeugt ein neues Token; mit dem alten eingerichtete Clients müssen angepasst werden.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="62" />
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="63" />
        <source>Bearer token:</source>
        <translation>Bearer-Token:</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="67" />
        <source>Deny calls that need approval</source>
        <translation>Aufrufe ablehnen, die eine Freigabe brauchen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="68" />
        <source>Ask through the agent's client, when it can</source>
        <translation>Über den Client des Agenten fragen, wenn er kann</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="73" />
        <source>Without a window:</source>
        <translation>Ohne Fenster:</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="76" />
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="76" />
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="76" />
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="82" />
        <source>Connect a client</source>
        <translation>Einen Client verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="83" />
        <source>Tools and approval</source>
        <translation>Werkzeuge und Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="104" />
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="120" />
        <source>&lt;span style='color:#2e7d32'&gt;● Running&lt;/span&gt; on 127.0.0.1 only</source>
        <translation>&lt;span style='color:#2e7d32'&gt;● Läuft&lt;/span&gt; nur auf 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="121" />
        <source>&lt;span style='color:#9e9e9e'&gt;● Stopped&lt;/span&gt;</source>
        <translation>&lt;span style='color:#9e9e9e'&gt;● Gestoppt&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="123" />
        <source>(authentication is off)</source>
        <translation>(Authentifizierung ist aus)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="144" />
        <source>&lt;token: hidden, Copy includes it&gt;</source>
        <translation>&lt;Token: verborgen, Kopieren enthält es&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="164" />
        <source>Never ask</source>
        <translation>Nie fragen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="164" />
        <source>Ask first time</source>
        <translation>Beim ersten Mal fragen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="164" />
        <source>Ask (remember same arguments)</source>
        <translation>Fragen (gleiche Argumente merken)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="164" />
        <source>Always ask</source>
        <translation>Immer fragen</translation>
    </message>
</context>
<context>
    <name>PageLoaders</name>
    <message>
        <location filename="../ui/pageloaders.cpp" line="44" />
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="44" />
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="46" />
        <source>computing…</source>
        <translation>berechne…</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="54" />
        <source>Last modified: %1 · Dashboards: %2

</source>
        <translation>Zuletzt geändert: %1 · Dashboards: %2

</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="73" />
        <source>%1 saved insight(s).</source>
        <translation>%1 gespeicherte(s) Insight(s).</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="89" />
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="97" />
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="105" />
        <source>%1 dashboard(s).</source>
        <translation>%1 Dashboard(s).</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="133" />
        <source>%1 occurrences · %2 users · first seen %3 · last seen %4

</source>
        <translation>%1 Vorkommen · %2 Nutzer · zuerst gesehen %3 · zuletzt gesehen %4

</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="146" />
        <source>%1 active issue(s), %2 occurrences in the last 7 days.</source>
        <translation>%1 aktive(s) Problem(e), %2 Vorkommen in den letzten 7 Tagen.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="174" />
        <source>## %1

Provider: %2

Cost: $%3 over %4 calls

Input tokens: %5 · Output tokens: %6</source>
        <translation>## %1

Anbieter: %2

Kosten: %3 $ für %4 Aufrufe

Eingabe-Token: %5 · Ausgabe-Token: %6</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="179" />
        <source>Last 30 days: $%1 over %2 LLM calls.</source>
        <translation>Letzte 30 Tage: %1 $ für %2 LLM-Aufrufe.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="197" />
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="197" />
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="202" />
        <source>%1 flag(s), %2 on.</source>
        <translation>%1 Flag(s), %2 an.</translation>
    </message>
</context>
<context>
    <name>PostHogCall</name>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="58" />
        <location filename="../core/posthog/posthogcall.cpp" line="168" />
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="85" />
        <source>PostHog did not answer within %1 s. Try again, narrow the query (shorter date range, a LIMIT), or check your network.</source>
        <translation>PostHog hat nicht innerhalb von %1 s geantwortet. Versuche es erneut, grenze die Abfrage ein (kürzerer Zeitraum, ein LIMIT) oder prüfe dein Netzwerk.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="177" />
        <source>PostHog's answer is larger than %1 MiB, more than the app accepts. Ask for less: add a LIMIT, a shorter date range, or a smaller page.</source>
        <translation>Die Antwort von PostHog ist größer als %1 MiB, mehr als die App annimmt. Frage weniger ab: ein LIMIT, ein kürzerer Zeitraum oder eine kleinere Seite.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="190" />
        <source>The secure connection to %1 failed (TLS). Check the address, the system clock, and any proxy that intercepts HTTPS.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (TLS). Prüfe die Adresse, die Systemuhr und jeden Proxy, der HTTPS abfängt.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="196" />
        <source>Could not resolve %1 (DNS). Check the address and your network connection.</source>
        <translation>%1 konnte nicht aufgelöst werden (DNS). Prüfe die Adresse und deine Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="200" />
        <source>Could not reach PostHog at %1: %2. Check your network connection and the address.</source>
        <translation>PostHog unter %1 nicht erreichbar: %2. Prüfe deine Netzwerkverbindung und die Adresse.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="219" />
        <source>PostHog's answer was not valid JSON (%1 at byte %2). If this persists, check the address points at PostHog and not a proxy page.</source>
        <translation>Die Antwort von PostHog war kein gültiges JSON (%1 bei Byte %2). Wenn das anhält, prüfe, dass die Adresse auf PostHog und nicht auf eine Proxy-Seite zeigt.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogcall.cpp" line="263" />
        <source>Rate limited by PostHog: retry after %1 s.</source>
        <translation>Von PostHog gedrosselt: erneut versuchen nach %1 s.</translation>
    </message>
</context>
<context>
    <name>PostHogClient</name>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="83" />
        <source>PostHog's answer had an unexpected shape: %1. Check the address points at PostHog; if it does, this is a bug worth reporting.</source>
        <translation>Die Antwort von PostHog hatte eine unerwartete Form: %1. Prüfe, dass die Adresse auf PostHog zeigt; wenn ja, ist das ein meldenswerter Fehler.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="228" />
        <source>The current user</source>
        <translation>Der aktuelle Nutzer</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="233" />
        <source>The API key</source>
        <translation>Der API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="254" />
        <location filename="../core/posthog/posthogclient.cpp" line="261" />
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="278" />
        <location filename="../core/posthog/posthogclient.cpp" line="285" />
        <location filename="../core/posthog/posthogclient.cpp" line="330" />
        <location filename="../core/posthog/posthogclient.cpp" line="350" />
        <location filename="../core/posthog/posthogclient.cpp" line="366" />
        <location filename="../core/posthog/posthogclient.cpp" line="405" />
        <location filename="../core/posthog/posthogclient.cpp" line="414" />
        <location filename="../core/posthog/posthogclient.cpp" line="439" />
        <location filename="../core/posthog/posthogclient.cpp" line="588" />
        <location filename="../core/posthog/posthogclient.cpp" line="604" />
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="295" />
        <location filename="../core/posthog/posthogclient.cpp" line="338" />
        <source>Insight %1</source>
        <translation>Insight %1</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="301" />
        <source>'%1' is not an insight id: give the numeric id or the 8-character short_id.</source>
        <translation>„%1“ ist keine Insight-ID: gib die numerische ID oder die 8-stellige short_id an.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="358" />
        <location filename="../core/posthog/posthogclient.cpp" line="374" />
        <source>Dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="523" />
        <source>Error issue %1</source>
        <translation>Fehlerproblem %1</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="526" />
        <source>'%1' is not an error issue id: ids are UUIDs; list them with list_errors.</source>
        <translation>„%1“ ist keine Fehler-ID: IDs sind UUIDs; liste sie mit list_errors auf.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogclient.cpp" line="596" />
        <location filename="../core/posthog/posthogclient.cpp" line="612" />
        <location filename="../core/posthog/posthogclient.cpp" line="632" />
        <source>Feature flag %1</source>
        <translation>Feature-Flag %1</translation>
    </message>
</context>
<context>
    <name>PostHogConnection</name>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="35" />
        <source>Enter the address of your PostHog instance, e.g. https://posthog.example.com.</source>
        <translation>Gib die Adresse deiner PostHog-Instanz ein, z. B. https://posthog.example.com.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="37" />
        <source>The address must start with http:// or https://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="39" />
        <source>The address has no host name.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="41" />
        <source>The address must not contain '?' or '#': give only the scheme, host and port.</source>
        <translation>Die Adresse darf kein „?“ oder „#“ enthalten: gib nur Schema, Host und Port an.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="48" />
        <source>The address must not have a path (found '%1'): PostHog is served from the root of its host.</source>
        <translation>Die Adresse darf keinen Pfad haben (gefunden: „%1“): PostHog läuft im Wurzelverzeichnis seines Hosts.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="51" />
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="85" />
        <source>US cloud</source>
        <translation>US-Cloud</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="86" />
        <source>EU cloud</source>
        <translation>EU-Cloud</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="87" />
        <source>Self-hosted</source>
        <translation>Selbst gehostet</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="88" />
        <source>Demo workspace (offline)</source>
        <translation>Demo-Arbeitsbereich (offline)</translation>
    </message>
</context>
<context>
    <name>PostHogError</name>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="50" />
        <source>PostHog rejected the request as invalid.</source>
        <translation>PostHog hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="51" />
        <source>PostHog rejected the value of '%1'.</source>
        <translation>PostHog hat den Wert von „%1“ abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="57" />
        <source>Invalid API key: PostHog did not accept the personal API key. Check the key and the region on PostHog Companion's Connection page (a key from EU cloud does not work on US cloud, and the other way round), or create a new key in PostHog under Settings &gt; Personal API keys.</source>
        <translation>Ungültiger API-Schlüssel: PostHog hat den persönlichen API-Schlüssel nicht akzeptiert. Prüfe Schlüssel und Region auf der Seite Verbindung von PostHog Companion (ein Schlüssel der EU-Cloud funktioniert nicht in der US-Cloud und umgekehrt) oder erstelle in PostHog unter Settings &gt; Personal API keys einen neuen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="66" />
        <source>Insufficient permissions: the personal API key may not do this. Give the key the scope PostHog names, or create a key with the 'MCP Server' preset, and check the key may reach this organization and project.</source>
        <translation>Unzureichende Berechtigungen: Der persönliche API-Schlüssel darf das nicht. Gib dem Schlüssel den von PostHog genannten Bereich oder erstelle einen Schlüssel mit der Vorlage „MCP Server“, und prüfe, dass der Schlüssel diese Organisation und dieses Projekt erreicht.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="74" />
        <source>%1 was not found: check the organization/project/insight id, and that it belongs to the active project.</source>
        <translation>%1 wurde nicht gefunden: prüfe die ID der Organisation, des Projekts oder des Insights und dass sie zum aktiven Projekt gehört.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="76" />
        <source>The requested object</source>
        <translation>Das angefragte Objekt</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="82" />
        <source>Rate limited by PostHog: retry after %1 s.</source>
        <translation>Von PostHog gedrosselt: erneut versuchen nach %1 s.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="83" />
        <source>Rate limited by PostHog: retry in a minute.</source>
        <translation>Von PostHog gedrosselt: in einer Minute erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="89" />
        <source>PostHog is having trouble (HTTP %1). It was retried; try again in a few minutes.</source>
        <translation>PostHog hat Probleme (HTTP %1). Es wurde erneut versucht; versuche es in ein paar Minuten wieder.</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogerror.cpp" line="94" />
        <source>PostHog answered HTTP %1.</source>
        <translation>PostHog antwortete mit HTTP %1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="32" />
        <source>the keychain did not answer in time</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
</context>
<context>
    <name>QueryPage</name>
    <message>
        <location filename="../ui/querypage.cpp" line="48" />
        <source>Save snippet…</source>
        <translation>Schnipsel speichern…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="49" />
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="50" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="51" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="52" />
        <source>Save as insight…</source>
        <translation>Als Insight speichern…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="66" />
        <source>Write HogQL, e.g. SELECT event, count() FROM events GROUP BY event</source>
        <translation>Schreibe HogQL, z. B. SELECT event, count() FROM events GROUP BY event</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="67" />
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Abfrage ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="69" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="73" />
        <source>Snippets</source>
        <translation>Schnipsel</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="128" />
        <source>Running… %1 s</source>
        <translation>Läuft… %1 s</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="151" />
        <source>Ctrl+Enter runs the query. Ctrl+Space completes names.</source>
        <translation>Strg+Eingabe führt die Abfrage aus. Strg+Leertaste vervollständigt Namen.</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="200" />
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="214" />
        <source>%n row(s) in %1 s</source>
        <translation>
            <numerusform>%n Zeile in %1 s</numerusform>
            <numerusform>%n Zeilen in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="215" />
        <source> — more rows exist: raise the LIMIT or page with OFFSET</source>
        <translation> — es gibt weitere Zeilen: LIMIT erhöhen oder mit OFFSET blättern</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="250" />
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="251" />
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="256" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="258" />
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="264" />
        <source>Save as insight</source>
        <translation>Als Insight speichern</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="264" />
        <source>Insight name:</source>
        <translation>Name des Insights:</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="272" />
        <source>Saved as insight %1 (%2).</source>
        <translation>Als Insight %1 (%2) gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="280" />
        <source>Save snippet</source>
        <translation>Schnipsel speichern</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="280" />
        <source>Snippet name:</source>
        <translation>Name des Schnipsels:</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="291" />
        <source>Saved the snippet "%1".</source>
        <translation>Schnipsel „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <location filename="../ui/resourcepage.cpp" line="21" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="22" />
        <source>Open in PostHog</source>
        <translation>In PostHog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="31" />
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="39" />
        <source>Select an item to see its details.</source>
        <translation>Wähle einen Eintrag, um Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="86" />
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="104" />
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
</context>
<context>
    <name>ResultExporter</name>
    <message>
        <location filename="../ui/resultexporter.cpp" line="66" />
        <location filename="../ui/resultexporter.cpp" line="71" />
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="34" />
        <source>No translation for '%1'; using English.</source>
        <translation>Keine Übersetzung für „%1“; Englisch wird verwendet.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="41" />
        <source>Demo PostHog API listening at %1/api/ (personal API key: %2)</source>
        <translation>Demo-PostHog-API lauscht auf %1/api/ (persönlicher API-Schlüssel: %2)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69" />
        <source>Connected: %1. %2</source>
        <translation>Verbunden: %1. %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="77" />
        <source>WARNING: --no-auth is on: any local program can use this MCP server without a token. Use it for tests only.</source>
        <translation>WARNUNG: --no-auth ist an: jedes lokale Programm kann diesen MCP-Server ohne Token nutzen. Nur für Tests verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="78" />
        <location filename="../app/main.cpp" line="130" />
        <source>MCP server listening at %1</source>
        <translation>MCP-Server lauscht auf %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80" />
        <source>Bearer token: the value of mcp/authToken in %1</source>
        <translation>Bearer-Token: der Wert von mcp/authToken in %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="127" />
        <source>WARNING: --no-auth is on: any local program can use this MCP server without a token.</source>
        <translation>WARNUNG: --no-auth ist an: jedes lokale Programm kann diesen MCP-Server ohne Token nutzen.</translation>
    </message>
</context>
</TS>