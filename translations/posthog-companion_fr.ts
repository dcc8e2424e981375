<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="28"/>
        <source>About PostHog Companion</source>
        <translation>À propos de PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="29"/>
        <source>&lt;h3&gt;PostHog Companion %1&lt;/h3&gt;&lt;p&gt;Your PostHog account on the desktop, and as a local MCP server for AI agents.&lt;/p&gt;&lt;p&gt;Licence: see the LICENSE file distributed with the app. Built with Qt %2, used under the GNU LGPL version 3.&lt;/p&gt;&lt;p&gt;PostHog is a trademark of PostHog Inc.; this app is not made by PostHog.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PostHog Companion %1&lt;/h3&gt;&lt;p&gt;Votre compte PostHog sur le bureau, et comme serveur MCP local pour les agents IA.&lt;/p&gt;&lt;p&gt;Licence : voir le fichier LICENSE distribué avec l&apos;application. Conçu avec Qt %2, utilisé sous la licence GNU LGPL version 3.&lt;/p&gt;&lt;p&gt;PostHog est une marque de PostHog Inc. ; cette application n&apos;est pas réalisée par PostHog.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="36"/>
        <source>&amp;Debug information (for bug reports; contains no key or token):</source>
        <translation>Informations de &amp;débogage (pour les rapports de bogue ; sans clé ni jeton) :</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="39"/>
        <source>Debug information</source>
        <translation>Informations de débogage</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="44"/>
        <source>&amp;Copy debug information</source>
        <translation>&amp;Copier les informations de débogage</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="46"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../ui/activitymodel.cpp" line="48"/>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="50"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="52"/>
        <source>waiting for your approval</source>
        <translation>en attente de votre accord</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="54"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="56"/>
        <source>refused: invalid arguments</source>
        <translation>rejeté : arguments non valides</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="58"/>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="60"/>
        <source>cancelled by the agent</source>
        <translation>annulé par l&apos;agent</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="62"/>
        <source>interrupted (the app stopped)</source>
        <translation>interrompu (l&apos;application s&apos;est arrêtée)</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="64"/>
        <source>asked the agent&apos;s user</source>
        <translation>soumis à l&apos;utilisateur de l&apos;agent</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="123"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="124"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="125"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="126"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="127"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="128"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/activitypage.cpp" line="45"/>
        <source>Tool calls</source>
        <translation>Appels d&apos;outils</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="56"/>
        <source>Details of the selected call</source>
        <translation>Détails de l&apos;appel sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="59"/>
        <source>Select a call to see its full arguments and result.</source>
        <translation>Sélectionnez un appel pour voir ses arguments et son résultat complets.</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="95"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="101"/>
        <source>Filter calls</source>
        <translation>Filtrer les appels</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="102"/>
        <source>Filter by tool, client, arguments…</source>
        <translation>Filtrer par outil, client, arguments…</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="104"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="107"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="108"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="109"/>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;accord</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="110"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="111"/>
        <source>Succeeded</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="112"/>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="113"/>
        <source>Denied or cancelled</source>
        <translation>Refusés ou annulés</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="114"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="116"/>
        <source>C&amp;lear…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="145"/>
        <source>Every tool call an agent makes appears here as it happens, and is kept for 90 days. Showing the newest %1 of the %2 kept in %3; the filter and export work on those shown.</source>
        <translation>Chaque appel d&apos;outil d&apos;un agent apparaît ici en direct et est conservé 90 jours. Affichage des %1 plus récents sur les %2 conservés dans %3 ; le filtre et l&apos;export portent sur ceux affichés.</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="149"/>
        <source>Every tool call an agent makes appears here as it happens, and is kept for 90 days.</source>
        <translation>Chaque appel d&apos;outil d&apos;un agent s&apos;affiche ici en direct et est conservé 90 jours.</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="152"/>
        <source>Calls are kept for this run only: %1</source>
        <translation>Appels conservés pour cette exécution seulement : %1</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="164"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="165"/>
        <source>Client: %1 (%2)</source>
        <translation>Client : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="166"/>
        <source>Started: %1 (%2)</source>
        <translation>Début : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="167"/>
        <source>Duration: %1</source>
        <translation>Durée : %1</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="167"/>
        <source>still going</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="169"/>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="172"/>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="178"/>
        <location filename="../ui/activitypage.cpp" line="192"/>
        <source>Export activity</source>
        <translation>Exporter l&apos;activité</translation>
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
        <translation>Effacer l&apos;activité</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="202"/>
        <source>Delete every recorded tool call, on disk too? This cannot be undone.</source>
        <translation>Supprimer tous les appels d&apos;outils enregistrés, y compris sur le disque ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="219"/>
        <location filename="../ui/activitypage.cpp" line="225"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ActivityStore</name>
    <message>
        <location filename="../core/tools/activitystore.cpp" line="66"/>
        <source>Cannot open the activity log %1: %2</source>
        <translation>Impossible d&apos;ouvrir le journal d&apos;activité %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/tools/activitystore.cpp" line="79"/>
        <source>Cannot create the activity log in %1: %2</source>
        <translation>Impossible de créer le journal d&apos;activité dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>ApprovalContext</name>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="24"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="25"/>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="26"/>
        <source>Feature flag</source>
        <translation>Feature flag</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="27"/>
        <source>Error issue</source>
        <translation>Problème d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="33"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="35"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="37"/>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="39"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="41"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="43"/>
        <source>Rollout</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="45"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="47"/>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="49"/>
        <source>Release conditions</source>
        <translation>Conditions de diffusion</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="51"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="60"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="60"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="62"/>
        <source>%1% of users</source>
        <translation>%1 % des utilisateurs</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="101"/>
        <source>Self-hosted (%1)</source>
        <translation>Auto-hébergé (%1)</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="115"/>
        <source>in the offline demo workspace (sample data, nothing real changes)</source>
        <translation>dans l&apos;espace de démonstration hors ligne (données d&apos;exemple, rien de réel ne change)</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="115"/>
        <source>in your PostHog project</source>
        <translation>dans votre projet PostHog</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="117"/>
        <source>Deletes it %1. PostHog keeps deleted items restorable for a while, but anyone who relies on it loses it now.</source>
        <translation>Le supprime %1. PostHog permet de restaurer les éléments supprimés pendant un temps, mais ceux qui en dépendent le perdent dès maintenant.</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="119"/>
        <source>Creates something new %1. Easy to undo: delete it again.</source>
        <translation>Crée un nouvel élément %1. Facile à annuler : supprimez-le.</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="121"/>
        <source>Changes data %1; only the fields listed under &quot;What changes&quot; change. Undo by changing them back.</source>
        <translation>Modifie des données %1 ; seuls les champs listés sous « Ce qui change » sont modifiés. Pour annuler, remettez-les à leur valeur précédente.</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="122"/>
        <source>Changes data %1.</source>
        <translation>Modifie des données %1.</translation>
    </message>
    <message>
        <location filename="../core/tools/approvalcontext.cpp" line="135"/>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="39"/>
        <location filename="../ui/approvaldialog.cpp" line="212"/>
        <source>Allow this action?</source>
        <translation>Autoriser cette action ?</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="44"/>
        <source>Waiting requests</source>
        <translation>Demandes en attente</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="81"/>
        <source>What changes:</source>
        <translation>Ce qui change :</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="83"/>
        <source>Fields that change</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="85"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="85"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="85"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="95"/>
        <source>Arguments the agent sent</source>
        <translation>Arguments envoyés par l&apos;agent</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="99"/>
        <source>Arguments the agent sent:</source>
        <translation>Arguments envoyés par l&apos;agent :</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="114"/>
        <source>&amp;Deny</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="115"/>
        <source>Allow &amp;once</source>
        <translation>Autoriser &amp;une fois</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="116"/>
        <source>&amp;Always allow</source>
        <translation>&amp;Toujours autoriser</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvaldialog.cpp" line="201"/>
        <source>&amp;Waiting (%n):</source>
        <translation>
            <numerusform>&amp;En attente (%n) :</numerusform>
            <numerusform>&amp;En attente (%n) :</numerusform>
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
            <numerusform>%n action attend votre accord</numerusform>
            <numerusform>%n actions attendent votre accord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="223"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; veut : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="224"/>
        <source>looking up…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="225"/>
        <source>Project &lt;b&gt;%1&lt;/b&gt; · organization &lt;b&gt;%2&lt;/b&gt; · %3</source>
        <translation>Projet &lt;b&gt;%1&lt;/b&gt; · organisation &lt;b&gt;%2&lt;/b&gt; · %3</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="230"/>
        <source>DEMO WORKSPACE</source>
        <translation>ESPACE DE DÉMONSTRATION</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="234"/>
        <source>&lt;b&gt;Stake:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Enjeu :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="237"/>
        <source>Never ask again for this tool.</source>
        <translation>Ne plus jamais demander pour cet outil.</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="238"/>
        <source>Never ask again for this tool with exactly these arguments.</source>
        <translation>Ne plus jamais demander pour cet outil avec exactement ces arguments.</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="248"/>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; (%4)</source>
        <translation>%1 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; (%4)</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="250"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="252"/>
        <source>%1 %2 (looking up its name…)</source>
        <translation>%1 %2 (recherche de son nom…)</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="264"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="266"/>
        <source>New values:</source>
        <translation>Nouvelles valeurs :</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="266"/>
        <source>What changes (before → after):</source>
        <translation>Ce qui change (avant → après) :</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="269"/>
        <source>What changes: reading the current values…</source>
        <translation>Ce qui change : lecture des valeurs actuelles…</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="271"/>
        <source>What changes: nothing (every field already has the requested value).</source>
        <translation>Ce qui change : rien (chaque champ a déjà la valeur demandée).</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="284"/>
        <source>Denied automatically in %1 if nobody answers.</source>
        <translation>Refusé automatiquement dans %1 en l&apos;absence de réponse.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../ui/chartdata.cpp" line="42"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="108"/>
        <source>No data to chart.</source>
        <translation>Aucune donnée à représenter.</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="110"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="111"/>
        <source>Line chart</source>
        <translation>Graphique en courbes</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="112"/>
        <source>Bar chart</source>
        <translation>Graphique en barres</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="113"/>
        <source>Stacked bar chart</source>
        <translation>Graphique en barres empilées</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="114"/>
        <source>Cohort grid</source>
        <translation>Grille de cohortes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chartdata.cpp" line="118"/>
        <source>%1 of %2 over %n point(s), from %3 to %4</source>
        <translation>
            <numerusform>%1 de %2 sur %n point, de %3 à %4</numerusform>
            <numerusform>%1 de %2 sur %n points, de %3 à %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chartdata.cpp" line="121"/>
        <source> and %n more series</source>
        <translation>
            <numerusform> et %n autre série</numerusform>
            <numerusform> et %n autres séries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="122"/>
        <source>Values range from %1 to %2.</source>
        <translation>Les valeurs vont de %1 à %2.</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="292"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="296"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/chartdata.cpp" line="315"/>
        <source>Period %1</source>
        <translation>Période %1</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../ui/chartwidget.cpp" line="42"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="42"/>
        <source>Chart: %1</source>
        <translation>Graphique : %1</translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="141"/>
        <source>Cohort %1, %2: %3 (%4% of %5)</source>
        <translation>Cohorte %1, %2 : %3 (%4 % de %5)</translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="154"/>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="157"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <location filename="../ui/chartwidget.cpp" line="224"/>
        <source>No data to chart.</source>
        <translation>Aucune donnée à représenter.</translation>
    </message>
