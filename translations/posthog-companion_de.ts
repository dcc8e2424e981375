<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="28"/>
        <source>About PostHog Companion</source>
        <translation>Über PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="29"/>
        <source>&lt;h3&gt;PostHog Companion %1&lt;/h3&gt;&lt;p&gt;Your PostHog account on the desktop, and as a local MCP server for AI agents.&lt;/p&gt;&lt;p&gt;Licence: see the LICENSE file distributed with the app. Built with Qt %2, used under the GNU LGPL version 3.&lt;/p&gt;&lt;p&gt;PostHog is a trademark of PostHog Inc.; this app is not made by PostHog.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PostHog Companion %1&lt;/h3&gt;&lt;p&gt;Ihr PostHog-Konto auf dem Desktop und als lokaler MCP-Server für KI-Agenten.&lt;/p&gt;&lt;p&gt;Lizenz: siehe die mit der App verteilte Datei LICENSE. Erstellt mit Qt %2, verwendet unter der GNU LGPL Version 3.&lt;/p&gt;&lt;p&gt;PostHog ist eine Marke von PostHog Inc.; diese App stammt nicht von PostHog.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="36"/>
        <source>&amp;Debug information (for bug reports; contains no key or token):</source>
        <translation>&amp;Debug-Informationen (für Fehlerberichte; ohne Schlüssel oder Token):</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="39"/>
        <source>Debug information</source>
        <translation>Debug-Informationen</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="44"/>
        <source>&amp;Copy debug information</source>
        <translation>Debug-Informationen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="46"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../ui/activitymodel.cpp" line="48"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="50"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="52"/>
        <source>waiting for your approval</source>
        <translation>wartet auf Ihre Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="54"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="56"/>
        <source>refused: invalid arguments</source>
        <translation>abgewiesen: ungültige Argumente</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="58"/>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="60"/>
        <source>cancelled by the agent</source>
        <translation>vom Agenten abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="62"/>
        <source>interrupted (the app stopped)</source>
        <translation>unterbrochen (die App wurde beendet)</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="64"/>
        <source>asked the agent&apos;s user</source>
        <translation>beim Nutzer des Agenten nachgefragt</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="123"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="124"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="125"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="126"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="127"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="128"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/activitypage.cpp" line="45"/>
        <source>Tool calls</source>
        <translation>Werkzeugaufrufe</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="56"/>
        <source>Details of the selected call</source>
        <translation>Details des ausgewählten Aufrufs</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="59"/>
        <source>Select a call to see its full arguments and result.</source>
        <translation>Wählen Sie einen Aufruf, um alle Argumente und das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="95"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="101"/>
        <source>Filter calls</source>
        <translation>Aufrufe filtern</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="102"/>
        <source>Filter by tool, client, arguments…</source>
        <translation>Nach Werkzeug, Client, Argumenten filtern…</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="104"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="107"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="108"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="109"/>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="110"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="111"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="112"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="113"/>
        <source>Denied or cancelled</source>
        <translation>Abgelehnt oder abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="114"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="116"/>
        <source>C&amp;lear…</source>
        <translation>&amp;Leeren…</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="145"/>
        <source>Every tool call an agent makes appears here as it happens, and is kept for 90 days. Showing the newest %1 of the %2 kept in %3; the filter and export work on those shown.</source>
        <translation>Jeder Werkzeugaufruf eines Agenten erscheint hier sofort und wird 90 Tage aufbewahrt. Angezeigt werden die neuesten %1 von %2 in %3 gespeicherten; Filter und Export gelten für die angezeigten.</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="149"/>
        <source>Every tool call an agent makes appears here as it happens, and is kept for 90 days.</source>
        <translation>Jeder Werkzeugaufruf eines Agenten erscheint hier sofort und wird 90 Tage lang aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="152"/>
        <source>Calls are kept for this run only: %1</source>
        <translation>Aufrufe werden nur für diesen Lauf aufbewahrt: %1</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="164"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="165"/>
        <source>Client: %1 (%2)</source>
        <translation>Client: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="166"/>
        <source>Started: %1 (%2)</source>
        <translation>Gestartet: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="167"/>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="167"/>
        <source>still going</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="169"/>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="172"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="178"/>
        <location filename="../ui/activitypage.cpp" line="192"/>
        <source>Export activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="181"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="181"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="202"/>
        <source>Clear activity</source>
        <translation>Aktivität leeren</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="202"/>
        <source>Delete every recorded tool call, on disk too? This cannot be undone.</source>
        <translation>Alle aufgezeichneten Werkzeugaufrufe löschen, auch auf der Festplatte? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="219"/>
        <location filename="../ui/activitypage.cpp" line="225"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ActivityStore</name>
    <message>
        <location filename="../core/tools/activitystore.cpp" line="66"/>
        <source>Cannot open the activity log %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/tools/activitystore.cpp" line="79"/>
        <source>Cannot create the activity log in %1: %2</source>
        <translation>Das Aktivitätsprotokoll kann in %1 nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>ApprovalContext</name>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="24"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="25"/>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="26"/>
        <source>Feature flag</source>
        <translation>Feature-Flag</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="27"/>
        <source>Error issue</source>
        <translation>Fehler-Issue</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="35"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="37"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="39"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="41"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="43"/>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="47"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="49"/>
        <source>Release conditions</source>
        <translation>Rollout-Bedingungen</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="51"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="60"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="60"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="62"/>
        <source>%1% of users</source>
        <translation>%1 % der Nutzer</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="101"/>
        <source>Self-hosted (%1)</source>
        <translation>Selbst gehostet (%1)</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="115"/>
        <source>in the offline demo workspace (sample data, nothing real changes)</source>
        <translation>im Offline-Demo-Arbeitsbereich (Beispieldaten, nichts Echtes ändert sich)</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="115"/>
        <source>in your PostHog project</source>
        <translation>in Ihrem PostHog-Projekt</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="117"/>
        <source>Deletes it %1. PostHog keeps deleted items restorable for a while, but anyone who relies on it loses it now.</source>
        <translation>Löscht es %1. PostHog hält Gelöschtes eine Zeit lang wiederherstellbar, aber wer sich darauf verlässt, verliert es sofort.</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="119"/>
        <source>Creates something new %1. Easy to undo: delete it again.</source>
        <translation>Legt %1 etwas Neues an. Leicht rückgängig zu machen: einfach wieder löschen.</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="121"/>
        <source>Changes data %1; only the fields listed under &quot;What changes&quot; change. Undo by changing them back.</source>
        <translation>Ändert Daten %1; nur die unter „Was sich ändert“ aufgeführten Felder ändern sich. Rückgängig zu machen: die Felder einfach wieder zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="122"/>
        <source>Changes data %1.</source>
        <translation>Ändert Daten %1.</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="135"/>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="39"/>
        <location filename="../ui/approvaldialog.cpp" line="212"/>
        <source>Allow this action?</source>
        <translation>Diese Aktion erlauben?</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="44"/>
        <source>Waiting requests</source>
        <translation>Wartende Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="81"/>
        <source>What changes:</source>
        <translation>Was sich ändert:</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="83"/>
        <source>Fields that change</source>
        <translation>Felder, die sich ändern</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="85"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="85"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="85"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="95"/>
        <source>Arguments the agent sent</source>
        <translation>Vom Agenten gesendete Argumente</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="99"/>
        <source>Arguments the agent sent:</source>
        <translation>Vom Agenten gesendete Argumente:</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="114"/>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="115"/>
        <source>Allow &amp;once</source>
        <translation>&amp;Einmal erlauben</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="116"/>
        <source>&amp;Always allow</source>
        <translation>&amp;Immer erlauben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvaldialog.cpp" line="201"/>
        <source>&amp;Waiting (%n):</source>
        <translation>
            <numerusform>&amp;Wartend (%n):</numerusform>
            <numerusform>&amp;Wartend (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="209"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvaldialog.cpp" line="212"/>
        <source>%n actions wait for your approval</source>
        <translation>
            <numerusform>%n Aktion wartet auf Ihre Freigabe</numerusform>
            <numerusform>%n Aktionen warten auf Ihre Freigabe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="223"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; möchte: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="224"/>
        <source>looking up…</source>
        <translation>wird nachgeschlagen…</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="225"/>
        <source>Project &lt;b&gt;%1&lt;/b&gt; · organization &lt;b&gt;%2&lt;/b&gt; · %3</source>
        <translation>Projekt &lt;b&gt;%1&lt;/b&gt; · Organisation &lt;b&gt;%2&lt;/b&gt; · %3</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="230"/>
        <source>DEMO WORKSPACE</source>
        <translation>DEMO-ARBEITSBEREICH</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="234"/>
        <source>&lt;b&gt;Stake:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Auswirkung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="237"/>
        <source>Never ask again for this tool.</source>
        <translation>Für dieses Werkzeug nie wieder fragen.</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="238"/>
        <source>Never ask again for this tool with exactly these arguments.</source>
        <translation>Für dieses Werkzeug mit genau diesen Argumenten nie wieder fragen.</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="248"/>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; (%4)</source>
        <translation>%1 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; (%4)</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="250"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="252"/>
        <source>%1 %2 (looking up its name…)</source>
        <translation>%1 %2 (Name wird nachgeschlagen…)</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="264"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="266"/>
        <source>New values:</source>
        <translation>Neue Werte:</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="266"/>
        <source>What changes (before → after):</source>
        <translation>Was sich ändert (vorher → nachher):</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="269"/>
        <source>What changes: reading the current values…</source>
        <translation>Was sich ändert: aktuelle Werte werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="271"/>
        <source>What changes: nothing (every field already has the requested value).</source>
        <translation>Was sich ändert: nichts (jedes Feld hat bereits den gewünschten Wert).</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="284"/>
        <source>Denied automatically in %1 if nobody answers.</source>
        <translation>Wird in %1 automatisch abgelehnt, wenn niemand antwortet.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../ui/chartdata.cpp" line="42"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="108"/>
        <source>No data to chart.</source>
        <translation>Keine Daten zum Darstellen.</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="110"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="111"/>
        <source>Line chart</source>
        <translation>Liniendiagramm</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="112"/>
        <source>Bar chart</source>
        <translation>Balkendiagramm</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="113"/>
        <source>Stacked bar chart</source>
        <translation>Gestapeltes Balkendiagramm</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="114"/>
        <source>Cohort grid</source>
        <translation>Kohortenraster</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chartdata.cpp" line="118"/>
        <source>%1 of %2 over %n point(s), from %3 to %4</source>
        <translation>
            <numerusform>%1 von %2 über %n Punkt, von %3 bis %4</numerusform>
            <numerusform>%1 von %2 über %n Punkte, von %3 bis %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chartdata.cpp" line="121"/>
        <source> and %n more series</source>
        <translation>
            <numerusform> und %n weiteren Datenreihe</numerusform>
            <numerusform> und %n weiteren Datenreihen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="122"/>
        <source>Values range from %1 to %2.</source>
        <translation>Die Werte reichen von %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="292"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="296"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="315"/>
        <source>Period %1</source>
        <translation>Zeitraum %1</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../ui/chartwidget.cpp" line="42"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="42"/>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="141"/>
        <source>Cohort %1, %2: %3 (%4% of %5)</source>
        <translation>Kohorte %1, %2: %3 (%4 % von %5)</translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="154"/>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="157"/>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="224"/>
        <source>No data to chart.</source>
        <translation>Keine Daten zum Darstellen.</translation>
    </message>
</context>
<context>
    <name>ClaudeDesktopConfig</name>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="24"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="60"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="69"/>
        <source>%1 is not valid JSON (%2 at %3); it was left as it is. Fix or remove that part, then try again.</source>
        <translation>%1 ist kein gültiges JSON (%2 bei %3); die Datei blieb unverändert. Korrigieren oder entfernen Sie diese Stelle und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="74"/>
        <source>%1 does not hold a JSON object; it was left as it is.</source>
        <translation>%1 enthält kein JSON-Objekt; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="79"/>
        <source>In %1, &quot;mcpServers&quot; is not an object; it was left as it is.</source>
        <translation>In %1 ist „mcpServers“ kein Objekt; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="110"/>
        <source>Claude Desktop already has this &quot;%1&quot; server in %2; nothing changed.</source>
        <translation>Claude Desktop hat diesen Server „%1“ bereits in %2; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="114"/>
        <source>%1 already has a different &quot;%2&quot; server; it was kept.</source>
        <translation>%1 hat bereits einen anderen Server „%2“; er wurde beibehalten.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="138"/>
        <source>Added the &quot;%1&quot; server to %2 (the previous file is in %3). Restart Claude Desktop to use it.</source>
        <translation>Server „%1“ zu %2 hinzugefügt (die vorherige Datei liegt in %3). Starten Sie Claude Desktop neu, um ihn zu verwenden.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="140"/>
        <source>Created %1 with the &quot;%2&quot; server. Restart Claude Desktop to use it.</source>
        <translation>%1 mit dem Server „%2“ angelegt. Starten Sie Claude Desktop neu, um ihn zu verwenden.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="154"/>
        <source>Could not back up %1 to %2 (%3); nothing was changed.</source>
        <translation>%1 konnte nicht nach %2 gesichert werden (%3); nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="165"/>
        <source>Could not create the folder %1; nothing was changed.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="172"/>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="178"/>
        <source>Could not write %1: %2; nothing was changed.</source>
        <translation>%1 konnte nicht geschrieben werden: %2; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ClientConfigSnippets</name>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="53"/>
        <source>Run in a terminal</source>
        <translation>In einem Terminal ausführen</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="57"/>
        <source>%1 (launches this app in stdio mode); &quot;Add to Claude Desktop&quot; merges it for you</source>
        <translation>%1 (startet diese App im stdio-Modus); „Zu Claude Desktop hinzufügen“ trägt es für Sie ein</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="59"/>
        <source>~/.cursor/mcp.json, or &quot;Add to Cursor&quot;</source>
        <translation>~/.cursor/mcp.json oder „Zu Cursor hinzufügen“</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="61"/>
        <source>.vscode/mcp.json in your workspace, or &quot;Add to VS Code&quot; for your user settings</source>
        <translation>.vscode/mcp.json in Ihrem Arbeitsbereich oder „Zu VS Code hinzufügen“ für Ihre Benutzereinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="66"/>
        <source>https://&lt;your tunnel&apos;s host name&gt;/mcp</source>
        <translation>https://&lt;Hostname Ihres Tunnels&gt;/mcp</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="68"/>
        <source>Add a remote MCP server in Dust. Dust&apos;s cloud reaches this machine only through a tunnel you run to %1 (cloudflared, Tailscale Funnel, ngrok) and whose host name is in &quot;Tunnel host names&quot; above; see the README.</source>
        <translation>Fügen Sie in Dust einen entfernten MCP-Server hinzu. Die Cloud von Dust erreicht diesen Rechner nur über einen Tunnel, den Sie zu %1 betreiben (cloudflared, Tailscale Funnel, ngrok) und dessen Hostname oben unter „Tunnel-Hostnamen“ steht; siehe README.</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="71"/>
        <source>URL: %1 (the tunnel forwards it to %2)
Bearer token (Dust&apos;s secret): %3</source>
        <translation>URL: %1 (der Tunnel leitet sie an %2 weiter)
Bearer-Token (Secret in Dust): %3</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="72"/>
        <source>(none: authentication is off, Dust cannot be used)</source>
        <translation>(keins: Authentifizierung ist aus, Dust kann nicht verwendet werden)</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="63"/>
        <source>For stdio-only clients: the command to launch</source>
        <translation>Für reine stdio-Clients: der zu startende Befehl</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="25"/>
        <source>PostHog Companion: your PostHog account on the desktop, and as a local MCP server for AI agents.</source>
        <translation>PostHog Companion: Ihr PostHog-Konto auf dem Desktop und als lokaler MCP-Server für KI-Agenten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>Serve MCP over HTTP without a window.</source>
        <translation>MCP über HTTP ohne Fenster bereitstellen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="29"/>
        <source>Serve MCP on stdin/stdout (for clients that launch a command).</source>
        <translation>MCP über stdin/stdout bereitstellen (für Clients, die einen Befehl starten).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>Use the offline demo workspace instead of the configured account.</source>
        <translation>Den Offline-Demo-Arbeitsbereich statt des eingerichteten Kontos verwenden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="31"/>
        <source>Run only the demo PostHog-compatible REST server.</source>
        <translation>Nur den PostHog-kompatiblen Demo-REST-Server starten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="32"/>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port zum Lauschen (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>Turn the MCP bearer token off (tests only).</source>
        <translation>Das MCP-Bearer-Token abschalten (nur für Tests).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="34"/>
        <source>User interface language (fr, de, en).</source>
        <translation>Sprache der Oberfläche (fr, de, en).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="35"/>
        <source>Demo workspace size in events (1000 to 5000000).</source>
        <translation>Größe des Demo-Arbeitsbereichs in Ereignissen (1000 bis 5000000).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37"/>
        <source>Log what every module does (the phc.* logging categories) on stderr; QT_LOGGING_RULES refines it.</source>
        <translation>Protokolliert auf stderr, was jedes Modul tut (die Protokollkategorien phc.*); QT_LOGGING_RULES verfeinert es.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="39"/>
        <source>Serve only these tool groups, comma-separated (%1); the account, schema and search tools are always served.</source>
        <translation>Nur diese Werkzeuggruppen anbieten, durch Kommas getrennt (%1); Konto-, Schema- und Suchwerkzeuge werden immer angeboten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="43"/>
        <source>Also accept this public host name, which a tunnel you run forwards to 127.0.0.1 (repeatable); such requests always need the bearer token.</source>
        <translation>Auch diesen öffentlichen Hostnamen akzeptieren, den ein von Ihnen betriebener Tunnel an 127.0.0.1 weiterleitet (wiederholbar); solche Anfragen brauchen immer das Bearer-Token.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="46"/>
        <source>Start with the window hidden in the tray (as at login).</source>
        <translation>Mit verborgenem Fenster im Infobereich starten (wie bei der Anmeldung).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="53"/>
        <source>Choose one of --headless, --mcp-stdio and --demo-backend.</source>
        <translation>Wählen Sie nur eine der Optionen --headless, --mcp-stdio und --demo-backend.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="69"/>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="77"/>
        <source>--events takes a number from 1000 to 5000000.</source>
        <translation>--events erwartet eine Zahl von 1000 bis 5000000.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="96"/>
        <source>--tools: there is no tool group &apos;%1&apos;. The groups are: %2.</source>
        <translation>--tools: Es gibt keine Werkzeuggruppe „%1“. Die Gruppen sind: %2.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="109"/>
        <source>--allow-host needs the bearer token: it cannot be combined with --no-auth.</source>
        <translation>--allow-host braucht das Bearer-Token: Es kann nicht mit --no-auth kombiniert werden.</translation>
    </message>
</context>
<context>
    <name>CompanionService</name>
    <message>
        <location filename="../core/service/companionservice.cpp" line="166"/>
        <source>No PostHog account is configured yet: showing the offline demo workspace.</source>
        <translation>Noch kein PostHog-Konto eingerichtet: der Offline-Demo-Arbeitsbereich wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="187"/>
        <source>The PostHog address is not valid: %1</source>
        <translation>Die PostHog-Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="233"/>
        <source>Using the offline demo workspace: sample data, no account needed.</source>
        <translation>Offline-Demo-Arbeitsbereich: Beispieldaten, kein Konto nötig.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="265"/>
        <source>Self-hosted (%1)</source>
        <translation>Selbst gehostet (%1)</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="279"/>
        <source>This is a project API key (phc_…), which PostHog accepts only for sending events. PostHog Companion needs a personal API key (phx_…): create one with &quot;Create a key&quot;.</source>
        <translation>Dies ist ein Projekt-API-Schlüssel (phc_…), den PostHog nur zum Senden von Events annimmt. PostHog Companion braucht einen persönlichen API-Schlüssel (phx_…): Erstellen Sie einen mit „Schlüssel erstellen“.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="345"/>
        <source>Enter a personal API key first.</source>
        <translation>Geben Sie zuerst einen persönlichen API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="499"/>
        <source>Cannot create the instance lock %1.</source>
        <translation>Die Instanzsperre %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="505"/>
        <source>Cannot listen on the local socket %1: %2</source>
        <translation>Am lokalen Socket %1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../ui/connectionpage.cpp" line="66"/>
        <source>Connect your PostHog account with a personal API key. &quot;Create a key…&quot; opens PostHog with the &apos;MCP Server&apos; preset. The key is kept in your system keychain and never shown again.</source>
        <translation>Verbinden Sie Ihr PostHog-Konto mit einem persönlichen API-Schlüssel. „Schlüssel erstellen…“ öffnet PostHog mit der Vorlage „MCP Server“. Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt und nie wieder angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="91"/>
        <source>Detect (US or EU cloud)</source>
        <translation>Erkennen (US- oder EU-Cloud)</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="103"/>
        <source>Try the typed key (or the saved one) without storing anything.</source>
        <translation>Den eingegebenen (oder gespeicherten) Schlüssel testen, ohne etwas zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="105"/>
        <source>Store the key once PostHog accepted it; a key PostHog refuses never replaces a working one.</source>
        <translation>Den Schlüssel speichern, sobald PostHog ihn angenommen hat; ein abgelehnter Schlüssel ersetzt nie einen funktionierenden.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="108"/>
        <source>Remove the key from the keychain, the key file and memory.</source>
        <translation>Den Schlüssel aus Schlüsselbund, Schlüsseldatei und Speicher entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="109"/>
        <source>Off by default: without a keychain the key is then kept in memory for this run only.</source>
        <translation>Standardmäßig aus: ohne Schlüsselbund bleibt der Schlüssel dann nur für diesen Lauf im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="97"/>
        <location filename="../ui/connectionpage.cpp" line="159"/>
        <source>phx_… (leave empty to keep the saved key)</source>
        <translation>phx_… (leer lassen, um den gespeicherten Schlüssel zu behalten)</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="30"/>
        <source>pinned by POSTHOG_PROJECT_ID</source>
        <translation>festgelegt durch POSTHOG_PROJECT_ID</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="31"/>
        <source>the default project chosen here</source>
        <translation>das hier gewählte Standardprojekt</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="32"/>
        <source>the first project this key is limited to</source>
        <translation>das erste Projekt, auf das dieser Schlüssel beschränkt ist</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="33"/>
        <source>the project you last opened in PostHog</source>
        <translation>das zuletzt in PostHog geöffnete Projekt</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="34"/>
        <source>the first project of the first organization this key may reach</source>
        <translation>das erste Projekt der ersten Organisation, die dieser Schlüssel erreicht</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="38"/>
        <source>chosen here</source>
        <translation>hier gewählt</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="47"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="49"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="50"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="51"/>
        <source>&amp;Create a key…</source>
        <translation>Schlüssel &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="52"/>
        <source>Forget ke&amp;y</source>
        <translation>Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="59"/>
        <source>Where no keychain works, keep the key in a file only I can rea&amp;d</source>
        <translation>Ohne Schlüsselbund den Schlüssel in einer nur für mich lesbaren &amp;Datei ablegen</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="61"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="99"/>
        <source>Personal API key</source>
        <translation>Persönlicher API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="125"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="130"/>
        <source>Personal API &amp;key:</source>
        <translation>Persönlicher API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="141"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="142"/>
        <source>Default &amp;project:</source>
        <translation>Standard&amp;projekt:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="143"/>
        <source>Active project:</source>
        <translation>Aktives Projekt:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="144"/>
        <source>Key scopes:</source>
        <translation>Berechtigungen des Schlüssels:</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="159"/>
        <source>phx_…</source>
        <translation>phx_…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="208"/>
        <source>Enter a personal API key first.</source>
        <translation>Geben Sie zuerst einen persönlichen API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="228"/>
        <source>Trying US and EU cloud…</source>
        <translation>US- und EU-Cloud werden versucht…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="237"/>
        <source>✔ PostHog (%1) accepts this key: %2 (%3). Not saved yet: Save to use it.</source>
        <translation>✔ PostHog (%1) nimmt diesen Schlüssel an: %2 (%3). Noch nicht gespeichert: Speichern, um ihn zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="260"/>
        <source>Checking the key with PostHog…</source>
        <translation>Schlüssel wird bei PostHog geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="265"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="265"/>
        <source>Nothing was saved: the key in use stays.</source>
        <translation>Es wurde nichts gespeichert: Der verwendete Schlüssel bleibt.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="279"/>
        <source>The key was forgotten. %1</source>
        <translation>Der Schlüssel wurde vergessen. %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="291"/>
        <source>%1 to the offline demo workspace (sample data). Enter a personal API key and Save to use your PostHog account.</source>
        <translation>%1 mit dem Offline-Demo-Arbeitsbereich (Beispieldaten). Geben Sie einen persönlichen API-Schlüssel ein und speichern Sie, um Ihr PostHog-Konto zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="292"/>
        <location filename="../ui/connectionpage.cpp" line="297"/>
        <source>✔ Connected</source>
        <translation>✔ Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="296"/>
        <source>%1 to %2 as %3.</source>
        <translation>%1 mit %2 als %3.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="368"/>
        <source>%1 (id %2) in %3 — %4</source>
        <translation>%1 (ID %2) in %3 — %4</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="382"/>
        <source>unknown (this PostHog does not say): every tool is offered</source>
        <translation>unbekannt (dieses PostHog sagt es nicht): alle Werkzeuge werden angeboten</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="387"/>
        <source>all access</source>
        <translation>Vollzugriff</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="388"/>
        <source>%n scope(s) (hover for the list)</source>
        <translation>
            <numerusform>%n Berechtigung (Liste beim Überfahren)</numerusform>
            <numerusform>%n Berechtigungen (Liste beim Überfahren)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="395"/>
        <source>limited to %n project(s): %1</source>
        <translation>
            <numerusform>beschränkt auf %n Projekt: %1</numerusform>
            <numerusform>beschränkt auf %n Projekte: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="397"/>
        <source>limited to %n organization(s)</source>
        <translation>
            <numerusform>beschränkt auf %n Organisation</numerusform>
            <numerusform>beschränkt auf %n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="228"/>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="69"/>
        <source>the POSTHOG_API_KEY environment variable</source>
        <translation>die Umgebungsvariable POSTHOG_API_KEY</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="70"/>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="71"/>
        <source>a file only you can read</source>
        <translation>eine Datei, die nur Sie lesen können</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="72"/>
        <source>memory, for this run only</source>
        <translation>der Arbeitsspeicher, nur für diesen Lauf</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="75"/>
        <source>nowhere</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="96"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="127"/>
        <source>Using the API key from the POSTHOG_API_KEY environment variable.</source>
        <translation>Der API-Schlüssel stammt aus der Umgebungsvariable POSTHOG_API_KEY.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="135"/>
        <source>Using the API key from a file only you can read (you chose this where no keychain works).</source>
        <translation>Der API-Schlüssel stammt aus einer Datei, die nur Sie lesen können (Ihre Wahl, wo kein Schlüsselbund funktioniert).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="144"/>
        <location filename="../core/settings/credentialstore.cpp" line="171"/>
        <source>No API key is configured: enter one on the Connection page, or set POSTHOG_API_KEY.</source>
        <translation>Kein API-Schlüssel eingerichtet: Geben Sie einen auf der Seite Verbindung ein oder setzen Sie POSTHOG_API_KEY.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="146"/>
        <source>Using the API key kept in memory for this run (no keychain is available).</source>
        <translation>Der API-Schlüssel liegt für diesen Lauf im Arbeitsspeicher (kein Schlüsselbund verfügbar).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="161"/>
        <source>Using the API key from the system keychain.</source>
        <translation>Der API-Schlüssel stammt aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="166"/>
        <source>The API key saved earlier could not be read from the system keychain (%1): unlock the keychain, or enter the key again.</source>
        <translation>Der gespeicherte API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden (%1): Entsperren Sie den Schlüsselbund oder geben Sie den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="168"/>
        <source>locked or unavailable</source>
        <translation>gesperrt oder nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="194"/>
        <source>No keychain is in use.</source>
        <translation>Kein Schlüsselbund in Gebrauch.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="212"/>
        <source>The system keychain could not store the key (%1).</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht speichern (%1).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="287"/>
        <location filename="../core/settings/credentialstore.cpp" line="349"/>
        <source>the file %1 (mode 0600, readable by you only)</source>
        <translation>die Datei %1 (Modus 0600, nur für Sie lesbar)</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="314"/>
        <source>the system keychain (`secret-tool lookup server %1 user &apos;%2&apos;` prints it)</source>
        <translation>der Schlüsselbund des Systems (`secret-tool lookup server %1 user &apos;%2&apos;` gibt ihn aus)</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="353"/>
        <source>memory only, for this run (no keychain, and %1 could not be written: %2)</source>
        <translation>nur der Arbeitsspeicher, für diesen Lauf (kein Schlüsselbund, und %1 konnte nicht geschrieben werden: %2)</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="209"/>
        <source>The key is saved in the system keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="37"/>
        <source>the keychain did not answer in time</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="182"/>
        <source>The key is kept in memory for this run only.</source>
        <translation>Der Schlüssel bleibt nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="187"/>
        <source>As you chose, the key is saved in %1, readable by you only.</source>
        <translation>Wie gewählt, wird der Schlüssel in %1 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="191"/>
        <source>The file %1 could not be written (%2); the key is kept in memory for this run only.</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden (%2); der Schlüssel bleibt nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="223"/>
        <source>The key was forgotten.</source>
        <translation>Der Schlüssel wurde vergessen.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="234"/>
        <source>The key was removed from the system keychain.</source>
        <translation>Der Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="234"/>
        <source>The keychain could not remove the key: %1</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht entfernen: %1</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../ui/demobanner.cpp" line="22"/>
        <source>&lt;b&gt;Demo workspace&lt;/b&gt; — sample data on this computer; nothing here is your PostHog account.</source>
        <translation>&lt;b&gt;Demo-Arbeitsbereich&lt;/b&gt; — Beispieldaten auf diesem Computer; nichts hier gehört zu Ihrem PostHog-Konto.</translation>
    </message>
    <message>
        <location filename="../ui/demobanner.cpp" line="25"/>
        <source>Connect your &amp;account…</source>
        <translation>Ihr &amp;Konto verbinden…</translation>
    </message>
</context>
<context>
    <name>DesktopOptions</name>
    <message>
        <location filename="../ui/desktopoptions.cpp" line="16"/>
        <source>&amp;Closing the window keeps PostHog Companion in the tray</source>
        <translation>Beim Schließen des Fensters bleibt PostHog Companion im &amp;Infobereich</translation>
    </message>
    <message>
        <location filename="../ui/desktopoptions.cpp" line="17"/>
        <source>&amp;Start at login, in the tray</source>
        <translation>Bei der Anmeldung im Infobereich s&amp;tarten</translation>
    </message>
    <message>
        <location filename="../ui/desktopoptions.cpp" line="25"/>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation>Dieser Desktop hat keinen Infobereich: Schließen des Fensters beendet die App.</translation>
    </message>
    <message>
        <location filename="../ui/desktopoptions.cpp" line="27"/>
        <source>Writes %1</source>
        <translation>Schreibt %1</translation>
    </message>
</context>
<context>
    <name>InsightResultView</name>
    <message>
        <location filename="../ui/insightresultview.cpp" line="34"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="35"/>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="36"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="37"/>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="38"/>
        <source>Stickiness</source>
        <translation>Stickiness</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="39"/>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="40"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="41"/>
        <source>Events table</source>
        <translation>Ereignistabelle</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="46"/>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="107"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="107"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="107"/>
        <source>Of first step</source>
        <translation>Vom ersten Schritt</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="107"/>
        <source>Of previous step</source>
        <translation>Vom vorherigen Schritt</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="123"/>
        <source>Overall conversion: %1%</source>
        <translation>Gesamtkonversion: %1 %</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="147"/>
        <source>**%1** · last modified %2</source>
        <translation>**%1** · zuletzt geändert %2</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="149"/>
        <source> · computed %1</source>
        <translation> · berechnet %1</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="161"/>
        <source>No result computed yet: press Refresh to compute it.</source>
        <translation>Noch kein Ergebnis: Klicken Sie auf Aktualisieren, um es zu berechnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightresultview.cpp" line="166"/>
        <source>%n cohort(s); each cell is the share of the cohort still active in that period.</source>
        <translation>
            <numerusform>%n Kohorte; jede Zelle ist der Anteil der Kohorte, der in diesem Zeitraum noch aktiv ist.</numerusform>
            <numerusform>%n Kohorten; jede Zelle ist der Anteil der Kohorte, der in diesem Zeitraum noch aktiv ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceClient</name>
    <message>
        <location filename="../core/service/instanceclient.cpp" line="38"/>
        <source>The running PostHog Companion did not answer (%1).</source>
        <translation>Das laufende PostHog Companion hat nicht geantwortet (%1).</translation>
    </message>
    <message>
        <location filename="../core/service/instanceclient.cpp" line="47"/>
        <source>A PostHog Companion is running but did not answer within %1 s.</source>
        <translation>Ein PostHog Companion läuft, hat aber nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/service/instanceclient.cpp" line="66"/>
        <source>The running PostHog Companion refused the connection: %1</source>
        <translation>Das laufende PostHog Companion hat die Verbindung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../ui/mainmenus.cpp" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="34"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="39"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="47"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="60"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="63"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="70"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="72"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="77"/>
        <source>&amp;About PostHog Companion</source>
        <translation>&amp;Über PostHog Companion</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>PostHog Companion</source>
        <translation>PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Approval needed</source>
        <translation>Freigabe nötig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>&amp;MCP server</source>
        <translation>&amp;MCP-Server</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>&amp;Query</source>
        <translation>&amp;Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>&amp;Activity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>&amp;Insights</source>
        <translation>&amp;Insights</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Last viewed</source>
        <translation>Zuletzt angesehen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>&amp;Errors</source>
        <translation>F&amp;ehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>&amp;LLM costs</source>
        <translation>&amp;LLM-Kosten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Cost per call</source>
        <translation>Kosten pro Aufruf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;Feature flags</source>
        <translation>Feature-&amp;Flags</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>An agent wants to: %1.</source>
        <translation>Ein Agent möchte: %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>%n approval(s) waiting for you</source>
        <translation>
            <numerusform>%n Freigabe wartet auf Sie</numerusform>
            <numerusform>%n Freigaben warten auf Sie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399"/>
        <source>MCP server not started: %1</source>
        <translation>MCP-Server nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>Connected: %1 · no active project (%2)</source>
        <translation>Verbunden: %1 · kein aktives Projekt (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>Connected: %1 · %2 › %3</source>
        <translation>Verbunden: %1 · %2 › %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>MCP: serving at %1</source>
        <translation>MCP: bereit unter %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>MCP: stopped</source>
        <translation>MCP: gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>Still serving MCP</source>
        <translation>MCP läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>PostHog Companion keeps running in the tray. Quit from its menu.</source>
        <translation>PostHog Companion läuft im Infobereich weiter. Beenden Sie es über dessen Menü.</translation>
    </message>
</context>
<context>
    <name>McpPage</name>
    <message>
        <location filename="../ui/mcppage.cpp" line="48"/>
        <location filename="../ui/mcppage.cpp" line="183"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="63"/>
        <source>MCP server</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="80"/>
        <location filename="../ui/mcppage.cpp" line="81"/>
        <location filename="../ui/mcppage.cpp" line="358"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="82"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="83"/>
        <source>Make a new token; clients configured with the old one must be updated.</source>
        <translation>Erzeugt ein neues Token; mit dem alten eingerichtete Clients müssen angepasst werden.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="117"/>
        <source>Deny calls that need approval</source>
        <translation>Aufrufe ablehnen, die eine Freigabe brauchen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="118"/>
        <source>Ask through the agent&apos;s client, when it can</source>
        <translation>Über den Client des Agenten fragen, wenn er kann</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="207"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="207"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="207"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="172"/>
        <source>Connect a client</source>
        <translation>Einen Client verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="44"/>
        <source>&amp;Serve MCP to local agents</source>
        <translation>MCP für lokale Agenten &amp;bereitstellen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="78"/>
        <source>MCP endpoint address</source>
        <translation>Adresse des MCP-Endpunkts</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="79"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="104"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="105"/>
        <source>Bearer to&amp;ken:</source>
        <translation>Bearer-To&amp;ken:</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="106"/>
        <source>&amp;Without a window:</source>
        <translation>&amp;Ohne Fenster:</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="107"/>
        <source>T&amp;unnel host names:</source>
        <translation>T&amp;unnel-Hostnamen:</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="116"/>
        <source>What to do without a window</source>
        <translation>Was ohne Fenster geschehen soll</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="131"/>
        <source>none (e.g. mcp.example.com, for a cloudflared, Tailscale Funnel or ngrok tunnel)</source>
        <translation>keine (z. B. mcp.example.com, für einen Tunnel mit cloudflared, Tailscale Funnel oder ngrok)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="132"/>
        <source>Public host names a tunnel you run forwards to 127.0.0.1, separated by commas. Requests for them are accepted only with the bearer token.</source>
        <translation>Öffentliche Hostnamen, die ein von Ihnen betriebener Tunnel an 127.0.0.1 weiterleitet, durch Kommas getrennt. Anfragen dafür werden nur mit dem Bearer-Token angenommen.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="149"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="173"/>
        <source>Tools and approval</source>
        <translation>Werkzeuge und Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="183"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="211"/>
        <source>Tools offered to agents</source>
        <translation>Werkzeuge für Agenten</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="236"/>
        <source>Its group, %1, is switched off above.</source>
        <translation>Seine Gruppe, %1, ist oben ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="243"/>
        <source>&amp;Analytics: HogQL, insights, ad-hoc queries</source>
        <translation>&amp;Analyse: HogQL, Insights, Ad-hoc-Abfragen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="245"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="247"/>
        <source>&amp;Error tracking</source>
        <translation>&amp;Fehlerverfolgung</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="249"/>
        <source>&amp;LLM analytics</source>
        <translation>&amp;LLM-Analyse</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="251"/>
        <source>&amp;Feature flags</source>
        <translation>Feature-Fla&amp;gs</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="253"/>
        <source>E&amp;xperiments and surveys</source>
        <translation>E&amp;xperimente und Umfragen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="259"/>
        <source>Tool groups offered to agents</source>
        <translation>Werkzeuggruppen für Agenten</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="275"/>
        <source>Organizations, projects, event and property definitions and search are always offered.</source>
        <translation>Organisationen, Projekte, Ereignis- und Eigenschaftsdefinitionen und die Suche werden immer angeboten.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="279"/>
        <source>This run serves the groups given with --tools; changes here last until it quits.</source>
        <translation>Dieser Lauf bietet die mit --tools genannten Gruppen an; Änderungen hier gelten bis zum Beenden.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="292"/>
        <source>%1 on 127.0.0.1 only</source>
        <translation>%1 nur auf 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="292"/>
        <source>● Running</source>
        <translation>● Läuft</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="293"/>
        <source>● Stopped</source>
        <translation>● Gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="296"/>
        <source>(loading…)</source>
        <translation>(wird geladen…)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="298"/>
        <source>(authentication is off)</source>
        <translation>(Authentifizierung ist aus)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="303"/>
        <source>Ignored while authentication is off: a tunnel&apos;s requests always need the bearer token.</source>
        <translation>Ignoriert, solange die Authentifizierung aus ist: Anfragen über einen Tunnel brauchen immer das Bearer-Token.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="305"/>
        <source>This run also accepts %1 (--allow-host).</source>
        <translation>Dieser Lauf akzeptiert auch %1 (--allow-host).</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="329"/>
        <source>&lt;token: hidden, Copy includes it&gt;</source>
        <translation>&lt;Token: verborgen, Kopieren enthält es&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="349"/>
        <source>Add to Cursor</source>
        <translation>Zu Cursor hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="351"/>
        <source>Add to VS Code</source>
        <translation>Zu VS Code hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="353"/>
        <source>Add to Claude Desktop</source>
        <translation>Zu Claude Desktop hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="362"/>
        <source>Copied the %1 configuration (it holds the token: paste it only where it belongs).</source>
        <translation>Konfiguration für %1 kopiert (sie enthält das Token: Fügen Sie sie nur dort ein, wo sie hingehört).</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="375"/>
        <source>Opened %1: confirm the new &quot;posthog&quot; server there.</source>
        <translation>%1 geöffnet: Bestätigen Sie dort den neuen Server „posthog“.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="377"/>
        <source>Could not open %1&apos;s install link: is %1 installed? Copy the configuration instead.</source>
        <translation>Der Installationslink von %1 ließ sich nicht öffnen: Ist %1 installiert? Kopieren Sie stattdessen die Konfiguration.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="396"/>
        <source>Replace Claude Desktop&apos;s &quot;posthog&quot; server?</source>
        <translation>Den Server „posthog“ von Claude Desktop ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="397"/>
        <source>%1 already has a &quot;posthog&quot; server that runs:
%2

Replace it with this app? The file is backed up first, and the other servers stay as they are.</source>
        <translation>%1 hat bereits einen Server „posthog“, der Folgendes ausführt:
%2

Durch diese App ersetzen? Die Datei wird zuvor gesichert, die anderen Server bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="402"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="406"/>
        <source>Kept the &quot;posthog&quot; server Claude Desktop had.</source>
        <translation>Der bisherige Server „posthog“ von Claude Desktop wurde beibehalten.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="425"/>
        <source>Never ask</source>
        <translation>Nie fragen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="425"/>
        <source>Ask first time</source>
        <translation>Beim ersten Mal fragen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="425"/>
        <source>Ask (remember same arguments)</source>
        <translation>Fragen (gleiche Argumente merken)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="425"/>
        <source>Always ask</source>
        <translation>Immer fragen</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="432"/>
        <source>%1 — %2 (hidden: the key lacks %3)</source>
        <translation>%1 — %2 (ausgeblendet: dem Schlüssel fehlt %3)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="434"/>
        <source>Not offered to agents: the API key lacks the scope %1. Add it to the key in PostHog (Settings → Personal API keys), then reconnect.</source>
        <translation>Agenten nicht angeboten: Dem API-Schlüssel fehlt die Berechtigung %1. Fügen Sie sie dem Schlüssel in PostHog hinzu (Einstellungen → Persönliche API-Schlüssel) und verbinden Sie sich erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mcppage.cpp" line="460"/>
        <source>%n tool(s) greyed out are not offered to agents: the PostHog API key lacks a scope they need. Add the scope to the key in PostHog, then save the key again.</source>
        <translation>
            <numerusform>%n ausgegrautes Werkzeug wird Agenten nicht angeboten: Dem PostHog-API-Schlüssel fehlt eine nötige Berechtigung. Fügen Sie sie dem Schlüssel in PostHog hinzu und speichern Sie den Schlüssel erneut.</numerusform>
            <numerusform>%n ausgegraute Werkzeuge werden Agenten nicht angeboten: Dem PostHog-API-Schlüssel fehlt eine nötige Berechtigung. Fügen Sie sie dem Schlüssel in PostHog hinzu und speichern Sie den Schlüssel erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageLoaders</name>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="134"/>
        <source>%n saved insight(s). Results are PostHog&apos;s cached ones; Refresh computes them again.</source>
        <translation>
            <numerusform>%n gespeichertes Insight. Die Ergebnisse stammen aus dem Cache von PostHog; Aktualisieren berechnet sie neu.</numerusform>
            <numerusform>%n gespeicherte Insights. Die Ergebnisse stammen aus dem Cache von PostHog; Aktualisieren berechnet sie neu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="136"/>
        <source>This project has no saved insights yet. Save one from the Query page (Save as insight…).</source>
        <translation>Dieses Projekt hat noch keine gespeicherten Insights. Speichern Sie eines auf der Seite Abfrage (Als Insight speichern…).</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="137"/>
        <source>No insight matches &quot;%1&quot;. Clear the search to see them all.</source>
        <translation>Kein Insight passt zu „%1“. Leeren Sie die Suche, um alle zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="161"/>
        <source>*%1: no cached result yet.*</source>
        <translation>*%1: noch kein Ergebnis im Cache.*</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="191"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="202"/>
        <source>%n tile(s). Click a chart to open its insight.</source>
        <translation>
            <numerusform>%n Kachel. Klicken Sie auf ein Diagramm, um sein Insight zu öffnen.</numerusform>
            <numerusform>%n Kacheln. Klicken Sie auf ein Diagramm, um sein Insight zu öffnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="227"/>
        <source>%n dashboard(s).</source>
        <translation>
            <numerusform>%n Dashboard.</numerusform>
            <numerusform>%n Dashboards.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="228"/>
        <source>This project has no dashboards yet. Create one in PostHog, or ask an agent to.</source>
        <translation>Dieses Projekt hat noch keine Dashboards. Erstellen Sie eines in PostHog oder bitten Sie einen Agenten darum.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="229"/>
        <source>No dashboard matches &quot;%1&quot;.</source>
        <translation>Kein Dashboard passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="250"/>
        <location filename="../ui/pageloaders.cpp" line="366"/>
        <location filename="../ui/pageloaders.cpp" line="500"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="251"/>
        <location filename="../ui/pageloaders.cpp" line="366"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="252"/>
        <location filename="../ui/pageloaders.cpp" line="366"/>
        <source>Suppressed</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="253"/>
        <source>Pending release</source>
        <translation>Release ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="254"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="261"/>
        <source>No stack frames were recorded for the latest occurrence.</source>
        <translation>Für das neueste Vorkommen wurden keine Stack-Frames aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="263"/>
        <source>Stack trace (innermost first)</source>
        <translation>Stacktrace (innerster Frame zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="267"/>
        <source>[in app]</source>
        <translation>[in der App]</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="281"/>
        <source>Status: %1 · first seen %2 · last seen %3</source>
        <translation>Status: %1 · zuerst gesehen %2 · zuletzt gesehen %3</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="284"/>
        <source> · release %1</source>
        <translation> · Release %1</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="301"/>
        <location filename="../ui/pageloaders.cpp" line="344"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="350"/>
        <source>No %1 errors in this window (%2). Choose a longer period or another status.</source>
        <translation>Keine Fehler mit Status „%1“ im Zeitraum (%2). Wählen Sie einen längeren Zeitraum oder anderen Status.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="357"/>
        <source>Exceptions per day</source>
        <translation>Ausnahmen pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="358"/>
        <source>Exceptions per day, all issues</source>
        <translation>Ausnahmen pro Tag, alle Issues</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="365"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="366"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="409"/>
        <source>(no model)</source>
        <translation>(kein Modell)</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="438"/>
        <source>%1: %2 over %3 and %4. Costs in US dollars, as PostHog records them.</source>
        <translation>%1: %2 für %3 und %4. Kosten in US-Dollar, wie PostHog sie erfasst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="439"/>
        <source>%Ln generation(s)</source>
        <translation>
            <numerusform>%Ln Generierung</numerusform>
            <numerusform>%Ln Generierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="440"/>
        <source>%Ln embedding(s)</source>
        <translation>
            <numerusform>%Ln Embedding</numerusform>
            <numerusform>%Ln Embeddings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="441"/>
        <source>No $ai_generation or $ai_embedding events in this period (%1). Choose a longer period, or set up PostHog&apos;s LLM analytics.</source>
        <translation>Keine $ai_generation- oder $ai_embedding-Ereignisse in diesem Zeitraum (%1). Wählen Sie einen längeren Zeitraum oder richten Sie LLM Analytics von PostHog ein.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="462"/>
        <source>Cost per day by model</source>
        <translation>Kosten pro Tag nach Modell</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="463"/>
        <source>Cost per day (USD), by model</source>
        <translation>Kosten pro Tag (USD), nach Modell</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="490"/>
        <source>Condition %1: %2% of %3</source>
        <translation>Bedingung %1: %2% von %3</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="492"/>
        <source>everyone</source>
        <translation>allen</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="492"/>
        <source>those where %1</source>
        <translation>denen, bei denen %1</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="492"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="494"/>
        <source> → variant `%1`</source>
        <translation> → Variante `%1`</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="500"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="502"/>
        <source>Release conditions</source>
        <translation>Rollout-Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="506"/>
        <source>No conditions: the flag is off for everyone.</source>
        <translation>Keine Bedingungen: Das Flag ist für alle aus.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="508"/>
        <source>Rolled out per group (type %1), not per person.</source>
        <translation>Rollout pro Gruppe (Typ %1), nicht pro Person.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="513"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="513"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="513"/>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="513"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="517"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="520"/>
        <source>A payload is set for the enabled value.</source>
        <translation>Für den aktivierten Wert ist eine Payload gesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="520"/>
        <source>No payload.</source>
        <translation>Keine Payload.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="530"/>
        <source>Turn o&amp;n…</source>
        <translation>Ei&amp;nschalten…</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="530"/>
        <source>Turn o&amp;ff…</source>
        <translation>A&amp;usschalten…</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="532"/>
        <source>Turn the flag on?</source>
        <translation>Flag einschalten?</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="532"/>
        <source>Turn the flag off?</source>
        <translation>Flag ausschalten?</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="533"/>
        <source>Turn &quot;%1&quot; on? Its release conditions apply again at once, for everyone they match.</source>
        <translation>„%1“ einschalten? Seine Rollout-Bedingungen gelten sofort wieder für alle, auf die sie zutreffen.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="534"/>
        <source>Turn &quot;%1&quot; off? Everyone gets the flag&apos;s off value at once.</source>
        <translation>„%1“ ausschalten? Alle erhalten sofort den Aus-Wert des Flags.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="538"/>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="538"/>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="545"/>
        <source>&quot;%1&quot; is now on.</source>
        <translation>„%1“ ist jetzt an.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="545"/>
        <source>&quot;%1&quot; is now off.</source>
        <translation>„%1“ ist jetzt aus.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="571"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="571"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="580"/>
        <source>%Ln flag(s), %1 on.</source>
        <translation>
            <numerusform>%Ln Flag, %1 an.</numerusform>
            <numerusform>%Ln Flags, %1 an.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="517"/>
        <location filename="../ui/pageloaders.cpp" line="572"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="82"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="84"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="85"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="97"/>
        <source>Loading the result…</source>
        <translation>Ergebnis wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="107"/>
        <source>PostHog has no cached result for this insight: computing it once…</source>
        <translation>PostHog hat für dieses Insight kein Ergebnis im Cache: Es wird einmal berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="277"/>
        <source>**Counted over: %1** — %2, %3, %4.</source>
        <translation>**Zeitraum: %1** — %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="278"/>
        <location filename="../ui/pageloaders.cpp" line="349"/>
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln Vorkommen</numerusform>
            <numerusform>%Ln Vorkommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="278"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Nutzer</numerusform>
            <numerusform>%Ln Nutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="279"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="347"/>
        <source>Counted over: %1. %2, %3 new, %4 on this page.</source>
        <translation>Zeitraum: %1. %2, davon neu: %3, %4 auf dieser Seite.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="348"/>
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>%Ln Issue</numerusform>
            <numerusform>%Ln Issues</numerusform>
        </translation>
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
        <translation>## %1

Anbieter: %2

| Kennzahl | Wert |
|---|---:|
| Kosten der Generierungen | %3 |
| Generierungen | %4 |
| Kosten pro Generierung | %5 |
| Eingabe-Tokens | %6 |
| Ausgabe-Tokens | %7 |
| Embeddings | %8 |
| Kosten der Embeddings | %9 |
</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="581"/>
        <source>This project has no feature flags yet. Create one in PostHog, or ask an agent to.</source>
        <translation>Dieses Projekt hat noch keine Feature-Flags. Erstellen Sie eines in PostHog oder bitten Sie einen Agenten darum.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="582"/>
        <source>No flag matches &quot;%1&quot;.</source>
        <translation>Kein Flag passt zu „%1“.</translation>
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
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="31"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="33"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="37"/>
        <source>&amp;Approvals</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="38"/>
        <source>&amp;Desktop</source>
        <translation>&amp;Desktop</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="58"/>
        <source>MCP port</source>
        <translation>MCP-Port</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="60"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="61"/>
        <source>As the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="68"/>
        <source>Approval timeout in minutes</source>
        <translation>Zeitlimit für Freigaben in Minuten</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="70"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="73"/>
        <source>MCP &amp;port:</source>
        <translation>MCP-&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="74"/>
        <source>Clients must use the new address after a change (the MCP page shows it).</source>
        <translation>Clients müssen nach einer Änderung die neue Adresse verwenden (die MCP-Seite zeigt sie an).</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="75"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="76"/>
        <source>A new language applies at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="77"/>
        <source>Deny an unanswered &amp;approval after:</source>
        <translation>Unbeantwortete Freigabe a&amp;blehnen nach:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="98"/>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="98"/>
        <source>Start at login could not be changed: %1</source>
        <translation>Start bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>QueryChartPanel</name>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="25"/>
        <source>X axis column</source>
        <translation>X-Achsen-Spalte</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="27"/>
        <source>Series</source>
        <translation>Datenreihen</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="28"/>
        <source>Series columns</source>
        <translation>Datenreihen-Spalten</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="32"/>
        <source>Break down by column</source>
        <translation>Nach Spalte aufschlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="34"/>
        <source>Chart style</source>
        <translation>Diagrammstil</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="35"/>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="36"/>
        <source>Bar</source>
        <translation>Balken</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="37"/>
        <source>Stacked bar</source>
        <translation>Gestapelte Balken</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="38"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="41"/>
        <source>&amp;X axis:</source>
        <translation>&amp;X-Achse:</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="43"/>
        <source>&amp;Break down by:</source>
        <translation>&amp;Aufschlüsseln nach:</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="45"/>
        <source>St&amp;yle:</source>
        <translation>&amp;Stil:</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="94"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="143"/>
        <source>Series: none</source>
        <translation>Datenreihen: keine</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="143"/>
        <source>Series: %1</source>
        <translation>Datenreihen: %1</translation>
    </message>
</context>
<context>
    <name>QueryPage</name>
    <message>
        <location filename="../ui/querypage.cpp" line="60"/>
        <source>Save snippet…</source>
        <translation>Schnipsel speichern…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="61"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="63"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="64"/>
        <source>Save as insight…</source>
        <translation>Als Insight speichern…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="84"/>
        <source>Ctrl+Enter runs the query, Esc cancels it. Ctrl+Space completes names.</source>
        <translation>Strg+Eingabe führt die Abfrage aus, Esc bricht sie ab. Strg+Leertaste vervollständigt Namen.</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="98"/>
        <source>Write HogQL, e.g. SELECT event, count() FROM events GROUP BY event</source>
        <translation>HogQL eingeben, z. B. SELECT event, count() FROM events GROUP BY event</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="99"/>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Abfrage ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="101"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="104"/>
        <source>Snippets</source>
        <translation>Schnipsel</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="124"/>
        <source>Query results</source>
        <translation>Abfrageergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="125"/>
        <source>HogQL query</source>
        <translation>HogQL-Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="128"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="129"/>
        <source>C&amp;hart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="138"/>
        <source>Chart the result: needs a number column</source>
        <translation>Ergebnis als Diagramm: braucht eine Zahlenspalte</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="147"/>
        <source>Query error</source>
        <translation>Abfragefehler</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="211"/>
        <source>Running… %1 s</source>
        <translation>Läuft… %1 s</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="251"/>
        <source>Cannot run:</source>
        <translation>Nicht ausführbar:</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="355"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="392"/>
        <source>%n row(s) in %1 s</source>
        <translation>
            <numerusform>%n Zeile in %1 s</numerusform>
            <numerusform>%n Zeilen in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="393"/>
        <source> — more rows exist: raise the LIMIT or page with OFFSET</source>
        <translation> — es gibt weitere Zeilen: LIMIT erhöhen oder mit OFFSET blättern</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="411"/>
        <source>%1

(Marked in the editor: line %2, column %3.)</source>
        <translation>%1

(Im Editor markiert: Zeile %2, Spalte %3.)</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="413"/>
        <source>The query failed.</source>
        <translation>Die Abfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="445"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="446"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="447"/>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="460"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="457"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="492"/>
        <source>Save as insight</source>
        <translation>Als Insight speichern</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="492"/>
        <source>Insight name:</source>
        <translation>Name des Insights:</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="504"/>
        <source>Saved as insight %1 (%2).</source>
        <translation>Als Insight %1 (%2) gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="512"/>
        <source>Save snippet</source>
        <translation>Schnipsel speichern</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="512"/>
        <source>Snippet name:</source>
        <translation>Name des Schnipsels:</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="519"/>
        <source>Saved the snippet &quot;%1&quot;.</source>
        <translation>Schnipsel „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../ui/relativetime.cpp" line="9"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/relativetime.cpp" line="12"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/relativetime.cpp" line="15"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/relativetime.cpp" line="18"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/relativetime.cpp" line="19"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/relativetime.cpp" line="27"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/relativetime.cpp" line="29"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/relativetime.cpp" line="32"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/relativetime.cpp" line="33"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/relativetime.cpp" line="39"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
</context>
<context>
    <name>RememberedApprovalsBox</name>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="15"/>
        <source>Remembered &quot;Always allow&quot; answers</source>
        <translation>Gemerkte „Immer erlauben“-Antworten</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="18"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="19"/>
        <source>Revoke a&amp;ll</source>
        <translation>A&amp;lle widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="23"/>
        <source>Remembered answers</source>
        <translation>Gemerkte Antworten</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="25"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="25"/>
        <source>Allowed for</source>
        <translation>Erlaubt für</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="31"/>
        <source>A revoked answer means the agent is asked again next time.</source>
        <translation>Nach dem Widerrufen einer Antwort wird beim nächsten Mal wieder gefragt.</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="57"/>
        <source>the same arguments as then</source>
        <translation>die gleichen Argumente wie damals</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="57"/>
        <source>these arguments: %1</source>
        <translation>diese Argumente: %1</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="58"/>
        <source>any arguments</source>
        <translation>beliebige Argumente</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="65"/>
        <source>None: agents are asked as each tool&apos;s approval setting says.</source>
        <translation>Keine: Agenten werden gemäß der Freigabe-Einstellung jedes Werkzeugs gefragt.</translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <location filename="../ui/resourcepage.cpp" line="60"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="61"/>
        <source>&amp;Open in PostHog</source>
        <translation>In &amp;PostHog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="62"/>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="80"/>
        <source>Times are in %1 (%2).</source>
        <translation>Zeiten in %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="86"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="105"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="107"/>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="108"/>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="131"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="134"/>
        <source>Select an item to see its details.</source>
        <translation>Wählen Sie einen Eintrag, um Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="149"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="150"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="151"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="152"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="153"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="154"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="159"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="160"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="319"/>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="324"/>
        <source>This page has nothing to load.</source>
        <translation>Diese Seite hat nichts zu laden.</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="341"/>
        <source>Could not load:</source>
        <translation>Laden fehlgeschlagen:</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="364"/>
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
    <name>SchemaBrowser</name>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="15"/>
        <source>Schema: tables, columns, events and properties</source>
        <translation>Schema: Tabellen, Spalten, Ereignisse und Eigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="16"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="21"/>
        <source>Double-click a name to insert it at the cursor.</source>
        <translation>Doppelklicken Sie auf einen Namen, um ihn am Cursor einzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="22"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="23"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="24"/>
        <source>Event properties</source>
        <translation>Ereigniseigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="25"/>
        <source>Person properties</source>
        <translation>Personeneigenschaften</translation>
    </message>
</context>
<context>
    <name>StdioRelay</name>
    <message>
        <location filename="../core/service/stdiorelay.cpp" line="99"/>
        <source>The running PostHog Companion (pid %1) went away; this relay stops. Start PostHog Companion again and restart the MCP server in your client.</source>
        <translation>Das laufende PostHog Companion (PID %1) ist weg; dieses Relay wird beendet. Starten Sie PostHog Companion erneut und starten Sie den MCP-Server in Ihrem Client neu.</translation>
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <location filename="../ui/tilegrid.cpp" line="37"/>
        <source>Text tile</source>
        <translation>Textkachel</translation>
    </message>
    <message>
        <location filename="../ui/tilegrid.cpp" line="49"/>
        <source>Click to open this insight</source>
        <translation>Klicken, um dieses Insight zu öffnen</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="56"/>
        <source>Open PostHog Companion</source>
        <translation>PostHog Companion öffnen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="58"/>
        <source>Pause MCP server</source>
        <translation>MCP-Server pausieren</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="63"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="89"/>
        <source>the MCP server could not start (%1)</source>
        <translation>der MCP-Server konnte nicht starten (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="103"/>
        <source>PostHog Companion: %n approval(s) waiting</source>
        <translation>
            <numerusform>PostHog Companion: %n Freigabe wartet</numerusform>
            <numerusform>PostHog Companion: %n Freigaben warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="106"/>
        <source>PostHog Companion: not working: %1</source>
        <translation>PostHog Companion: funktioniert nicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="106"/>
        <source>the MCP server is not running</source>
        <translation>der MCP-Server läuft nicht</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="109"/>
        <source>PostHog Companion: MCP server paused</source>
        <translation>PostHog Companion: MCP-Server pausiert</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="112"/>
        <source>PostHog Companion: serving MCP at %1</source>
        <translation>PostHog Companion: MCP bereit unter %1</translation>
    </message>
</context>
<context>
    <name>TunnelHostNames</name>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="12"/>
        <source>the host name is empty</source>
        <translation>der Hostname ist leer</translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="14"/>
        <source>give the host name alone (mcp.example.com), not a URL</source>
        <translation>geben Sie nur den Hostnamen an (mcp.example.com), keine URL</translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="16"/>
        <source>give the host name without a port: the tunnel&apos;s public port does not matter</source>
        <translation>geben Sie den Hostnamen ohne Port an: Der öffentliche Port des Tunnels spielt keine Rolle</translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="18"/>
        <source>wildcards are not allowed: name each host</source>
        <translation>Platzhalter sind nicht erlaubt: Nennen Sie jeden Host einzeln</translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="20"/>
        <source>a public host name has at least two labels, like mcp.example.com</source>
        <translation>ein öffentlicher Hostname hat mindestens zwei Labels, etwa mcp.example.com</translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="25"/>
        <source>&apos;%1&apos; is not a valid label (letters, digits and inner hyphens, at most 63)</source>
        <translation>„%1“ ist kein gültiges Label (Buchstaben, Ziffern und innere Bindestriche, höchstens 63)</translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="33"/>
        <source>&apos;%1&apos; is not a host name a tunnel can forward: %2.</source>
        <translation>„%1“ ist kein Hostname, den ein Tunnel weiterleiten kann: %2.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="16"/>
        <source>Welcome to PostHog Companion</source>
        <translation>Willkommen bei PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="21"/>
        <source>Browse your PostHog insights, dashboards, errors, LLM costs and feature flags on the desktop, run HogQL queries, and let AI agents use PostHog through a local MCP server that asks you before they change anything.</source>
        <translation>Durchsuchen Sie Ihre PostHog-Insights, Dashboards, Fehler, LLM-Kosten und Feature-Flags auf dem Desktop, führen Sie HogQL-Abfragen aus und lassen Sie KI-Agenten PostHog über einen lokalen MCP-Server nutzen, der Sie fragt, bevor sie etwas ändern.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="26"/>
        <source>&amp;Connect your PostHog account</source>
        <translation>Ihr PostHog-&amp;Konto verbinden</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="29"/>
        <source>You need a personal API key; the Connection page links to PostHog&apos;s page that makes one.</source>
        <translation>Sie brauchen einen persönlichen API-Schlüssel; die Seite Verbindung verlinkt auf die PostHog-Seite, die einen erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="31"/>
        <source>&amp;Explore the demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich erkunden</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="33"/>
        <source>Sample data on this computer: no account, no network. Switch to your account any time.</source>
        <translation>Beispieldaten auf diesem Computer: kein Konto, kein Netzwerk. Jederzeit zu Ihrem Konto wechselbar.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>No translation for &apos;%1&apos;; using English.</source>
        <translation>Keine Übersetzung für „%1“; Englisch wird verwendet.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="88"/>
        <source>Demo PostHog API listening at %1/api/ (personal API key: %2)</source>
        <translation>Demo-PostHog-API lauscht auf %1/api/ (persönlicher API-Schlüssel: %2)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="122"/>
        <source>has its MCP server paused</source>
        <translation>hat seinen MCP-Server pausiert</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="123"/>
        <source>serves MCP at %1</source>
        <translation>stellt MCP unter %1 bereit</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <source>PostHog Companion is already running (pid %1): its window was brought to the front.</source>
        <translation>PostHog Companion läuft bereits (PID %1): Sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="130"/>
        <source>PostHog Companion already runs headless (pid %1) and %2. Stop it to open the window.</source>
        <translation>PostHog Companion läuft bereits ohne Fenster (PID %1) und %2. Beenden Sie es, um das Fenster zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="134"/>
        <source>PostHog Companion is already running (pid %1) and %2. Use it, or stop it first.</source>
        <translation>PostHog Companion läuft bereits (PID %1) und %2. Verwenden Sie es oder beenden Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="140"/>
        <source>Another PostHog Companion is starting or stopping (it holds %1). Try again in a moment.</source>
        <translation>Ein anderes PostHog Companion startet oder wird beendet (es hält %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="163"/>
        <source>Connected: %1. %2</source>
        <translation>Verbunden: %1. %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="170"/>
        <source>WARNING: --no-auth is on: any local program can use this MCP server without a token. Use it for tests only.</source>
        <translation>WARNUNG: --no-auth ist an: jedes lokale Programm kann diesen MCP-Server ohne Token nutzen. Nur für Tests verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="174"/>
        <location filename="../app/main.cpp" line="274"/>
        <source>MCP server listening at %1</source>
        <translation>MCP-Server lauscht auf %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="176"/>
        <source>Bearer token: stored in %1</source>
        <translation>Bearer-Token: gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="178"/>
        <source>Also accepting, with the bearer token only, requests a tunnel forwards for: %1</source>
        <translation>Akzeptiert außerdem, nur mit Bearer-Token, Anfragen, die ein Tunnel weiterleitet für: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="198"/>
        <source>Calls that need approval are asked through your MCP client when it supports elicitation, and denied otherwise.</source>
        <translation>Aufrufe, die eine Freigabe brauchen, werden über Ihren MCP-Client erfragt, wenn er Elicitation unterstützt, sonst abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="201"/>
        <source>Serving MCP in-process (--demo and --tools apply to this process only). %1</source>
        <translation>MCP wird im eigenen Prozess bereitgestellt (--demo und --tools gelten nur für diesen Prozess). %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="208"/>
        <source>Relaying to the running PostHog Companion (pid %1)</source>
        <translation>Weiterleitung an das laufende PostHog Companion (PID %1)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="218"/>
        <source>No PostHog Companion is running: serving MCP in-process. %1</source>
        <translation>Kein PostHog Companion läuft: MCP wird im eigenen Prozess bereitgestellt. %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="222"/>
        <source>%1 Serving MCP in-process instead. %2</source>
        <translation>%1 MCP wird stattdessen im eigenen Prozess bereitgestellt. %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="271"/>
        <source>WARNING: --no-auth is on: any local program can use this MCP server without a token.</source>
        <translation>WARNUNG: --no-auth ist an: jedes lokale Programm kann diesen MCP-Server ohne Token nutzen.</translation>
    </message>
</context>
</TS>
