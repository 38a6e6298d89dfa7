<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiKeyCommand</name>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="29"/>
        <source>Make an API key for /metrics and /api/v1 and print it; it is shown only this once.</source>
        <translation>Créer une clé d’API pour /metrics et /api/v1 et l’afficher&#xa0;; elle n’est montrée que cette fois.</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="30"/>
        <location filename="../app/headless/apikeycommand.cpp" line="31"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="31"/>
        <source>Revoke the API key of that name.</source>
        <translation>Révoquer la clé d’API de ce nom.</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="32"/>
        <source>List the API keys&apos; names.</source>
        <translation>Lister les noms des clés d’API.</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="47"/>
        <source>Keep it now: Earshot keeps only its SHA-256 and cannot show it again.</source>
        <translation>Conservez-la maintenant&#xa0;: Earshot n’en garde que le SHA-256 et ne peut plus l’afficher.</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="57"/>
        <source>API key %1 revoked.</source>
        <translation>Clé d’API %1 révoquée.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="47"/>
        <source>Cannot read the API keys in %1: %2</source>
        <translation>Impossible de lire les clés d’API dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="53"/>
        <source>The API keys in %1 are not readable JSON: %2</source>
        <translation>Les clés d’API dans %1 ne sont pas du JSON lisible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="80"/>
        <source>An API key&apos;s name is 1 to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Le nom d’une clé d’API compte de 1 à %1 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="88"/>
        <source>There is an API key named %1 already.</source>
        <translation>Une clé d’API nommée %1 existe déjà.</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="92"/>
        <source>There are %1 API keys, the most there may be.</source>
        <translation>Il y a %1 clés d’API, le maximum possible.</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="116"/>
        <source>There is no API key named %1.</source>
        <translation>Aucune clé d’API ne s’appelle %1.</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="141"/>
        <source>Cannot save the API keys in %1: %2</source>
        <translation>Impossible d’enregistrer les clés d’API dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ApiKeysDialog</name>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="23"/>
        <source>API Keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="25"/>
        <source>Programs that watch or automate Earshot (Prometheus, scripts) use a key for /metrics and /api/v1. A key is shown only when it is made; Earshot keeps its SHA-256, not the key.</source>
        <translation>Les programmes qui surveillent ou automatisent Earshot (Prometheus, scripts) utilisent une clé pour /metrics et /api/v1. Une clé n’est montrée qu’à sa création&#xa0;; Earshot en garde le SHA-256, pas la clé.</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="35"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="35"/>
        <source>Made</source>
        <comment>API key</comment>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="40"/>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="42"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="76"/>
        <location filename="../app/monitor/apikeysdialog.cpp" line="87"/>
        <source>New API Key</source>
        <translation>Nouvelle clé d’API</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="77"/>
        <source>Name (who uses it, e.g. prometheus):</source>
        <translation>Nom (qui l’utilise, p. ex. prometheus)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="98"/>
        <source>API Key %1</source>
        <translation>Clé d’API %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="100"/>
        <source>Copy the key now: it is not shown again.</source>
        <translation>Copiez la clé maintenant&#xa0;: elle ne sera plus affichée.</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="108"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="122"/>
        <location filename="../app/monitor/apikeysdialog.cpp" line="133"/>
        <source>Revoke API Key</source>
        <translation>Révoquer la clé d’API</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="123"/>
        <source>Revoke the key %1? Programs that use it are refused from now on.</source>
        <translation>Révoquer la clé %1&#xa0;? Les programmes qui l’utilisent seront refusés dès maintenant.</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="16"/>
        <source>Live captions</source>
        <translation>Sous-titres en direct</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="61"/>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="62"/>
        <source>Select a session to see what is said in it.</source>
        <translation>Sélectionnez une session pour voir ce qui s’y dit.</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="65"/>
        <source>Captions of “%1”</source>
        <translation>Sous-titres de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="68"/>
        <source>This session is not transcribed. Turn on “Live captions” on the recording page, or “Transcribe every session” in the settings.</source>
        <translation>Cette session n’est pas transcrite. Activez «&#xa0;Sous-titres en direct&#xa0;» sur la page d’enregistrement, ou «&#xa0;Transcrire toutes les sessions&#xa0;» dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="73"/>
        <source>Listening…</source>
        <translation>Écoute…</translation>
    </message>
</context>
<context>
    <name>CaptureServer</name>
    <message>
        <location filename="../server/captureserver.cpp" line="85"/>
        <source>The server is running already.</source>
        <translation>Le serveur est déjà en cours d’exécution.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="90"/>
        <source>No recordings folder is set.</source>
        <translation>Aucun dossier d’enregistrements n’est défini.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="97"/>
        <source>Cannot write to the recordings folder %1.</source>
        <translation>Impossible d’écrire dans le dossier d’enregistrements %1.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="102"/>
        <source>The webhook needs a secret to sign its requests with.</source>
        <translation>Le webhook a besoin d’un secret pour signer ses requêtes.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="112"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d’écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="130"/>
        <source>Cannot accept a connection: %1</source>
        <translation>Impossible d’accepter une connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="252"/>
        <source>Cannot set up HTTPS: %1</source>
        <translation>Impossible de configurer HTTPS&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="289"/>
        <source>Repaired %1, left by a crash; marked interrupted.</source>
        <translation>%1, laissé par un plantage, a été réparé et marqué comme interrompu.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="292"/>
        <source>Could not repair %1</source>
        <translation>Impossible de réparer %1</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="268"/>
        <source>Could not take up the take in %1 again: %2</source>
        <translation>Impossible de reprendre la prise de %1 : %2</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="536"/>
        <location filename="../server/captureserver.cpp" line="552"/>
        <source>The server is not running.</source>
        <translation>Le serveur n’est pas démarré.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="544"/>
        <source>Take &quot;%1&quot; made: %2</source>
        <translation>Prise « %1 » créée : %2</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="564"/>
        <source>Take &quot;%1&quot;: cannot save take.json: %2</source>
        <translation>Prise « %1 » : impossible d’enregistrer take.json : %2</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="571"/>
        <source>Take &quot;%1&quot; started by the host.</source>
        <translation>Prise « %1 » lancée par l’hôte.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="572"/>
        <source>Take &quot;%1&quot; stopped by the host.</source>
        <translation>Prise « %1 » arrêtée par l’hôte.</translation>
    </message>