</context>
<context>
    <name>ClaudeDesktopConfig</name>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="24"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="60"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="69"/>
        <source>%1 is not valid JSON (%2 at %3); it was left as it is. Fix or remove that part, then try again.</source>
        <translation>%1 n&apos;est pas un JSON valide (%2 à %3) ; il a été laissé tel quel. Corrigez ou supprimez cette partie, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="74"/>
        <source>%1 does not hold a JSON object; it was left as it is.</source>
        <translation>%1 ne contient pas d&apos;objet JSON ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="79"/>
        <source>In %1, &quot;mcpServers&quot; is not an object; it was left as it is.</source>
        <translation>Dans %1, « mcpServers » n&apos;est pas un objet ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="110"/>
        <source>Claude Desktop already has this &quot;%1&quot; server in %2; nothing changed.</source>
        <translation>Claude Desktop a déjà ce serveur « %1 » dans %2 ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="114"/>
        <source>%1 already has a different &quot;%2&quot; server; it was kept.</source>
        <translation>%1 a déjà un autre serveur « %2 » ; il a été conservé.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="138"/>
        <source>Added the &quot;%1&quot; server to %2 (the previous file is in %3). Restart Claude Desktop to use it.</source>
        <translation>Serveur « %1 » ajouté à %2 (l&apos;ancien fichier est dans %3). Redémarrez Claude Desktop pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="140"/>
        <source>Created %1 with the &quot;%2&quot; server. Restart Claude Desktop to use it.</source>
        <translation>%1 créé avec le serveur « %2 ». Redémarrez Claude Desktop pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="154"/>
        <source>Could not back up %1 to %2 (%3); nothing was changed.</source>
        <translation>Impossible de sauvegarder %1 dans %2 (%3) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="165"/>
        <source>Could not create the folder %1; nothing was changed.</source>
        <translation>Impossible de créer le dossier %1 ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="172"/>
        <location filename="../core/settings/claudedesktopconfig.cpp" line="178"/>
        <source>Could not write %1: %2; nothing was changed.</source>
        <translation>Impossible d&apos;écrire %1 : %2 ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ClientConfigSnippets</name>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="53"/>
        <source>Run in a terminal</source>
        <translation>À lancer dans un terminal</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="57"/>
        <source>%1 (launches this app in stdio mode); &quot;Add to Claude Desktop&quot; merges it for you</source>
        <translation>%1 (lance cette application en mode stdio) ; « Ajouter à Claude Desktop » l&apos;intègre pour vous</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="59"/>
        <source>~/.cursor/mcp.json, or &quot;Add to Cursor&quot;</source>
        <translation>~/.cursor/mcp.json, ou « Ajouter à Cursor »</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="61"/>
        <source>.vscode/mcp.json in your workspace, or &quot;Add to VS Code&quot; for your user settings</source>
        <translation>.vscode/mcp.json dans votre espace de travail, ou « Ajouter à VS Code » pour vos paramètres utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="66"/>
        <source>https://&lt;your tunnel&apos;s host name&gt;/mcp</source>
        <translation>https://&lt;nom d&apos;hôte de votre tunnel&gt;/mcp</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="68"/>
        <source>Add a remote MCP server in Dust. Dust&apos;s cloud reaches this machine only through a tunnel you run to %1 (cloudflared, Tailscale Funnel, ngrok) and whose host name is in &quot;Tunnel host names&quot; above; see the README.</source>
        <translation>Ajoutez un serveur MCP distant dans Dust. Le cloud de Dust n&apos;atteint cette machine que par un tunnel que vous faites tourner vers %1 (cloudflared, Tailscale Funnel, ngrok) et dont le nom d&apos;hôte figure dans « Noms d&apos;hôte du tunnel » ci-dessus ; voir le README.</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="71"/>
        <source>URL: %1 (the tunnel forwards it to %2)
Bearer token (Dust&apos;s secret): %3</source>
        <translation>URL : %1 (le tunnel la transmet à %2)
