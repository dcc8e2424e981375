<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="70"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="71"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="72"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="73"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/activitymodel.cpp" line="74"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/activitypage.cpp" line="24"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="29"/>
        <source>Every tool call an agent makes appears here as it happens.</source>
        <translation>Chaque appel d&apos;outil fait par un agent apparaît ici en direct.</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="31"/>
        <source>Filter by tool, client or outcome…</source>
        <translation>Filtrer par outil, client ou résultat…</translation>
    </message>
    <message>
        <location filename="../ui/activitypage.cpp" line="33"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="18"/>
        <source>Allow this action?</source>
        <translation>Autoriser cette action ?</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="23"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to run &lt;b&gt;%2&lt;/b&gt; (%3).&lt;br&gt;This changes data in PostHog (stake: %4).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; veut exécuter &lt;b&gt;%2&lt;/b&gt; (%3).&lt;br&gt;Cela modifie des données dans PostHog (enjeu : %4).</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="31"/>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="32"/>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <location filename="../ui/approvaldialog.cpp" line="37"/>
        <source>Always allow</source>
        <translation>Toujours autoriser</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../ui/chartwidget.cpp" line="35"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>ClientConfigSnippets</name>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="24"/>
        <source>Run in a terminal</source>
        <translation>À lancer dans un terminal</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="27"/>
        <source>claude_desktop_config.json (launches this app in stdio mode)</source>
        <translation>claude_desktop_config.json (lance cette application en mode stdio)</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="30"/>
        <source>~/.cursor/mcp.json</source>
        <translation>~/.cursor/mcp.json</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="33"/>
        <source>.vscode/mcp.json in your workspace</source>
        <translation>.vscode/mcp.json dans votre espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="36"/>
        <source>For stdio-only clients: the command to launch</source>
        <translation>Pour les clients stdio uniquement : la commande à lancer</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="39"/>
        <source>Add a remote MCP server (Dust must reach this machine: the server listens on 127.0.0.1 only)</source>
        <translation>Ajoutez un serveur MCP distant (Dust doit pouvoir joindre cette machine : le serveur écoute sur 127.0.0.1 seulement)</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="40"/>
        <source>URL: %1
Header: Authorization: %2</source>
        <translation>URL : %1