</context>
<context>
    <name>ClientConnection</name>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="59"/>
        <source>Recording &quot;%1&quot; could not be forced to the disk (%2); a power loss may take some of it.</source>
        <translation>L’enregistrement «&#xa0;%1&#xa0;» n’a pas pu être forcé sur le disque (%2)&#xa0;; une coupure de courant peut en emporter une partie.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="64"/>
        <location filename="../server/net/clientconnection.cpp" line="87"/>
        <source>Its sidecar could not say so: %1.</source>
        <translation>Son fichier annexe n’a pas pu l’indiquer&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="90"/>
        <source>Recording &quot;%1&quot; is verified: it holds the %L2 bytes its client produced.</source>
        <translation>L’enregistrement « %1 » est vérifié : il contient les %L2 octets produits par son client.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="97"/>
        <source>Recording &quot;%1&quot; is not what its client produced: %2.</source>
        <translation>L’enregistrement « %1 » n’est pas ce que son client a produit : %2.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="120"/>
        <source>The client broke the WebSocket protocol (closed with %1): %2</source>
        <translation>Le client a enfreint le protocole WebSocket (fermé avec %1) : %2</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="134"/>
        <source>Client connected (%1).</source>
        <translation>Client connecté (%1).</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="135"/>
        <source>no user agent</source>
        <translation>pas d’agent utilisateur</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="406"/>
        <source>Recording &quot;%1&quot; started (%2).</source>
        <translation>Enregistrement «&#xa0;%1&#xa0;» démarré (%2).</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="408"/>
        <source>format from the first bytes</source>
        <translation>format déduit des premiers octets</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="490"/>
        <source>Refused a stream to transcribe: %1.</source>
        <translation>Flux à transcrire refusé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="525"/>
        <source>Recording &quot;%1&quot; is not transcribed: every recognizer is busy (%2 at most).</source>
        <translation>L’enregistrement «&#xa0;%1&#xa0;» n’est pas transcrit&#xa0;: tous les moteurs de reconnaissance sont occupés (%2 au maximum).</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="535"/>
        <source>The sidecar could not name the transcript: %1</source>
        <translation>Le fichier annexe n’a pas pu mentionner la transcription&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="550"/>
        <source>Transcription fell behind and skipped %L1 s of audio.</source>
        <translation>La transcription a pris du retard et a sauté %L1 s d’audio.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="559"/>
        <source>The transcript ended early: %1</source>
        <translation>La transcription s’est terminée prématurément&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="656"/>
        <source>Taking over recording &quot;%1&quot; from the shared folder.</source>
        <translation>Reprise de l’enregistrement «&#xa0;%1&#xa0;» depuis le dossier partagé.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="663"/>
        <source>Refused a resume with a wrong token.</source>
        <translation>Reprise refusée&#xa0;: jeton incorrect.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="716"/>
        <source>Recording &quot;%1&quot; resumed at byte %L2.</source>
        <translation>Enregistrement «&#xa0;%1&#xa0;» repris à l’octet %L2.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="828"/>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="829"/>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="830"/>
        <source>interrupted, resumable</source>
        <translation>interrompu, peut être repris</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="831"/>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="835"/>
        <source>Recording &quot;%1&quot; ended (%2): %L3 bytes in %L4 chunks.</source>
        <translation>Enregistrement «&#xa0;%1&#xa0;» terminé (%2)&#xa0;: %L3 octets en %L4 blocs.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="904"/>
        <source>Client disconnected.</source>
        <translation>Client déconnecté.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="922"/>
        <location filename="../server/net/clientconnection.cpp" line="947"/>
        <source>Cannot save the stream&apos;s sidecar: %1</source>
        <translation>Impossible d’enregistrer le fichier compagnon du flux : %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="950"/>
        <source>Now playing on %1: %2</source>
        <translation>En cours de diffusion sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="996"/>
        <source>Cannot save the call&apos;s sidecar: %1</source>
        <translation>Impossible d’enregistrer le fichier compagnon de l’appel : %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="1023"/>
        <source>A call&apos;s track file may not be on the disk: %1</source>
        <translation>Un fichier de piste de l’appel n’est peut-être pas sur le disque : %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="1048"/>
        <source>Refused a phone call: %1</source>
        <translation>Appel refusé : %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="1175"/>
        <source>Error %1 sent to the client: %2</source>
        <translation>Erreur %1 envoyée au client&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/common/commandline.cpp" line="34"/>
        <source>Run without a window; log to standard output.</source>
        <translation>Fonctionner sans fenêtre&#xa0;; journal sur la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="35"/>
        <source>Listen on port &lt;N&gt; (0 picks a free one).</source>
        <translation>Écouter sur le port &lt;N&gt; (0 en choisit un libre).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="35"/>
        <location filename="../app/common/commandline.cpp" line="39"/>
        <location filename="../app/common/commandline.cpp" line="41"/>
        <location filename="../app/common/commandline.cpp" line="56"/>
        <location filename="../app/common/commandline.cpp" line="83"/>
        <location filename="../app/common/commandline.cpp" line="95"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="36"/>
        <source>Listen on address &lt;ADDR&gt; only (&quot;localhost&quot; for this computer).</source>
        <translation>N’écouter que sur l’adresse &lt;ADR&gt; («&#xa0;localhost&#xa0;» pour cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="37"/>
        <location filename="../app/common/commandline.cpp" line="69"/>
        <source>ADDR</source>
        <translation>ADR</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="38"/>
        <source>Write recordings to folder &lt;PATH&gt;.</source>
        <translation>Écrire les enregistrements dans le dossier &lt;CHEMIN&gt;.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="38"/>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="39"/>
        <source>Record at most &lt;N&gt; sessions at a time.</source>
        <translation>Enregistrer au plus &lt;N&gt; sessions à la fois.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="41"/>
        <source>Close connections that send a message over &lt;N&gt; bytes.</source>
        <translation>Fermer les connexions qui envoient un message de plus de &lt;N&gt; octets.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="43"/>
        <source>Serve HTTPS with this certificate (PEM) instead of Earshot&apos;s own.</source>
        <translation>Servir HTTPS avec ce certificat (PEM) au lieu de celui d’Earshot.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="43"/>
        <location filename="../app/common/commandline.cpp" line="45"/>
        <location filename="../app/common/commandline.cpp" line="91"/>
        <location filename="../app/common/commandline.cpp" line="104"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="45"/>
        <source>The private key (PEM) of the certificate given with --cert.</source>
        <translation>La clé privée (PEM) du certificat indiqué avec --cert.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="46"/>
        <source>Serve plain HTTP only (phones then have no microphone access).</source>
        <translation>Ne servir que du HTTP non chiffré (les téléphones n’ont alors pas accès au micro).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="48"/>
        <source>Ask clients on this computer for the pairing code too.</source>
        <translation>Demander aussi le code d’appairage aux clients de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="50"/>
        <source>Keep each compressed stream as it arrived beside its remuxed file.</source>
        <translation>Conserver chaque flux compressé tel qu’il est arrivé, à côté de son fichier remultiplexé.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="52"/>
        <source>Also accept WebSockets from web pages of &lt;ORIGIN&gt; (repeatable).</source>
        <translation>Accepter aussi les WebSockets des pages web de &lt;ORIGINE&gt; (répétable).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="52"/>
        <source>ORIGIN</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="54"/>
        <source>Transcribe every session, not only those whose client asks for captions.</source>
        <translation>Transcrire toutes les sessions, pas seulement celles dont le client demande des sous-titres.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="56"/>
        <source>Transcribe at most &lt;N&gt; sessions at a time (default: one per core).</source>
        <translation>Transcrire au plus &lt;N&gt; sessions à la fois (par défaut&#xa0;: une par cœur).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="58"/>
        <source>The PocketSphinx model folder; &quot;none&quot; turns transcription off.</source>
        <translation>Le dossier du modèle PocketSphinx&#xa0;; «&#xa0;none&#xa0;» désactive la transcription.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="58"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="60"/>
        <source>Headless: record a take named &lt;NAME&gt; from the start (its link is printed; it stops with the server).</source>
        <translation>Sans fenêtre : enregistrer dès le départ une prise nommée &lt;NAME&gt; (son lien est affiché ; elle s’arrête avec le serveur).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="62"/>
        <location filename="../app/common/commandline.cpp" line="99"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="64"/>
        <source>With --take: when the take stops, export its tracks aligned (WAVs and a Matroska file in its &quot;aligned&quot; folder) before exiting.</source>
        <translation>Avec --take : quand la prise s’arrête, exporter ses pistes alignées (des WAV et un fichier Matroska dans son dossier « aligned ») avant de quitter.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="67"/>
        <source>Trust the reverse proxy at &lt;ADDR&gt; (comma-separated, repeatable) to name each client in a PROXY protocol header, which its connections must then begin with.</source>
        <translation>Faire confiance au proxy inverse à &lt;ADDR&gt; (séparées par des virgules, répétable) pour nommer chaque client dans un en-tête du protocole PROXY, par lequel ses connexions doivent alors commencer.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="71"/>
        <source>Run &lt;CMD&gt; (a program and its arguments, no shell) when a session starts; the recording&apos;s facts are in EARSHOT_* environment variables (docs/hooks.md).</source>
        <translation>Exécuter &lt;COMMANDE&gt; (un programme et ses arguments, sans shell) quand une session commence ; les données de l’enregistrement sont dans les variables d’environnement EARSHOT_* (docs/hooks.md).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="73"/>
        <location filename="../app/common/commandline.cpp" line="75"/>
        <location filename="../app/common/commandline.cpp" line="78"/>
        <source>CMD</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="75"/>
        <source>Run &lt;CMD&gt; when a session&apos;s connection drops before it was stopped.</source>
        <translation>Exécuter &lt;COMMANDE&gt; quand la connexion d’une session se coupe avant son arrêt.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="77"/>
        <source>Run &lt;CMD&gt; when a recording is over and its file final (remuxed if it needed it).</source>
        <translation>Exécuter &lt;COMMANDE&gt; quand un enregistrement est terminé et son fichier définitif (remultiplexé s’il le fallait).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="80"/>
        <source>Kill a hook (or abandon a webhook try) that runs over &lt;S&gt; seconds (default: 60).</source>
        <translation>Tuer un hook (ou abandonner un essai de webhook) qui dure plus de &lt;S&gt; secondes (par défaut : 60).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="81"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="83"/>
        <source>Run at most &lt;N&gt; hooks at a time; the others wait (default: 4).</source>
        <translation>Exécuter au plus &lt;N&gt; hooks à la fois ; les autres attendent (par défaut : 4).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="85"/>
        <source>POST each finished recording&apos;s sidecar (JSON) to &lt;URL&gt;, signed with the webhook secret.</source>
        <translation>Envoyer par POST le fichier compagnon (JSON) de chaque enregistrement terminé à &lt;URL&gt;, signé avec le secret du webhook.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="87"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="89"/>
        <source>The secret the webhook&apos;s HMAC-SHA256 signature is keyed with.</source>
        <translation>Le secret qui sert de clé à la signature HMAC-SHA256 du webhook.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="89"/>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="91"/>
        <source>Read the webhook secret from &lt;FILE&gt; (it stays out of the process list).</source>
        <translation>Lire le secret du webhook dans &lt;FICHIER&gt; (il n’apparaît alors pas dans la liste des processus).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="93"/>
        <source>Try a webhook delivery at most &lt;N&gt; times on connection errors and 5xx answers (default: 5).</source>
        <translation>Essayer une livraison du webhook au plus &lt;N&gt; fois en cas d’erreur de connexion ou de réponse 5xx (par défaut : 5).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="97"/>
        <source>Name this instance &lt;NAME&gt; in the sidecars of the recordings it writes, for several instances sharing one recordings folder (default: host:port).</source>
        <translation>Nommer cette instance &lt;NAME&gt; dans les fichiers compagnons des enregistrements qu’elle écrit, pour plusieurs instances partageant un même dossier d’enregistrements (par défaut : hôte:port).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="101"/>
        <source>Headless: read the options from &lt;FILE&gt; (default: %1 when it exists); those given here win.</source>
        <translation>Sans fenêtre : lire les options dans &lt;FILE&gt; (par défaut : %1 s’il existe) ; celles données ici l’emportent.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="107"/>
        <source>Earshot records the audio that phones and browsers stream to it.</source>
        <translation>Earshot enregistre l’audio que les téléphones et les navigateurs lui transmettent.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="195"/>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="200"/>
        <source>set again (first on line %1)</source>
        <translation>définie à nouveau (d’abord à la ligne %1)</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="209"/>
        <source>values are written without quotes</source>
        <translation>les valeurs s’écrivent sans guillemets</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="278"/>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>« %1 » n’est ni true ni false.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="285"/>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>Le port doit être un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="290"/>
        <location filename="../app/common/commandline.cpp" line="338"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="293"/>
        <source>The recordings folder must not be empty.</source>
        <translation>Le dossier d’enregistrements ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="298"/>
        <source>The number of live sessions must be at least 1.</source>
        <translation>Le nombre de sessions en direct doit être d’au moins 1.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="304"/>
        <source>The message size must be a number of bytes from 1 to %1.</source>
        <translation>La taille des messages doit être un nombre d’octets de 1 à %1.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="325"/>
        <source>The number of transcriptions at a time must be from 1 to 1024.</source>
        <translation>Le nombre de transcriptions simultanées doit être de 1 à 1024.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="348"/>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>« %1 » n’est pas une commande.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="356"/>
        <source>The hook timeout must be a number of seconds from 1 to 86400.</source>
        <translation>Le délai des hooks doit être un nombre de secondes de 1 à 86400.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="361"/>
        <source>The number of hooks at a time must be from 1 to 256.</source>
        <translation>Le nombre de hooks à la fois doit être compris entre 1 et 256.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="368"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>« %1 » n’est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="375"/>
        <source>The path of the webhook secret file must not be empty.</source>
        <translation>Le chemin du fichier du secret du webhook ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="381"/>
        <source>The number of webhook tries must be from 1 to 20.</source>
        <translation>Le nombre d’essais du webhook doit être compris entre 1 et 20.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="386"/>
        <source>The instance name must have 1 to %1 characters.</source>
        <translation>Le nom de l’instance doit compter de 1 à %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="395"/>
        <source>--cert and --key go together.</source>
        <translation>--cert et --key vont ensemble.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="499"/>
        <source>--export-at-end goes with --take NAME.</source>
        <translation>--export-at-end va avec --take NOM.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="515"/>
        <source>Cannot read the webhook secret from %1: %2</source>
        <translation>Impossible de lire le secret du webhook dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="521"/>
        <source>The webhook secret file %1 is empty.</source>
        <translation>Le fichier du secret du webhook %1 est vide.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="534"/>
        <source>--webhook needs --webhook-secret or --webhook-secret-file.</source>
        <translation>--webhook a besoin de --webhook-secret ou --webhook-secret-file.</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <location filename="../app/common/configfile.cpp" line="14"/>
        <source>Cannot read the config file %1: %2</source>
        <translation>Impossible de lire le fichier de configuration %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/common/configfile.cpp" line="31"/>
        <source>expected &quot;key = value&quot;, found &quot;%1&quot;</source>
        <translation>« clé = valeur » attendu, « %1 » trouvé</translation>
    </message>
</context>
<context>
    <name>ConnectDevicePanel</name>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="48"/>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="49"/>
        <source>New pairing code…</source>
        <translation>Nouveau code d’appairage…</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="58"/>
        <source>Scan the code with the phone&apos;s camera, or type the address into its browser. The address holds this computer&apos;s pairing code.</source>
        <translation>Scannez le code avec l’appareil photo du téléphone, ou saisissez l’adresse dans son navigateur. L’adresse contient le code d’appairage de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="69"/>
        <source>Authority (SHA-256):</source>
        <translation>Autorité (SHA-256)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="70"/>
        <source>Certificate (SHA-256):</source>
        <translation>Certificat (SHA-256)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="95"/>
        <source>Not listening</source>
        <translation>Pas à l’écoute</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="107"/>
        <source>none (your own certificate)</source>
        <translation>aucune (votre propre certificat)</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="110"/>
        <source>none (plain HTTP)</source>
        <translation>aucun (HTTP non chiffré)</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="118"/>
        <source>The phone warns about the certificate until it trusts this computer: install %1 once (iPhone: Settings › General › About › Certificate Trust Settings).</source>
        <translation>Le téléphone signale le certificat tant qu’il ne fait pas confiance à cet ordinateur&#xa0;: installez %1 une fois (iPhone&#xa0;: Réglages › Général › Informations › Réglages des certificats).</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="131"/>
        <source>New pairing code</source>
        <translation>Nouveau code d’appairage</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="132"/>
        <source>Devices paired with the current code will have to scan the new one. Make a new code?</source>
        <translation>Les appareils appairés avec le code actuel devront scanner le nouveau. Créer un nouveau code&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ConnectionIntake</name>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="186"/>
        <location filename="../server/net/connectionintake.cpp" line="574"/>
        <source>Refused a connection from the trusted proxy %1: %2.</source>
        <translation>Connexion du proxy de confiance %1 refusée : %2.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="290"/>
        <source>Too many wrong pairing codes: %1 is banned for a while.</source>
        <translation>Trop de codes d’appairage erronés&#xa0;: %1 est bloqué pour un moment.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="321"/>
        <source>Too many wrong API keys: %1 is banned for a while.</source>
        <translation>Trop de clés d’API erronées&#xa0;: %1 est bloqué pour un moment.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="324"/>
        <source>Refused %1 %2: wrong API key.</source>
        <translation>%1 %2 refusé&#xa0;: mauvaise clé d’API.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="360"/>
        <source>Refused a WebSocket: %1 (origin %2).</source>
        <translation>WebSocket refusé&#xa0;: %1 (origine %2).</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="384"/>
        <source>Refused an Icecast source for %1: wrong password.</source>
        <translation>Source Icecast pour %1 refusée : mot de passe erroné.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="393"/>
        <source>Refused an Icecast source for %1 (%2).</source>
        <translation>Source Icecast pour %1 refusée (%2).</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="439"/>
        <source>Refused an Icecast metadata request: wrong password.</source>
        <translation>Requête de métadonnées Icecast refusée : mot de passe erroné.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="449"/>
        <source>Refused an Icecast metadata request (%1).</source>
        <translation>Requête de métadonnées Icecast refusée (%1).</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="456"/>
        <source>Refused an Icecast metadata request for %1: no source streams there.</source>
        <translation>Requête de métadonnées Icecast pour %1 refusée : aucune source n’y diffuse.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="507"/>
        <source>Refused a WebSocket upgrade that is not a version 13 handshake.</source>
        <translation>Mise à niveau WebSocket refusée : ce n’est pas une négociation de version 13.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="540"/>
        <source>Could not take over a WebSocket&apos;s connection: %1</source>
        <translation>Impossible de reprendre la connexion d’un WebSocket : %1</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="586"/>
        <source>Closed an API connection from %1: it read nothing of its response for %2 s.</source>
        <translation>Connexion API depuis %1 fermée : elle n’a rien lu de sa réponse pendant %2 s.</translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <location filename="../server/net/connectionworker.cpp" line="77"/>
        <source>Recording was not resumed in time; it stays interrupted.</source>
        <translation>L’enregistrement n’a pas été repris à temps&#xa0;; il reste interrompu.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../app/common/displayformat.cpp" line="44"/>
        <source>%1/s</source>
        <comment>data rate, e.g. 1.5 KiB/s</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="86"/>
        <source>%1 s</source>
        <comment>seconds of audio</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="106"/>
        <source>PCM</source>
        <comment>raw audio format</comment>
        <translation>PCM</translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="109"/>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="111"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="112"/>
        <source>stereo</source>
        <translation>stéréo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/displayformat.cpp" line="113"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canaux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="115"/>
        <source>, </source>
        <comment>between the parts of a format description</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="126"/>
        <source>%1 (%2)</source>
        <comment>container (codec), e.g. WebM (Opus)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="135"/>
        <source>silent</source>
        <comment>audio level</comment>
        <translation>silence</translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="138"/>
        <source>%1 dB</source>
        <comment>audio level in decibels below full scale</comment>
        <translation>%1 dB</translation>
    </message>
</context>
<context>
    <name>EventLogDock</name>
    <message>
        <location filename="../app/monitor/eventlogdock.cpp" line="15"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="84"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="86"/>
        <source>Device</source>
        <comment>network address of the sending device</comment>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="88"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="90"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>ExportTakeCommand</name>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="32"/>
        <source>Export a take&apos;s tracks aligned: one WAV per track and one Matroska file, in the take&apos;s &quot;aligned&quot; folder; the files written on stdout.</source>
        <translation>Exporte les pistes d’une prise alignées : un WAV par piste et un fichier Matroska, dans le dossier « aligned » de la prise ; les fichiers écrits sur stdout.</translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="34"/>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="43"/>
        <source>--export-take needs the take&apos;s folder.</source>
        <translation>--export-take demande le dossier de la prise.</translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="51"/>
        <location filename="../app/headless/exporttakecommand.cpp" line="75"/>
        <source>Cannot export %1: %2</source>
        <translation>Impossible d’exporter %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/headless/exporttakecommand.cpp" line="54"/>
        <source>Exporting the take &quot;%1&quot;: %n track(s), %2 s</source>
        <translation>
            <numerusform>Export de la prise « %1 » : %n piste, %2 s</numerusform>
            <numerusform>Export de la prise « %1 » : %n pistes, %2 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="71"/>
        <source>Exporting: %1 %</source>
        <translation>Export : %1 %</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="93"/>
        <source>Earshot could not start on port %1: %2</source>
        <translation>Earshot n’a pas pu démarrer sur le port %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="138"/>
        <source>Cannot record the take &quot;%1&quot;: %2</source>
        <translation>Impossible d’enregistrer la prise « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="220"/>
        <source>Cannot stop the take: %1</source>
        <translation>Impossible d’arrêter la prise : %1</translation>
    </message>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="272"/>
        <location filename="../app/headless/headlessrunner.cpp" line="286"/>
        <source>Cannot export the take: %1</source>
        <translation>Impossible d’exporter la prise : %1</translation>
    </message>
</context>
<context>
    <name>HookRunner</name>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="54"/>
        <source>Too many hooks are waiting; the %1 hook was skipped.</source>
        <translation>Trop de hooks attendent ; le hook %1 a été sauté.</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="108"/>
        <source>The %1 hook could not start: %2</source>
        <translation>Le hook %1 n’a pas pu démarrer : %2</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="116"/>
        <source>The %1 hook ran over %2 s and was killed.</source>
        <translation>Le hook %1 a dépassé %2 s et a été tué.</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="120"/>
        <source>The %1 hook was ended by a signal%2</source>
        <translation>Le hook %1 a été arrêté par un signal%2</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="122"/>
        <source>The %1 hook exited with status %2%3</source>
        <translation>Le hook %1 s’est terminé avec le code %2%3</translation>
    </message>
</context>
<context>
    <name>LocalRecorder</name>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="19"/>
        <source>The local copy was not finished in time.</source>
        <translation>La copie locale n’a pas été terminée à temps.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="20"/>
        <source>The local copy did not start. Are the GStreamer plugins installed?</source>
        <translation>La copie locale n’a pas démarré. Les greffons GStreamer sont-ils installés&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="57"/>
        <source>Ogg/Opus</source>
        <translation>Ogg/Opus</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="59"/>
        <source>FLAC</source>
        <translation>FLAC</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="61"/>
        <source>WAV</source>
        <translation>WAV</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="92"/>
        <source>The local copy is being recorded already.</source>
        <translation>La copie locale est déjà en cours d’enregistrement.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="96"/>
        <source>The microphone is not available.</source>
        <translation>Le micro n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="102"/>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="173"/>
        <source>The local copy stopped by itself.</source>
        <translation>La copie locale s’est arrêtée d’elle-même.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="188"/>
        <source>The local copy %1 is empty.</source>
        <translation>La copie locale %1 est vide.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="199"/>
        <source>The local copy failed: %1</source>
        <translation>La copie locale a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="89"/>
        <source>Connect a Device</source>
        <translation>Connecter un appareil</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="90"/>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="95"/>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="126"/>
        <source>Live Sessions</source>
        <translation>Sessions en direct</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="133"/>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="201"/>
        <source>Earshot is not listening: %1</source>
        <translation>Earshot n’est pas à l’écoute&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="270"/>
        <source>&amp;Start Listening</source>
        <translation>&amp;Démarrer l’écoute</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="271"/>
        <source>Accept connections from devices</source>
        <translation>Accepter les connexions des appareils</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="275"/>
        <source>S&amp;top Listening</source>
        <translation>&amp;Arrêter l’écoute</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="276"/>
        <source>Finish every recording and stop accepting connections</source>
        <translation>Terminer tous les enregistrements et ne plus accepter de connexions</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="280"/>
        <source>Open &amp;Recordings Folder</source>
        <translation>Ouvrir le dossier des &amp;enregistrements</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="284"/>
        <source>New &amp;Take…</source>
        <translation>Nouvelle &amp;prise…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="286"/>
        <source>Record several guests together, each on their own device</source>
        <translation>Enregistrer plusieurs invités ensemble, chacun sur son propre appareil</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="290"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="295"/>
        <source>&amp;API Keys…</source>
        <translation>Clés d’&amp;API…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="297"/>
        <source>Keys for /metrics and the HTTP API</source>
        <translation>Clés pour /metrics et l’API HTTP</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="301"/>
        <location filename="../app/monitor/mainwindow.cpp" line="595"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="309"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="316"/>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="320"/>
        <source>S&amp;ession</source>
        <translation>S&amp;ession</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="323"/>
        <source>T&amp;ake</source>
        <translation>&amp;Prise</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="326"/>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="339"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="345"/>
        <source>Desktop &amp;Notifications</source>
        <translation>&amp;Notifications du bureau</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="352"/>
        <source>&amp;Keep Running in the Tray When Closed</source>
        <translation>&amp;Rester dans la zone de notification à la fermeture</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="456"/>
        <source>Finishing recordings…</source>
        <translation>Finalisation des enregistrements…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="500"/>
        <source>Restart the Server?</source>
        <translation>Redémarrer le serveur&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="501"/>
        <source>The new settings take effect when the server restarts. Restart it now? The live sessions end; their recordings are kept.</source>
        <translation>Les nouveaux paramètres prennent effet au redémarrage du serveur. Le redémarrer maintenant&#xa0;? Les sessions en direct se terminent&#xa0;; leurs enregistrements sont conservés.</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="591"/>
        <source>Quit Earshot?</source>
        <translation>Quitter Earshot&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/mainwindow.cpp" line="592"/>
        <source>Quitting ends %Ln recording(s) in progress. What has arrived so far is kept.</source>
        <translation>
            <numerusform>Quitter met fin à %Ln enregistrement en cours. Ce qui est déjà arrivé est conservé.</numerusform>
            <numerusform>Quitter met fin à %Ln enregistrements en cours. Ce qui est déjà arrivé est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="608"/>
        <source>Take</source>
        <translation>Prise</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="618"/>
        <location filename="../app/monitor/mainwindow.cpp" line="626"/>
        <source>New Take</source>
        <translation>Nouvelle prise</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="619"/>
        <source>Name of the take (the folder of its tracks is named after it):</source>
        <translation>Nom de la prise (le dossier de ses pistes porte ce nom) :</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="626"/>
        <source>The take could not be made: %1</source>
        <translation>Impossible de créer la prise : %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="638"/>
        <source>Connection lost while the take records: %1.</source>
        <translation>Connexion perdue pendant l’enregistrement de la prise : %1.</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="643"/>
        <source>Guest lost</source>
        <comment>notification title</comment>
        <translation>Invité déconnecté</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="644"/>
        <source>%1: connection lost while the take records.</source>
        <translation>%1 : connexion perdue pendant l’enregistrement de la prise.</translation>
    </message>
</context>
<context>
    <name>MicStreamCommand</name>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="84"/>
        <source>Stream this computer&apos;s microphone without a window.</source>
        <translation>Diffuser le micro de cet ordinateur sans fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="85"/>
        <source>List the microphones (id and name) and exit.</source>
        <translation>Lister les micros (identifiant et nom) et quitter.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="86"/>
        <source>Stream the microphone with id &lt;ID&gt; (see --list-devices).</source>
        <translation>Diffuser le micro d’identifiant &lt;ID&gt; (voir --list-devices).</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="86"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="88"/>
        <source>Stream to the Earshot at &lt;URL&gt; (ws://, wss://, http:// or https://, with ?t=&lt;token&gt;). A take&apos;s link (with take=) records into that take, following its host&apos;s start and stop. Default: this computer&apos;s.</source>
        <translation>Diffuser vers l’Earshot à &lt;URL&gt; (ws://, wss://, http:// ou https://, avec&#xa0;?t=&lt;jeton&gt;). Le lien d’une prise (avec take=) enregistre dans cette prise, en suivant le démarrage et l’arrêt de son hôte. Par défaut&#xa0;: celui de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="91"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="92"/>
        <source>Stop after &lt;S&gt; seconds of audio.</source>
        <translation>S’arrêter après &lt;S&gt; secondes d’audio.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="92"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="93"/>
        <source>Sample rate: 16000 (default) or 48000.</source>
        <translation>Fréquence d’échantillonnage&#xa0;: 16000 (par défaut) ou 48000.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="93"/>
        <source>RATE</source>
        <translation>FRÉQ</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="94"/>
        <source>1 (default) or 2 channels.</source>
        <translation>1 (par défaut) ou 2 canaux.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="94"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="95"/>
        <source>At the end, write the SHA-256 of the captured audio to &lt;PATH&gt;.</source>
        <translation>À la fin, écrire le SHA-256 de l’audio capturé dans &lt;CHEMIN&gt;.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="96"/>
        <location filename="../app/capture/micstreamcommand.cpp" line="98"/>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="97"/>
        <source>Also record a local copy to &lt;PATH&gt; (.ogg Opus, .oga FLAC or .wav).</source>
        <translation>Enregistrer aussi une copie locale dans &lt;CHEMIN&gt; (.ogg Opus, .oga FLAC ou .wav).</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="100"/>
        <source>Trust the wss:// certificate with SHA-256 fingerprint &lt;FP&gt; and remember it.</source>
        <translation>Faire confiance au certificat wss:// d’empreinte SHA-256 &lt;EMP&gt; et s’en souvenir.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="101"/>
        <source>FP</source>
        <translation>EMP</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="115"/>
        <source>--format must be 16000 or 48000.</source>
        <translation>--format doit valoir 16000 ou 48000.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="123"/>
        <source>--channels must be 1 or 2.</source>
        <translation>--channels doit valoir 1 ou 2.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="132"/>
        <source>--duration must be a number of seconds above 0.</source>
        <translation>--duration doit être un nombre de secondes supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="159"/>
        <location filename="../app/capture/micstreamcommand.cpp" line="178"/>
        <source>This computer has no microphone.</source>
        <translation>Cet ordinateur n’a pas de micro.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="160"/>
        <source>No microphone has the id &quot;%1&quot;; see --list-devices.</source>
        <translation>Aucun micro n’a l’identifiant «&#xa0;%1&#xa0;»&#xa0;; voir --list-devices.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="183"/>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="222"/>
        <source>No Earshot answers on 127.0.0.1:%1, and one could not be started: %2</source>
        <translation>Aucun Earshot ne répond sur 127.0.0.1:%1, et il n’a pas été possible d’en démarrer un&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="230"/>
        <source>No Earshot answers on 127.0.0.1:%1; recording into %2 with a server of this command.</source>
        <translation>Aucun Earshot ne répond sur 127.0.0.1:%1&#xa0;; enregistrement dans %2 avec un serveur propre à cette commande.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="249"/>
        <source>Trusting the certificate of %1 (%2) from now on.</source>
        <translation>Le certificat de %1 (%2) est désormais considéré comme fiable.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="255"/>
        <source>The certificate of %1 is not trusted (%2).
Its SHA-256 fingerprint is %3
Compare it with the one the other Earshot shows; if they match, run again with --accept-certificate %3</source>
        <translation>Le certificat de %1 n’est pas considéré comme fiable (%2).
Son empreinte SHA-256 est %3
Comparez-la avec celle qu’affiche l’autre Earshot&#xa0;; si elles correspondent, relancez avec --accept-certificate %3</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="311"/>
        <source>Stopping; delivering what is left (again to give up).</source>
        <translation>Arrêt&#xa0;; envoi de ce qui reste (recommencez pour abandonner).</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="314"/>
        <source>Giving up on what is not delivered.</source>
        <translation>Abandon de ce qui n’a pas été livré.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="325"/>
        <source>Delivered %1 bytes to %2 as %3.</source>
        <translation>%1 octets livrés à %2 sous le nom %3.</translation>
    </message>
</context>
<context>
    <name>MicStreamer</name>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="38"/>
        <source>If this program stops unexpectedly, the audio not delivered yet cannot be sent later: %1</source>
        <translation>Si ce programme s’arrête de façon inattendue, l’audio pas encore livré ne pourra pas être envoyé plus tard : %1</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="49"/>
        <source>The microphone is streaming already.</source>
        <translation>Le micro est déjà en cours de diffusion.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="68"/>
        <source>This computer has no microphone.</source>
        <translation>Cet ordinateur n’a pas de micro.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="69"/>
        <source>The microphone &quot;%1&quot; is not connected.</source>
        <translation>Le micro «&#xa0;%1&#xa0;» n’est pas branché.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="75"/>
        <location filename="../app/capture/micstreamer.cpp" line="81"/>
        <location filename="../app/capture/micstreamer.cpp" line="246"/>
        <source>Cannot keep audio for sending: %1</source>
        <translation>Impossible de conserver l’audio à envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="95"/>
        <source>Streaming %1 from &quot;%2&quot; to %3.</source>
        <translation>Diffusion de %1 depuis «&#xa0;%2&#xa0;» vers %3.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="100"/>
        <source>Joining the take %1 on %2 as &quot;%3&quot;.</source>
        <translation>Rejoint la prise %1 sur %2 en tant que «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="141"/>
        <source>In the take &quot;%1&quot;: waiting for the host to start it.</source>
        <translation>Dans la prise «&#xa0;%1&#xa0;»&#xa0;: en attente du démarrage par l’hôte.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="155"/>
        <source>The take &quot;%1&quot; records: streaming %2 from &quot;%3&quot;.</source>
        <translation>La prise «&#xa0;%1&#xa0;» enregistre&#xa0;: diffusion de %2 depuis «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="160"/>
        <source>The host stopped the take &quot;%1&quot;.</source>
        <translation>L’hôte a arrêté la prise «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="163"/>
        <source>The take &quot;%1&quot; was stopped before this computer recorded anything.</source>
        <translation>La prise «&#xa0;%1&#xa0;» a été arrêtée avant que cet ordinateur n’enregistre quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="273"/>
        <source>Captured %1 bytes, SHA-256 %2.</source>
        <translation>%1 octets capturés, SHA-256 %2.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="279"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="303"/>
        <source>Local copy: %1</source>
        <translation>Copie locale&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MicrophoneCapture</name>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="53"/>
        <source>The microphone is capturing already.</source>
        <translation>Le micro est déjà en cours de capture.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="57"/>
        <source>The microphone is not available.</source>
        <translation>Le micro n’est pas disponible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/microphonecapture.cpp" line="61"/>
        <source>%1 cannot record %2 Hz with %n channel(s).</source>
        <translation>
            <numerusform>%1 ne peut pas enregistrer à %2 Hz sur %n canal.</numerusform>
            <numerusform>%1 ne peut pas enregistrer à %2 Hz sur %n canaux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="85"/>
        <source>Cannot open %1.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="225"/>
        <source>The microphone could not be opened.</source>
        <translation>Le micro n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="226"/>
        <source>The microphone stopped working.</source>
        <translation>Le micro a cessé de fonctionner.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="237"/>
        <source>The microphone was disconnected.</source>
        <translation>Le micro a été débranché.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/microphonecapture.cpp" line="239"/>
        <source>The microphone has sent no audio for %n second(s).</source>
        <translation>
            <numerusform>Le micro n’a envoyé aucun son depuis %n seconde.</numerusform>
            <numerusform>Le micro n’a envoyé aucun son depuis %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MicrophonePanel</name>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="50"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="51"/>
        <source>Another Earshot:</source>
        <translation>Un autre Earshot&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="53"/>
        <source>Keep a local copy</source>
        <translation>Garder une copie locale</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="64"/>
        <source>16 kHz</source>
        <translation>16 kHz</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="65"/>
        <source>48 kHz</source>
        <translation>48 kHz</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="67"/>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="68"/>
        <source>Stereo</source>
        <translation>Stéréo</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="72"/>
        <source>Input level</source>
        <translation>Niveau d’entrée</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="73"/>
        <source>https://192.168.1.20:8000/?t=token</source>
        <translation>https://192.168.1.20:8000/?t=code</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="74"/>
        <source>The other Earshot&apos;s pairing link, or a take&apos;s link (with take=): then this microphone records into the take, starting and stopping with its host.</source>
        <translation>Le lien d’appairage de l’autre Earshot, ou le lien d’une prise (avec take=)&#xa0;: ce microphone enregistre alors dans la prise, en démarrant et s’arrêtant avec son hôte.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="86"/>
        <source>Format of the local copy</source>
        <translation>Format de la copie locale</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="106"/>
        <source>Microphone:</source>
        <translation>Micro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="107"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="108"/>
        <source>Level:</source>
        <translation>Niveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="109"/>
        <source>Send to:</source>
        <translation>Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="112"/>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="113"/>
        <source>Elapsed:</source>
        <translation>Écoulé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="114"/>
        <source>Sent:</source>
        <comment>bytes</comment>
        <translation>Envoyé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="115"/>
        <source>Acknowledged:</source>
        <comment>bytes</comment>
        <translation>Confirmé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="143"/>
        <source>Every byte was delivered.</source>
        <translation>Tous les octets ont été livrés.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="146"/>
        <source>Every byte was delivered. Local copy: %1</source>
        <translation>Tous les octets ont été livrés. Copie locale&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="148"/>
        <source>Streaming failed: %1</source>
        <translation>La diffusion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="216"/>
        <source>No microphone found</source>
        <translation>Aucun micro trouvé</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="225"/>
        <location filename="../app/capture/microphonepanel.cpp" line="286"/>
        <source>Stop streaming</source>
        <translation>Arrêter la diffusion</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="226"/>
        <source>%1 of audio have not reached the receiver yet. Give up on them?</source>
        <translation>%1 d’audio ne sont pas encore parvenus au destinataire. Y renoncer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="255"/>
        <source>This computer&apos;s server is not running.</source>
        <translation>Le serveur de cet ordinateur ne fonctionne pas.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="277"/>
        <source>Microphone %1</source>
        <comment>file name of a local copy</comment>
        <translation>Micro %1</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="289"/>
        <source>Stop now</source>
        <translation>Arrêter maintenant</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="290"/>
        <source>The rest is still being delivered.</source>
        <translation>Le reste est encore en cours de livraison.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="293"/>
        <source>Start streaming</source>
        <translation>Démarrer la diffusion</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="320"/>
        <source>Unknown certificate</source>
        <translation>Certificat inconnu</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="321"/>
        <source>The Earshot at %1 presents a certificate this computer does not trust.</source>
        <translation>L’Earshot à %1 présente un certificat auquel cet ordinateur ne fait pas confiance.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="326"/>
        <source>Compare its SHA-256 fingerprint with the one the other Earshot shows:

%1

Trust it for %2 from now on?</source>
        <translation>Comparez son empreinte SHA-256 avec celle qu’affiche l’autre Earshot&#xa0;:

%1

Lui faire confiance pour %2 désormais&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="331"/>
        <source>Trust</source>
        <translation>Faire confiance</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="350"/>
        <source>Certificate changed</source>
        <translation>Certificat modifié</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="351"/>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting the connection; nothing was sent.</source>
        <translation>Le certificat de %1 n’est pas celui auquel vous faisiez confiance. Quelqu’un intercepte peut-être la connexion&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="356"/>
        <source>Trusted: %1
Presented now: %2

If the other Earshot really has a new certificate, forget the old one to be asked again.</source>
        <translation>Approuvé&#xa0;: %1
Présenté maintenant&#xa0;: %2

Si l’autre Earshot a réellement un nouveau certificat, oubliez l’ancien pour que la question soit reposée.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="360"/>
        <source>Forget the old certificate</source>
        <translation>Oublier l’ancien certificat</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="90"/>
        <source>Device connected</source>
        <translation>Appareil connecté</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="91"/>
        <source>%1 is recording.</source>
        <comment>a device connected</comment>
        <translation>%1 enregistre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/notificationpolicy.cpp" line="93"/>
        <source>%Ln device(s) connected</source>
        <translation>
            <numerusform>%Ln appareil connecté</numerusform>
            <numerusform>%Ln appareils connectés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="99"/>
        <source>Recording failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="100"/>
        <source>The recording from %1 stopped because of an error. The events log tells why.</source>
        <translation>L’enregistrement de %1 s’est arrêté à cause d’une erreur. Le journal des événements en donne la raison.</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="103"/>
        <source>Recording interrupted</source>
        <translation>Enregistrement interrompu</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="104"/>
        <source>%1 lost its connection. What arrived is kept; the recording continues if the device reconnects.</source>
        <translation>%1 a perdu sa connexion. Ce qui est arrivé est conservé&#xa0;; l’enregistrement reprend si l’appareil se reconnecte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/notificationpolicy.cpp" line="110"/>
        <source>%Ln recording(s) ended unexpectedly</source>
        <translation>
            <numerusform>%Ln enregistrement s’est arrêté de façon inattendue</numerusform>
            <numerusform>%Ln enregistrements se sont arrêtés de façon inattendue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="129"/>
        <source>A device</source>
        <translation>Un appareil</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="131"/>
        <source>%1 (%2)</source>
        <comment>session label (browser and system)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/notificationpolicy.cpp" line="148"/>
        <source>%n more</source>
        <comment>the end of a list of devices: A, B, C and 2 more</comment>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="144"/>
        <source>Play</source>
        <comment>play a recording</comment>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="45"/>
        <source>Playback position</source>
        <translation>Position de lecture</translation>
    </message>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="89"/>
        <source>Cannot play %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="144"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="153"/>
        <source>%1 / %2</source>
        <comment>elapsed / total playing time</comment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../app/monitor/ratechart.cpp" line="54"/>
        <source>Incoming data rate</source>
        <translation>Débit entrant</translation>
    </message>
    <message>
        <location filename="../app/monitor/ratechart.cpp" line="99"/>
        <source>%1/s</source>
        <comment>data rate on the chart&apos;s axis, e.g. 1.5 KiB/s</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../app/monitor/ratechart.cpp" line="106"/>
        <source>now</source>
        <comment>time axis of the rate chart</comment>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ratechart.cpp" line="107"/>
        <source>-%n min</source>
        <comment>time axis of the rate chart: minutes ago</comment>
        <translation>
            <numerusform>-%n min</numerusform>
            <numerusform>-%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ratechart.cpp" line="142"/>
        <source>Now: %1</source>
        <comment>rate chart tooltip; %1 is a data rate</comment>
        <translation>Maintenant&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ratechart.cpp" line="143"/>
        <source>%n second(s) ago: %1</source>
        <comment>rate chart tooltip; %1 is a data rate</comment>
        <translation>
            <numerusform>Il y a %n seconde&#xa0;: %1</numerusform>
            <numerusform>Il y a %n secondes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ratechart.cpp" line="217"/>
        <source>No audio arriving</source>
        <comment>rate chart, when the rate is zero</comment>
        <translation>Aucun son n’arrive</translation>
    </message>
</context>
<context>
    <name>RecordingHooks</name>
    <message>
        <location filename="../server/hooks/recordinghooks.cpp" line="66"/>
        <source>The webhook was not sent: cannot read the sidecar %1: %2</source>
        <translation>Le webhook n’a pas été envoyé : impossible de lire le fichier compagnon %1 : %2</translation>
    </message>
</context>
<context>
    <name>RecordingListModel</name>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="33"/>
        <source>File missing</source>
        <comment>recording status</comment>
        <translation>Fichier manquant</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="35"/>
        <source>Recording</source>
        <comment>recording status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="37"/>
        <source>Complete</source>
        <comment>recording status</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="39"/>
        <source>Interrupted</source>
        <comment>recording status</comment>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="41"/>
        <source>Failed</source>
        <comment>recording status</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingfileworker.cpp" line="36"/>
        <source>this desktop has no trash for it</source>
        <translation>ce bureau n’a pas de corbeille pour cela</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="51"/>
        <source>Verified</source>
        <comment>the file holds every byte the device produced</comment>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="53"/>
        <source>Not verified</source>
        <comment>the file is not what the device produced</comment>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="55"/>
        <source>Not checked</source>
        <comment>the device did not say what it produced</comment>
        <translation>Non contrôlé</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="328"/>
        <source>From %1</source>
        <comment>network address of the sending device</comment>
        <translation>De %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="334"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="335"/>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="338"/>
        <source>The audio file is missing.</source>
        <translation>Le fichier audio est manquant.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="344"/>
        <source>Ended %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="357"/>
        <source>The file holds every byte the device produced: %1 bytes, SHA-256 checked.</source>
        <translation>Le fichier contient chaque octet produit par l’appareil : %1 octets, SHA-256 contrôlé.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="360"/>
        <source>The device did not say what it produced, so the file could not be checked.</source>
        <translation>L’appareil n’a pas indiqué ce qu’il a produit : le fichier n’a pas pu être contrôlé.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="364"/>
        <source>Incomplete: the last %1 bytes the device produced are missing.</source>
        <translation>Incomplet : il manque les %1 derniers octets produits par l’appareil.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="367"/>
        <source>The file holds %1 bytes more than the device produced.</source>
        <translation>Le fichier contient %1 octets de plus que ce que l’appareil a produit.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="370"/>
        <source>The content differs from what the device produced (same length, another SHA-256).</source>
        <translation>Le contenu diffère de ce que l’appareil a produit (même longueur, autre SHA-256).</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="372"/>
        <source>The file could not be checked against what the device produced: %1</source>
        <translation>Le fichier n’a pas pu être comparé à ce que l’appareil a produit : %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="382"/>
        <source>Name</source>
        <comment>recording label</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="384"/>
        <source>Device</source>
        <comment>the device that sent a recording</comment>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="386"/>
        <source>Format</source>
        <comment>audio format</comment>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="388"/>
        <source>Length</source>
        <comment>playing time of a recording</comment>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="390"/>
        <source>Size</source>
        <comment>file size</comment>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="392"/>
        <source>Status</source>
        <comment>how a recording ended</comment>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="394"/>
        <source>Verified</source>
        <comment>column: whether the file holds every byte the device produced</comment>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="396"/>
        <source>Started</source>
        <comment>when a recording started</comment>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="425"/>
        <source>It is still being recorded.</source>
        <translation>Il est encore en cours d’enregistrement.</translation>
    </message>
</context>
<context>
    <name>RecordingsView</name>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="58"/>
        <source>Search by name or by words said</source>
        <translation>Rechercher par nom ou par mots prononcés</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="60"/>
        <source>Search recordings</source>
        <translation>Rechercher dans les enregistrements</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="98"/>
        <source>Play</source>
        <comment>play a recording</comment>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="100"/>
        <source>Play the selected recording here (or double-click it)</source>
        <translation>Lire l’enregistrement sélectionné ici (ou double-cliquez dessus)</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="104"/>
        <source>Open</source>
        <comment>open a recording in the desktop&apos;s player</comment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="105"/>
        <source>Open the selected recording in the desktop&apos;s player</source>
        <translation>Ouvrir l’enregistrement sélectionné dans le lecteur du bureau</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="108"/>
        <location filename="../app/recordings/recordingsview.cpp" line="326"/>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="111"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="113"/>
        <source>Change the recording&apos;s name; its file keeps its name</source>
        <translation>Modifier le nom de l’enregistrement&#xa0;; son fichier garde son nom</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="117"/>
        <source>Delete…</source>
        <comment>a recording</comment>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="121"/>
        <source>Transcribe</source>
        <comment>write down what a recording says</comment>
        <translation>Transcrire</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="123"/>
        <source>Write down what the selected recording says, on this computer (English)</source>
        <translation>Écrire ce que dit l’enregistrement sélectionné, sur cet ordinateur (anglais)</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="132"/>
        <source>Transcript of the selected recording</source>
        <translation>Transcription de l’enregistrement sélectionné</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="138"/>
        <source>Refresh</source>
        <comment>read the recordings folder again</comment>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="281"/>
        <source>Reading recordings…</source>
        <translation>Lecture des enregistrements…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordings/recordingsview.cpp" line="288"/>
        <source>%Ln recording(s), %1</source>
        <comment>count and total size</comment>
        <translation>
            <numerusform>%Ln enregistrement, %1</numerusform>
            <numerusform>%Ln enregistrements, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordings/recordingsview.cpp" line="289"/>
        <source>%1 of %Ln recording(s) found</source>
        <comment>search results</comment>
        <translation>
            <numerusform>Résultats&#xa0;: %1 sur %Ln enregistrement</numerusform>
            <numerusform>Résultats&#xa0;: %1 sur %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="314"/>
        <source>Open Recording</source>
        <translation>Ouvrir l’enregistrement</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="315"/>
        <source>No application could open %1.</source>
        <translation>Aucune application n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="327"/>
        <source>No file manager could show %1.</source>
        <translation>Aucun gestionnaire de fichiers n’a pu afficher %1.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="339"/>
        <location filename="../app/recordings/recordingsview.cpp" line="354"/>
        <source>Rename Recording</source>
        <translation>Renommer l’enregistrement</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="339"/>
        <source>Name:</source>
        <comment>of a recording</comment>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="354"/>
        <source>The recording could not be renamed: %1</source>
        <translation>L’enregistrement n’a pas pu être renommé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="368"/>
        <location filename="../app/recordings/recordingsview.cpp" line="406"/>
        <location filename="../app/recordings/recordingsview.cpp" line="419"/>
        <source>Delete Recording</source>
        <translation>Supprimer l’enregistrement</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="369"/>
        <source>Delete the recording “%1”?</source>
        <translation>Supprimer l’enregistrement «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="371"/>
        <source>Its audio file and its sidecar are moved to the trash.</source>
        <comment>a recording&apos;s files</comment>
        <translation>Son fichier audio et son fichier annexe sont placés dans la corbeille.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="372"/>
        <source>Move to Trash</source>
        <translation>Placer dans la corbeille</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="407"/>
        <source>“%1” cannot be moved to the trash (%2).

Delete it permanently? This cannot be undone.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être placé dans la corbeille (%2).

Le supprimer définitivement&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="419"/>
        <source>“%1” could not be deleted: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="443"/>
        <source>Transcribe</source>
        <translation>Transcrire</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="444"/>
        <source>“%1” could not be transcribed: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être transcrit&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="455"/>
        <source>(The transcript has no words: nothing was recognized.)</source>
        <translation>(La transcription ne contient aucun mot&#xa0;: rien n’a été reconnu.)</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="463"/>
        <source>Transcribing “%1”: %2 %</source>
        <translation>Transcription de «&#xa0;%1&#xa0;»&#xa0;: %2&#xa0;%</translation>
    </message>
</context>
<context>
    <name>RemuxQueue</name>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="101"/>
        <source>Not remuxing %1: its sidecar is unreadable (%2).</source>
        <translation>%1 n’est pas remultiplexé&#xa0;: son fichier annexe est illisible (%2).</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="148"/>
        <location filename="../server/session/remuxqueue.cpp" line="239"/>
        <location filename="../server/session/remuxqueue.cpp" line="253"/>
        <source>%1 stays as it was streamed; remuxing failed: %2</source>
        <translation>%1 reste tel qu’il a été transmis&#xa0;; le remultiplexage a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="173"/>
        <source>Could not swap in the remuxed %1.</source>
        <translation>Impossible de mettre en place %1 remultiplexé.</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="265"/>
        <source>Could not update the sidecar of %1: %2</source>
        <translation>Impossible de mettre à jour le fichier annexe de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="187"/>
        <source>%1 remuxed: %L2 s long, seekable.</source>
        <translation>%1 remultiplexé&#xa0;: %L2 s, navigable.</translation>
    </message>
</context>
<context>
    <name>ServerStatusBar</name>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="40"/>
        <source>Sessions recording now</source>
        <translation>Sessions en cours d’enregistrement</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="41"/>
        <source>Audio data arriving per second, all sessions together</source>
        <translation>Données audio reçues par seconde, toutes sessions confondues</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="61"/>
        <source>Not listening</source>
        <translation>Pas à l’écoute</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="70"/>
        <source>Open on a phone: %1</source>
        <translation>À ouvrir sur un téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="75"/>
        <source>Live sessions: %1</source>
        <translation>Sessions en direct&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="93"/>
        <source>Free space unknown</source>
        <translation>Espace libre inconnu</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="97"/>
        <source>%1 free</source>
        <comment>disk space</comment>
        <translation>%1 libres</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="98"/>
        <source>Recordings go to %1</source>
        <translation>Les enregistrements vont dans %1</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="26"/>
        <source>&amp;Open Recording</source>
        <translation>&amp;Ouvrir l’enregistrement</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="28"/>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="30"/>
        <source>&amp;Copy Path</source>
        <translation>Copier le &amp;chemin</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="32"/>
        <source>&amp;Disconnect</source>
        <translation>Décon&amp;necter</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="34"/>
        <source>Open the selected recording in the default player</source>
        <translation>Ouvrir l’enregistrement sélectionné dans le lecteur par défaut</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="35"/>
        <source>Open the folder that holds the selected recording</source>
        <translation>Ouvrir le dossier qui contient l’enregistrement sélectionné</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="36"/>
        <source>Copy the paths of the selected recordings</source>
        <translation>Copier les chemins des enregistrements sélectionnés</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="39"/>
        <source>Close the connection of the selected live sessions</source>
        <translation>Fermer la connexion des sessions en direct sélectionnées</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="135"/>
        <source>Disconnect this live session? Its recording stops and is finished; the device cannot resume it.</source>
        <translation>Déconnecter cette session en direct ? Son enregistrement s’arrête et est finalisé ; l’appareil ne pourra pas le reprendre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/sessionactions.cpp" line="137"/>
        <source>Disconnect %Ln live session(s)? Their recordings stop and are finished; the devices cannot resume them.</source>
        <translation>
            <numerusform>Déconnecter %Ln session en direct ? Son enregistrement s’arrête et est finalisé ; l’appareil ne pourra pas le reprendre.</numerusform>
            <numerusform>Déconnecter %Ln sessions en direct ? Leurs enregistrements s’arrêtent et sont finalisés ; les appareils ne pourront pas les reprendre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="140"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="173"/>
        <source>Recording</source>
        <comment>session state</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="175"/>
        <source>Interrupted</source>
        <comment>session state</comment>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="177"/>
        <source>Complete</source>
        <comment>session state</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="179"/>
        <source>Failed</source>
        <comment>session state</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="109"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="111"/>
        <source>Name</source>
        <comment>session label</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="113"/>
        <source>Device</source>
        <comment>network address of the sending device</comment>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="115"/>
        <source>Format</source>
        <comment>audio format</comment>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="117"/>
        <source>Chunks</source>
        <comment>messages received</comment>
        <translation>Blocs</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="119"/>
        <source>Received</source>
        <comment>amount of data</comment>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="121"/>
        <source>Rate</source>
        <comment>data rate</comment>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="123"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="125"/>
        <source>Level</source>
        <comment>audio level</comment>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="127"/>
        <source>Unsent</source>
        <comment>audio the device holds that has not reached Earshot</comment>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="129"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="282"/>
        <source>Failed: %1</source>
        <comment>session state with the reason</comment>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="287"/>
        <source>Now playing: %1</source>
        <comment>an Icecast stream&apos;s title</comment>
        <translation>En cours de diffusion : %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="297"/>
        <source>%1 bytes</source>
        <comment>exact amount of data</comment>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="301"/>
        <source>The device holds %1 that Earshot has not received yet.</source>
        <translation>L’appareil garde %1 qu’Earshot n’a pas encore reçus.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="45"/>
        <source>&amp;Transcribe every session</source>
        <translation>T&amp;ranscrire toutes les sessions</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="46"/>
        <source>&amp;Export aligned tracks when a take stops</source>
        <translation>&amp;Exporter les pistes alignées à l’arrêt d’une prise</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="48"/>
        <source>Earshot Settings</source>
        <translation>Paramètres d’Earshot</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="51"/>
        <source>Any free port</source>
        <translation>N’importe quel port libre</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="54"/>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="55"/>
        <source>An address of this computer, &quot;localhost&quot; for this computer only, or empty for all networks.</source>
        <translation>Une adresse de cet ordinateur, «&#xa0;localhost&#xa0;» pour cet ordinateur seulement, ou vide pour tous les réseaux.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="74"/>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="80"/>
        <source>System default</source>
        <comment>language</comment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="81"/>
        <source>System default (%1)</source>
        <comment>language; %1 is the system&apos;s language</comment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="92"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="94"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="95"/>
        <source>&amp;Listen on:</source>
        <translation>Écouter &amp;sur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="96"/>
        <source>&amp;Recordings folder:</source>
        <translation>Dossier des &amp;enregistrements&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="97"/>
        <source>Live sessions at &amp;most:</source>
        <translation>Sessions en direct au &amp;maximum&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="98"/>
        <source>Largest me&amp;ssage:</source>
        <translation>&amp;Taille maximale d’un message&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="100"/>
        <source>Live captions and a transcript beside every recording, recognized on this computer (English), not only for the devices that ask</source>
        <translation>Sous-titres en direct et transcription à côté de chaque enregistrement, reconnus sur cet ordinateur (anglais), pas seulement pour les appareils qui le demandent</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="106"/>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="111"/>
        <source>W&amp;hen a session starts:</source>
        <translation>Quand une session comme&amp;nce&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="112"/>
        <source>When a connection &amp;drops:</source>
        <translation>Quand une connexion se &amp;coupe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="113"/>
        <source>When a recording is &amp;final:</source>
        <translation>Quand un enregistrement est dé&amp;finitif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="114"/>
        <source>A program and its arguments (double quotes group words), run without a shell; the recording&apos;s path and figures are in EARSHOT_* environment variables. Applies at once.</source>
        <translation>Un programme et ses arguments (les guillemets doubles regroupent des mots), exécuté sans shell ; le chemin et les chiffres de l’enregistrement sont dans les variables d’environnement EARSHOT_*. S’applique tout de suite.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="121"/>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="124"/>
        <source>When you stop a take, its aligned WAVs and multitrack file are written into its &quot;aligned&quot; folder as soon as every guest&apos;s recording has ended</source>
        <translation>Quand vous arrêtez une prise, ses WAV alignés et son fichier multipiste sont écrits dans son dossier « aligned » dès que l’enregistrement de chaque invité est terminé</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="128"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="131"/>
        <source>A new language applies when Earshot starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage d’Earshot.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="187"/>
        <source>None</source>
        <comment>hook command</comment>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="211"/>
        <source>&quot;%1&quot; is not an address of this computer.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="218"/>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>« %1 » n’est pas une commande.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="224"/>
        <source>Choose a folder for the recordings.</source>
        <translation>Choisissez un dossier pour les enregistrements.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="234"/>
        <source>Recordings Folder</source>
        <translation>Dossier des enregistrements</translation>
    </message>
</context>
<context>
    <name>Spool</name>
    <message>
        <location filename="../app/capture/spool.cpp" line="54"/>
        <location filename="../app/capture/spool.cpp" line="61"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="90"/>
        <source>The audio kept in %1 has a gap before %2.</source>
        <translation>Il manque un morceau de l’audio conservé dans %1 avant %2.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="121"/>
        <source>The folder %1 is in use by another process.</source>
        <translation>Le dossier %1 est utilisé par un autre processus.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="122"/>
        <source>Cannot lock the folder %1.</source>
        <translation>Impossible de verrouiller le dossier %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="131"/>
        <source>Cannot write %1 to the disk: %2</source>
        <translation>Impossible d’écrire %1 sur le disque : %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="165"/>
        <source>The spool is not open.</source>
        <translation>La file d’attente n’est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="178"/>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="211"/>
        <location filename="../app/capture/spool.cpp" line="220"/>
        <location filename="../app/capture/spool.cpp" line="225"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="251"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SpoolManifest</name>
    <message>
        <location filename="../app/capture/spoolmanifest.cpp" line="44"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolmanifest.cpp" line="54"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolmanifest.cpp" line="72"/>
        <source>%1 is not a spool manifest.</source>
        <translation>%1 n’est pas un manifeste de tampon.</translation>
    </message>
</context>
<context>
    <name>SpoolRecovery</name>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="69"/>
        <source>Audio that an earlier run could not deliver cannot be read (%1); it stays in %2.</source>
        <translation>L’audio qu’une exécution précédente n’a pas pu livrer est illisible (%1) ; il reste dans %2.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="88"/>
        <source>An earlier run left %1 of audio that cannot be delivered (%2); it stays in %3.</source>
        <translation>Une exécution précédente a laissé %1 d’audio impossible à livrer (%2) ; il reste dans %3.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="98"/>
        <source>Delivering %1 of audio that an earlier run left undelivered, to %2.</source>
        <translation>Livraison à %2 de %1 d’audio qu’une exécution précédente n’avait pas livré.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="140"/>
        <source>Delivered the audio that an earlier run had left, to %1 as %2.</source>
        <translation>L’audio laissé par une exécution précédente a été livré à %1, sous le nom %2.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="153"/>
        <source>The receiver has all of the audio an earlier run had left, but did not close its recording: %1</source>
        <translation>Le destinataire a tout l’audio laissé par une exécution précédente, mais n’a pas clos son enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="165"/>
        <source>%1 of audio that an earlier run left could be neither delivered (%2) nor saved (%3); it stays in %4.</source>
        <translation>%1 d’audio laissé par une exécution précédente n’a pu être ni livré (%2) ni enregistré (%3) ; il reste dans %4.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="173"/>
        <source>%1 of audio that an earlier run left could not be delivered (%2). It is saved in %3</source>
        <translation>%1 d’audio laissé par une exécution précédente n’a pas pu être livré (%2). Il est enregistré dans %3</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="182"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="225"/>
        <source>Microphone %1 not delivered</source>
        <comment>file name of audio saved after a crash</comment>
        <translation>Microphone %1 non livré</translation>
    </message>
</context>
<context>
    <name>StreamTarget</name>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="24"/>
        <source>Enter the address of the other Earshot.</source>
        <translation>Saisissez l’adresse de l’autre Earshot.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="30"/>
        <source>&quot;%1&quot; is not an address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="38"/>
        <source>Earshot addresses start with http://, https://, ws:// or wss://.</source>
        <translation>Les adresses Earshot commencent par http://, https://, ws:// ou wss://.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="50"/>
        <source>The address has an empty pairing token.</source>
        <translation>L’adresse contient un code d’appairage vide.</translation>
    </message>
</context>
<context>
    <name>StreamUploader</name>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="44"/>
        <source>Not streaming</source>
        <translation>Pas de diffusion</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="46"/>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="48"/>
        <source>Waiting for the host to start the take</source>
        <translation>En attente du démarrage de la prise par l’hôte</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="50"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="52"/>
        <source>Streaming</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="54"/>
        <source>Connection lost, retrying</source>
        <translation>Connexion perdue, nouvel essai</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="56"/>
        <source>Resuming</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="58"/>
        <source>Waiting for the certificate to be accepted</source>
        <translation>En attente de l’acceptation du certificat</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="60"/>
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="62"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="64"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="157"/>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/streamuploader.cpp" line="265"/>
        <source>The receiver lost %Ln acknowledged byte(s) that are no longer kept here.</source>
        <translation>
            <numerusform>Le destinataire a perdu %Ln octet confirmé qui n’est plus conservé ici.</numerusform>
            <numerusform>Le destinataire a perdu %Ln octets confirmés qui ne sont plus conservés ici.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="294"/>
        <source>Verified: the receiver holds every byte sent.</source>
        <translation>Vérifié : le destinataire possède chaque octet envoyé.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="296"/>
        <source>Not verified: the receiver&apos;s file is not what was sent (%1).</source>
        <translation>Non vérifié : le fichier du destinataire n’est pas ce qui a été envoyé (%1).</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="331"/>
        <source>The receiver no longer knows the session %1: %2 (%3)</source>
        <translation>Le destinataire ne connaît plus la session %1 : %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/streamuploader.cpp" line="569"/>
        <source>Stopped before %Ln byte(s) were delivered.</source>
        <translation>
            <numerusform>Arrêté avant que %Ln octet ne soit livré.</numerusform>
            <numerusform>Arrêté avant que %Ln octets ne soient livrés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="278"/>
        <source>Resumed at byte %1.</source>
        <translation>Reprise à l’octet %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="339"/>
        <source>The receiver no longer knows the session; the rest goes into a new recording.</source>
        <translation>Le destinataire ne connaît plus la session&#xa0;; le reste va dans un nouvel enregistrement.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="352"/>
        <source>The receiver refused the pairing token (%1).</source>
        <translation>Le destinataire a refusé le code d’appairage (%1).</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="353"/>
        <source>The receiver refused: %1 (%2)</source>
        <translation>Le destinataire a refusé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="357"/>
        <source>The receiver said: %1 (%2)</source>
        <translation>Le destinataire signale&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="376"/>
        <source>The certificate of %1 has changed: it was %2 and is now %3. This may be an attack; the connection was refused.</source>
        <translation>Le certificat de %1 a changé&#xa0;: c’était %2, c’est maintenant %3. Il peut s’agir d’une attaque&#xa0;; la connexion a été refusée.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="411"/>
        <source>The certificate of %1 was not accepted.</source>
        <translation>Le certificat de %1 n’a pas été accepté.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="441"/>
        <source>Connection to %1 lost (%2); trying again in %3 s.</source>
        <translation>Connexion à %1 perdue (%2)&#xa0;; nouvel essai dans %3 s.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="456"/>
        <source>no answer for %1 s</source>
        <translation>aucune réponse depuis %1 s</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="488"/>
        <source>Cannot read the audio kept for sending: %1</source>
        <translation>Impossible de lire l’audio conservé pour l’envoi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TakeExportJob</name>
    <message>
        <location filename="../server/takes/takeexportjob.cpp" line="98"/>
        <source>This export has run already.</source>
        <translation>Cet export a déjà eu lieu.</translation>
    </message>
    <message>
        <location filename="../server/takes/takeexportjob.cpp" line="104"/>
        <source>The take in %1 is being exported already: wait for that export to finish, or cancel it.</source>
        <translation>La prise de %1 est déjà en cours d’export : attendez la fin de cet export ou annulez-le.</translation>
    </message>
</context>
<context>
    <name>TakeView</name>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="42"/>
        <source>Waiting for the host to start</source>
        <comment>take state</comment>
        <translation>En attente du lancement par l’hôte</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="44"/>
        <source>Recording</source>
        <comment>take state</comment>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="46"/>
        <source>Stopped</source>
        <comment>take state</comment>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="60"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="61"/>
        <source>Start for Everyone</source>
        <translation>Démarrer pour tous</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="62"/>
        <source>Stop for Everyone…</source>
        <translation>Arrêter pour tous…</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="63"/>
        <source>Export Aligned</source>
        <translation>Exporter aligné</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="65"/>
        <source>Cancel</source>
        <comment>the running export</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="67"/>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="84"/>
        <source>One WAV per guest, all starting at the take&apos;s start and of its length, and one Matroska file with a track per guest, in the take&apos;s &quot;aligned&quot; folder. The recordings stay as they are.</source>
        <translation>Un WAV par invité, tous commençant au début de la prise et de sa durée, et un fichier Matroska avec une piste par invité, dans le dossier « aligned » de la prise. Les enregistrements restent tels quels.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="127"/>
        <source>Each guest opens this link (or scans the code) on their own device; their recording joins the take under the name they give.</source>
        <translation>Chaque invité ouvre ce lien (ou scanne le code) sur son propre appareil ; son enregistrement rejoint la prise sous le nom qu’il donne.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="166"/>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="247"/>
        <source>Exporting once every guest&apos;s recording has ended…</source>
        <translation>Export dès que l’enregistrement de chaque invité sera terminé…</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="256"/>
        <source>No take yet</source>
        <translation>Aucune prise pour l’instant</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="257"/>
        <source>Make one with Take › New Take…</source>
        <translation>Créez-en une avec Prise › Nouvelle prise…</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="294"/>
        <source>Stop the Take?</source>
        <translation>Arrêter la prise ?</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="295"/>
        <source>Every guest&apos;s device stops recording, and nobody can record into &quot;%1&quot; again.</source>
        <translation>Les appareils de tous les invités arrêtent l’enregistrement, et plus personne ne pourra enregistrer dans « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="308"/>
        <source>Take</source>
        <translation>Prise</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="308"/>
        <source>The take could not change: %1</source>
        <translation>La prise n’a pas pu changer : %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="359"/>
        <source>Stop the take first.</source>
        <translation>Arrêtez d’abord la prise.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="365"/>
        <source>Nobody recorded into this take.</source>
        <translation>Personne n’a enregistré dans cette prise.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="369"/>
        <source>A guest is still recording; export when every recording has ended.</source>
        <translation>Un invité enregistre encore ; exportez quand tous les enregistrements sont terminés.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="393"/>
        <location filename="../app/monitor/takeview.cpp" line="420"/>
        <source>Cannot export: %1</source>
        <translation>Export impossible : %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="409"/>
        <source>Not exported: a guest was still recording %1 s after the take stopped. Export Aligned once every recording has ended.</source>
        <translation>Non exporté : un invité enregistrait encore %1 s après l’arrêt de la prise. Utilisez Exporter aligné quand tous les enregistrements sont terminés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/takeview.cpp" line="430"/>
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n fichier exporté dans %1</numerusform>
            <numerusform>%n fichiers exportés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="435"/>
        <source>Export cancelled; the take&apos;s aligned folder is as it was.</source>
        <translation>Export annulé ; le dossier « aligned » de la prise est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="437"/>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
</context>
<context>
    <name>TranscribeCommand</name>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="28"/>
        <source>Transcribe finished recordings: a WebVTT file beside each, the text on stdout.</source>
        <translation>Transcrire des enregistrements terminés&#xa0;: un fichier WebVTT à côté de chacun, le texte sur la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="30"/>
        <source>The PocketSphinx model folder (default: %1).</source>
        <translation>Le dossier du modèle PocketSphinx (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="31"/>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="33"/>
        <source>Recordings to transcribe.</source>
        <translation>Enregistrements à transcrire.</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="42"/>
        <source>--transcribe needs at least one file.</source>
        <translation>--transcribe demande au moins un fichier.</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="60"/>
        <source>%1: %2 %</source>
        <translation>%1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="63"/>
        <source>%1: transcript in %2</source>
        <translation>%1&#xa0;: transcription dans %2</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="67"/>
        <source>%1: cannot transcribe: %2</source>
        <translation>%1&#xa0;: impossible de transcrire&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="64"/>
        <source>&amp;Show Earshot</source>
        <translation>&amp;Afficher Earshot</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="105"/>
        <source>Not listening</source>
        <comment>tray menu, instead of the connect address</comment>
        <translation>Pas à l’écoute</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="111"/>
        <source>Copy %1</source>
        <comment>tray menu; %1 is the address phones open</comment>
        <translation>Copier %1</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="112"/>
        <source>Copy the address phones open to the clipboard</source>
        <translation>Copier dans le presse-papiers l’adresse qu’ouvrent les téléphones</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="127"/>
        <source>Earshot is still running</source>
        <translation>Earshot fonctionne toujours</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="128"/>
        <source>Devices can go on recording. To quit, use Quit in this icon&apos;s menu.</source>
        <translation>Les appareils peuvent continuer à enregistrer. Pour quitter, utilisez «&#xa0;Quitter&#xa0;» dans le menu de cette icône.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/trayicon.cpp" line="160"/>
        <source>%Ln device(s) recording</source>
        <comment>tray tooltip</comment>
        <translation>
            <numerusform>%Ln appareil enregistre</numerusform>
            <numerusform>%Ln appareils enregistrent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="163"/>
        <source>Not listening</source>
        <comment>tray tooltip</comment>
        <translation>Pas à l’écoute</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="165"/>
        <source>Waiting for devices</source>
        <comment>tray tooltip</comment>
        <translation>En attente d’appareils</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="167"/>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
</context>
<context>
    <name>WebhookSender</name>
    <message>
        <location filename="../server/hooks/webhooksender.cpp" line="74"/>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <location filename="../server/hooks/webhooksender.cpp" line="76"/>
        <source>The webhook %1 was not delivered: %2 (tries: %3)</source>
        <translation>Le webhook %1 n’a pas été livré : %2 (essais : %3)</translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="9"/>
        <source>Earshot recorder</source>
        <translation>Enregistreur Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="10"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="11"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="12"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="13"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="14"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="15"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="16"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="17"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="18"/>
        <source>Compressed (smaller files)</source>
        <translation>Compressé (fichiers plus petits)</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="19"/>
        <source>Lossless (PCM)</source>
        <translation>Sans perte (PCM)</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="20"/>
        <source>Sample rate</source>
        <translation>Fréquence d’échantillonnage</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="21"/>
        <source>Live captions</source>
        <translation>Sous-titres en direct</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="22"/>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="23"/>
        <source>No captions for this recording: the computer is transcribing as many as it can.</source>
        <translation>Pas de sous-titres pour cet enregistrement&#xa0;: l’ordinateur transcrit déjà autant qu’il le peut.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="24"/>
        <source>No captions: this Earshot has no speech recognizer.</source>
        <translation>Pas de sous-titres&#xa0;: cet Earshot n’a pas de reconnaissance vocale.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="25"/>
        <source>The captions stopped; the recording goes on.</source>
        <translation>Les sous-titres se sont arrêtés&#xa0;; l’enregistrement continue.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="26"/>
        <source>Some speech was left out of the captions: the computer fell behind.</source>
        <translation>Une partie de la parole manque dans les sous-titres&#xa0;: l’ordinateur a pris du retard.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="27"/>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="28"/>
        <source>Input level</source>
        <translation>Niveau d’entrée</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="29"/>
        <source>Start recording</source>
        <translation>Démarrer l’enregistrement</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="30"/>
        <source>Stop recording</source>
        <translation>Arrêter l’enregistrement</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="31"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="32"/>
        <source>Chunks sent</source>
        <translation>Blocs envoyés</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="33"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="34"/>
        <source>Confirmed by Earshot</source>
        <translation>Confirmé par Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="35"/>
        <source>Recording saved</source>
        <translation>Enregistrement sauvegardé</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="36"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="37"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="38"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="39"/>
        <source>Completeness</source>
        <translation>Intégralité</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="40"/>
        <source>Verified: Earshot has every byte this page recorded.</source>
        <translation>Vérifié : Earshot possède chaque octet enregistré par cette page.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="41"/>
        <source>Not verified: the last {size} are missing.</source>
        <translation>Non vérifié : il manque les derniers {size}.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="42"/>
        <source>Not verified: Earshot’s file differs from what this page recorded.</source>
        <translation>Non vérifié : le fichier d’Earshot diffère de ce que cette page a enregistré.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="43"/>
        <source>Not verified: Earshot could not check this recording.</source>
        <translation>Non vérifié : Earshot n’a pas pu contrôler cet enregistrement.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="44"/>
        <source>Audio kept on this device</source>
        <translation>Audio conservé sur cet appareil</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="45"/>
        <source>Part of a recording could not be sent to Earshot. It is kept in this browser until you save or discard it.</source>
        <translation>Une partie d’un enregistrement n’a pas pu être envoyée à Earshot. Elle est conservée dans ce navigateur jusqu’à ce que vous l’enregistriez ou la supprimiez.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="46"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="47"/>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="48"/>
        <source>Discard the audio kept on this device? It cannot be recovered.</source>
        <translation>Supprimer l’audio conservé sur cet appareil&#xa0;? Il ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="49"/>
        <source>This page was opened over plain http, where browsers do not allow the microphone. Open the secure address instead: {url}</source>
        <translation>Cette page a été ouverte en http non chiffré, où les navigateurs n’autorisent pas le micro. Ouvrez plutôt l’adresse sécurisée&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="50"/>
        <source>This browser cannot record audio. Try a current version of Safari, Chrome or Firefox.</source>
        <translation>Ce navigateur ne peut pas enregistrer d’audio. Essayez une version récente de Safari, Chrome ou Firefox.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="51"/>
        <source>Earshot is not allowed to use the microphone. Allow microphone access for this page in the browser settings, then try again.</source>
        <translation>Earshot n’est pas autorisé à utiliser le micro. Autorisez l’accès au micro pour cette page dans les réglages du navigateur, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="52"/>
        <source>No microphone was found on this device.</source>
        <translation>Aucun micro n’a été trouvé sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="53"/>
        <source>The microphone is in use by another app, or could not be started.</source>
        <translation>Le micro est utilisé par une autre application ou n’a pas pu être démarré.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="54"/>
        <source>The microphone could not be started.</source>
        <translation>Le micro n’a pas pu être démarré.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="55"/>
        <source>The microphone stopped, so the recording stopped.</source>
        <translation>Le micro s’est arrêté, l’enregistrement s’est donc arrêté.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="56"/>
        <source>This browser cannot record compressed audio. Choose Lossless (PCM).</source>
        <translation>Ce navigateur ne peut pas enregistrer d’audio compressé. Choisissez «&#xa0;Sans perte (PCM)&#xa0;».</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="57"/>
        <source>This browser cannot record lossless audio. Choose Compressed.</source>
        <translation>Ce navigateur ne peut pas enregistrer d’audio sans perte. Choisissez «&#xa0;Compressé&#xa0;».</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="58"/>
        <source>Cannot reach Earshot at {host}. Check that Earshot is still running and that this device is on the same network. Trying again…</source>
        <translation>Impossible de joindre Earshot à {host}. Vérifiez qu’Earshot fonctionne toujours et que cet appareil est sur le même réseau. Nouvel essai…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="59"/>
        <source>Earshot is busy: it is recording as many people as it can. Trying again…</source>
        <translation>Earshot est occupé&#xa0;: il enregistre déjà autant de personnes qu’il le peut. Nouvel essai…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="60"/>
        <source>Earshot refused this page: the pairing code in the address is wrong or missing. Scan the QR code or open the link shown in Earshot again.</source>
        <translation>Earshot a refusé cette page&#xa0;: le code d’appairage dans l’adresse est erroné ou absent. Scannez de nouveau le code QR ou rouvrez le lien affiché dans Earshot.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="61"/>
        <source>Earshot refused the connection because this page was not opened from Earshot’s own address. Open the address shown in Earshot.</source>
        <translation>Earshot a refusé la connexion car cette page n’a pas été ouverte depuis l’adresse d’Earshot. Ouvrez l’adresse affichée dans Earshot.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="62"/>
        <source>Earshot has blocked this device after too many wrong pairing codes. Wait a while, or ask the person running Earshot.</source>
        <translation>Earshot a bloqué cet appareil après trop de codes d’appairage erronés. Patientez un moment ou demandez à la personne qui gère Earshot.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="63"/>
        <source>Earshot no longer has the recording this page was sending (it ended or expired), so it cannot be continued. The audio that did not reach Earshot is kept on this device.</source>
        <translation>Earshot n’a plus l’enregistrement que cette page envoyait (il s’est terminé ou a expiré)&#xa0;: il ne peut donc pas être poursuivi. L’audio qui n’a pas atteint Earshot est conservé sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="64"/>
        <source>Earshot’s disk is full, so the recording stopped. What Earshot received is saved; the rest is kept on this device.</source>
        <translation>Le disque d’Earshot est plein, l’enregistrement s’est donc arrêté. Ce qu’Earshot a reçu est sauvegardé&#xa0;; le reste est conservé sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="65"/>
        <source>Earshot could not write the recording, so it stopped. The rest is kept on this device.</source>
        <translation>Earshot n’a pas pu écrire l’enregistrement, il s’est donc arrêté. Le reste est conservé sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="66"/>
        <source>Earshot does not accept this audio format. Choose another quality.</source>
        <translation>Earshot n’accepte pas ce format audio. Choisissez une autre qualité.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="67"/>
        <source>Take “{name}”: waiting for the host to start it. You can start recording yourself.</source>
        <translation>Prise « {name} » : en attente du lancement par l’hôte. Vous pouvez aussi lancer l’enregistrement vous-même.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="68"/>
        <source>Take “{name}”: the host started it.</source>
        <translation>Prise « {name} » : lancée par l’hôte.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="69"/>
        <source>Take “{name}”: stopped by the host.</source>
        <translation>Prise « {name} » : arrêtée par l’hôte.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="70"/>
        <source>Earshot does not know this take. Open the take’s link or QR code shown in Earshot again.</source>
        <translation>Earshot ne connaît pas cette prise. Ouvrez à nouveau le lien ou le code QR de la prise affiché dans Earshot.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="71"/>
        <source>The host stopped this take, so it takes no more recordings. Ask the host for a new take.</source>
        <translation>L’hôte a arrêté cette prise : elle n’accepte plus d’enregistrement. Demandez une nouvelle prise à l’hôte.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="72"/>
        <source>Another Earshot server still holds the recording this page was sending. Trying again…</source>
        <translation>Un autre serveur Earshot détient encore l’enregistrement que cette page envoyait. Nouvelle tentative…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="73"/>
        <source>Connection lost. Still recording: the audio is sent as soon as the connection is back.</source>
        <translation>Connexion perdue. L’enregistrement continue&#xa0;: l’audio sera envoyé dès le retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="74"/>
        <source>Sending the rest of the recording…</source>
        <translation>Envoi du reste de l’enregistrement…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="75"/>
        <source>Sending a recording that was interrupted earlier…</source>
        <translation>Envoi d’un enregistrement interrompu précédemment…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="76"/>
        <source>A recording that was interrupted earlier is now saved as {file}.</source>
        <translation>Un enregistrement interrompu précédemment est maintenant sauvegardé sous {file}.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="77"/>
        <source>Earshot protocol console</source>
        <translation>Console de protocole Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="78"/>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="79"/>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="80"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="81"/>
        <source>Disconnect</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="82"/>
        <source>Protocol v1 (start, audio, stop, each answered) and the older text commands. Send a start message before the tone.</source>
        <translation>Protocole v1 (début, audio, arrêt, chacun avec sa réponse) et les anciennes commandes texte. Envoyez un message de début avant le son.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="83"/>
        <source>16 kHz 16-bit mono PCM from the first binary message, answered with captions. Send the tone straight away.</source>
        <translation>PCM mono 16 bits à 16 kHz dès le premier message binaire, avec des sous-titres en réponse. Envoyez le son tout de suite.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="84"/>
        <source>Twilio Media Streams: send connected and start, then the tone as μ-law media messages, then stop.</source>
        <translation>Twilio Media Streams : envoyez connected et start, puis le son en messages media μ-law, puis stop.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="85"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="86"/>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>Entrée envoie le message ; Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="87"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="88"/>
        <source>Fill in a message</source>
        <translation>Remplir un message</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="89"/>
        <source>Tone length (seconds)</source>
        <translation>Durée du son (secondes)</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="90"/>
        <source>Send a 440 Hz tone</source>
        <translation>Envoyer un son à 440 Hz</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="91"/>
        <source>Stop the tone</source>
        <translation>Arrêter le son</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="92"/>
        <source>Sent messages</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="93"/>
        <source>Click one to put it back in the message box.</source>
        <translation>Cliquez sur l’un d’eux pour le remettre dans la zone de message.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="94"/>
        <source>Nothing sent yet.</source>
        <translation>Rien n’a encore été envoyé.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="95"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="96"/>
        <source>Clear the log</source>
        <translation>Vider le journal</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="97"/>
        <source>To Earshot</source>
        <translation>Vers Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="98"/>
        <source>From Earshot</source>
        <translation>D’Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="99"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="100"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="101"/>
        <source>binary, {bytes} bytes</source>
        <translation>binaire, {bytes} octets</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="102"/>
        <source>Connecting to {endpoint}…</source>
        <translation>Connexion à {endpoint}…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="103"/>
        <source>Connected to {endpoint}.</source>
        <translation>Connecté à {endpoint}.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="104"/>
        <source>Closed with code {code}: {reason}</source>
        <translation>Fermée avec le code {code} : {reason}</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="105"/>
        <source>Closed with code {code}.</source>
        <translation>Fermée avec le code {code}.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="106"/>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="107"/>
        <source>Not connected: connect first.</source>
        <translation>Non connecté : connectez-vous d’abord.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="108"/>
        <source>Sending {seconds} s of a 440 Hz tone as {count} messages…</source>
        <translation>Envoi de {seconds} s d’un son à 440 Hz en {count} messages…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="109"/>
        <source>Tone sent: {count} messages.</source>
        <translation>Son envoyé : {count} messages.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="110"/>
        <source>The tone stopped after {count} messages.</source>
        <translation>Le son s’est arrêté après {count} messages.</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="126"/>
        <source>Earshot: pairing needed</source>
        <translation>Earshot&#xa0;: appairage nécessaire</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="127"/>
        <source>This device is not paired</source>
        <translation>Cet appareil n’est pas appairé</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="128"/>
        <source>Earshot only takes recordings from devices that know its pairing code.</source>
        <translation>Earshot n’accepte que les enregistrements des appareils qui connaissent son code d’appairage.</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="130"/>
        <source>On the computer running Earshot, open %1 and scan the QR code, or type the address shown there: it ends in %2 and the code.</source>
        <translation>Sur l’ordinateur où fonctionne Earshot, ouvrez %1 et scannez le code QR, ou saisissez l’adresse qui y est affichée&#xa0;: elle se termine par %2 suivi du code.</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="133"/>
        <source>Connect a Device</source>
        <translation>Connecter un appareil</translation>
    </message>
</context>
</TS>
