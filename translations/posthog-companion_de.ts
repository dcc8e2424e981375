<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../ui/activitymodel.cpp" line="47"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="69"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="70"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="71"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="72"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="73"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="74"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/activitypage.cpp" line="24"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="29"/>
        <source>Every tool call an agent makes appears here as it happens.</source>
        <translation>Jeder Werkzeugaufruf eines Agenten erscheint hier, sobald er geschieht.</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="31"/>
        <source>Filter by tool, client or outcome…</source>
        <translation>Nach Werkzeug, Client oder Ergebnis filtern…</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="33"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="18"/>
        <source>Allow this action?</source>
        <translation>Diese Aktion erlauben?</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="23"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to run &lt;b&gt;%2&lt;/b&gt; (%3).&lt;br&gt;This changes data in PostHog (stake: %4).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; möchte &lt;b&gt;%2&lt;/b&gt; ausführen (%3).&lt;br&gt;Das ändert Daten in PostHog (Risiko: %4).</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="31"/>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="32"/>
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="37"/>
        <source>Always allow</source>
        <translation>Immer erlauben</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../ui/chartwidget.cpp" line="35"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ClientConfigSnippets</name>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="24"/>
        <source>Run in a terminal</source>
        <translation>In einem Terminal ausführen</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="27"/>
        <source>claude_desktop_config.json (launches this app in stdio mode)</source>
        <translation>claude_desktop_config.json (startet diese App im stdio-Modus)</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="30"/>
        <source>~/.cursor/mcp.json</source>
        <translation>~/.cursor/mcp.json</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="33"/>
        <source>.vscode/mcp.json in your workspace</source>
        <translation>.vscode/mcp.json in deinem Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="36"/>
        <source>For stdio-only clients: the command to launch</source>
        <translation>Für reine stdio-Clients: der zu startende Befehl</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="39"/>
        <source>Add a remote MCP server (Dust must reach this machine: the server listens on 127.0.0.1 only)</source>
        <translation>Einen entfernten MCP-Server hinzufügen (Dust muss diesen Rechner erreichen: der Server lauscht nur auf 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="40"/>
        <source>URL: %1
Header: Authorization: %2</source>
        <translation>URL: %1
Header: Authorization: %2</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="40"/>
        <source>(none: authentication is off)</source>
        <translation>(keiner: Authentifizierung ist aus)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="24"/>
        <source>PostHog Companion: your PostHog account on the desktop, and as a local MCP server for AI agents.</source>
        <translation>PostHog Companion: dein PostHog-Konto auf dem Desktop und als lokaler MCP-Server für KI-Agenten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="27"/>
        <source>Serve MCP over HTTP without a window.</source>
        <translation>MCP über HTTP ohne Fenster bereitstellen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>Serve MCP on stdin/stdout (for clients that launch a command).</source>
        <translation>MCP über stdin/stdout bereitstellen (für Clients, die einen Befehl starten).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="29"/>
        <source>Use the offline demo workspace instead of the configured account.</source>
        <translation>Den Offline-Demo-Arbeitsbereich statt des eingerichteten Kontos verwenden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>Run only the demo PostHog-compatible REST server.</source>
        <translation>Nur den PostHog-kompatiblen Demo-REST-Server starten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="31"/>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port zum Lauschen (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="32"/>
        <source>Turn the MCP bearer token off (tests only).</source>
        <translation>Das MCP-Bearer-Token abschalten (nur für Tests).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>User interface language (fr, de, en).</source>
        <translation>Sprache der Oberfläche (fr, de, en).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="34"/>
        <source>Demo workspace size in events (1000 to 5000000).</source>
        <translation>Größe des Demo-Arbeitsbereichs in Ereignissen (1000 bis 5000000).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="36"/>
        <source>Log what every module does (the phc.* logging categories) on stderr; QT_LOGGING_RULES refines it.</source>
        <translation>Protokolliert auf stderr, was jedes Modul tut (die Protokollkategorien phc.*); QT_LOGGING_RULES verfeinert es.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="38"/>
        <source>Serve only these tool groups, comma-separated (%1); the account, schema and search tools are always served.</source>
        <translation>Nur diese Werkzeuggruppen anbieten, durch Kommas getrennt (%1); Konto-, Schema- und Suchwerkzeuge werden immer angeboten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="47"/>
        <source>Choose one of --headless, --mcp-stdio and --demo-backend.</source>
        <translation>Wähle nur eine der Optionen --headless, --mcp-stdio und --demo-backend.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="62"/>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="70"/>
        <source>--events takes a number from 1000 to 5000000.</source>
        <translation>--events erwartet eine Zahl von 1000 bis 5000000.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="88"/>
        <source>--tools: there is no tool group &apos;%1&apos;. The groups are: %2.</source>
        <translation>--tools: Es gibt keine Werkzeuggruppe „%1“. Die Gruppen sind: %2.</translation>
    </message>
</context>
<context>
    <name>CompanionService</name>
    <message>
        <location filename="../core/service/companionservice.cpp" line="125"/>
        <source>No PostHog account is configured yet: showing the offline demo workspace.</source>
        <translation>Noch kein PostHog-Konto eingerichtet: der Offline-Demo-Arbeitsbereich wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="146"/>
        <source>The PostHog address is not valid: %1</source>
        <translation>Die PostHog-Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="192"/>
        <source>Using the offline demo workspace: sample data, no account needed.</source>
        <translation>Offline-Demo-Arbeitsbereich: Beispieldaten, kein Konto nötig.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="224"/>
        <source>Self-hosted (%1)</source>
        <translation>Selbst gehostet (%1)</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="238"/>
        <source>This is a project API key (phc_…), which PostHog accepts only for sending events. PostHog Companion needs a personal API key (phx_…): create one with &quot;Create a key&quot;.</source>
        <translation>Dies ist ein Projekt-API-Schlüssel (phc_…), den PostHog nur zum Senden von Events annimmt. PostHog Companion braucht einen persönlichen API-Schlüssel (phx_…): Erstellen Sie einen mit „Schlüssel erstellen“.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="304"/>
        <source>Enter a personal API key first.</source>
        <translation>Geben Sie zuerst einen persönlichen API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../ui/connectionpage.cpp" line="45"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="47"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="57"/>
        <source>Where no keychain works, keep the key in a file only I can read</source>
        <translation>Wo kein Schlüsselbund funktioniert, den Schlüssel in einer nur für mich lesbaren Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="64"/>
        <source>Connect your PostHog account with a personal API key. &quot;Create a key…&quot; opens PostHog with the &apos;MCP Server&apos; preset. The key is kept in your system keychain and never shown again.</source>
        <translation>Verbinden Sie Ihr PostHog-Konto mit einem persönlichen API-Schlüssel. „Schlüssel erstellen…“ öffnet PostHog mit der Vorlage „MCP Server“. Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt und nie wieder angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="89"/>
        <source>Detect (US or EU cloud)</source>
        <translation>Erkennen (US- oder EU-Cloud)</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="100"/>
        <source>Try the typed key (or the saved one) without storing anything.</source>
        <translation>Den eingegebenen (oder gespeicherten) Schlüssel testen, ohne etwas zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="102"/>
        <source>Store the key once PostHog accepted it; a key PostHog refuses never replaces a working one.</source>
        <translation>Den Schlüssel speichern, sobald PostHog ihn angenommen hat; ein abgelehnter Schlüssel ersetzt nie einen funktionierenden.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="105"/>
        <source>Remove the key from the keychain, the key file and memory.</source>
        <translation>Den Schlüssel aus Schlüsselbund, Schlüsseldatei und Speicher entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="106"/>
        <source>Off by default: without a keychain the key is then kept in memory for this run only.</source>
        <translation>Standardmäßig aus: ohne Schlüsselbund bleibt der Schlüssel dann nur für diesen Lauf im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="95"/>
        <location filename="../ui/connectionpage.cpp" line="152"/>
        <source>phx_… (leave empty to keep the saved key)</source>
        <translation>phx_… (leer lassen, um den gespeicherten Schlüssel zu behalten)</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="28"/>
        <source>pinned by POSTHOG_PROJECT_ID</source>
        <translation>festgelegt durch POSTHOG_PROJECT_ID</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="29"/>
        <source>the default project chosen here</source>
        <translation>das hier gewählte Standardprojekt</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="30"/>
        <source>the first project this key is limited to</source>
        <translation>das erste Projekt, auf das dieser Schlüssel beschränkt ist</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="31"/>
        <source>the project you last opened in PostHog</source>
        <translation>das zuletzt in PostHog geöffnete Projekt</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="32"/>
        <source>the first project of the first organization this key may reach</source>
        <translation>das erste Projekt der ersten Organisation, die dieser Schlüssel erreicht</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="36"/>
        <source>chosen here</source>
        <translation>hier gewählt</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="48"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="49"/>
        <source>Create a key…</source>
        <translation>Schlüssel erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="50"/>
        <source>Forget key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="59"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="136"/>
        <source>Active project:</source>
        <translation>Aktives Projekt:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="137"/>
        <source>Key scopes:</source>
        <translation>Berechtigungen des Schlüssels:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="152"/>
        <source>phx_…</source>
        <translation>phx_…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="201"/>
        <source>Enter a personal API key first.</source>
        <translation>Geben Sie zuerst einen persönlichen API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="221"/>
        <source>Trying US and EU cloud…</source>
        <translation>US- und EU-Cloud werden versucht…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="230"/>
        <source>✔ PostHog (%1) accepts this key: %2 (%3). Not saved yet: Save to use it.</source>
        <translation>✔ PostHog (%1) nimmt diesen Schlüssel an: %2 (%3). Noch nicht gespeichert: Speichern, um ihn zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="253"/>
        <source>Checking the key with PostHog…</source>
        <translation>Schlüssel wird bei PostHog geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="258"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="258"/>
        <source>Nothing was saved: the key in use stays.</source>
        <translation>Es wurde nichts gespeichert: Der verwendete Schlüssel bleibt.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="272"/>
        <source>The key was forgotten. %1</source>
        <translation>Der Schlüssel wurde vergessen. %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="284"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Connected&lt;/span&gt; to the offline demo workspace (sample data). Enter a personal API key and Save to use your PostHog account.</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Verbunden&lt;/span&gt; mit dem Offline-Demo-Arbeitsbereich (Beispieldaten). Geben Sie einen persönlichen API-Schlüssel ein und speichern Sie, um Ihr PostHog-Konto zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="289"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Connected&lt;/span&gt; to %1 as %2.</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Verbunden&lt;/span&gt; mit %1 als %2.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="360"/>
        <source>%1 (id %2) in %3 — %4</source>
        <translation>%1 (ID %2) in %3 — %4</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="374"/>
        <source>unknown (this PostHog does not say): every tool is offered</source>
        <translation>unbekannt (dieses PostHog sagt es nicht): alle Werkzeuge werden angeboten</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="379"/>
        <source>all access</source>
        <translation>Vollzugriff</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="380"/>
        <source>%n scope(s) (hover for the list)</source>
        <translation>
            <numerusform>%n Berechtigung (Liste beim Überfahren)</numerusform>
            <numerusform>%n Berechtigungen (Liste beim Überfahren)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="387"/>
        <source>limited to project(s) %1</source>
        <translation>beschränkt auf Projekt(e) %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="389"/>
        <source>limited to %n organization(s)</source>
        <translation>
            <numerusform>beschränkt auf %n Organisation</numerusform>
            <numerusform>beschränkt auf %n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="120"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="125"/>
        <source>Personal API key:</source>
        <translation>Persönlicher API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="134"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="135"/>
        <source>Default project:</source>
        <translation>Standardprojekt:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="221"/>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="68"/>
        <source>the POSTHOG_API_KEY environment variable</source>
        <translation>die Umgebungsvariable POSTHOG_API_KEY</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="69"/>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="70"/>
        <source>a file only you can read</source>
        <translation>eine Datei, die nur du lesen kannst</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="71"/>
        <source>memory, for this run only</source>
        <translation>der Arbeitsspeicher, nur für diesen Lauf</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="74"/>
        <source>nowhere</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="116"/>
        <source>Using the API key from the POSTHOG_API_KEY environment variable.</source>
        <translation>Der API-Schlüssel stammt aus der Umgebungsvariable POSTHOG_API_KEY.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="124"/>
        <source>Using the API key from a file only you can read (you chose this where no keychain works).</source>
        <translation>Der API-Schlüssel stammt aus einer Datei, die nur du lesen kannst (deine Wahl, wo kein Schlüsselbund funktioniert).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="133"/>
        <location filename="../core/settings/credentialstore.cpp" line="160"/>
        <source>No API key is configured: enter one on the Connection page, or set POSTHOG_API_KEY.</source>
        <translation>Kein API-Schlüssel eingerichtet: gib einen auf der Seite Verbindung ein oder setze POSTHOG_API_KEY.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="135"/>
        <source>Using the API key kept in memory for this run (no keychain is available).</source>
        <translation>Der API-Schlüssel liegt für diesen Lauf im Arbeitsspeicher (kein Schlüsselbund verfügbar).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="150"/>
        <source>Using the API key from the system keychain.</source>
        <translation>Der API-Schlüssel stammt aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="155"/>
        <source>The API key saved earlier could not be read from the system keychain (%1): unlock the keychain, or enter the key again.</source>
        <translation>Der gespeicherte API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden (%1): entsperre den Schlüsselbund oder gib den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="157"/>
        <source>locked or unavailable</source>
        <translation>gesperrt oder nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="183"/>
        <source>No keychain is in use.</source>
        <translation>Kein Schlüsselbund in Gebrauch.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="201"/>
        <source>The system keychain could not store the key (%1).</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht speichern (%1).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="198"/>
        <source>The key is saved in the system keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="36"/>
        <source>the keychain did not answer in time</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="171"/>
        <source>The key is kept in memory for this run only.</source>
        <translation>Der Schlüssel bleibt nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="176"/>
        <source>As you chose, the key is saved in %1, readable by you only.</source>
        <translation>Wie gewählt, wird der Schlüssel in %1 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="180"/>
        <source>The file %1 could not be written (%2); the key is kept in memory for this run only.</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden (%2); der Schlüssel bleibt nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="212"/>
        <source>The key was forgotten.</source>
        <translation>Der Schlüssel wurde vergessen.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="223"/>
        <source>The key was removed from the system keychain.</source>
        <translation>Der Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="223"/>
        <source>The keychain could not remove the key: %1</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht entfernen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>PostHog Companion</source>
        <translation>PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>MCP server</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>LLM costs</source>
        <translation>LLM-Kosten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Feature flags</source>
        <translation>Feature-Flags</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>Rollout</source>
        <translation>Ausrollen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;About PostHog Companion</source>
        <translation>&amp;Über PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Approval needed</source>
        <translation>Freigabe nötig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>An agent wants to run %1.</source>
        <translation>Ein Agent möchte %1 ausführen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>MCP server not started: %1</source>
        <translation>MCP-Server nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Connected: %1 · no active project (%2)</source>
        <translation>Verbunden: %1 · kein aktives Projekt (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Connected: %1 · %2 › %3</source>
        <translation>Verbunden: %1 · %2 › %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>MCP: serving at %1</source>
        <translation>MCP: bereit unter %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>MCP: stopped</source>
        <translation>MCP: gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>PostHog Companion — %1</source>
        <translation>PostHog Companion — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>Still serving MCP</source>
        <translation>MCP läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>PostHog Companion keeps running in the tray. Quit from its menu.</source>
        <translation>PostHog Companion läuft im Infobereich weiter. Beende es über dessen Menü.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>About PostHog Companion</source>
        <translation>Über PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <source>&lt;h3&gt;PostHog Companion %1&lt;/h3&gt;&lt;p&gt;Your PostHog account on the desktop, and as a local MCP server for AI agents.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PostHog Companion %1&lt;/h3&gt;&lt;p&gt;Dein PostHog-Konto auf dem Desktop und als lokaler MCP-Server für KI-Agenten.&lt;/p&gt;&lt;p&gt;Qt %2 (gebaut mit %3)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>McpPage</name>
    <message>
        <location filename="../ui/mcppage.cpp" line="35"/>
        <source>Serve MCP to local agents</source>
        <translation>MCP für lokale Agenten bereitstellen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="39"/>
        <location filename="../ui/mcppage.cpp" line="121"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="54"/>
        <source>MCP server</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="69"/>
        <location filename="../ui/mcppage.cpp" line="70"/>
        <location filename="../ui/mcppage.cpp" line="255"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="71"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="72"/>
        <source>Make a new token; clients configured with the old one must be updated.</source>
        <translation>Erzeugt ein neues Token; mit dem alten eingerichtete Clients müssen angepasst werden.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="87"/>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="88"/>
        <source>Bearer token:</source>
        <translation>Bearer-Token:</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="98"/>
        <source>Deny calls that need approval</source>
        <translation>Aufrufe ablehnen, die eine Freigabe brauchen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="99"/>
        <source>Ask through the agent&apos;s client, when it can</source>
        <translation>Über den Client des Agenten fragen, wenn er kann</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="89"/>
        <source>Without a window:</source>
        <translation>Ohne Fenster:</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="145"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="145"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="145"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="110"/>
        <source>Connect a client</source>
        <translation>Einen Client verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="111"/>
        <source>Tools and approval</source>
        <translation>Werkzeuge und Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="121"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="172"/>
        <source>Its group, %1, is switched off above.</source>
        <translation>Seine Gruppe, %1, ist oben ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="179"/>
        <source>&amp;Analytics: HogQL, insights, ad-hoc queries</source>
        <translation>&amp;Analyse: HogQL, Insights, Ad-hoc-Abfragen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="181"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="183"/>
        <source>&amp;Error tracking</source>
        <translation>&amp;Fehlerverfolgung</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="185"/>
        <source>&amp;LLM analytics</source>
        <translation>&amp;LLM-Analyse</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="187"/>
        <source>&amp;Feature flags</source>
        <translation>Feature-F&amp;lags</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="189"/>
        <source>E&amp;xperiments and surveys</source>
        <translation>E&amp;xperimente und Umfragen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="195"/>
        <source>Tool groups offered to agents</source>
        <translation>Werkzeuggruppen für Agenten</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="211"/>
        <source>Organizations, projects, event and property definitions and search are always offered.</source>
        <translation>Organisationen, Projekte, Ereignis- und Eigenschaftsdefinitionen und die Suche werden immer angeboten.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="215"/>
        <source>This run serves the groups given with --tools; changes here last until it quits.</source>
        <translation>Dieser Lauf bietet die mit --tools genannten Gruppen an; Änderungen hier gelten bis zum Beenden.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="228"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;● Running&lt;/span&gt; on 127.0.0.1 only</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;● Läuft&lt;/span&gt; nur auf 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="229"/>
        <source>&lt;span style=&apos;color:#9e9e9e&apos;&gt;● Stopped&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#9e9e9e&apos;&gt;● Gestoppt&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="231"/>
        <source>(authentication is off)</source>
        <translation>(Authentifizierung ist aus)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="251"/>
        <source>&lt;token: hidden, Copy includes it&gt;</source>
        <translation>&lt;Token: verborgen, Kopieren enthält es&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="271"/>
        <source>Never ask</source>
        <translation>Nie fragen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="271"/>
        <source>Ask first time</source>
        <translation>Beim ersten Mal fragen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="271"/>
        <source>Ask (remember same arguments)</source>
        <translation>Fragen (gleiche Argumente merken)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="271"/>
        <source>Always ask</source>
        <translation>Immer fragen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="278"/>
        <source>%1 — %2 (hidden: the key lacks %3)</source>
        <translation>%1 — %2 (ausgeblendet: dem Schlüssel fehlt %3)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="280"/>
        <source>Not offered to agents: the API key lacks the scope %1. Add it to the key in PostHog (Settings → Personal API keys), then reconnect.</source>
        <translation>Agenten nicht angeboten: Dem API-Schlüssel fehlt die Berechtigung %1. Fügen Sie sie dem Schlüssel in PostHog hinzu (Einstellungen → Persönliche API-Schlüssel) und verbinden Sie sich erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mcppage.cpp" line="306"/>
        <source>%n tool(s) greyed out are not offered to agents: the PostHog API key lacks a scope they need. Add the scope to the key in PostHog, then save the key again.</source>
        <translation>
            <numerusform>%n ausgegrautes Werkzeug wird Agenten nicht angeboten: Dem PostHog-API-Schlüssel fehlt eine nötige Berechtigung. Fügen Sie sie dem Schlüssel in PostHog hinzu und speichern Sie den Schlüssel erneut.</numerusform>
            <numerusform>%n ausgegraute Werkzeuge werden Agenten nicht angeboten: Dem PostHog-API-Schlüssel fehlt eine nötige Berechtigung. Fügen Sie sie dem Schlüssel in PostHog hinzu und speichern Sie den Schlüssel erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageLoaders</name>
    <message>
        <location filename="../ui/pageloaders.cpp" line="52"/>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="52"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="55"/>
        <source>computing…</source>
        <translation>berechne…</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="63"/>
        <source>Last modified: %1 · Dashboards: %2

</source>
        <translation>Zuletzt geändert: %1 · Dashboards: %2

</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="82"/>
        <source>%1 saved insight(s).</source>
        <translation>%1 gespeicherte(s) Insight(s).</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="100"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="108"/>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="116"/>
        <source>%1 dashboard(s).</source>
        <translation>%1 Dashboard(s).</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="146"/>
        <source>%1 occurrences · %2 users · first seen %3 · last seen %4

</source>
        <translation>%1 Vorkommen · %2 Nutzer · zuerst gesehen %3 · zuletzt gesehen %4

</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="160"/>
        <source>%1 active issue(s), %2 occurrences in the last 7 days.</source>
        <translation>%1 aktive(s) Problem(e), %2 Vorkommen in den letzten 7 Tagen.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="190"/>
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
        <location filename="../ui/pageloaders.cpp" line="197"/>
        <source>Last 30 days: $%1 over %2 LLM calls.</source>
        <translation>Letzte 30 Tage: %1 $ für %2 LLM-Aufrufe.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="217"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="217"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="222"/>
        <source>%1 flag(s), %2 on.</source>
        <translation>%1 Flag(s), %2 an.</translation>
    </message>
</context>
<context>
    <name>PostHogConnection</name>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="87"/>
        <source>US cloud</source>
        <translation>US-Cloud</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="88"/>
        <source>EU cloud</source>
        <translation>EU-Cloud</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="89"/>
        <source>Self-hosted</source>
        <translation>Selbst gehostet</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="90"/>
        <source>Demo workspace (offline)</source>
        <translation>Demo-Arbeitsbereich (offline)</translation>
    </message>
</context>
<context>
    <name>QueryPage</name>
    <message>
        <location filename="../ui/querypage.cpp" line="51"/>
        <source>Save snippet…</source>
        <translation>Schnipsel speichern…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="52"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="53"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="54"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="55"/>
        <source>Save as insight…</source>
        <translation>Als Insight speichern…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="82"/>
        <source>Write HogQL, e.g. SELECT event, count() FROM events GROUP BY event</source>
        <translation>Schreibe HogQL, z. B. SELECT event, count() FROM events GROUP BY event</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="83"/>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Abfrage ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="85"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="88"/>
        <source>Snippets</source>
        <translation>Schnipsel</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="153"/>
        <source>Running… %1 s</source>
        <translation>Läuft… %1 s</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="70"/>
        <source>Ctrl+Enter runs the query. Ctrl+Space completes names.</source>
        <translation>Strg+Eingabe führt die Abfrage aus. Strg+Leertaste vervollständigt Namen.</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="244"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="277"/>
        <source>%n row(s) in %1 s</source>
        <translation>
            <numerusform>%n Zeile in %1 s</numerusform>
            <numerusform>%n Zeilen in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="278"/>
        <source> — more rows exist: raise the LIMIT or page with OFFSET</source>
        <translation> — es gibt weitere Zeilen: LIMIT erhöhen oder mit OFFSET blättern</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="305"/>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="305"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="310"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="312"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="318"/>
        <source>Save as insight</source>
        <translation>Als Insight speichern</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="318"/>
        <source>Insight name:</source>
        <translation>Name des Insights:</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="328"/>
        <source>Saved as insight %1 (%2).</source>
        <translation>Als Insight %1 (%2) gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="337"/>
        <source>Save snippet</source>
        <translation>Schnipsel speichern</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="337"/>
        <source>Snippet name:</source>
        <translation>Name des Schnipsels:</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="346"/>
        <source>Saved the snippet &quot;%1&quot;.</source>
        <translation>Schnipsel „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <location filename="../ui/resourcepage.cpp" line="26"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="27"/>
        <source>Open in PostHog</source>
        <translation>In PostHog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="44"/>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="52"/>
        <source>Select an item to see its details.</source>
        <translation>Wähle einen Eintrag, um Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="104"/>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="128"/>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
</context>
<context>
    <name>ResultExporter</name>
    <message>
        <location filename="../ui/resultexporter.cpp" line="68"/>
        <location filename="../ui/resultexporter.cpp" line="73"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>No translation for &apos;%1&apos;; using English.</source>
        <translation>Keine Übersetzung für „%1“; Englisch wird verwendet.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="55"/>
        <source>Demo PostHog API listening at %1/api/ (personal API key: %2)</source>
        <translation>Demo-PostHog-API lauscht auf %1/api/ (persönlicher API-Schlüssel: %2)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="85"/>
        <source>Connected: %1. %2</source>
        <translation>Verbunden: %1. %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="93"/>
        <source>WARNING: --no-auth is on: any local program can use this MCP server without a token. Use it for tests only.</source>
        <translation>WARNUNG: --no-auth ist an: jedes lokale Programm kann diesen MCP-Server ohne Token nutzen. Nur für Tests verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="95"/>
        <location filename="../app/main.cpp" line="149"/>
        <source>MCP server listening at %1</source>
        <translation>MCP-Server lauscht auf %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="97"/>
        <source>Bearer token: the value of mcp/authToken in %1</source>
        <translation>Bearer-Token: der Wert von mcp/authToken in %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="146"/>
        <source>WARNING: --no-auth is on: any local program can use this MCP server without a token.</source>
        <translation>WARNUNG: --no-auth ist an: jedes lokale Programm kann diesen MCP-Server ohne Token nutzen.</translation>
    </message>
</context>
</TS>