Jeton Bearer (secret de Dust) : %3</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="72"/>
        <source>(none: authentication is off, Dust cannot be used)</source>
        <translation>(aucun : l&apos;authentification est désactivée, Dust ne peut pas être utilisé)</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="63"/>
        <source>For stdio-only clients: the command to launch</source>
        <translation>Pour les clients stdio uniquement : la commande à lancer</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="25"/>
        <source>PostHog Companion: your PostHog account on the desktop, and as a local MCP server for AI agents.</source>
        <translation>PostHog Companion : votre compte PostHog sur le bureau, et comme serveur MCP local pour les agents IA.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>Serve MCP over HTTP without a window.</source>
        <translation>Servir MCP en HTTP sans fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="29"/>
        <source>Serve MCP on stdin/stdout (for clients that launch a command).</source>
        <translation>Servir MCP sur stdin/stdout (pour les clients qui lancent une commande).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>Use the offline demo workspace instead of the configured account.</source>
        <translation>Utiliser l&apos;espace de démonstration hors ligne au lieu du compte configuré.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="31"/>
        <source>Run only the demo PostHog-compatible REST server.</source>
        <translation>Lancer seulement le serveur REST de démonstration compatible PostHog.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="32"/>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port d&apos;écoute (0 : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>Turn the MCP bearer token off (tests only).</source>
        <translation>Désactiver le jeton Bearer MCP (tests seulement).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="34"/>
        <source>User interface language (fr, de, en).</source>
        <translation>Langue de l&apos;interface (fr, de, en).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="35"/>
        <source>Demo workspace size in events (1000 to 5000000).</source>
        <translation>Taille de l&apos;espace de démonstration en événements (1000 à 5000000).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37"/>
        <source>Log what every module does (the phc.* logging categories) on stderr; QT_LOGGING_RULES refines it.</source>
        <translation>Journalise ce que fait chaque module (les catégories de journalisation phc.*) sur stderr ; QT_LOGGING_RULES l&apos;affine.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="39"/>
        <source>Serve only these tool groups, comma-separated (%1); the account, schema and search tools are always served.</source>
        <translation>Ne servir que ces groupes d&apos;outils, séparés par des virgules (%1) ; les outils de compte, de schéma et de recherche sont toujours servis.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="43"/>
        <source>Also accept this public host name, which a tunnel you run forwards to 127.0.0.1 (repeatable); such requests always need the bearer token.</source>
        <translation>Accepter aussi ce nom d&apos;hôte public, qu&apos;un tunnel que vous faites tourner transmet à 127.0.0.1 (répétable) ; ces requêtes exigent toujours le jeton Bearer.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="46"/>
        <source>Start with the window hidden in the tray (as at login).</source>
        <translation>Démarrer avec la fenêtre masquée dans la zone de notification (comme à l&apos;ouverture de session).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="53"/>
        <source>Choose one of --headless, --mcp-stdio and --demo-backend.</source>
        <translation>Choisissez une seule option parmi --headless, --mcp-stdio et --demo-backend.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="69"/>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port prend un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="77"/>
        <source>--events takes a number from 1000 to 5000000.</source>
        <translation>--events prend un nombre de 1000 à 5000000.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="96"/>
        <source>--tools: there is no tool group &apos;%1&apos;. The groups are: %2.</source>
        <translation>--tools : il n&apos;existe pas de groupe d&apos;outils « %1 ». Les groupes sont : %2.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="109"/>
        <source>--allow-host needs the bearer token: it cannot be combined with --no-auth.</source>
        <translation>--allow-host exige le jeton Bearer : incompatible avec --no-auth.</translation>
    </message>
</context>
<context>
    <name>CompanionService</name>
    <message>
        <location filename="../core/service/companionservice.cpp" line="166"/>
        <source>No PostHog account is configured yet: showing the offline demo workspace.</source>
        <translation>Aucun compte PostHog n&apos;est configuré : affichage de l&apos;espace de démonstration hors ligne.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="187"/>
        <source>The PostHog address is not valid: %1</source>
        <translation>L&apos;adresse PostHog n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="233"/>
        <source>Using the offline demo workspace: sample data, no account needed.</source>
        <translation>Espace de démonstration hors ligne : données d&apos;exemple, sans compte.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="265"/>
        <source>Self-hosted (%1)</source>
        <translation>Auto-hébergé (%1)</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="279"/>
        <source>This is a project API key (phc_…), which PostHog accepts only for sending events. PostHog Companion needs a personal API key (phx_…): create one with &quot;Create a key&quot;.</source>
        <translation>Ceci est une clé d’API de projet (phc_…), que PostHog n’accepte que pour envoyer des événements. PostHog Companion a besoin d’une clé d’API personnelle (phx_…) : créez-en une avec « Créer une clé ».</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="345"/>
        <source>Enter a personal API key first.</source>
        <translation>Saisissez d’abord une clé d’API personnelle.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="499"/>
        <source>Cannot create the instance lock %1.</source>
        <translation>Impossible de créer le verrou d&apos;instance %1.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="505"/>
        <source>Cannot listen on the local socket %1: %2</source>
        <translation>Impossible d&apos;écouter sur le socket local %1 : %2</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../ui/connectionpage.cpp" line="66"/>
        <source>Connect your PostHog account with a personal API key. &quot;Create a key…&quot; opens PostHog with the &apos;MCP Server&apos; preset. The key is kept in your system keychain and never shown again.</source>
        <translation>Connectez votre compte PostHog avec une clé d’API personnelle. « Créer une clé… » ouvre PostHog avec le préréglage « MCP Server ». La clé est conservée dans le trousseau du système et n’est plus jamais affichée.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="91"/>
        <source>Detect (US or EU cloud)</source>
        <translation>Détecter (cloud US ou UE)</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="103"/>
        <source>Try the typed key (or the saved one) without storing anything.</source>
        <translation>Essayer la clé saisie (ou celle enregistrée) sans rien enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="105"/>
        <source>Store the key once PostHog accepted it; a key PostHog refuses never replaces a working one.</source>
        <translation>Enregistrer la clé une fois acceptée par PostHog ; une clé refusée ne remplace jamais une clé qui fonctionne.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="108"/>
        <source>Remove the key from the keychain, the key file and memory.</source>
        <translation>Retirer la clé du trousseau, du fichier de clé et de la mémoire.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="109"/>
        <source>Off by default: without a keychain the key is then kept in memory for this run only.</source>
        <translation>Désactivé par défaut : sans trousseau, la clé est alors gardée en mémoire pour cette exécution seulement.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="97"/>
        <location filename="../ui/connectionpage.cpp" line="159"/>
        <source>phx_… (leave empty to keep the saved key)</source>
        <translation>phx_… (laisser vide pour garder la clé enregistrée)</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="30"/>
        <source>pinned by POSTHOG_PROJECT_ID</source>
        <translation>fixé par POSTHOG_PROJECT_ID</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="31"/>
        <source>the default project chosen here</source>
        <translation>le projet par défaut choisi ici</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="32"/>
        <source>the first project this key is limited to</source>
        <translation>le premier projet auquel cette clé est limitée</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="33"/>
        <source>the project you last opened in PostHog</source>
        <translation>le dernier projet ouvert dans PostHog</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="34"/>
        <source>the first project of the first organization this key may reach</source>
        <translation>le premier projet de la première organisation accessible à cette clé</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="38"/>
        <source>chosen here</source>
        <translation>choisi ici</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="47"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="49"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="50"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="51"/>
        <source>&amp;Create a key…</source>
        <translation>&amp;Créer une clé…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="52"/>
        <source>Forget ke&amp;y</source>
        <translation>Ou&amp;blier la clé</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="59"/>
        <source>Where no keychain works, keep the key in a file only I can rea&amp;d</source>
        <translation>Sans trousseau fonctionnel, garder la clé dans un fichier que moi seul peux &amp;lire</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="61"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="99"/>
        <source>Personal API key</source>
        <translation>Clé d&apos;API personnelle</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="125"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="130"/>
        <source>Personal API &amp;key:</source>
        <translation>Clé d&apos;API &amp;personnelle :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="141"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="142"/>
        <source>Default &amp;project:</source>
        <translation>Projet par &amp;défaut :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="143"/>
        <source>Active project:</source>
        <translation>Projet actif :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="144"/>
        <source>Key scopes:</source>
        <translation>Portées de la clé :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="159"/>
        <source>phx_…</source>
        <translation>phx_…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="208"/>
        <source>Enter a personal API key first.</source>
        <translation>Saisissez d’abord une clé d’API personnelle.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="228"/>
        <source>Trying US and EU cloud…</source>
        <translation>Essai des clouds US et UE…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="237"/>
        <source>✔ PostHog (%1) accepts this key: %2 (%3). Not saved yet: Save to use it.</source>
        <translation>✔ PostHog (%1) accepte cette clé : %2 (%3). Pas encore enregistrée : Enregistrer pour l’utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="260"/>
        <source>Checking the key with PostHog…</source>
        <translation>Vérification de la clé auprès de PostHog…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="265"/>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="265"/>
        <source>Nothing was saved: the key in use stays.</source>
        <translation>Rien n’a été enregistré : la clé en service reste.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="279"/>
        <source>The key was forgotten. %1</source>
        <translation>La clé a été oubliée. %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="291"/>
        <source>%1 to the offline demo workspace (sample data). Enter a personal API key and Save to use your PostHog account.</source>
        <translation>%1 à l&apos;espace de démonstration hors ligne (données d&apos;exemple). Saisissez une clé d&apos;API personnelle et cliquez sur Enregistrer pour utiliser votre compte PostHog.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="292"/>
        <location filename="../ui/connectionpage.cpp" line="297"/>
        <source>✔ Connected</source>
        <translation>✔ Connecté</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="296"/>
        <source>%1 to %2 as %3.</source>
        <translation>%1 à %2 en tant que %3.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="368"/>
        <source>%1 (id %2) in %3 — %4</source>
        <translation>%1 (id %2) dans %3 — %4</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="382"/>
        <source>unknown (this PostHog does not say): every tool is offered</source>
        <translation>inconnues (ce PostHog ne le dit pas) : tous les outils sont proposés</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="387"/>
        <source>all access</source>
        <translation>accès complet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="388"/>
        <source>%n scope(s) (hover for the list)</source>
        <translation>
            <numerusform>%n portée (survolez pour la liste)</numerusform>
            <numerusform>%n portées (survolez pour la liste)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="395"/>
        <source>limited to %n project(s): %1</source>
        <translation>
            <numerusform>limitée à %n projet : %1</numerusform>
            <numerusform>limitée à %n projets : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="397"/>
        <source>limited to %n organization(s)</source>
        <translation>
            <numerusform>limitée à %n organisation</numerusform>
            <numerusform>limitée à %n organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="228"/>
        <source>Testing…</source>
        <translation>Test…</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="69"/>
        <source>the POSTHOG_API_KEY environment variable</source>
        <translation>la variable d&apos;environnement POSTHOG_API_KEY</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="70"/>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="71"/>
        <source>a file only you can read</source>
        <translation>un fichier que vous seul pouvez lire</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="72"/>
        <source>memory, for this run only</source>
        <translation>la mémoire, pour cette exécution seulement</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="75"/>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="96"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="127"/>
        <source>Using the API key from the POSTHOG_API_KEY environment variable.</source>
        <translation>Clé d&apos;API prise dans la variable d&apos;environnement POSTHOG_API_KEY.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="135"/>
        <source>Using the API key from a file only you can read (you chose this where no keychain works).</source>
        <translation>Clé d&apos;API prise dans un fichier que vous seul pouvez lire (votre choix là où aucun trousseau ne fonctionne).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="144"/>
        <location filename="../core/settings/credentialstore.cpp" line="171"/>
        <source>No API key is configured: enter one on the Connection page, or set POSTHOG_API_KEY.</source>
        <translation>Aucune clé d&apos;API n&apos;est configurée : saisissez-en une sur la page Connexion, ou définissez POSTHOG_API_KEY.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="146"/>
        <source>Using the API key kept in memory for this run (no keychain is available).</source>
        <translation>Clé d&apos;API gardée en mémoire pour cette exécution (aucun trousseau disponible).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="161"/>
        <source>Using the API key from the system keychain.</source>
        <translation>Clé d&apos;API prise dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="166"/>
        <source>The API key saved earlier could not be read from the system keychain (%1): unlock the keychain, or enter the key again.</source>
        <translation>La clé d&apos;API enregistrée n&apos;a pas pu être lue dans le trousseau (%1) : déverrouillez le trousseau, ou saisissez à nouveau la clé.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="168"/>
        <source>locked or unavailable</source>
        <translation>verrouillé ou indisponible</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="194"/>
        <source>No keychain is in use.</source>
        <translation>Aucun trousseau n&apos;est utilisé.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="212"/>
        <source>The system keychain could not store the key (%1).</source>
        <translation>Le trousseau du système n&apos;a pas pu enregistrer la clé (%1).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="287"/>
        <location filename="../core/settings/credentialstore.cpp" line="349"/>
        <source>the file %1 (mode 0600, readable by you only)</source>
        <translation>le fichier %1 (mode 0600, lisible par vous seul)</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="314"/>
        <source>the system keychain (`secret-tool lookup server %1 user &apos;%2&apos;` prints it)</source>
        <translation>le trousseau du système (`secret-tool lookup server %1 user &apos;%2&apos;` l&apos;affiche)</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="353"/>
        <source>memory only, for this run (no keychain, and %1 could not be written: %2)</source>
        <translation>la mémoire seulement, pour cette exécution (pas de trousseau, et %1 n&apos;a pas pu être écrit : %2)</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="209"/>
        <source>The key is saved in the system keychain.</source>
        <translation>La clé est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="37"/>
        <source>the keychain did not answer in time</source>
        <translation>le trousseau n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="182"/>
        <source>The key is kept in memory for this run only.</source>
        <translation>La clé est conservée en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="187"/>
        <source>As you chose, the key is saved in %1, readable by you only.</source>
        <translation>Comme vous l’avez choisi, la clé est enregistrée dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="191"/>
        <source>The file %1 could not be written (%2); the key is kept in memory for this run only.</source>
        <translation>Le fichier %1 n’a pas pu être écrit (%2) ; la clé est conservée en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="223"/>
        <source>The key was forgotten.</source>
        <translation>La clé a été oubliée.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="234"/>
        <source>The key was removed from the system keychain.</source>
        <translation>La clé a été retirée du trousseau du système.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="234"/>
        <source>The keychain could not remove the key: %1</source>
        <translation>Le trousseau n&apos;a pas pu retirer la clé : %1</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../ui/demobanner.cpp" line="22"/>
        <source>&lt;b&gt;Demo workspace&lt;/b&gt; — sample data on this computer; nothing here is your PostHog account.</source>
        <translation>&lt;b&gt;Espace de démonstration&lt;/b&gt; — données d&apos;exemple sur cet ordinateur ; rien ici n&apos;est votre compte PostHog.</translation>
    </message>
    <message>
        <location filename="../ui/demobanner.cpp" line="25"/>
        <source>Connect your &amp;account…</source>
        <translation>&amp;Connecter votre compte…</translation>
    </message>
</context>
<context>
    <name>DesktopOptions</name>
    <message>
        <location filename="../ui/desktopoptions.cpp" line="16"/>
        <source>&amp;Closing the window keeps PostHog Companion in the tray</source>
        <translation>&amp;Fermer la fenêtre garde PostHog Companion dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../ui/desktopoptions.cpp" line="17"/>
        <source>&amp;Start at login, in the tray</source>
        <translation>&amp;Démarrer à l&apos;ouverture de session, dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../ui/desktopoptions.cpp" line="25"/>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : fermer la fenêtre quitte l&apos;application.</translation>
    </message>
    <message>
        <location filename="../ui/desktopoptions.cpp" line="27"/>
        <source>Writes %1</source>
        <translation>Écrit %1</translation>
    </message>
</context>
<context>
    <name>InsightResultView</name>
    <message>
        <location filename="../ui/insightresultview.cpp" line="34"/>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="35"/>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="36"/>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="37"/>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="38"/>
        <source>Stickiness</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="39"/>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="40"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="41"/>
        <source>Events table</source>
        <translation>Table des événements</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="46"/>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="107"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="107"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="107"/>
        <source>Of first step</source>
        <translation>De la 1re étape</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="107"/>
        <source>Of previous step</source>
        <translation>De l&apos;étape précédente</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="123"/>
        <source>Overall conversion: %1%</source>
        <translation>Conversion globale : %1 %</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="147"/>
        <source>**%1** · last modified %2</source>
        <translation>**%1** · modifié %2</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="149"/>
        <source> · computed %1</source>
        <translation> · calculé %1</translation>
    </message>
    <message>
        <location filename="../ui/insightresultview.cpp" line="161"/>
        <source>No result computed yet: press Refresh to compute it.</source>
        <translation>Aucun résultat calculé pour l&apos;instant : appuyez sur Actualiser pour le calculer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightresultview.cpp" line="166"/>
        <source>%n cohort(s); each cell is the share of the cohort still active in that period.</source>
        <translation>
            <numerusform>%n cohorte ; chaque cellule est la part de la cohorte encore active sur cette période.</numerusform>
            <numerusform>%n cohortes ; chaque cellule est la part de la cohorte encore active sur cette période.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceClient</name>
    <message>
        <location filename="../core/service/instanceclient.cpp" line="38"/>
        <source>The running PostHog Companion did not answer (%1).</source>
        <translation>Le PostHog Companion en cours d&apos;exécution n&apos;a pas répondu (%1).</translation>
    </message>
    <message>
        <location filename="../core/service/instanceclient.cpp" line="47"/>
        <source>A PostHog Companion is running but did not answer within %1 s.</source>
        <translation>Un PostHog Companion est en cours d&apos;exécution mais n&apos;a pas répondu en %1 s.</translation>
    </message>
    <message>
        <location filename="../core/service/instanceclient.cpp" line="66"/>
        <source>The running PostHog Companion refused the connection: %1</source>
        <translation>Le PostHog Companion en cours d&apos;exécution a refusé la connexion : %1</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../ui/mainmenus.cpp" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="34"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="39"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="47"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="60"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="63"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="70"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="72"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="77"/>
        <source>&amp;About PostHog Companion</source>
        <translation>À pr&amp;opos de PostHog Companion</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Last modified</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Rollout</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Approval needed</source>
        <translation>Accord nécessaire</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>&amp;MCP server</source>
        <translation>Serveur &amp;MCP</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>&amp;Query</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>&amp;Insights</source>
        <translation>&amp;Insights</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Tableaux de bord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Last viewed</source>
        <translation>Dernière consultation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>&amp;Errors</source>
        <translation>&amp;Erreurs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>First seen</source>
        <translation>Première occurrence</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Last seen</source>
        <translation>Dernière occurrence</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>&amp;LLM costs</source>
        <translation>Coûts &amp;LLM</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Cost per call</source>
        <translation>Coût par appel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Input tokens</source>
        <translation>Tokens d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Output tokens</source>
        <translation>Tokens de sortie</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;Feature flags</source>
        <translation>&amp;Feature flags</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>An agent wants to: %1.</source>
        <translation>Un agent veut : %1.</translation>
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
            <numerusform>%n accord en attente</numerusform>
            <numerusform>%n accords en attente</numerusform>
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
        <translation>Serveur MCP non démarré : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>Connected: %1 · no active project (%2)</source>
        <translation>Connecté : %1 · aucun projet actif (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>Connected: %1 · %2 › %3</source>
        <translation>Connecté : %1 · %2 › %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>MCP: serving at %1</source>
        <translation>MCP : en service sur %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>MCP: stopped</source>
        <translation>MCP : arrêté</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>Still serving MCP</source>
        <translation>Le service MCP continue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>PostHog Companion keeps running in the tray. Quit from its menu.</source>
        <translation>PostHog Companion reste actif dans la zone de notification. Quittez depuis son menu.</translation>
    </message>
</context>
<context>
    <name>McpPage</name>
    <message>
        <location filename="../ui/mcppage.cpp" line="48"/>
        <location filename="../ui/mcppage.cpp" line="183"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="63"/>
        <source>MCP server</source>
        <translation>Serveur MCP</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="80"/>
        <location filename="../ui/mcppage.cpp" line="81"/>
        <location filename="../ui/mcppage.cpp" line="358"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="82"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="83"/>
        <source>Make a new token; clients configured with the old one must be updated.</source>
        <translation>Crée un nouveau jeton ; les clients configurés avec l&apos;ancien devront être mis à jour.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="117"/>
        <source>Deny calls that need approval</source>
        <translation>Refuser les appels qui demandent un accord</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="118"/>
        <source>Ask through the agent&apos;s client, when it can</source>
        <translation>Demander via le client de l&apos;agent, s&apos;il le peut</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="207"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="207"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="207"/>
        <source>Approval</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="172"/>
        <source>Connect a client</source>
        <translation>Connecter un client</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="44"/>
        <source>&amp;Serve MCP to local agents</source>
        <translation>&amp;Servir MCP aux agents locaux</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="78"/>
        <source>MCP endpoint address</source>
        <translation>Adresse du point d&apos;accès MCP</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="79"/>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="104"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Point d&apos;accès :</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="105"/>
        <source>Bearer to&amp;ken:</source>
        <translation>&amp;Jeton Bearer :</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="106"/>
        <source>&amp;Without a window:</source>
        <translation>Sans fe&amp;nêtre :</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="107"/>
        <source>T&amp;unnel host names:</source>
        <translation>Noms d&apos;hôte du t&amp;unnel :</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="116"/>
        <source>What to do without a window</source>
        <translation>Que faire sans fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="131"/>
        <source>none (e.g. mcp.example.com, for a cloudflared, Tailscale Funnel or ngrok tunnel)</source>
        <translation>aucun (p. ex. mcp.example.com, pour un tunnel cloudflared, Tailscale Funnel ou ngrok)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="132"/>
        <source>Public host names a tunnel you run forwards to 127.0.0.1, separated by commas. Requests for them are accepted only with the bearer token.</source>
        <translation>Noms d&apos;hôte publics qu&apos;un tunnel que vous faites tourner transmet à 127.0.0.1, séparés par des virgules. Leurs requêtes ne sont acceptées qu&apos;avec le jeton Bearer.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="149"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="173"/>
        <source>Tools and approval</source>
        <translation>Outils et accords</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="183"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="211"/>
        <source>Tools offered to agents</source>
        <translation>Outils proposés aux agents</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="236"/>
        <source>Its group, %1, is switched off above.</source>
        <translation>Son groupe, %1, est désactivé ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="243"/>
        <source>&amp;Analytics: HogQL, insights, ad-hoc queries</source>
        <translation>&amp;Analyse : HogQL, insights, requêtes ponctuelles</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="245"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Tableaux de bord</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="247"/>
        <source>&amp;Error tracking</source>
        <translation>Suivi des &amp;erreurs</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="249"/>
        <source>&amp;LLM analytics</source>
        <translation>Analyse des &amp;LLM</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="251"/>
        <source>&amp;Feature flags</source>
        <translation>&amp;Feature flags</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="253"/>
        <source>E&amp;xperiments and surveys</source>
        <translation>E&amp;xpériences et sondages</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="259"/>
        <source>Tool groups offered to agents</source>
        <translation>Groupes d&apos;outils proposés aux agents</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="275"/>
        <source>Organizations, projects, event and property definitions and search are always offered.</source>
        <translation>Les organisations, les projets, les définitions d&apos;événements et de propriétés et la recherche sont toujours proposés.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="279"/>
        <source>This run serves the groups given with --tools; changes here last until it quits.</source>
        <translation>Cette exécution sert les groupes donnés avec --tools ; les changements faits ici durent jusqu&apos;à sa fermeture.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="292"/>
        <source>%1 on 127.0.0.1 only</source>
        <translation>%1 sur 127.0.0.1 uniquement</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="292"/>
        <source>● Running</source>
        <translation>● En service</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="293"/>
        <source>● Stopped</source>
        <translation>● Arrêté</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="296"/>
        <source>(loading…)</source>
        <translation>(chargement…)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="298"/>
        <source>(authentication is off)</source>
        <translation>(l&apos;authentification est désactivée)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="303"/>
        <source>Ignored while authentication is off: a tunnel&apos;s requests always need the bearer token.</source>
        <translation>Ignoré tant que l&apos;authentification est désactivée : les requêtes d&apos;un tunnel exigent toujours le jeton Bearer.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="305"/>
        <source>This run also accepts %1 (--allow-host).</source>
        <translation>Cette exécution accepte aussi %1 (--allow-host).</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="329"/>
        <source>&lt;token: hidden, Copy includes it&gt;</source>
        <translation>&lt;jeton : masqué, Copier l&apos;inclut&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="349"/>
        <source>Add to Cursor</source>
        <translation>Ajouter à Cursor</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="351"/>
        <source>Add to VS Code</source>
        <translation>Ajouter à VS Code</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="353"/>
        <source>Add to Claude Desktop</source>
        <translation>Ajouter à Claude Desktop</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="362"/>
        <source>Copied the %1 configuration (it holds the token: paste it only where it belongs).</source>
        <translation>Configuration %1 copiée (elle contient le jeton : collez-la uniquement là où elle doit aller).</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="375"/>
        <source>Opened %1: confirm the new &quot;posthog&quot; server there.</source>
        <translation>%1 ouvert : confirmez-y le nouveau serveur « posthog ».</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="377"/>
        <source>Could not open %1&apos;s install link: is %1 installed? Copy the configuration instead.</source>
        <translation>Impossible d&apos;ouvrir le lien d&apos;installation de %1 : %1 est-il installé ? Copiez plutôt la configuration.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="396"/>
        <source>Replace Claude Desktop&apos;s &quot;posthog&quot; server?</source>
        <translation>Remplacer le serveur « posthog » de Claude Desktop ?</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="397"/>
        <source>%1 already has a &quot;posthog&quot; server that runs:
%2

Replace it with this app? The file is backed up first, and the other servers stay as they are.</source>
        <translation>%1 a déjà un serveur « posthog » qui exécute :
%2

Le remplacer par cette application ? Le fichier est d&apos;abord sauvegardé, et les autres serveurs restent inchangés.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="402"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="406"/>
        <source>Kept the &quot;posthog&quot; server Claude Desktop had.</source>
        <translation>Le serveur « posthog » de Claude Desktop a été conservé.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="425"/>
        <source>Never ask</source>
        <translation>Ne jamais demander</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="425"/>
        <source>Ask first time</source>
        <translation>Demander la première fois</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="425"/>
        <source>Ask (remember same arguments)</source>
        <translation>Demander (retenir les mêmes arguments)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="425"/>
        <source>Always ask</source>
        <translation>Toujours demander</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="432"/>
        <source>%1 — %2 (hidden: the key lacks %3)</source>
        <translation>%1 — %2 (masqué : il manque %3 à la clé)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="434"/>
        <source>Not offered to agents: the API key lacks the scope %1. Add it to the key in PostHog (Settings → Personal API keys), then reconnect.</source>
        <translation>Non proposé aux agents : il manque la portée %1 à la clé d’API. Ajoutez-la à la clé dans PostHog (Paramètres → Clés d’API personnelles), puis reconnectez-vous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mcppage.cpp" line="460"/>
        <source>%n tool(s) greyed out are not offered to agents: the PostHog API key lacks a scope they need. Add the scope to the key in PostHog, then save the key again.</source>
        <translation>
            <numerusform>%n outil grisé n’est pas proposé aux agents : il manque à la clé d’API PostHog une portée nécessaire. Ajoutez la portée à la clé dans PostHog, puis enregistrez de nouveau la clé.</numerusform>
            <numerusform>%n outils grisés ne sont pas proposés aux agents : il manque à la clé d’API PostHog une portée nécessaire. Ajoutez la portée à la clé dans PostHog, puis enregistrez de nouveau la clé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageLoaders</name>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="134"/>
        <source>%n saved insight(s). Results are PostHog&apos;s cached ones; Refresh computes them again.</source>
        <translation>
            <numerusform>%n insight enregistré. Les résultats sont ceux en cache de PostHog ; Actualiser les recalcule.</numerusform>
            <numerusform>%n insights enregistrés. Les résultats sont ceux en cache de PostHog ; Actualiser les recalcule.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="136"/>
        <source>This project has no saved insights yet. Save one from the Query page (Save as insight…).</source>
        <translation>Ce projet n&apos;a pas encore d&apos;insight enregistré. Enregistrez-en un depuis la page Requête (Enregistrer comme insight…).</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="137"/>
        <source>No insight matches &quot;%1&quot;. Clear the search to see them all.</source>
        <translation>Aucun insight ne correspond à « %1 ». Effacez la recherche pour tous les voir.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="161"/>
        <source>*%1: no cached result yet.*</source>
        <translation>*%1 : pas encore de résultat en cache.*</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="191"/>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="202"/>
        <source>%n tile(s). Click a chart to open its insight.</source>
        <translation>
            <numerusform>%n tuile. Cliquez sur un graphique pour ouvrir son insight.</numerusform>
            <numerusform>%n tuiles. Cliquez sur un graphique pour ouvrir son insight.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="227"/>
        <source>%n dashboard(s).</source>
        <translation>
            <numerusform>%n tableau de bord.</numerusform>
            <numerusform>%n tableaux de bord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="228"/>
        <source>This project has no dashboards yet. Create one in PostHog, or ask an agent to.</source>
        <translation>Ce projet n&apos;a pas encore de tableau de bord. Créez-en un dans PostHog, ou demandez-le à un agent.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="229"/>
        <source>No dashboard matches &quot;%1&quot;.</source>
        <translation>Aucun tableau de bord ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="250"/>
        <location filename="../ui/pageloaders.cpp" line="366"/>
        <location filename="../ui/pageloaders.cpp" line="500"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="251"/>
        <location filename="../ui/pageloaders.cpp" line="366"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="252"/>
        <location filename="../ui/pageloaders.cpp" line="366"/>
        <source>Suppressed</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="253"/>
        <source>Pending release</source>
        <translation>En attente de publication</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="254"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="261"/>
        <source>No stack frames were recorded for the latest occurrence.</source>
        <translation>Aucune ligne de la pile d&apos;appels n&apos;a été enregistrée pour la dernière occurrence.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="263"/>
        <source>Stack trace (innermost first)</source>
        <translation>Pile d&apos;appels (appel le plus interne en premier)</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="267"/>
        <source>[in app]</source>
        <translation>[dans l&apos;application]</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="281"/>
        <source>Status: %1 · first seen %2 · last seen %3</source>
        <translation>Statut : %1 · première occurrence %2 · dernière occurrence %3</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="284"/>
        <source> · release %1</source>
        <translation> · version %1</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="301"/>
        <location filename="../ui/pageloaders.cpp" line="344"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="350"/>
        <source>No %1 errors in this window (%2). Choose a longer period or another status.</source>
        <translation>Aucune erreur « %1 » sur cette période (%2). Choisissez une période plus longue ou un autre statut.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="357"/>
        <source>Exceptions per day</source>
        <translation>Exceptions par jour</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="358"/>
        <source>Exceptions per day, all issues</source>
        <translation>Exceptions par jour, tous problèmes</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="365"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="366"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="409"/>
        <source>(no model)</source>
        <translation>(aucun modèle)</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="438"/>
        <source>%1: %2 over %3 and %4. Costs in US dollars, as PostHog records them.</source>
        <translation>%1 : %2 pour %3 et %4. Coûts en dollars américains, tels que PostHog les enregistre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="439"/>
        <source>%Ln generation(s)</source>
        <translation>
            <numerusform>%Ln génération</numerusform>
            <numerusform>%Ln générations</numerusform>
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
        <translation>Aucun événement $ai_generation ou $ai_embedding sur cette période (%1). Choisissez une période plus longue ou configurez l&apos;analyse des LLM de PostHog.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="462"/>
        <source>Cost per day by model</source>
        <translation>Coût par jour et par modèle</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="463"/>
        <source>Cost per day (USD), by model</source>
        <translation>Coût par jour (USD), par modèle</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="490"/>
        <source>Condition %1: %2% of %3</source>
        <translation>Condition %1 : %2% de %3</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="492"/>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="492"/>
        <source>those where %1</source>
        <translation>ceux pour qui %1</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="492"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="494"/>
        <source> → variant `%1`</source>
        <translation> → variante `%1`</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="500"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="502"/>
        <source>Release conditions</source>
        <translation>Conditions de diffusion</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="506"/>
        <source>No conditions: the flag is off for everyone.</source>
        <translation>Aucune condition : le flag est désactivé pour tout le monde.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="508"/>
        <source>Rolled out per group (type %1), not per person.</source>
        <translation>Déployé par groupe (type %1), et non par personne.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="513"/>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="513"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="513"/>
        <source>Rollout</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="513"/>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="517"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="520"/>
        <source>A payload is set for the enabled value.</source>
        <translation>Une charge utile est définie pour la valeur activée.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="520"/>
        <source>No payload.</source>
        <translation>Aucune charge utile.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="530"/>
        <source>Turn o&amp;n…</source>
        <translation>A&amp;ctiver…</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="530"/>
        <source>Turn o&amp;ff…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="532"/>
        <source>Turn the flag on?</source>
        <translation>Activer le flag ?</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="532"/>
        <source>Turn the flag off?</source>
        <translation>Désactiver le flag ?</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="533"/>
        <source>Turn &quot;%1&quot; on? Its release conditions apply again at once, for everyone they match.</source>
        <translation>Activer « %1 » ? Ses conditions de diffusion s&apos;appliquent de nouveau immédiatement, à tous ceux qu&apos;elles ciblent.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="534"/>
        <source>Turn &quot;%1&quot; off? Everyone gets the flag&apos;s off value at once.</source>
        <translation>Désactiver « %1 » ? Tout le monde reçoit immédiatement la valeur désactivée du flag.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="538"/>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="538"/>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="545"/>
        <source>&quot;%1&quot; is now on.</source>
        <translation>« %1 » est maintenant activé.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="545"/>
        <source>&quot;%1&quot; is now off.</source>
        <translation>« %1 » est maintenant désactivé.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="571"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="571"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="580"/>
        <source>%Ln flag(s), %1 on.</source>
        <translation>
            <numerusform>%Ln flag, %1 activé.</numerusform>
            <numerusform>%Ln flags, %1 activés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="517"/>
        <location filename="../ui/pageloaders.cpp" line="572"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="82"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="84"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>%n dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="85"/>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="97"/>
        <source>Loading the result…</source>
        <translation>Chargement du résultat…</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="107"/>
        <source>PostHog has no cached result for this insight: computing it once…</source>
        <translation>PostHog n&apos;a aucun résultat en cache pour cet insight : calcul unique en cours…</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="277"/>
        <source>**Counted over: %1** — %2, %3, %4.</source>
        <translation>**Compté sur : %1** — %2, %3, %4.</translation>
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
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
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
        <translation>Compté sur : %1. %2, dont %3 nouveaux, %4 sur cette page.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pageloaders.cpp" line="348"/>
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
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

Fournisseur : %2

| Mesure | Valeur |
|---|---:|
| Coût des générations | %3 |
| Générations | %4 |
| Coût par génération | %5 |
| Tokens d&apos;entrée | %6 |
| Tokens de sortie | %7 |
| Embeddings | %8 |
| Coût des embeddings | %9 |
</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="581"/>
        <source>This project has no feature flags yet. Create one in PostHog, or ask an agent to.</source>
        <translation>Ce projet n&apos;a pas encore de feature flag. Créez-en un dans PostHog, ou demandez-le à un agent.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="582"/>
        <source>No flag matches &quot;%1&quot;.</source>
        <translation>Aucun flag ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>PostHogConnection</name>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="87"/>
        <source>US cloud</source>
        <translation>Cloud US</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="88"/>
        <source>EU cloud</source>
        <translation>Cloud UE</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="89"/>
        <source>Self-hosted</source>
        <translation>Auto-hébergé</translation>
    </message>
    <message>
        <location filename="../core/posthog/posthogconnection.cpp" line="90"/>
        <source>Demo workspace (offline)</source>
        <translation>Espace de démonstration (hors ligne)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="31"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="33"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="37"/>
        <source>&amp;Approvals</source>
        <translation>&amp;Accords</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="38"/>
        <source>&amp;Desktop</source>
        <translation>&amp;Bureau</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="58"/>
        <source>MCP port</source>
        <translation>Port MCP</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="60"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="61"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="68"/>
        <source>Approval timeout in minutes</source>
        <translation>Délai d&apos;accord en minutes</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="70"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="73"/>
        <source>MCP &amp;port:</source>
        <translation>&amp;Port MCP :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="74"/>
        <source>Clients must use the new address after a change (the MCP page shows it).</source>
        <translation>Les clients doivent utiliser la nouvelle adresse après un changement (la page MCP l&apos;affiche).</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="75"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="76"/>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="77"/>
        <source>Deny an unanswered &amp;approval after:</source>
        <translation>&amp;Refuser un accord sans réponse après :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="98"/>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="98"/>
        <source>Start at login could not be changed: %1</source>
        <translation>Impossible de modifier le démarrage à l&apos;ouverture de session : %1</translation>
    </message>
</context>
<context>
    <name>QueryChartPanel</name>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="25"/>
        <source>X axis column</source>
        <translation>Colonne de l&apos;axe X</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="27"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="28"/>
        <source>Series columns</source>
        <translation>Colonnes de séries</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="32"/>
        <source>Break down by column</source>
        <translation>Ventiler par colonne</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="34"/>
        <source>Chart style</source>
        <translation>Style de graphique</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="35"/>
        <source>Line</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="36"/>
        <source>Bar</source>
        <translation>Barres</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="37"/>
        <source>Stacked bar</source>
        <translation>Barres empilées</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="38"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="41"/>
        <source>&amp;X axis:</source>
        <translation>Axe &amp;X :</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="43"/>
        <source>&amp;Break down by:</source>
        <translation>&amp;Ventiler par :</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="45"/>
        <source>St&amp;yle:</source>
        <translation>St&amp;yle :</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="94"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="143"/>
        <source>Series: none</source>
        <translation>Séries : aucune</translation>
    </message>
    <message>
        <location filename="../ui/querychartpanel.cpp" line="143"/>
        <source>Series: %1</source>
        <translation>Séries : %1</translation>
    </message>
</context>
<context>
    <name>QueryPage</name>
    <message>
        <location filename="../ui/querypage.cpp" line="60"/>
        <source>Save snippet…</source>
        <translation>Enregistrer un extrait…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="61"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="63"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="64"/>
        <source>Save as insight…</source>
        <translation>Enregistrer comme insight…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="84"/>
        <source>Ctrl+Enter runs the query, Esc cancels it. Ctrl+Space completes names.</source>
        <translation>Ctrl+Entrée exécute la requête, Échap l&apos;annule. Ctrl+Espace complète les noms.</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="98"/>
        <source>Write HogQL, e.g. SELECT event, count() FROM events GROUP BY event</source>
        <translation>Écrivez du HogQL, par exemple SELECT event, count() FROM events GROUP BY event</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="99"/>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Exécuter la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="101"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="104"/>
        <source>Snippets</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="124"/>
        <source>Query results</source>
        <translation>Résultats de la requête</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="125"/>
        <source>HogQL query</source>
        <translation>Requête HogQL</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="128"/>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="129"/>
        <source>C&amp;hart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="138"/>
        <source>Chart the result: needs a number column</source>
        <translation>Représenter le résultat : une colonne numérique est nécessaire</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="147"/>
        <source>Query error</source>
        <translation>Erreur de requête</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="211"/>
        <source>Running… %1 s</source>
        <translation>Exécution… %1 s</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="251"/>
        <source>Cannot run:</source>
        <translation>Exécution impossible :</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="355"/>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="392"/>
        <source>%n row(s) in %1 s</source>
        <translation>
            <numerusform>%n ligne en %1 s</numerusform>
            <numerusform>%n lignes en %1 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="393"/>
        <source> — more rows exist: raise the LIMIT or page with OFFSET</source>
        <translation> — il y a plus de lignes : augmentez le LIMIT ou paginez avec OFFSET</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="411"/>
        <source>%1

(Marked in the editor: line %2, column %3.)</source>
        <translation>%1

(Signalé dans l&apos;éditeur : ligne %2, colonne %3.)</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="413"/>
        <source>The query failed.</source>
        <translation>La requête a échoué.</translation>
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
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="460"/>
        <source>Export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="457"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="492"/>
        <source>Save as insight</source>
        <translation>Enregistrer comme insight</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="492"/>
        <source>Insight name:</source>
        <translation>Nom de l&apos;insight :</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="504"/>
        <source>Saved as insight %1 (%2).</source>
        <translation>Enregistré comme insight %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="512"/>
        <source>Save snippet</source>
        <translation>Enregistrer un extrait</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="512"/>
        <source>Snippet name:</source>
        <translation>Nom de l&apos;extrait :</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="519"/>
        <source>Saved the snippet &quot;%1&quot;.</source>
        <translation>Extrait « %1 » enregistré.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../ui/relativetime.cpp" line="9"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/relativetime.cpp" line="12"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/relativetime.cpp" line="15"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/relativetime.cpp" line="18"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/relativetime.cpp" line="19"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
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
        <translation>Réponses « Toujours autoriser » mémorisées</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="18"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="19"/>
        <source>Revoke a&amp;ll</source>
        <translation>Révoquer &amp;tout</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="23"/>
        <source>Remembered answers</source>
        <translation>Réponses mémorisées</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="25"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="25"/>
        <source>Allowed for</source>
        <translation>Autorisé pour</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="31"/>
        <source>A revoked answer means the agent is asked again next time.</source>
        <translation>Après révocation d&apos;une réponse, l&apos;agent est de nouveau sollicité la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="57"/>
        <source>the same arguments as then</source>
        <translation>les mêmes arguments qu&apos;alors</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="57"/>
        <source>these arguments: %1</source>
        <translation>ces arguments : %1</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="58"/>
        <source>any arguments</source>
        <translation>tous arguments</translation>
    </message>
    <message>
        <location filename="../ui/rememberedapprovalsbox.cpp" line="65"/>
        <source>None: agents are asked as each tool&apos;s approval setting says.</source>
        <translation>Aucune : les agents sont sollicités selon le réglage d&apos;accord de chaque outil.</translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <location filename="../ui/resourcepage.cpp" line="60"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="61"/>
        <source>&amp;Open in PostHog</source>
        <translation>&amp;Ouvrir dans PostHog</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="62"/>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="80"/>
        <source>Times are in %1 (%2).</source>
        <translation>Heures affichées en %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="86"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="105"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="107"/>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="108"/>
        <source>Search %1</source>
        <translation>Rechercher dans %1</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="131"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="134"/>
        <source>Select an item to see its details.</source>
        <translation>Sélectionnez un élément pour voir ses détails.</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="149"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="150"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="151"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="152"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="153"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="154"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="159"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="160"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="319"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="324"/>
        <source>This page has nothing to load.</source>
        <translation>Cette page n&apos;a rien à charger.</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="341"/>
        <source>Could not load:</source>
        <translation>Chargement impossible :</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="364"/>
        <source>Nothing here yet.</source>
        <translation>Rien ici pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ResultExporter</name>
    <message>
        <location filename="../ui/resultexporter.cpp" line="68"/>
        <location filename="../ui/resultexporter.cpp" line="73"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SchemaBrowser</name>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="15"/>
        <source>Schema: tables, columns, events and properties</source>
        <translation>Schéma : tables, colonnes, événements et propriétés</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="16"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="16"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="21"/>
        <source>Double-click a name to insert it at the cursor.</source>
        <translation>Double-cliquez sur un nom pour l&apos;insérer au curseur.</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="22"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="23"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="24"/>
        <source>Event properties</source>
        <translation>Propriétés d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/schemabrowser.cpp" line="25"/>
        <source>Person properties</source>
        <translation>Propriétés de personne</translation>
    </message>
</context>
<context>
    <name>StdioRelay</name>
    <message>
        <location filename="../core/service/stdiorelay.cpp" line="99"/>
        <source>The running PostHog Companion (pid %1) went away; this relay stops. Start PostHog Companion again and restart the MCP server in your client.</source>
        <translation>Le PostHog Companion en cours d&apos;exécution (pid %1) a disparu ; ce relais s&apos;arrête. Relancez PostHog Companion, puis redémarrez le serveur MCP dans votre client.</translation>
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <location filename="../ui/tilegrid.cpp" line="37"/>
        <source>Text tile</source>
        <translation>Tuile de texte</translation>
    </message>
    <message>
        <location filename="../ui/tilegrid.cpp" line="49"/>
        <source>Click to open this insight</source>
        <translation>Cliquez pour ouvrir cet insight</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="56"/>
        <source>Open PostHog Companion</source>
        <translation>Ouvrir PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="58"/>
        <source>Pause MCP server</source>
        <translation>Mettre en pause le serveur MCP</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="63"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="89"/>
        <source>the MCP server could not start (%1)</source>
        <translation>le serveur MCP n&apos;a pas pu démarrer (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="103"/>
        <source>PostHog Companion: %n approval(s) waiting</source>
        <translation>
            <numerusform>PostHog Companion : %n accord en attente</numerusform>
            <numerusform>PostHog Companion : %n accords en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="106"/>
        <source>PostHog Companion: not working: %1</source>
        <translation>PostHog Companion : hors service : %1</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="106"/>
        <source>the MCP server is not running</source>
        <translation>le serveur MCP n&apos;est pas en service</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="109"/>
        <source>PostHog Companion: MCP server paused</source>
        <translation>PostHog Companion : serveur MCP en pause</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="112"/>
        <source>PostHog Companion: serving MCP at %1</source>
        <translation>PostHog Companion : MCP en service sur %1</translation>
    </message>
</context>
<context>
    <name>TunnelHostNames</name>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="12"/>
        <source>the host name is empty</source>
        <translation>le nom d&apos;hôte est vide</translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="14"/>
        <source>give the host name alone (mcp.example.com), not a URL</source>
        <translation>indiquez le nom d&apos;hôte seul (mcp.example.com), pas une URL</translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="16"/>
        <source>give the host name without a port: the tunnel&apos;s public port does not matter</source>
        <translation>indiquez le nom d&apos;hôte sans port : le port public du tunnel n&apos;a pas d&apos;importance</translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="18"/>
        <source>wildcards are not allowed: name each host</source>
        <translation>les jokers ne sont pas autorisés : nommez chaque hôte</translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="20"/>
        <source>a public host name has at least two labels, like mcp.example.com</source>
        <translation>un nom d&apos;hôte public a au moins deux libellés, comme mcp.example.com</translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="25"/>
        <source>&apos;%1&apos; is not a valid label (letters, digits and inner hyphens, at most 63)</source>
        <translation>« %1 » n&apos;est pas un libellé valide (lettres, chiffres et traits d&apos;union internes, 63 au plus)</translation>
    </message>
    <message>
        <location filename="../core/mcp/tunnelhostnames.cpp" line="33"/>
        <source>&apos;%1&apos; is not a host name a tunnel can forward: %2.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte qu&apos;un tunnel peut transmettre : %2.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="16"/>
        <source>Welcome to PostHog Companion</source>
        <translation>Bienvenue dans PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="21"/>
        <source>Browse your PostHog insights, dashboards, errors, LLM costs and feature flags on the desktop, run HogQL queries, and let AI agents use PostHog through a local MCP server that asks you before they change anything.</source>
        <translation>Parcourez vos insights, tableaux de bord, erreurs, coûts LLM et feature flags PostHog sur le bureau, exécutez des requêtes HogQL et laissez des agents IA utiliser PostHog via un serveur MCP local qui vous demande avant toute modification.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="26"/>
        <source>&amp;Connect your PostHog account</source>
        <translation>&amp;Connecter votre compte PostHog</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="29"/>
        <source>You need a personal API key; the Connection page links to PostHog&apos;s page that makes one.</source>
        <translation>Il vous faut une clé d&apos;API personnelle ; la page Connexion renvoie vers la page de PostHog qui en crée une.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="31"/>
        <source>&amp;Explore the demo workspace</source>
        <translation>&amp;Explorer l&apos;espace de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="33"/>
        <source>Sample data on this computer: no account, no network. Switch to your account any time.</source>
        <translation>Données d&apos;exemple sur cet ordinateur : sans compte, sans réseau. Passez à votre compte à tout moment.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>No translation for &apos;%1&apos;; using English.</source>
        <translation>Pas de traduction pour « %1 » ; l&apos;anglais est utilisé.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="88"/>
        <source>Demo PostHog API listening at %1/api/ (personal API key: %2)</source>
        <translation>API PostHog de démonstration à l&apos;écoute sur %1/api/ (clé d&apos;API personnelle : %2)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="122"/>
        <source>has its MCP server paused</source>
        <translation>a son serveur MCP en pause</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="123"/>
        <source>serves MCP at %1</source>
        <translation>sert MCP sur %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <source>PostHog Companion is already running (pid %1): its window was brought to the front.</source>
        <translation>PostHog Companion est déjà en cours d&apos;exécution (pid %1) : sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="130"/>
        <source>PostHog Companion already runs headless (pid %1) and %2. Stop it to open the window.</source>
        <translation>PostHog Companion s&apos;exécute déjà sans fenêtre (pid %1) et %2. Arrêtez-le pour ouvrir la fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="134"/>
        <source>PostHog Companion is already running (pid %1) and %2. Use it, or stop it first.</source>
        <translation>PostHog Companion est déjà en cours d&apos;exécution (pid %1) et %2. Utilisez-le, ou arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="140"/>
        <source>Another PostHog Companion is starting or stopping (it holds %1). Try again in a moment.</source>
        <translation>Un autre PostHog Companion est en cours de démarrage ou d&apos;arrêt (il détient %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="163"/>
        <source>Connected: %1. %2</source>
        <translation>Connecté : %1. %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="170"/>
        <source>WARNING: --no-auth is on: any local program can use this MCP server without a token. Use it for tests only.</source>
        <translation>ATTENTION : --no-auth est activé : tout programme local peut utiliser ce serveur MCP sans jeton. À réserver aux tests.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="174"/>
        <location filename="../app/main.cpp" line="274"/>
        <source>MCP server listening at %1</source>
        <translation>Serveur MCP à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="176"/>
        <source>Bearer token: stored in %1</source>
        <translation>Jeton Bearer : stocké dans %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="178"/>
        <source>Also accepting, with the bearer token only, requests a tunnel forwards for: %1</source>
        <translation>Accepte aussi, avec le jeton Bearer uniquement, les requêtes qu&apos;un tunnel transmet pour : %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="198"/>
        <source>Calls that need approval are asked through your MCP client when it supports elicitation, and denied otherwise.</source>
        <translation>Les appels qui demandent un accord sont soumis via votre client MCP s&apos;il prend en charge l&apos;élicitation, et refusés sinon.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="201"/>
        <source>Serving MCP in-process (--demo and --tools apply to this process only). %1</source>
        <translation>Service MCP dans le processus (--demo et --tools ne s&apos;appliquent qu&apos;à ce processus). %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="208"/>
        <source>Relaying to the running PostHog Companion (pid %1)</source>
        <translation>Relais vers le PostHog Companion en cours d&apos;exécution (pid %1)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="218"/>
        <source>No PostHog Companion is running: serving MCP in-process. %1</source>
        <translation>Aucun PostHog Companion n&apos;est en cours d&apos;exécution : service MCP dans le processus. %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="222"/>
        <source>%1 Serving MCP in-process instead. %2</source>
        <translation>%1 Service MCP dans le processus à la place. %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="271"/>
        <source>WARNING: --no-auth is on: any local program can use this MCP server without a token.</source>
        <translation>ATTENTION : --no-auth est activé : tout programme local peut utiliser ce serveur MCP sans jeton.</translation>
    </message>
</context>
</TS>