En-tête : Authorization: %2</translation>
    </message>
    <message>
        <location filename="../ui/clientconfigsnippets.cpp" line="40"/>
        <source>(none: authentication is off)</source>
        <translation>(aucun : l&apos;authentification est désactivée)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="24"/>
        <source>PostHog Companion: your PostHog account on the desktop, and as a local MCP server for AI agents.</source>
        <translation>PostHog Companion : votre compte PostHog sur le bureau, et comme serveur MCP local pour les agents IA.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="27"/>
        <source>Serve MCP over HTTP without a window.</source>
        <translation>Servir MCP en HTTP sans fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>Serve MCP on stdin/stdout (for clients that launch a command).</source>
        <translation>Servir MCP sur stdin/stdout (pour les clients qui lancent une commande).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="29"/>
        <source>Use the offline demo workspace instead of the configured account.</source>
        <translation>Utiliser l&apos;espace de démonstration hors ligne au lieu du compte configuré.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>Run only the demo PostHog-compatible REST server.</source>
        <translation>Lancer seulement le serveur REST de démonstration compatible PostHog.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="31"/>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port d&apos;écoute (0 : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="32"/>
        <source>Turn the MCP bearer token off (tests only).</source>
        <translation>Désactiver le jeton Bearer MCP (tests seulement).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>User interface language (fr, de, en).</source>
        <translation>Langue de l&apos;interface (fr, de, en).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="34"/>
        <source>Demo workspace size in events (1000 to 5000000).</source>
        <translation>Taille de l&apos;espace de démonstration en événements (1000 à 5000000).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="36"/>
        <source>Log what every module does (the phc.* logging categories) on stderr; QT_LOGGING_RULES refines it.</source>
        <translation>Journalise ce que fait chaque module (les catégories de journalisation phc.*) sur stderr ; QT_LOGGING_RULES l&apos;affine.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="38"/>
        <source>Serve only these tool groups, comma-separated (%1); the account, schema and search tools are always served.</source>
        <translation>Ne servir que ces groupes d'outils, séparés par des virgules (%1) ; les outils de compte, de schéma et de recherche sont toujours servis.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="47"/>
        <source>Choose one of --headless, --mcp-stdio and --demo-backend.</source>
        <translation>Choisissez une seule option parmi --headless, --mcp-stdio et --demo-backend.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="62"/>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port prend un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="70"/>
        <source>--events takes a number from 1000 to 5000000.</source>
        <translation>--events prend un nombre de 1000 à 5000000.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="88"/>
        <source>--tools: there is no tool group &apos;%1&apos;. The groups are: %2.</source>
        <translation>--tools : il n'existe pas de groupe d'outils « %1 ». Les groupes sont : %2.</translation>
    </message>
</context>
<context>
    <name>CompanionService</name>
    <message>
        <location filename="../core/service/companionservice.cpp" line="125"/>
        <source>No PostHog account is configured yet: showing the offline demo workspace.</source>
        <translation>Aucun compte PostHog n&apos;est configuré : affichage de l&apos;espace de démonstration hors ligne.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="146"/>
        <source>The PostHog address is not valid: %1</source>
        <translation>L&apos;adresse PostHog n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="192"/>
        <source>Using the offline demo workspace: sample data, no account needed.</source>
        <translation>Espace de démonstration hors ligne : données d&apos;exemple, sans compte.</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="224"/>
        <source>Self-hosted (%1)</source>
        <translation>Auto-hébergé (%1)</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="238"/>
        <source>This is a project API key (phc_…), which PostHog accepts only for sending events. PostHog Companion needs a personal API key (phx_…): create one with &quot;Create a key&quot;.</source>
        <translation>Ceci est une clé d’API de projet (phc_…), que PostHog n’accepte que pour envoyer des événements. PostHog Companion a besoin d’une clé d’API personnelle (phx_…) : créez-en une avec « Créer une clé ».</translation>
    </message>
    <message>
        <location filename="../core/service/companionservice.cpp" line="304"/>
        <source>Enter a personal API key first.</source>
        <translation>Saisissez d’abord une clé d’API personnelle.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../ui/connectionpage.cpp" line="45"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="47"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="57"/>
        <source>Where no keychain works, keep the key in a file only I can read</source>
        <translation>Sans trousseau disponible, garder la clé dans un fichier que moi seul peux lire</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="64"/>
        <source>Connect your PostHog account with a personal API key. &quot;Create a key…&quot; opens PostHog with the &apos;MCP Server&apos; preset. The key is kept in your system keychain and never shown again.</source>
        <translation>Connectez votre compte PostHog avec une clé d’API personnelle. « Créer une clé… » ouvre PostHog avec le préréglage « MCP Server ». La clé est conservée dans le trousseau du système et n’est plus jamais affichée.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="89"/>
        <source>Detect (US or EU cloud)</source>
        <translation>Détecter (cloud US ou UE)</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="100"/>
        <source>Try the typed key (or the saved one) without storing anything.</source>
        <translation>Essayer la clé saisie (ou celle enregistrée) sans rien enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="102"/>
        <source>Store the key once PostHog accepted it; a key PostHog refuses never replaces a working one.</source>
        <translation>Enregistrer la clé une fois acceptée par PostHog ; une clé refusée ne remplace jamais une clé qui fonctionne.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="105"/>
        <source>Remove the key from the keychain, the key file and memory.</source>
        <translation>Retirer la clé du trousseau, du fichier de clé et de la mémoire.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="106"/>
        <source>Off by default: without a keychain the key is then kept in memory for this run only.</source>
        <translation>Désactivé par défaut : sans trousseau, la clé est alors gardée en mémoire pour cette exécution seulement.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="95"/>
        <location filename="../ui/connectionpage.cpp" line="152"/>
        <source>phx_… (leave empty to keep the saved key)</source>
        <translation>phx_… (laisser vide pour garder la clé enregistrée)</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="28"/>
        <source>pinned by POSTHOG_PROJECT_ID</source>
        <translation>fixé par POSTHOG_PROJECT_ID</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="29"/>
        <source>the default project chosen here</source>
        <translation>le projet par défaut choisi ici</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="30"/>
        <source>the first project this key is limited to</source>
        <translation>le premier projet auquel cette clé est limitée</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="31"/>
        <source>the project you last opened in PostHog</source>
        <translation>le dernier projet ouvert dans PostHog</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="32"/>
        <source>the first project of the first organization this key may reach</source>
        <translation>le premier projet de la première organisation accessible à cette clé</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="36"/>
        <source>chosen here</source>
        <translation>choisi ici</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="48"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="49"/>
        <source>Create a key…</source>
        <translation>Créer une clé…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="50"/>
        <source>Forget key</source>
        <translation>Oublier la clé</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="59"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="136"/>
        <source>Active project:</source>
        <translation>Projet actif :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="137"/>
        <source>Key scopes:</source>
        <translation>Portées de la clé :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="152"/>
        <source>phx_…</source>
        <translation>phx_…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="201"/>
        <source>Enter a personal API key first.</source>
        <translation>Saisissez d’abord une clé d’API personnelle.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="221"/>
        <source>Trying US and EU cloud…</source>
        <translation>Essai des clouds US et UE…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="230"/>
        <source>✔ PostHog (%1) accepts this key: %2 (%3). Not saved yet: Save to use it.</source>
        <translation>✔ PostHog (%1) accepte cette clé : %2 (%3). Pas encore enregistrée : Enregistrer pour l’utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="253"/>
        <source>Checking the key with PostHog…</source>
        <translation>Vérification de la clé auprès de PostHog…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="258"/>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="258"/>
        <source>Nothing was saved: the key in use stays.</source>
        <translation>Rien n’a été enregistré : la clé en service reste.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="272"/>
        <source>The key was forgotten. %1</source>
        <translation>La clé a été oubliée. %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="284"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Connected&lt;/span&gt; to the offline demo workspace (sample data). Enter a personal API key and Save to use your PostHog account.</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Connecté&lt;/span&gt; à l’espace de démonstration hors ligne (données d’exemple). Saisissez une clé d’API personnelle et enregistrez pour utiliser votre compte PostHog.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="289"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Connected&lt;/span&gt; to %1 as %2.</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Connecté&lt;/span&gt; à %1 en tant que %2.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="360"/>
        <source>%1 (id %2) in %3 — %4</source>
        <translation>%1 (id %2) dans %3 — %4</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="374"/>
        <source>unknown (this PostHog does not say): every tool is offered</source>
        <translation>inconnues (ce PostHog ne le dit pas) : tous les outils sont proposés</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="379"/>
        <source>all access</source>
        <translation>accès complet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="380"/>
        <source>%n scope(s) (hover for the list)</source>
        <translation>
            <numerusform>%n portée (survolez pour la liste)</numerusform>
            <numerusform>%n portées (survolez pour la liste)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="387"/>
        <source>limited to project(s) %1</source>
        <translation>limitée au(x) projet(s) %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="389"/>
        <source>limited to %n organization(s)</source>
        <translation>
            <numerusform>limitée à %n organisation</numerusform>
            <numerusform>limitée à %n organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="120"/>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="125"/>
        <source>Personal API key:</source>
        <translation>Clé d&apos;API personnelle :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="134"/>
        <source>Organization:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="135"/>
        <source>Default project:</source>
        <translation>Projet par défaut :</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="221"/>
        <source>Testing…</source>
        <translation>Test…</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="68"/>
        <source>the POSTHOG_API_KEY environment variable</source>
        <translation>la variable d&apos;environnement POSTHOG_API_KEY</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="69"/>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="70"/>
        <source>a file only you can read</source>
        <translation>un fichier que vous seul pouvez lire</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="71"/>
        <source>memory, for this run only</source>
        <translation>la mémoire, pour cette exécution seulement</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="74"/>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="116"/>
        <source>Using the API key from the POSTHOG_API_KEY environment variable.</source>
        <translation>Clé d&apos;API prise dans la variable d&apos;environnement POSTHOG_API_KEY.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="124"/>
        <source>Using the API key from a file only you can read (you chose this where no keychain works).</source>
        <translation>Clé d&apos;API prise dans un fichier que vous seul pouvez lire (votre choix là où aucun trousseau ne fonctionne).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="133"/>
        <location filename="../core/settings/credentialstore.cpp" line="160"/>
        <source>No API key is configured: enter one on the Connection page, or set POSTHOG_API_KEY.</source>
        <translation>Aucune clé d&apos;API n&apos;est configurée : saisissez-en une sur la page Connexion, ou définissez POSTHOG_API_KEY.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="135"/>
        <source>Using the API key kept in memory for this run (no keychain is available).</source>
        <translation>Clé d&apos;API gardée en mémoire pour cette exécution (aucun trousseau disponible).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="150"/>
        <source>Using the API key from the system keychain.</source>
        <translation>Clé d&apos;API prise dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="155"/>
        <source>The API key saved earlier could not be read from the system keychain (%1): unlock the keychain, or enter the key again.</source>
        <translation>La clé d&apos;API enregistrée n&apos;a pas pu être lue dans le trousseau (%1) : déverrouillez le trousseau, ou saisissez à nouveau la clé.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="157"/>
        <source>locked or unavailable</source>
        <translation>verrouillé ou indisponible</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="183"/>
        <source>No keychain is in use.</source>
        <translation>Aucun trousseau n&apos;est utilisé.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="201"/>
        <source>The system keychain could not store the key (%1).</source>
        <translation>Le trousseau du système n&apos;a pas pu enregistrer la clé (%1).</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="198"/>
        <source>The key is saved in the system keychain.</source>
        <translation>La clé est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="36"/>
        <source>the keychain did not answer in time</source>
        <translation>le trousseau n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="171"/>
        <source>The key is kept in memory for this run only.</source>
        <translation>La clé est conservée en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="176"/>
        <source>As you chose, the key is saved in %1, readable by you only.</source>
        <translation>Comme vous l’avez choisi, la clé est enregistrée dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="180"/>
        <source>The file %1 could not be written (%2); the key is kept in memory for this run only.</source>
        <translation>Le fichier %1 n’a pas pu être écrit (%2) ; la clé est conservée en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="212"/>
        <source>The key was forgotten.</source>
        <translation>La clé a été oubliée.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="223"/>
        <source>The key was removed from the system keychain.</source>
        <translation>La clé a été retirée du trousseau du système.</translation>
    </message>
    <message>
        <location filename="../core/settings/credentialstore.cpp" line="223"/>
        <source>The keychain could not remove the key: %1</source>
        <translation>Le trousseau n&apos;a pas pu retirer la clé : %1</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>MCP server</source>
        <translation>Serveur MCP</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Query</source>
        <translation>Requête</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Last modified</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>LLM costs</source>
        <translation>Coûts LLM</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Feature flags</source>
        <translation>Feature flags</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>Rollout</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;About PostHog Companion</source>
        <translation>À &amp;propos de PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Approval needed</source>
        <translation>Accord nécessaire</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>An agent wants to run %1.</source>
        <translation>Un agent veut exécuter %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>MCP server not started: %1</source>
        <translation>Serveur MCP non démarré : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Connected: %1 · no active project (%2)</source>
        <translation>Connecté : %1 · aucun projet actif (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Connected: %1 · %2 › %3</source>
        <translation>Connecté : %1 · %2 › %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>MCP: serving at %1</source>
        <translation>MCP : en service sur %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>MCP: stopped</source>
        <translation>MCP : arrêté</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>PostHog Companion — %1</source>
        <translation>PostHog Companion — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>Still serving MCP</source>
        <translation>Le service MCP continue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>PostHog Companion keeps running in the tray. Quit from its menu.</source>
        <translation>PostHog Companion reste actif dans la zone de notification. Quittez depuis son menu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>About PostHog Companion</source>
        <translation>À propos de PostHog Companion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <source>&lt;h3&gt;PostHog Companion %1&lt;/h3&gt;&lt;p&gt;Your PostHog account on the desktop, and as a local MCP server for AI agents.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PostHog Companion %1&lt;/h3&gt;&lt;p&gt;Votre compte PostHog sur le bureau, et comme serveur MCP local pour les agents IA.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>McpPage</name>
    <message>
        <location filename="../ui/mcppage.cpp" line="35"/>
        <source>Serve MCP to local agents</source>
        <translation>Servir MCP aux agents locaux</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="39"/>
        <location filename="../ui/mcppage.cpp" line="121"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="54"/>
        <source>MCP server</source>
        <translation>Serveur MCP</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="69"/>
        <location filename="../ui/mcppage.cpp" line="70"/>
        <location filename="../ui/mcppage.cpp" line="255"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="71"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="72"/>
        <source>Make a new token; clients configured with the old one must be updated.</source>
        <translation>Crée un nouveau jeton ; les clients configurés avec l&apos;ancien devront être mis à jour.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="87"/>
        <source>Endpoint:</source>
        <translation>Point d&apos;accès :</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="88"/>
        <source>Bearer token:</source>
        <translation>Jeton Bearer :</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="98"/>
        <source>Deny calls that need approval</source>
        <translation>Refuser les appels qui demandent un accord</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="99"/>
        <source>Ask through the agent&apos;s client, when it can</source>
        <translation>Demander via le client de l&apos;agent, s&apos;il le peut</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="89"/>
        <source>Without a window:</source>
        <translation>Sans fenêtre :</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="145"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="145"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="145"/>
        <source>Approval</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="110"/>
        <source>Connect a client</source>
        <translation>Connecter un client</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="111"/>
        <source>Tools and approval</source>
        <translation>Outils et accords</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="121"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="172"/>
        <source>Its group, %1, is switched off above.</source>
        <translation>Son groupe, %1, est désactivé ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="179"/>
        <source>&amp;Analytics: HogQL, insights, ad-hoc queries</source>
        <translation>&amp;Analyse : HogQL, insights, requêtes ponctuelles</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="181"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Tableaux de bord</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="183"/>
        <source>&amp;Error tracking</source>
        <translation>Suivi des &amp;erreurs</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="185"/>
        <source>&amp;LLM analytics</source>
        <translation>Analyse des &amp;LLM</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="187"/>
        <source>&amp;Feature flags</source>
        <translation>&amp;Feature flags</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="189"/>
        <source>E&amp;xperiments and surveys</source>
        <translation>E&amp;xpériences et sondages</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="195"/>
        <source>Tool groups offered to agents</source>
        <translation>Groupes d'outils proposés aux agents</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="211"/>
        <source>Organizations, projects, event and property definitions and search are always offered.</source>
        <translation>Les organisations, les projets, les définitions d'événements et de propriétés et la recherche sont toujours proposés.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="215"/>
        <source>This run serves the groups given with --tools; changes here last until it quits.</source>
        <translation>Cette exécution sert les groupes donnés avec --tools ; les changements faits ici durent jusqu'à sa fermeture.</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="228"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;● Running&lt;/span&gt; on 127.0.0.1 only</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;● En service&lt;/span&gt; sur 127.0.0.1 seulement</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="229"/>
        <source>&lt;span style=&apos;color:#9e9e9e&apos;&gt;● Stopped&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#9e9e9e&apos;&gt;● Arrêté&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="231"/>
        <source>(authentication is off)</source>
        <translation>(l&apos;authentification est désactivée)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="251"/>
        <source>&lt;token: hidden, Copy includes it&gt;</source>
        <translation>&lt;jeton : masqué, Copier l&apos;inclut&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="271"/>
        <source>Never ask</source>
        <translation>Ne jamais demander</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="271"/>
        <source>Ask first time</source>
        <translation>Demander la première fois</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="271"/>
        <source>Ask (remember same arguments)</source>
        <translation>Demander (retenir les mêmes arguments)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="271"/>
        <source>Always ask</source>
        <translation>Toujours demander</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="278"/>
        <source>%1 — %2 (hidden: the key lacks %3)</source>
        <translation>%1 — %2 (masqué : il manque %3 à la clé)</translation>
    </message>
    <message>
        <location filename="../ui/mcppage.cpp" line="280"/>
        <source>Not offered to agents: the API key lacks the scope %1. Add it to the key in PostHog (Settings → Personal API keys), then reconnect.</source>
        <translation>Non proposé aux agents : il manque la portée %1 à la clé d’API. Ajoutez-la à la clé dans PostHog (Paramètres → Clés d’API personnelles), puis reconnectez-vous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mcppage.cpp" line="306"/>
        <source>%n tool(s) greyed out are not offered to agents: the PostHog API key lacks a scope they need. Add the scope to the key in PostHog, then save the key again.</source>
        <translation>
            <numerusform>%n outil grisé n’est pas proposé aux agents : il manque à la clé d’API PostHog une portée nécessaire. Ajoutez la portée à la clé dans PostHog, puis enregistrez de nouveau la clé.</numerusform>
            <numerusform>%n outils grisés ne sont pas proposés aux agents : il manque à la clé d’API PostHog une portée nécessaire. Ajoutez la portée à la clé dans PostHog, puis enregistrez de nouveau la clé.</numerusform>
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
        <translation>calcul…</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="63"/>
        <source>Last modified: %1 · Dashboards: %2

</source>
        <translation>Modifié le : %1 · Tableaux de bord : %2

</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="82"/>
        <source>%1 saved insight(s).</source>
        <translation>%1 insight(s) enregistré(s).</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="100"/>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="108"/>
        <source>Tiles</source>
        <translation>Tuiles</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="116"/>
        <source>%1 dashboard(s).</source>
        <translation>%1 tableau(x) de bord.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="146"/>
        <source>%1 occurrences · %2 users · first seen %3 · last seen %4

</source>
        <translation>%1 occurrences · %2 utilisateurs · vu la première fois %3 · vu la dernière fois %4

</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="160"/>
        <source>%1 active issue(s), %2 occurrences in the last 7 days.</source>
        <translation>%1 problème(s) actif(s), %2 occurrences ces 7 derniers jours.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="190"/>
        <source>## %1

Provider: %2

Cost: $%3 over %4 calls

Input tokens: %5 · Output tokens: %6</source>
        <translation>## %1

Fournisseur : %2

Coût : %3 $ pour %4 appels

Jetons en entrée : %5 · Jetons en sortie : %6</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="197"/>
        <source>Last 30 days: $%1 over %2 LLM calls.</source>
        <translation>30 derniers jours : %1 $ pour %2 appels LLM.</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="217"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="217"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/pageloaders.cpp" line="222"/>
        <source>%1 flag(s), %2 on.</source>
        <translation>%1 flag(s), %2 activé(s).</translation>
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
    <name>QueryPage</name>
    <message>
        <location filename="../ui/querypage.cpp" line="51"/>
        <source>Save snippet…</source>
        <translation>Enregistrer un extrait…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="52"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="53"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="54"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="55"/>
        <source>Save as insight…</source>
        <translation>Enregistrer comme insight…</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="82"/>
        <source>Write HogQL, e.g. SELECT event, count() FROM events GROUP BY event</source>
        <translation>Écrivez du HogQL, par exemple SELECT event, count() FROM events GROUP BY event</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="83"/>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Exécuter la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="85"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="88"/>
        <source>Snippets</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="153"/>
        <source>Running… %1 s</source>
        <translation>Exécution… %1 s</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="70"/>
        <source>Ctrl+Enter runs the query. Ctrl+Space completes names.</source>
        <translation>Ctrl+Entrée exécute la requête. Ctrl+Espace complète les noms.</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="244"/>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="277"/>
        <source>%n row(s) in %1 s</source>
        <translation>
            <numerusform>%n ligne en %1 s</numerusform>
            <numerusform>%n lignes en %1 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="278"/>
        <source> — more rows exist: raise the LIMIT or page with OFFSET</source>
        <translation> — il y a plus de lignes : augmentez le LIMIT ou paginez avec OFFSET</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="305"/>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="305"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="310"/>
        <source>Export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/querypage.cpp" line="312"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="318"/>
        <source>Save as insight</source>
        <translation>Enregistrer comme insight</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="318"/>
        <source>Insight name:</source>
        <translation>Nom de l&apos;insight :</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="328"/>
        <source>Saved as insight %1 (%2).</source>
        <translation>Enregistré comme insight %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="337"/>
        <source>Save snippet</source>
        <translation>Enregistrer un extrait</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="337"/>
        <source>Snippet name:</source>
        <translation>Nom de l&apos;extrait :</translation>
    </message>
    <message>
        <location filename="../ui/querypage.cpp" line="346"/>
        <source>Saved the snippet &quot;%1&quot;.</source>
        <translation>Extrait « %1 » enregistré.</translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <location filename="../ui/resourcepage.cpp" line="26"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="27"/>
        <source>Open in PostHog</source>
        <translation>Ouvrir dans PostHog</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="44"/>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="52"/>
        <source>Select an item to see its details.</source>
        <translation>Sélectionnez un élément pour voir ses détails.</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="104"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/resourcepage.cpp" line="128"/>
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
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>No translation for &apos;%1&apos;; using English.</source>
        <translation>Pas de traduction pour « %1 » ; l&apos;anglais est utilisé.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="55"/>
        <source>Demo PostHog API listening at %1/api/ (personal API key: %2)</source>
        <translation>API PostHog de démonstration à l&apos;écoute sur %1/api/ (clé d&apos;API personnelle : %2)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="85"/>
        <source>Connected: %1. %2</source>
        <translation>Connecté : %1. %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="93"/>
        <source>WARNING: --no-auth is on: any local program can use this MCP server without a token. Use it for tests only.</source>
        <translation>ATTENTION : --no-auth est activé : tout programme local peut utiliser ce serveur MCP sans jeton. À réserver aux tests.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="95"/>
        <location filename="../app/main.cpp" line="149"/>
        <source>MCP server listening at %1</source>
        <translation>Serveur MCP à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="97"/>
        <source>Bearer token: the value of mcp/authToken in %1</source>
        <translation>Jeton Bearer : la valeur de mcp/authToken dans %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="146"/>
        <source>WARNING: --no-auth is on: any local program can use this MCP server without a token.</source>
        <translation>ATTENTION : --no-auth est activé : tout programme local peut utiliser ce serveur MCP sans jeton.</translation>
    </message>
</context>
</TS>
