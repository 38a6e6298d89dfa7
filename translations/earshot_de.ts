<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiKeyCommand</name>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="29"/>
        <source>Make an API key for /metrics and /api/v1 and print it; it is shown only this once.</source>
        <translation>Einen API-Schlüssel für /metrics und /api/v1 erzeugen und ausgeben; er wird nur dieses eine Mal gezeigt.</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="30"/>
        <location filename="../app/headless/apikeycommand.cpp" line="31"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="31"/>
        <source>Revoke the API key of that name.</source>
        <translation>Den API-Schlüssel dieses Namens widerrufen.</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="32"/>
        <source>List the API keys&apos; names.</source>
        <translation>Die Namen der API-Schlüssel auflisten.</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="47"/>
        <source>Keep it now: Earshot keeps only its SHA-256 and cannot show it again.</source>
        <translation>Jetzt aufbewahren: Earshot speichert nur seinen SHA-256 und kann ihn nicht erneut zeigen.</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="57"/>
        <source>API key %1 revoked.</source>
        <translation>API-Schlüssel %1 widerrufen.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="47"/>
        <source>Cannot read the API keys in %1: %2</source>
        <translation>Die API-Schlüssel in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="53"/>
        <source>The API keys in %1 are not readable JSON: %2</source>
        <translation>Die API-Schlüssel in %1 sind kein lesbares JSON: %2</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="80"/>
        <source>An API key&apos;s name is 1 to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Der Name eines API-Schlüssels besteht aus 1 bis %1 Buchstaben, Ziffern, „.“, „_“ oder „-“.</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="88"/>
        <source>There is an API key named %1 already.</source>
        <translation>Es gibt bereits einen API-Schlüssel namens %1.</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="92"/>
        <source>There are %1 API keys, the most there may be.</source>
        <translation>Es gibt %1 API-Schlüssel, mehr sind nicht möglich.</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="116"/>
        <source>There is no API key named %1.</source>
        <translation>Es gibt keinen API-Schlüssel namens %1.</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="141"/>
        <source>Cannot save the API keys in %1: %2</source>
        <translation>Die API-Schlüssel in %1 können nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ApiKeysDialog</name>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="23"/>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="25"/>
        <source>Programs that watch or automate Earshot (Prometheus, scripts) use a key for /metrics and /api/v1. A key is shown only when it is made; Earshot keeps its SHA-256, not the key.</source>
        <translation>Programme, die Earshot überwachen oder automatisieren (Prometheus, Skripte), brauchen für /metrics und /api/v1 einen Schlüssel. Ein Schlüssel wird nur beim Erzeugen gezeigt; Earshot speichert seinen SHA-256, nicht den Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="35"/>
        <source>Made</source>
        <comment>API key</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="40"/>
        <source>&amp;Create…</source>
        <translation>&amp;Erzeugen…</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="42"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="76"/>
        <location filename="../app/monitor/apikeysdialog.cpp" line="87"/>
        <source>New API Key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="77"/>
        <source>Name (who uses it, e.g. prometheus):</source>
        <translation>Name (wer ihn benutzt, z.&#xa0;B. prometheus):</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="98"/>
        <source>API Key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="100"/>
        <source>Copy the key now: it is not shown again.</source>
        <translation>Kopieren Sie den Schlüssel jetzt: Er wird nicht wieder gezeigt.</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="108"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="122"/>
        <location filename="../app/monitor/apikeysdialog.cpp" line="133"/>
        <source>Revoke API Key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="123"/>
        <source>Revoke the key %1? Programs that use it are refused from now on.</source>
        <translation>Den Schlüssel %1 widerrufen? Programme, die ihn benutzen, werden ab sofort abgewiesen.</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="16"/>
        <source>Live captions</source>
        <translation>Live-Untertitel</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="61"/>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="62"/>
        <source>Select a session to see what is said in it.</source>
        <translation>Wählen Sie eine Sitzung, um zu sehen, was darin gesagt wird.</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="65"/>
        <source>Captions of “%1”</source>
        <translation>Untertitel von „%1“</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="68"/>
        <source>This session is not transcribed. Turn on “Live captions” on the recording page, or “Transcribe every session” in the settings.</source>
        <translation>Diese Sitzung wird nicht transkribiert. Schalten Sie „Live-Untertitel“ auf der Aufnahmeseite ein oder „Jede Sitzung transkribieren“ in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="73"/>
        <source>Listening…</source>
        <translation>Zuhören…</translation>
    </message>
</context>
<context>
    <name>CaptureServer</name>
    <message>
        <location filename="../server/captureserver.cpp" line="85"/>
        <source>The server is running already.</source>
        <translation>Der Server läuft bereits.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="90"/>
        <source>No recordings folder is set.</source>
        <translation>Es ist kein Aufnahmeordner festgelegt.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="97"/>
        <source>Cannot write to the recordings folder %1.</source>
        <translation>In den Aufnahmeordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="102"/>
        <source>The webhook needs a secret to sign its requests with.</source>
        <translation>Der Webhook braucht ein Geheimnis, mit dem er seine Anfragen signiert.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="112"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1 Port %2 kann nicht empfangen werden: %3</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="130"/>
        <source>Cannot accept a connection: %1</source>
        <translation>Eine Verbindung kann nicht angenommen werden: %1</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="252"/>
        <source>Cannot set up HTTPS: %1</source>
        <translation>HTTPS kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="289"/>
        <source>Repaired %1, left by a crash; marked interrupted.</source>
        <translation>%1 nach einem Absturz repariert und als unterbrochen markiert.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="292"/>
        <source>Could not repair %1</source>
        <translation>%1 konnte nicht repariert werden</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="268"/>
        <source>Could not take up the take in %1 again: %2</source>
        <translation>Der Take in %1 konnte nicht wieder aufgenommen werden: %2</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="536"/>
        <location filename="../server/captureserver.cpp" line="552"/>
        <source>The server is not running.</source>
        <translation>Der Server läuft nicht.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="544"/>
        <source>Take &quot;%1&quot; made: %2</source>
        <translation>Aufnahme „%1“ angelegt: %2</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="564"/>
        <source>Take &quot;%1&quot;: cannot save take.json: %2</source>
        <translation>Aufnahme „%1“: take.json kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="571"/>
        <source>Take &quot;%1&quot; started by the host.</source>
        <translation>Aufnahme „%1“ vom Gastgeber gestartet.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="572"/>
        <source>Take &quot;%1&quot; stopped by the host.</source>
        <translation>Aufnahme „%1“ vom Gastgeber beendet.</translation>
    </message>
</context>
<context>
    <name>ClientConnection</name>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="134"/>
        <source>Client connected (%1).</source>
        <translation>Client verbunden (%1).</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="135"/>
        <source>no user agent</source>
        <translation>kein User-Agent</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="406"/>
        <source>Recording &quot;%1&quot; started (%2).</source>
        <translation>Aufnahme „%1“ gestartet (%2).</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="408"/>
        <source>format from the first bytes</source>
        <translation>Format aus den ersten Bytes</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="663"/>
        <source>Refused a resume with a wrong token.</source>
        <translation>Fortsetzung mit falschem Token abgelehnt.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="716"/>
        <source>Recording &quot;%1&quot; resumed at byte %L2.</source>
        <translation>Aufnahme „%1“ bei Byte %L2 fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="835"/>
        <source>Recording &quot;%1&quot; ended (%2): %L3 bytes in %L4 chunks.</source>
        <translation>Aufnahme „%1“ beendet (%2): %L3 Bytes in %L4 Blöcken.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="828"/>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="59"/>
        <source>Recording &quot;%1&quot; could not be forced to the disk (%2); a power loss may take some of it.</source>
        <translation>Die Aufnahme „%1“ konnte nicht auf den Datenträger gezwungen werden (%2); bei einem Stromausfall kann ein Teil davon verloren gehen.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="64"/>
        <location filename="../server/net/clientconnection.cpp" line="87"/>
        <source>Its sidecar could not say so: %1.</source>
        <translation>Ihre Begleitdatei konnte das nicht vermerken: %1.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="90"/>
        <source>Recording &quot;%1&quot; is verified: it holds the %L2 bytes its client produced.</source>
        <translation>Aufnahme „%1“ ist verifiziert: Sie enthält die %L2 Bytes, die ihr Client erzeugt hat.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="97"/>
        <source>Recording &quot;%1&quot; is not what its client produced: %2.</source>
        <translation>Aufnahme „%1“ ist nicht, was ihr Client erzeugt hat: %2.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="120"/>
        <source>The client broke the WebSocket protocol (closed with %1): %2</source>
        <translation>Der Client hat das WebSocket-Protokoll verletzt (geschlossen mit %1): %2</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="490"/>
        <source>Refused a stream to transcribe: %1.</source>
        <translation>Stream zum Transkribieren abgelehnt: %1.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="525"/>
        <source>Recording &quot;%1&quot; is not transcribed: every recognizer is busy (%2 at most).</source>
        <translation>Aufnahme „%1“ wird nicht transkribiert: Alle Spracherkenner sind belegt (höchstens %2).</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="535"/>
        <source>The sidecar could not name the transcript: %1</source>
        <translation>Die Begleitdatei konnte das Transkript nicht vermerken: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="550"/>
        <source>Transcription fell behind and skipped %L1 s of audio.</source>
        <translation>Die Transkription kam nicht hinterher und hat %L1 s Ton übersprungen.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="559"/>
        <source>The transcript ended early: %1</source>
        <translation>Das Transkript endete vorzeitig: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="656"/>
        <source>Taking over recording &quot;%1&quot; from the shared folder.</source>
        <translation>Aufnahme „%1“ wird aus dem gemeinsamen Ordner übernommen.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="829"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="830"/>
        <source>interrupted, resumable</source>
        <translation>unterbrochen, fortsetzbar</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="831"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="904"/>
        <source>Client disconnected.</source>
        <translation>Client getrennt.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="922"/>
        <location filename="../server/net/clientconnection.cpp" line="947"/>
        <source>Cannot save the stream&apos;s sidecar: %1</source>
        <translation>Die Begleitdatei des Streams lässt sich nicht speichern: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="950"/>
        <source>Now playing on %1: %2</source>
        <translation>Jetzt läuft auf %1: %2</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="996"/>
        <source>Cannot save the call&apos;s sidecar: %1</source>
        <translation>Die Begleitdatei des Anrufs lässt sich nicht speichern: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="1023"/>
        <source>A call&apos;s track file may not be on the disk: %1</source>
        <translation>Eine Spurdatei des Anrufs ist womöglich nicht auf dem Datenträger: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="1048"/>
        <source>Refused a phone call: %1</source>
        <translation>Anruf abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="1175"/>
        <source>Error %1 sent to the client: %2</source>
        <translation>Fehler %1 an den Client gesendet: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/common/commandline.cpp" line="34"/>
        <source>Run without a window; log to standard output.</source>
        <translation>Ohne Fenster ausführen; Protokoll auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="35"/>
        <source>Listen on port &lt;N&gt; (0 picks a free one).</source>
        <translation>Auf Port &lt;N&gt; empfangen (0 wählt einen freien).</translation>
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
        <translation>Nur auf Adresse &lt;ADR&gt; empfangen („localhost“ für diesen Computer).</translation>
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
        <translation>Aufnahmen in den Ordner &lt;PFAD&gt; schreiben.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="38"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="39"/>
        <source>Record at most &lt;N&gt; sessions at a time.</source>
        <translation>Höchstens &lt;N&gt; Sitzungen gleichzeitig aufnehmen.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="41"/>
        <source>Close connections that send a message over &lt;N&gt; bytes.</source>
        <translation>Verbindungen schließen, die eine Nachricht über &lt;N&gt; Bytes senden.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="43"/>
        <source>Serve HTTPS with this certificate (PEM) instead of Earshot&apos;s own.</source>
        <translation>HTTPS mit diesem Zertifikat (PEM) statt Earshots eigenem bereitstellen.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="43"/>
        <location filename="../app/common/commandline.cpp" line="45"/>
        <location filename="../app/common/commandline.cpp" line="91"/>
        <location filename="../app/common/commandline.cpp" line="104"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="45"/>
        <source>The private key (PEM) of the certificate given with --cert.</source>
        <translation>Der private Schlüssel (PEM) des mit --cert angegebenen Zertifikats.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="46"/>
        <source>Serve plain HTTP only (phones then have no microphone access).</source>
        <translation>Nur unverschlüsseltes HTTP bereitstellen (Telefone haben dann keinen Mikrofonzugriff).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="48"/>
        <source>Ask clients on this computer for the pairing code too.</source>
        <translation>Auch Clients auf diesem Computer nach dem Kopplungscode fragen.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="50"/>
        <source>Keep each compressed stream as it arrived beside its remuxed file.</source>
        <translation>Jeden komprimierten Stream so, wie er ankam, neben seiner umgepackten Datei behalten.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="52"/>
        <source>Also accept WebSockets from web pages of &lt;ORIGIN&gt; (repeatable).</source>
        <translation>Auch WebSockets von Webseiten von &lt;HERKUNFT&gt; annehmen (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="52"/>
        <source>ORIGIN</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="54"/>
        <source>Transcribe every session, not only those whose client asks for captions.</source>
        <translation>Jede Sitzung transkribieren, nicht nur die, deren Client Untertitel anfordert.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="56"/>
        <source>Transcribe at most &lt;N&gt; sessions at a time (default: one per core).</source>
        <translation>Höchstens &lt;N&gt; Sitzungen gleichzeitig transkribieren (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="58"/>
        <source>The PocketSphinx model folder; &quot;none&quot; turns transcription off.</source>
        <translation>Der Modellordner von PocketSphinx; „none“ schaltet die Transkription aus.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="58"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="60"/>
        <source>Headless: record a take named &lt;NAME&gt; from the start (its link is printed; it stops with the server).</source>
        <translation>Ohne Fenster: von Anfang an eine Aufnahme namens &lt;NAME&gt; aufzeichnen (ihr Link wird ausgegeben; sie endet mit dem Server).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="62"/>
        <location filename="../app/common/commandline.cpp" line="99"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="64"/>
        <source>With --take: when the take stops, export its tracks aligned (WAVs and a Matroska file in its &quot;aligned&quot; folder) before exiting.</source>
        <translation>Mit --take: Wenn der Take endet, seine Spuren ausgerichtet exportieren (WAV-Dateien und eine Matroska-Datei in seinem Ordner „aligned“), bevor Earshot sich beendet.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="67"/>
        <source>Trust the reverse proxy at &lt;ADDR&gt; (comma-separated, repeatable) to name each client in a PROXY protocol header, which its connections must then begin with.</source>
        <translation>Dem Reverse-Proxy unter &lt;ADDR&gt; (durch Kommas getrennt, wiederholbar) vertrauen, dass er jeden Client in einem PROXY-Protokoll-Header nennt; seine Verbindungen müssen dann damit beginnen.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="71"/>
        <source>Run &lt;CMD&gt; (a program and its arguments, no shell) when a session starts; the recording&apos;s facts are in EARSHOT_* environment variables (docs/hooks.md).</source>
        <translation>&lt;BEFEHL&gt; (ein Programm und seine Argumente, ohne Shell) ausführen, wenn eine Sitzung beginnt; die Angaben zur Aufnahme stehen in EARSHOT_*-Umgebungsvariablen (docs/hooks.md).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="73"/>
        <location filename="../app/common/commandline.cpp" line="75"/>
        <location filename="../app/common/commandline.cpp" line="78"/>
        <source>CMD</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="75"/>
        <source>Run &lt;CMD&gt; when a session&apos;s connection drops before it was stopped.</source>
        <translation>&lt;BEFEHL&gt; ausführen, wenn die Verbindung einer Sitzung abbricht, bevor sie beendet wurde.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="77"/>
        <source>Run &lt;CMD&gt; when a recording is over and its file final (remuxed if it needed it).</source>
        <translation>&lt;BEFEHL&gt; ausführen, wenn eine Aufnahme vorbei und ihre Datei fertig ist (umgepackt, falls nötig).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="80"/>
        <source>Kill a hook (or abandon a webhook try) that runs over &lt;S&gt; seconds (default: 60).</source>
        <translation>Einen Hook, der länger als &lt;S&gt; Sekunden läuft, beenden (bzw. einen Webhook-Versuch aufgeben) (Standard: 60).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="81"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="83"/>
        <source>Run at most &lt;N&gt; hooks at a time; the others wait (default: 4).</source>
        <translation>Höchstens &lt;N&gt; Hooks gleichzeitig ausführen; die anderen warten (Standard: 4).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="85"/>
        <source>POST each finished recording&apos;s sidecar (JSON) to &lt;URL&gt;, signed with the webhook secret.</source>
        <translation>Die Begleitdatei (JSON) jeder fertigen Aufnahme per POST an &lt;URL&gt; senden, signiert mit dem Webhook-Geheimnis.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="87"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="89"/>
        <source>The secret the webhook&apos;s HMAC-SHA256 signature is keyed with.</source>
        <translation>Das Geheimnis, mit dem die HMAC-SHA256-Signatur des Webhooks gebildet wird.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="89"/>
        <source>SECRET</source>
        <translation>GEHEIMNIS</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="91"/>
        <source>Read the webhook secret from &lt;FILE&gt; (it stays out of the process list).</source>
        <translation>Das Webhook-Geheimnis aus &lt;DATEI&gt; lesen (so erscheint es nicht in der Prozessliste).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="93"/>
        <source>Try a webhook delivery at most &lt;N&gt; times on connection errors and 5xx answers (default: 5).</source>
        <translation>Eine Webhook-Zustellung bei Verbindungsfehlern und 5xx-Antworten höchstens &lt;N&gt;-mal versuchen (Standard: 5).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="97"/>
        <source>Name this instance &lt;NAME&gt; in the sidecars of the recordings it writes, for several instances sharing one recordings folder (default: host:port).</source>
        <translation>Diese Instanz in den Begleitdateien der Aufnahmen, die sie schreibt, &lt;NAME&gt; nennen, für mehrere Instanzen mit einem gemeinsamen Aufnahmeordner (Standard: Host:Port).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="101"/>
        <source>Headless: read the options from &lt;FILE&gt; (default: %1 when it exists); those given here win.</source>
        <translation>Ohne Fenster: die Optionen aus &lt;FILE&gt; lesen (Vorgabe: %1, falls vorhanden); die hier angegebenen haben Vorrang.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="107"/>
        <source>Earshot records the audio that phones and browsers stream to it.</source>
        <translation>Earshot nimmt den Ton auf, den Telefone und Browser an ihn streamen.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="195"/>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="200"/>
        <source>set again (first on line %1)</source>
        <translation>erneut gesetzt (zuerst in Zeile %1)</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="209"/>
        <source>values are written without quotes</source>
        <translation>Werte werden ohne Anführungszeichen geschrieben</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="278"/>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>„%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="285"/>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>Der Port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="290"/>
        <location filename="../app/common/commandline.cpp" line="338"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="293"/>
        <source>The recordings folder must not be empty.</source>
        <translation>Der Aufnahmeordner darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="298"/>
        <source>The number of live sessions must be at least 1.</source>
        <translation>Die Zahl der Live-Sitzungen muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="304"/>
        <source>The message size must be a number of bytes from 1 to %1.</source>
        <translation>Die Nachrichtengröße muss eine Bytezahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="325"/>
        <source>The number of transcriptions at a time must be from 1 to 1024.</source>
        <translation>Die Zahl gleichzeitiger Transkriptionen muss von 1 bis 1024 reichen.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="348"/>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>„%1“ ist kein Befehl.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="356"/>
        <source>The hook timeout must be a number of seconds from 1 to 86400.</source>
        <translation>Die Zeitgrenze für Hooks muss eine Anzahl Sekunden von 1 bis 86400 sein.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="361"/>
        <source>The number of hooks at a time must be from 1 to 256.</source>
        <translation>Die Zahl gleichzeitiger Hooks muss zwischen 1 und 256 liegen.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="368"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="375"/>
        <source>The path of the webhook secret file must not be empty.</source>
        <translation>Der Pfad der Webhook-Geheimnisdatei darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="381"/>
        <source>The number of webhook tries must be from 1 to 20.</source>
        <translation>Die Zahl der Webhook-Versuche muss zwischen 1 und 20 liegen.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="386"/>
        <source>The instance name must have 1 to %1 characters.</source>
        <translation>Der Instanzname muss 1 bis %1 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="395"/>
        <source>--cert and --key go together.</source>
        <translation>--cert und --key gehören zusammen.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="499"/>
        <source>--export-at-end goes with --take NAME.</source>
        <translation>--export-at-end gehört zu --take NAME.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="515"/>
        <source>Cannot read the webhook secret from %1: %2</source>
        <translation>Das Webhook-Geheimnis kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="521"/>
        <source>The webhook secret file %1 is empty.</source>
        <translation>Die Webhook-Geheimnisdatei %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="534"/>
        <source>--webhook needs --webhook-secret or --webhook-secret-file.</source>
        <translation>--webhook braucht --webhook-secret oder --webhook-secret-file.</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <location filename="../app/common/configfile.cpp" line="14"/>
        <source>Cannot read the config file %1: %2</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/common/configfile.cpp" line="31"/>
        <source>expected &quot;key = value&quot;, found &quot;%1&quot;</source>
        <translation>„Schlüssel = Wert“ erwartet, „%1“ gefunden</translation>
    </message>
</context>
<context>
    <name>ConnectDevicePanel</name>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="48"/>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="49"/>
        <source>New pairing code…</source>
        <translation>Neuer Kopplungscode…</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="58"/>
        <source>Scan the code with the phone&apos;s camera, or type the address into its browser. The address holds this computer&apos;s pairing code.</source>
        <translation>Scannen Sie den Code mit der Kamera des Telefons oder geben Sie die Adresse in dessen Browser ein. Die Adresse enthält den Kopplungscode dieses Computers.</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="69"/>
        <source>Authority (SHA-256):</source>
        <translation>Zertifizierungsstelle (SHA-256):</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="70"/>
        <source>Certificate (SHA-256):</source>
        <translation>Zertifikat (SHA-256):</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="95"/>
        <source>Not listening</source>
        <translation>Empfang aus</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="107"/>
        <source>none (your own certificate)</source>
        <translation>keine (eigenes Zertifikat)</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="110"/>
        <source>none (plain HTTP)</source>
        <translation>keines (unverschlüsseltes HTTP)</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="118"/>
        <source>The phone warns about the certificate until it trusts this computer: install %1 once (iPhone: Settings › General › About › Certificate Trust Settings).</source>
        <translation>Das Telefon warnt vor dem Zertifikat, bis es diesem Computer vertraut: Installieren Sie einmalig %1 (iPhone: Einstellungen › Allgemein › Info › Zertifikatsvertrauenseinstellungen).</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="131"/>
        <source>New pairing code</source>
        <translation>Neuer Kopplungscode</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="132"/>
        <source>Devices paired with the current code will have to scan the new one. Make a new code?</source>
        <translation>Mit dem aktuellen Code gekoppelte Geräte müssen den neuen scannen. Einen neuen Code erstellen?</translation>
    </message>
</context>
<context>
    <name>ConnectionIntake</name>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="186"/>
        <location filename="../server/net/connectionintake.cpp" line="574"/>
        <source>Refused a connection from the trusted proxy %1: %2.</source>
        <translation>Eine Verbindung vom vertrauenswürdigen Proxy %1 wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="290"/>
        <source>Too many wrong pairing codes: %1 is banned for a while.</source>
        <translation>Zu viele falsche Kopplungscodes: %1 ist vorübergehend gesperrt.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="321"/>
        <source>Too many wrong API keys: %1 is banned for a while.</source>
        <translation>Zu viele falsche API-Schlüssel: %1 ist für eine Weile gesperrt.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="324"/>
        <source>Refused %1 %2: wrong API key.</source>
        <translation>%1 %2 abgewiesen: falscher API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="360"/>
        <source>Refused a WebSocket: %1 (origin %2).</source>
        <translation>WebSocket abgelehnt: %1 (Herkunft %2).</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="384"/>
        <source>Refused an Icecast source for %1: wrong password.</source>
        <translation>Icecast-Quelle für %1 abgelehnt: falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="393"/>
        <source>Refused an Icecast source for %1 (%2).</source>
        <translation>Icecast-Quelle für %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="439"/>
        <source>Refused an Icecast metadata request: wrong password.</source>
        <translation>Icecast-Metadatenanfrage abgelehnt: falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="449"/>
        <source>Refused an Icecast metadata request (%1).</source>
        <translation>Icecast-Metadatenanfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="456"/>
        <source>Refused an Icecast metadata request for %1: no source streams there.</source>
        <translation>Icecast-Metadatenanfrage für %1 abgelehnt: dort sendet keine Quelle.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="507"/>
        <source>Refused a WebSocket upgrade that is not a version 13 handshake.</source>
        <translation>Ein WebSocket-Upgrade ohne Handshake der Version 13 wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="540"/>
        <source>Could not take over a WebSocket&apos;s connection: %1</source>
        <translation>Die Verbindung eines WebSockets konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="586"/>
        <source>Closed an API connection from %1: it read nothing of its response for %2 s.</source>
        <translation>API-Verbindung von %1 geschlossen: Sie hat %2 s lang nichts von ihrer Antwort gelesen.</translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <location filename="../server/net/connectionworker.cpp" line="77"/>
        <source>Recording was not resumed in time; it stays interrupted.</source>
        <translation>Die Aufnahme wurde nicht rechtzeitig fortgesetzt; sie bleibt unterbrochen.</translation>
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
        <translation>Mono</translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="112"/>
        <source>stereo</source>
        <translation>Stereo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/displayformat.cpp" line="113"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
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
        <translation>still</translation>
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
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="84"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="86"/>
        <source>Device</source>
        <comment>network address of the sending device</comment>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="88"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="90"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>ExportTakeCommand</name>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="32"/>
        <source>Export a take&apos;s tracks aligned: one WAV per track and one Matroska file, in the take&apos;s &quot;aligned&quot; folder; the files written on stdout.</source>
        <translation>Die Spuren eines Takes ausgerichtet exportieren: eine WAV-Datei je Spur und eine Matroska-Datei, im Ordner „aligned“ des Takes; die geschriebenen Dateien auf stdout.</translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="34"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="43"/>
        <source>--export-take needs the take&apos;s folder.</source>
        <translation>--export-take braucht den Ordner des Takes.</translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="51"/>
        <location filename="../app/headless/exporttakecommand.cpp" line="75"/>
        <source>Cannot export %1: %2</source>
        <translation>%1 lässt sich nicht exportieren: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/headless/exporttakecommand.cpp" line="54"/>
        <source>Exporting the take &quot;%1&quot;: %n track(s), %2 s</source>
        <translation>
            <numerusform>Export des Takes „%1“: %n Spur, %2 s</numerusform>
            <numerusform>Export des Takes „%1“: %n Spuren, %2 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="71"/>
        <source>Exporting: %1 %</source>
        <translation>Export: %1 %</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="93"/>
        <source>Earshot could not start on port %1: %2</source>
        <translation>Earshot konnte nicht auf Port %1 starten: %2</translation>
    </message>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="138"/>
        <source>Cannot record the take &quot;%1&quot;: %2</source>
        <translation>Die Aufnahme „%1“ kann nicht aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="220"/>
        <source>Cannot stop the take: %1</source>
        <translation>Die Aufnahme kann nicht beendet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="272"/>
        <location filename="../app/headless/headlessrunner.cpp" line="286"/>
        <source>Cannot export the take: %1</source>
        <translation>Der Take lässt sich nicht exportieren: %1</translation>
    </message>
</context>
<context>
    <name>HookRunner</name>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="54"/>
        <source>Too many hooks are waiting; the %1 hook was skipped.</source>
        <translation>Zu viele Hooks warten; der Hook %1 wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="108"/>
        <source>The %1 hook could not start: %2</source>
        <translation>Der Hook %1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="116"/>
        <source>The %1 hook ran over %2 s and was killed.</source>
        <translation>Der Hook %1 lief länger als %2 s und wurde beendet.</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="120"/>
        <source>The %1 hook was ended by a signal%2</source>
        <translation>Der Hook %1 wurde durch ein Signal beendet%2</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="122"/>
        <source>The %1 hook exited with status %2%3</source>
        <translation>Der Hook %1 endete mit Status %2%3</translation>
    </message>
</context>
<context>
    <name>LocalRecorder</name>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="19"/>
        <source>The local copy was not finished in time.</source>
        <translation>Die lokale Kopie wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="20"/>
        <source>The local copy did not start. Are the GStreamer plugins installed?</source>
        <translation>Die lokale Kopie ist nicht gestartet. Sind die GStreamer-Plugins installiert?</translation>
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
        <translation>Die lokale Kopie wird bereits aufgenommen.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="96"/>
        <source>The microphone is not available.</source>
        <translation>Das Mikrofon ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="102"/>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="173"/>
        <source>The local copy stopped by itself.</source>
        <translation>Die lokale Kopie hat von selbst angehalten.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="188"/>
        <source>The local copy %1 is empty.</source>
        <translation>Die lokale Kopie %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="199"/>
        <source>The local copy failed: %1</source>
        <translation>Die lokale Kopie ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="89"/>
        <source>Connect a Device</source>
        <translation>Gerät verbinden</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="90"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="95"/>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="126"/>
        <source>Live Sessions</source>
        <translation>Live-Sitzungen</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="133"/>
        <source>Recordings</source>
        <translation>Aufnahmen</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="201"/>
        <source>Earshot is not listening: %1</source>
        <translation>Earshot empfängt nicht: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="270"/>
        <source>&amp;Start Listening</source>
        <translation>Empfang &amp;starten</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="271"/>
        <source>Accept connections from devices</source>
        <translation>Verbindungen von Geräten annehmen</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="275"/>
        <source>S&amp;top Listening</source>
        <translation>Empfang &amp;beenden</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="276"/>
        <source>Finish every recording and stop accepting connections</source>
        <translation>Alle Aufnahmen abschließen und keine Verbindungen mehr annehmen</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="280"/>
        <source>Open &amp;Recordings Folder</source>
        <translation>&amp;Aufnahmeordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="284"/>
        <source>New &amp;Take…</source>
        <translation>Neuer &amp;Take…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="286"/>
        <source>Record several guests together, each on their own device</source>
        <translation>Mehrere Gäste gemeinsam aufnehmen, jeden auf seinem eigenen Gerät</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="290"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="295"/>
        <source>&amp;API Keys…</source>
        <translation>A&amp;PI-Schlüssel…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="297"/>
        <source>Keys for /metrics and the HTTP API</source>
        <translation>Schlüssel für /metrics und die HTTP-API</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="301"/>
        <location filename="../app/monitor/mainwindow.cpp" line="595"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="309"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="316"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="320"/>
        <source>S&amp;ession</source>
        <translation>S&amp;itzung</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="323"/>
        <source>T&amp;ake</source>
        <translation>&amp;Take</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="326"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="339"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="345"/>
        <source>Desktop &amp;Notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="352"/>
        <source>&amp;Keep Running in the Tray When Closed</source>
        <translation>Beim Schließen im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="456"/>
        <source>Finishing recordings…</source>
        <translation>Aufnahmen werden abgeschlossen…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="500"/>
        <source>Restart the Server?</source>
        <translation>Server neu starten?</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="501"/>
        <source>The new settings take effect when the server restarts. Restart it now? The live sessions end; their recordings are kept.</source>
        <translation>Die neuen Einstellungen gelten, sobald der Server neu startet. Jetzt neu starten? Die Live-Sitzungen enden; ihre Aufnahmen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="591"/>
        <source>Quit Earshot?</source>
        <translation>Earshot beenden?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/mainwindow.cpp" line="592"/>
        <source>Quitting ends %Ln recording(s) in progress. What has arrived so far is kept.</source>
        <translation>
            <numerusform>Beenden bricht %Ln laufende Aufnahme ab. Was bisher angekommen ist, bleibt erhalten.</numerusform>
            <numerusform>Beenden bricht %Ln laufende Aufnahmen ab. Was bisher angekommen ist, bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="608"/>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="618"/>
        <location filename="../app/monitor/mainwindow.cpp" line="626"/>
        <source>New Take</source>
        <translation>Neuer Take</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="619"/>
        <source>Name of the take (the folder of its tracks is named after it):</source>
        <translation>Name des Takes (der Ordner seiner Spuren wird danach benannt):</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="626"/>
        <source>The take could not be made: %1</source>
        <translation>Der Take konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="638"/>
        <source>Connection lost while the take records: %1.</source>
        <translation>Verbindung während der Aufnahme des Takes verloren: %1.</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="643"/>
        <source>Guest lost</source>
        <comment>notification title</comment>
        <translation>Gast getrennt</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="644"/>
        <source>%1: connection lost while the take records.</source>
        <translation>%1: Verbindung während der Aufnahme des Takes verloren.</translation>
    </message>
</context>
<context>
    <name>MicStreamCommand</name>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="84"/>
        <source>Stream this computer&apos;s microphone without a window.</source>
        <translation>Das Mikrofon dieses Computers ohne Fenster streamen.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="85"/>
        <source>List the microphones (id and name) and exit.</source>
        <translation>Die Mikrofone (ID und Name) auflisten und beenden.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="86"/>
        <source>Stream the microphone with id &lt;ID&gt; (see --list-devices).</source>
        <translation>Das Mikrofon mit der ID &lt;ID&gt; streamen (siehe --list-devices).</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="86"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="88"/>
        <source>Stream to the Earshot at &lt;URL&gt; (ws://, wss://, http:// or https://, with ?t=&lt;token&gt;). A take&apos;s link (with take=) records into that take, following its host&apos;s start and stop. Default: this computer&apos;s.</source>
        <translation>Zum Earshot unter &lt;URL&gt; streamen (ws://, wss://, http:// oder https://, mit ?t=&lt;Token&gt;). Der Link eines Takes (mit take=) nimmt in diesen Take auf und folgt Start und Stopp seines Gastgebers. Standard: der dieses Computers.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="91"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="92"/>
        <source>Stop after &lt;S&gt; seconds of audio.</source>
        <translation>Nach &lt;S&gt; Sekunden Ton anhalten.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="92"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="93"/>
        <source>Sample rate: 16000 (default) or 48000.</source>
        <translation>Abtastrate: 16000 (Standard) oder 48000.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="93"/>
        <source>RATE</source>
        <translation>RATE</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="94"/>
        <source>1 (default) or 2 channels.</source>
        <translation>1 (Standard) oder 2 Kanäle.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="94"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="95"/>
        <source>At the end, write the SHA-256 of the captured audio to &lt;PATH&gt;.</source>
        <translation>Am Ende die SHA-256-Prüfsumme des aufgenommenen Tons nach &lt;PFAD&gt; schreiben.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="96"/>
        <location filename="../app/capture/micstreamcommand.cpp" line="98"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="97"/>
        <source>Also record a local copy to &lt;PATH&gt; (.ogg Opus, .oga FLAC or .wav).</source>
        <translation>Zusätzlich eine lokale Kopie nach &lt;PFAD&gt; aufnehmen (.ogg Opus, .oga FLAC oder .wav).</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="100"/>
        <source>Trust the wss:// certificate with SHA-256 fingerprint &lt;FP&gt; and remember it.</source>
        <translation>Dem wss://-Zertifikat mit dem SHA-256-Fingerabdruck &lt;FP&gt; vertrauen und es merken.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="101"/>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="115"/>
        <source>--format must be 16000 or 48000.</source>
        <translation>--format muss 16000 oder 48000 sein.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="123"/>
        <source>--channels must be 1 or 2.</source>
        <translation>--channels muss 1 oder 2 sein.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="132"/>
        <source>--duration must be a number of seconds above 0.</source>
        <translation>--duration muss eine Sekundenzahl über 0 sein.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="159"/>
        <location filename="../app/capture/micstreamcommand.cpp" line="178"/>
        <source>This computer has no microphone.</source>
        <translation>Dieser Computer hat kein Mikrofon.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="160"/>
        <source>No microphone has the id &quot;%1&quot;; see --list-devices.</source>
        <translation>Kein Mikrofon hat die ID „%1“; siehe --list-devices.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="183"/>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="222"/>
        <source>No Earshot answers on 127.0.0.1:%1, and one could not be started: %2</source>
        <translation>Unter 127.0.0.1:%1 antwortet kein Earshot, und es konnte keiner gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="230"/>
        <source>No Earshot answers on 127.0.0.1:%1; recording into %2 with a server of this command.</source>
        <translation>Unter 127.0.0.1:%1 antwortet kein Earshot; Aufnahme nach %2 mit einem eigenen Server dieses Befehls.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="249"/>
        <source>Trusting the certificate of %1 (%2) from now on.</source>
        <translation>Dem Zertifikat von %1 (%2) wird ab jetzt vertraut.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="255"/>
        <source>The certificate of %1 is not trusted (%2).
Its SHA-256 fingerprint is %3
Compare it with the one the other Earshot shows; if they match, run again with --accept-certificate %3</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2).
Sein SHA-256-Fingerabdruck ist %3
Vergleichen Sie ihn mit dem, den das andere Earshot anzeigt; wenn sie übereinstimmen, starten Sie erneut mit --accept-certificate %3</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="311"/>
        <source>Stopping; delivering what is left (again to give up).</source>
        <translation>Wird angehalten; der Rest wird noch zugestellt (nochmals, um aufzugeben).</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="314"/>
        <source>Giving up on what is not delivered.</source>
        <translation>Nicht Zugestelltes wird aufgegeben.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="325"/>
        <source>Delivered %1 bytes to %2 as %3.</source>
        <translation>%1 Bytes an %2 als %3 zugestellt.</translation>
    </message>
</context>
<context>
    <name>MicStreamer</name>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="38"/>
        <source>If this program stops unexpectedly, the audio not delivered yet cannot be sent later: %1</source>
        <translation>Falls dieses Programm unerwartet endet, kann das noch nicht zugestellte Audio später nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="49"/>
        <source>The microphone is streaming already.</source>
        <translation>Das Mikrofon streamt bereits.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="68"/>
        <source>This computer has no microphone.</source>
        <translation>Dieser Computer hat kein Mikrofon.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="69"/>
        <source>The microphone &quot;%1&quot; is not connected.</source>
        <translation>Das Mikrofon „%1“ ist nicht angeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="75"/>
        <location filename="../app/capture/micstreamer.cpp" line="81"/>
        <location filename="../app/capture/micstreamer.cpp" line="246"/>
        <source>Cannot keep audio for sending: %1</source>
        <translation>Ton kann nicht zum Senden zwischengespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="95"/>
        <source>Streaming %1 from &quot;%2&quot; to %3.</source>
        <translation>Streame %1 von „%2“ nach %3.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="100"/>
        <source>Joining the take %1 on %2 as &quot;%3&quot;.</source>
        <translation>Trete dem Take %1 auf %2 als „%3“ bei.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="141"/>
        <source>In the take &quot;%1&quot;: waiting for the host to start it.</source>
        <translation>Im Take „%1“: warte, bis der Gastgeber ihn startet.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="155"/>
        <source>The take &quot;%1&quot; records: streaming %2 from &quot;%3&quot;.</source>
        <translation>Der Take „%1“ läuft: streame %2 von „%3“.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="160"/>
        <source>The host stopped the take &quot;%1&quot;.</source>
        <translation>Der Gastgeber hat den Take „%1“ beendet.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="163"/>
        <source>The take &quot;%1&quot; was stopped before this computer recorded anything.</source>
        <translation>Der Take „%1“ wurde beendet, bevor dieser Computer etwas aufgenommen hat.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="273"/>
        <source>Captured %1 bytes, SHA-256 %2.</source>
        <translation>%1 Bytes aufgenommen, SHA-256 %2.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="279"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="303"/>
        <source>Local copy: %1</source>
        <translation>Lokale Kopie: %1</translation>
    </message>
</context>
<context>
    <name>MicrophoneCapture</name>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="53"/>
        <source>The microphone is capturing already.</source>
        <translation>Das Mikrofon nimmt bereits auf.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="57"/>
        <source>The microphone is not available.</source>
        <translation>Das Mikrofon ist nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/microphonecapture.cpp" line="61"/>
        <source>%1 cannot record %2 Hz with %n channel(s).</source>
        <translation>
            <numerusform>%1 kann nicht mit %2 Hz und %n Kanal aufnehmen.</numerusform>
            <numerusform>%1 kann nicht mit %2 Hz und %n Kanälen aufnehmen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="85"/>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="225"/>
        <source>The microphone could not be opened.</source>
        <translation>Das Mikrofon konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="226"/>
        <source>The microphone stopped working.</source>
        <translation>Das Mikrofon funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="237"/>
        <source>The microphone was disconnected.</source>
        <translation>Das Mikrofon wurde getrennt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/microphonecapture.cpp" line="239"/>
        <source>The microphone has sent no audio for %n second(s).</source>
        <translation>
            <numerusform>Das Mikrofon hat seit %n Sekunde keinen Ton geliefert.</numerusform>
            <numerusform>Das Mikrofon hat seit %n Sekunden keinen Ton geliefert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MicrophonePanel</name>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="50"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="51"/>
        <source>Another Earshot:</source>
        <translation>Anderes Earshot:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="53"/>
        <source>Keep a local copy</source>
        <translation>Lokale Kopie behalten</translation>
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
        <translation>Stereo</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="72"/>
        <source>Input level</source>
        <translation>Eingangspegel</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="73"/>
        <source>https://192.168.1.20:8000/?t=token</source>
        <translation>https://192.168.1.20:8000/?t=code</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="74"/>
        <source>The other Earshot&apos;s pairing link, or a take&apos;s link (with take=): then this microphone records into the take, starting and stopping with its host.</source>
        <translation>Der Kopplungslink des anderen Earshot oder der Link eines Takes (mit take=): dann nimmt dieses Mikrofon in den Take auf und startet und stoppt mit seinem Gastgeber.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="86"/>
        <source>Format of the local copy</source>
        <translation>Format der lokalen Kopie</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="106"/>
        <source>Microphone:</source>
        <translation>Mikrofon:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="107"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="108"/>
        <source>Level:</source>
        <translation>Pegel:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="109"/>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="112"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="113"/>
        <source>Elapsed:</source>
        <translation>Verstrichen:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="114"/>
        <source>Sent:</source>
        <comment>bytes</comment>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="115"/>
        <source>Acknowledged:</source>
        <comment>bytes</comment>
        <translation>Bestätigt:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="143"/>
        <source>Every byte was delivered.</source>
        <translation>Jedes Byte wurde zugestellt.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="146"/>
        <source>Every byte was delivered. Local copy: %1</source>
        <translation>Jedes Byte wurde zugestellt. Lokale Kopie: %1</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="148"/>
        <source>Streaming failed: %1</source>
        <translation>Streamen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="216"/>
        <source>No microphone found</source>
        <translation>Kein Mikrofon gefunden</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="225"/>
        <location filename="../app/capture/microphonepanel.cpp" line="286"/>
        <source>Stop streaming</source>
        <translation>Streamen beenden</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="226"/>
        <source>%1 of audio have not reached the receiver yet. Give up on them?</source>
        <translation>%1 Ton haben den Empfänger noch nicht erreicht. Aufgeben?</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="255"/>
        <source>This computer&apos;s server is not running.</source>
        <translation>Der Server dieses Computers läuft nicht.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="277"/>
        <source>Microphone %1</source>
        <comment>file name of a local copy</comment>
        <translation>Mikrofon %1</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="289"/>
        <source>Stop now</source>
        <translation>Jetzt anhalten</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="290"/>
        <source>The rest is still being delivered.</source>
        <translation>Der Rest wird noch zugestellt.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="293"/>
        <source>Start streaming</source>
        <translation>Streamen starten</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="320"/>
        <source>Unknown certificate</source>
        <translation>Unbekanntes Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="321"/>
        <source>The Earshot at %1 presents a certificate this computer does not trust.</source>
        <translation>Das Earshot unter %1 legt ein Zertifikat vor, dem dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="326"/>
        <source>Compare its SHA-256 fingerprint with the one the other Earshot shows:

%1

Trust it for %2 from now on?</source>
        <translation>Vergleichen Sie seinen SHA-256-Fingerabdruck mit dem, den das andere Earshot anzeigt:

%1

Ihm für %2 ab jetzt vertrauen?</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="331"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="350"/>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="351"/>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting the connection; nothing was sent.</source>
        <translation>Das Zertifikat von %1 ist nicht das, dem Sie zuvor vertraut haben. Jemand könnte die Verbindung abfangen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="356"/>
        <source>Trusted: %1
Presented now: %2

If the other Earshot really has a new certificate, forget the old one to be asked again.</source>
        <translation>Vertraut: %1
Jetzt vorgelegt: %2

Wenn das andere Earshot wirklich ein neues Zertifikat hat, vergessen Sie das alte, um erneut gefragt zu werden.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="360"/>
        <source>Forget the old certificate</source>
        <translation>Altes Zertifikat vergessen</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="90"/>
        <source>Device connected</source>
        <translation>Gerät verbunden</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="91"/>
        <source>%1 is recording.</source>
        <comment>a device connected</comment>
        <translation>%1 nimmt auf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/notificationpolicy.cpp" line="93"/>
        <source>%Ln device(s) connected</source>
        <translation>
            <numerusform>%Ln Gerät verbunden</numerusform>
            <numerusform>%Ln Geräte verbunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="99"/>
        <source>Recording failed</source>
        <translation>Aufnahme fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="100"/>
        <source>The recording from %1 stopped because of an error. The events log tells why.</source>
        <translation>Die Aufnahme von %1 wurde wegen eines Fehlers beendet. Das Ereignisprotokoll nennt den Grund.</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="103"/>
        <source>Recording interrupted</source>
        <translation>Aufnahme unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="104"/>
        <source>%1 lost its connection. What arrived is kept; the recording continues if the device reconnects.</source>
        <translation>%1 hat die Verbindung verloren. Was angekommen ist, bleibt erhalten; die Aufnahme geht weiter, wenn sich das Gerät wieder verbindet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/notificationpolicy.cpp" line="110"/>
        <source>%Ln recording(s) ended unexpectedly</source>
        <translation>
            <numerusform>%Ln Aufnahme unerwartet beendet</numerusform>
            <numerusform>%Ln Aufnahmen unerwartet beendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="129"/>
        <source>A device</source>
        <translation>Ein Gerät</translation>
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
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="144"/>
        <source>Play</source>
        <comment>play a recording</comment>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="45"/>
        <source>Playback position</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="89"/>
        <source>Cannot play %1: %2</source>
        <translation>%1 kann nicht abgespielt werden: %2</translation>
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
        <translation>Eingehende Datenrate</translation>
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
        <translation>jetzt</translation>
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
        <translation>Jetzt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ratechart.cpp" line="143"/>
        <source>%n second(s) ago: %1</source>
        <comment>rate chart tooltip; %1 is a data rate</comment>
        <translation>
            <numerusform>Vor %n Sekunde: %1</numerusform>
            <numerusform>Vor %n Sekunden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ratechart.cpp" line="217"/>
        <source>No audio arriving</source>
        <comment>rate chart, when the rate is zero</comment>
        <translation>Es kommt kein Ton an</translation>
    </message>
</context>
<context>
    <name>RecordingHooks</name>
    <message>
        <location filename="../server/hooks/recordinghooks.cpp" line="66"/>
        <source>The webhook was not sent: cannot read the sidecar %1: %2</source>
        <translation>Der Webhook wurde nicht gesendet: die Begleitdatei %1 ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>RecordingListModel</name>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="33"/>
        <source>File missing</source>
        <comment>recording status</comment>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="35"/>
        <source>Recording</source>
        <comment>recording status</comment>
        <translation>Nimmt auf</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="37"/>
        <source>Complete</source>
        <comment>recording status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="39"/>
        <source>Interrupted</source>
        <comment>recording status</comment>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="41"/>
        <source>Failed</source>
        <comment>recording status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingfileworker.cpp" line="36"/>
        <source>this desktop has no trash for it</source>
        <translation>dieser Desktop hat dafür keinen Papierkorb</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="51"/>
        <source>Verified</source>
        <comment>the file holds every byte the device produced</comment>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="53"/>
        <source>Not verified</source>
        <comment>the file is not what the device produced</comment>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="55"/>
        <source>Not checked</source>
        <comment>the device did not say what it produced</comment>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="328"/>
        <source>From %1</source>
        <comment>network address of the sending device</comment>
        <translation>Von %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="334"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="335"/>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="338"/>
        <source>The audio file is missing.</source>
        <translation>Die Audiodatei fehlt.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="344"/>
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="357"/>
        <source>The file holds every byte the device produced: %1 bytes, SHA-256 checked.</source>
        <translation>Die Datei enthält jedes Byte, das das Gerät erzeugt hat: %1 Bytes, SHA-256 geprüft.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="360"/>
        <source>The device did not say what it produced, so the file could not be checked.</source>
        <translation>Das Gerät hat nicht mitgeteilt, was es erzeugt hat; die Datei konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="364"/>
        <source>Incomplete: the last %1 bytes the device produced are missing.</source>
        <translation>Unvollständig: Die letzten %1 Bytes, die das Gerät erzeugt hat, fehlen.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="367"/>
        <source>The file holds %1 bytes more than the device produced.</source>
        <translation>Die Datei enthält %1 Bytes mehr, als das Gerät erzeugt hat.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="370"/>
        <source>The content differs from what the device produced (same length, another SHA-256).</source>
        <translation>Der Inhalt weicht von dem ab, was das Gerät erzeugt hat (gleiche Länge, anderer SHA-256).</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="372"/>
        <source>The file could not be checked against what the device produced: %1</source>
        <translation>Die Datei konnte nicht mit dem verglichen werden, was das Gerät erzeugt hat: %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="382"/>
        <source>Name</source>
        <comment>recording label</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="384"/>
        <source>Device</source>
        <comment>the device that sent a recording</comment>
        <translation>Gerät</translation>
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
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="390"/>
        <source>Size</source>
        <comment>file size</comment>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="392"/>
        <source>Status</source>
        <comment>how a recording ended</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="394"/>
        <source>Verified</source>
        <comment>column: whether the file holds every byte the device produced</comment>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="396"/>
        <source>Started</source>
        <comment>when a recording started</comment>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="425"/>
        <source>It is still being recorded.</source>
        <translation>Sie wird noch aufgenommen.</translation>
    </message>
</context>
<context>
    <name>RecordingsView</name>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="58"/>
        <source>Search by name or by words said</source>
        <translation>Nach Name oder gesprochenen Worten suchen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="60"/>
        <source>Search recordings</source>
        <translation>Aufnahmen durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="98"/>
        <source>Play</source>
        <comment>play a recording</comment>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="100"/>
        <source>Play the selected recording here (or double-click it)</source>
        <translation>Die ausgewählte Aufnahme hier abspielen (oder doppelklicken)</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="104"/>
        <source>Open</source>
        <comment>open a recording in the desktop&apos;s player</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="105"/>
        <source>Open the selected recording in the desktop&apos;s player</source>
        <translation>Die ausgewählte Aufnahme im Player des Desktops öffnen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="108"/>
        <location filename="../app/recordings/recordingsview.cpp" line="326"/>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="111"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="113"/>
        <source>Change the recording&apos;s name; its file keeps its name</source>
        <translation>Den Namen der Aufnahme ändern; ihre Datei behält ihren Namen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="117"/>
        <source>Delete…</source>
        <comment>a recording</comment>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="121"/>
        <source>Transcribe</source>
        <comment>write down what a recording says</comment>
        <translation>Transkribieren</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="123"/>
        <source>Write down what the selected recording says, on this computer (English)</source>
        <translation>Das in der ausgewählten Aufnahme Gesagte auf diesem Computer aufschreiben (Englisch)</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="132"/>
        <source>Transcript of the selected recording</source>
        <translation>Transkript der ausgewählten Aufnahme</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="138"/>
        <source>Refresh</source>
        <comment>read the recordings folder again</comment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="281"/>
        <source>Reading recordings…</source>
        <translation>Aufnahmen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordings/recordingsview.cpp" line="288"/>
        <source>%Ln recording(s), %1</source>
        <comment>count and total size</comment>
        <translation>
            <numerusform>%Ln Aufnahme, %1</numerusform>
            <numerusform>%Ln Aufnahmen, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordings/recordingsview.cpp" line="289"/>
        <source>%1 of %Ln recording(s) found</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%1 von %Ln Aufnahme gefunden</numerusform>
            <numerusform>%1 von %Ln Aufnahmen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="314"/>
        <source>Open Recording</source>
        <translation>Aufnahme öffnen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="315"/>
        <source>No application could open %1.</source>
        <translation>Keine Anwendung konnte %1 öffnen.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="327"/>
        <source>No file manager could show %1.</source>
        <translation>Kein Dateimanager konnte %1 anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="339"/>
        <location filename="../app/recordings/recordingsview.cpp" line="354"/>
        <source>Rename Recording</source>
        <translation>Aufnahme umbenennen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="339"/>
        <source>Name:</source>
        <comment>of a recording</comment>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="354"/>
        <source>The recording could not be renamed: %1</source>
        <translation>Die Aufnahme konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="368"/>
        <location filename="../app/recordings/recordingsview.cpp" line="406"/>
        <location filename="../app/recordings/recordingsview.cpp" line="419"/>
        <source>Delete Recording</source>
        <translation>Aufnahme löschen</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="369"/>
        <source>Delete the recording “%1”?</source>
        <translation>Die Aufnahme „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="371"/>
        <source>Its audio file and its sidecar are moved to the trash.</source>
        <comment>a recording&apos;s files</comment>
        <translation>Ihre Audiodatei und ihre Begleitdatei werden in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="372"/>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="407"/>
        <source>“%1” cannot be moved to the trash (%2).

Delete it permanently? This cannot be undone.</source>
        <translation>„%1“ kann nicht in den Papierkorb verschoben werden (%2).

Endgültig löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="419"/>
        <source>“%1” could not be deleted: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="443"/>
        <source>Transcribe</source>
        <translation>Transkribieren</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="444"/>
        <source>“%1” could not be transcribed: %2</source>
        <translation>„%1“ konnte nicht transkribiert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="455"/>
        <source>(The transcript has no words: nothing was recognized.)</source>
        <translation>(Das Transkript enthält keine Wörter: Es wurde nichts erkannt.)</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="463"/>
        <source>Transcribing “%1”: %2 %</source>
        <translation>„%1“ wird transkribiert: %2 %</translation>
    </message>
</context>
<context>
    <name>RemuxQueue</name>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="101"/>
        <source>Not remuxing %1: its sidecar is unreadable (%2).</source>
        <translation>%1 wird nicht umgepackt: seine Begleitdatei ist unlesbar (%2).</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="148"/>
        <location filename="../server/session/remuxqueue.cpp" line="239"/>
        <location filename="../server/session/remuxqueue.cpp" line="253"/>
        <source>%1 stays as it was streamed; remuxing failed: %2</source>
        <translation>%1 bleibt, wie es gestreamt wurde; Umpacken fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="173"/>
        <source>Could not swap in the remuxed %1.</source>
        <translation>Das umgepackte %1 konnte nicht eingesetzt werden.</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="265"/>
        <source>Could not update the sidecar of %1: %2</source>
        <translation>Die Begleitdatei von %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="187"/>
        <source>%1 remuxed: %L2 s long, seekable.</source>
        <translation>%1 umgepackt: %L2 s lang, durchsuchbar.</translation>
    </message>
</context>
<context>
    <name>ServerStatusBar</name>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="40"/>
        <source>Sessions recording now</source>
        <translation>Sitzungen, die gerade aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="41"/>
        <source>Audio data arriving per second, all sessions together</source>
        <translation>Pro Sekunde ankommende Audiodaten, alle Sitzungen zusammen</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="61"/>
        <source>Not listening</source>
        <translation>Empfang aus</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="70"/>
        <source>Open on a phone: %1</source>
        <translation>Auf einem Telefon öffnen: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="75"/>
        <source>Live sessions: %1</source>
        <translation>Live-Sitzungen: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="93"/>
        <source>Free space unknown</source>
        <translation>Freier Speicher unbekannt</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="97"/>
        <source>%1 free</source>
        <comment>disk space</comment>
        <translation>%1 frei</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="98"/>
        <source>Recordings go to %1</source>
        <translation>Aufnahmen werden in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="26"/>
        <source>&amp;Open Recording</source>
        <translation>&amp;Aufnahme öffnen</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="28"/>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="30"/>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="32"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="34"/>
        <source>Open the selected recording in the default player</source>
        <translation>Die ausgewählte Aufnahme im Standard-Player öffnen</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="35"/>
        <source>Open the folder that holds the selected recording</source>
        <translation>Den Ordner öffnen, der die ausgewählte Aufnahme enthält</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="36"/>
        <source>Copy the paths of the selected recordings</source>
        <translation>Die Pfade der ausgewählten Aufnahmen kopieren</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="39"/>
        <source>Close the connection of the selected live sessions</source>
        <translation>Die Verbindung der ausgewählten Live-Sitzungen schließen</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="135"/>
        <source>Disconnect this live session? Its recording stops and is finished; the device cannot resume it.</source>
        <translation>Diese laufende Sitzung trennen? Ihre Aufnahme endet und wird abgeschlossen; das Gerät kann sie nicht fortsetzen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/sessionactions.cpp" line="137"/>
        <source>Disconnect %Ln live session(s)? Their recordings stop and are finished; the devices cannot resume them.</source>
        <translation>
            <numerusform>%Ln laufende Sitzung trennen? Ihre Aufnahme endet und wird abgeschlossen; das Gerät kann sie nicht fortsetzen.</numerusform>
            <numerusform>%Ln laufende Sitzungen trennen? Ihre Aufnahmen enden und werden abgeschlossen; die Geräte können sie nicht fortsetzen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="140"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="173"/>
        <source>Recording</source>
        <comment>session state</comment>
        <translation>Nimmt auf</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="175"/>
        <source>Interrupted</source>
        <comment>session state</comment>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="177"/>
        <source>Complete</source>
        <comment>session state</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="179"/>
        <source>Failed</source>
        <comment>session state</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="109"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="111"/>
        <source>Name</source>
        <comment>session label</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="113"/>
        <source>Device</source>
        <comment>network address of the sending device</comment>
        <translation>Gerät</translation>
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
        <translation>Blöcke</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="119"/>
        <source>Received</source>
        <comment>amount of data</comment>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="121"/>
        <source>Rate</source>
        <comment>data rate</comment>
        <translation>Datenrate</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="123"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="125"/>
        <source>Level</source>
        <comment>audio level</comment>
        <translation>Pegel</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="127"/>
        <source>Unsent</source>
        <comment>audio the device holds that has not reached Earshot</comment>
        <translation>Ungesendet</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="129"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="282"/>
        <source>Failed: %1</source>
        <comment>session state with the reason</comment>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="287"/>
        <source>Now playing: %1</source>
        <comment>an Icecast stream&apos;s title</comment>
        <translation>Jetzt läuft: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="297"/>
        <source>%1 bytes</source>
        <comment>exact amount of data</comment>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="301"/>
        <source>The device holds %1 that Earshot has not received yet.</source>
        <translation>Auf dem Gerät liegen noch %1, die Earshot nicht erhalten hat.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="45"/>
        <source>&amp;Transcribe every session</source>
        <translation>Jede Sitzung &amp;transkribieren</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="46"/>
        <source>&amp;Export aligned tracks when a take stops</source>
        <translation>Ausgerichtete Spuren &amp;exportieren, wenn ein Take endet</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="48"/>
        <source>Earshot Settings</source>
        <translation>Earshot-Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="51"/>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="54"/>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="55"/>
        <source>An address of this computer, &quot;localhost&quot; for this computer only, or empty for all networks.</source>
        <translation>Eine Adresse dieses Computers, „localhost“ nur für diesen Computer, oder leer für alle Netzwerke.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="74"/>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="80"/>
        <source>System default</source>
        <comment>language</comment>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="81"/>
        <source>System default (%1)</source>
        <comment>language; %1 is the system&apos;s language</comment>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="92"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="94"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="95"/>
        <source>&amp;Listen on:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="96"/>
        <source>&amp;Recordings folder:</source>
        <translation>Aufnahme&amp;ordner:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="97"/>
        <source>Live sessions at &amp;most:</source>
        <translation>Live-Sitzungen &amp;höchstens:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="98"/>
        <source>Largest me&amp;ssage:</source>
        <translation>Größte &amp;Nachricht:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="100"/>
        <source>Live captions and a transcript beside every recording, recognized on this computer (English), not only for the devices that ask</source>
        <translation>Live-Untertitel und ein Transkript neben jeder Aufnahme, erkannt auf diesem Computer (Englisch), nicht nur für die Geräte, die danach fragen</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="106"/>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="111"/>
        <source>W&amp;hen a session starts:</source>
        <translation>Wenn eine Sitzung &amp;beginnt:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="112"/>
        <source>When a connection &amp;drops:</source>
        <translation>Wenn eine Verbindung abb&amp;richt:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="113"/>
        <source>When a recording is &amp;final:</source>
        <translation>Wenn eine Aufnahme &amp;fertig ist:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="114"/>
        <source>A program and its arguments (double quotes group words), run without a shell; the recording&apos;s path and figures are in EARSHOT_* environment variables. Applies at once.</source>
        <translation>Ein Programm und seine Argumente (doppelte Anführungszeichen fassen Wörter zusammen), ohne Shell ausgeführt; Pfad und Zahlen der Aufnahme stehen in EARSHOT_*-Umgebungsvariablen. Gilt sofort.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="121"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="124"/>
        <source>When you stop a take, its aligned WAVs and multitrack file are written into its &quot;aligned&quot; folder as soon as every guest&apos;s recording has ended</source>
        <translation>Wenn Sie einen Take beenden, werden seine ausgerichteten WAV-Dateien und die Mehrspurdatei in seinen Ordner „aligned“ geschrieben, sobald die Aufnahme jedes Gastes geendet hat</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="128"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="131"/>
        <source>A new language applies when Earshot starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Earshot.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="187"/>
        <source>None</source>
        <comment>hook command</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="211"/>
        <source>&quot;%1&quot; is not an address of this computer.</source>
        <translation>„%1“ ist keine Adresse dieses Computers.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="218"/>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>„%1“ ist kein Befehl.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="224"/>
        <source>Choose a folder for the recordings.</source>
        <translation>Wählen Sie einen Ordner für die Aufnahmen.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="234"/>
        <source>Recordings Folder</source>
        <translation>Aufnahmeordner</translation>
    </message>
</context>
<context>
    <name>Spool</name>
    <message>
        <location filename="../app/capture/spool.cpp" line="54"/>
        <location filename="../app/capture/spool.cpp" line="61"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="90"/>
        <source>The audio kept in %1 has a gap before %2.</source>
        <translation>Im Audio, das in %1 aufbewahrt ist, fehlt ein Stück vor %2.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="121"/>
        <source>The folder %1 is in use by another process.</source>
        <translation>Der Ordner %1 wird von einem anderen Prozess benutzt.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="122"/>
        <source>Cannot lock the folder %1.</source>
        <translation>Der Ordner %1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="131"/>
        <source>Cannot write %1 to the disk: %2</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="165"/>
        <source>The spool is not open.</source>
        <translation>Der Zwischenspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="178"/>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="211"/>
        <location filename="../app/capture/spool.cpp" line="220"/>
        <location filename="../app/capture/spool.cpp" line="225"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="251"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>SpoolManifest</name>
    <message>
        <location filename="../app/capture/spoolmanifest.cpp" line="44"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolmanifest.cpp" line="54"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolmanifest.cpp" line="72"/>
        <source>%1 is not a spool manifest.</source>
        <translation>%1 ist kein Manifest eines Zwischenspeichers.</translation>
    </message>
</context>
<context>
    <name>SpoolRecovery</name>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="69"/>
        <source>Audio that an earlier run could not deliver cannot be read (%1); it stays in %2.</source>
        <translation>Audio, das ein früherer Lauf nicht zustellen konnte, kann nicht gelesen werden (%1); es bleibt in %2.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="88"/>
        <source>An earlier run left %1 of audio that cannot be delivered (%2); it stays in %3.</source>
        <translation>Ein früherer Lauf hat %1 Audio hinterlassen, das nicht zugestellt werden kann (%2); es bleibt in %3.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="98"/>
        <source>Delivering %1 of audio that an earlier run left undelivered, to %2.</source>
        <translation>%1 Audio, das ein früherer Lauf nicht zugestellt hat, wird an %2 zugestellt.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="140"/>
        <source>Delivered the audio that an earlier run had left, to %1 as %2.</source>
        <translation>Das Audio, das ein früherer Lauf hinterlassen hatte, ist an %1 zugestellt, als %2.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="153"/>
        <source>The receiver has all of the audio an earlier run had left, but did not close its recording: %1</source>
        <translation>Der Empfänger hat das ganze Audio, das ein früherer Lauf hinterlassen hatte, aber hat seine Aufnahme nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="165"/>
        <source>%1 of audio that an earlier run left could be neither delivered (%2) nor saved (%3); it stays in %4.</source>
        <translation>%1 Audio, das ein früherer Lauf hinterlassen hat, konnte weder zugestellt (%2) noch gespeichert (%3) werden; es bleibt in %4.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="173"/>
        <source>%1 of audio that an earlier run left could not be delivered (%2). It is saved in %3</source>
        <translation>%1 Audio, das ein früherer Lauf hinterlassen hat, konnte nicht zugestellt werden (%2). Es ist gespeichert in %3</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="182"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="225"/>
        <source>Microphone %1 not delivered</source>
        <comment>file name of audio saved after a crash</comment>
        <translation>Mikrofon %1 nicht zugestellt</translation>
    </message>
</context>
<context>
    <name>StreamTarget</name>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="24"/>
        <source>Enter the address of the other Earshot.</source>
        <translation>Geben Sie die Adresse des anderen Earshot ein.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="30"/>
        <source>&quot;%1&quot; is not an address.</source>
        <translation>„%1“ ist keine Adresse.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="38"/>
        <source>Earshot addresses start with http://, https://, ws:// or wss://.</source>
        <translation>Earshot-Adressen beginnen mit http://, https://, ws:// oder wss://.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="50"/>
        <source>The address has an empty pairing token.</source>
        <translation>Die Adresse enthält einen leeren Kopplungscode.</translation>
    </message>
</context>
<context>
    <name>StreamUploader</name>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="44"/>
        <source>Not streaming</source>
        <translation>Streamt nicht</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="46"/>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="48"/>
        <source>Waiting for the host to start the take</source>
        <translation>Warte, bis der Gastgeber den Take startet</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="50"/>
        <source>Starting</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="52"/>
        <source>Streaming</source>
        <translation>Streamt</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="54"/>
        <source>Connection lost, retrying</source>
        <translation>Verbindung verloren, neuer Versuch</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="56"/>
        <source>Resuming</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="58"/>
        <source>Waiting for the certificate to be accepted</source>
        <translation>Warten, bis das Zertifikat akzeptiert ist</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="60"/>
        <source>Finishing</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="62"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="64"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="157"/>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/streamuploader.cpp" line="265"/>
        <source>The receiver lost %Ln acknowledged byte(s) that are no longer kept here.</source>
        <translation>
            <numerusform>Der Empfänger hat %Ln bestätigtes Byte verloren, das hier nicht mehr vorliegt.</numerusform>
            <numerusform>Der Empfänger hat %Ln bestätigte Bytes verloren, die hier nicht mehr vorliegen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="294"/>
        <source>Verified: the receiver holds every byte sent.</source>
        <translation>Verifiziert: Der Empfänger hat jedes gesendete Byte.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="296"/>
        <source>Not verified: the receiver&apos;s file is not what was sent (%1).</source>
        <translation>Nicht verifiziert: Die Datei des Empfängers ist nicht, was gesendet wurde (%1).</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="331"/>
        <source>The receiver no longer knows the session %1: %2 (%3)</source>
        <translation>Der Empfänger kennt die Sitzung %1 nicht mehr: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/streamuploader.cpp" line="569"/>
        <source>Stopped before %Ln byte(s) were delivered.</source>
        <translation>
            <numerusform>Angehalten, bevor %Ln Byte zugestellt wurde.</numerusform>
            <numerusform>Angehalten, bevor %Ln Bytes zugestellt wurden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="278"/>
        <source>Resumed at byte %1.</source>
        <translation>Bei Byte %1 fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="339"/>
        <source>The receiver no longer knows the session; the rest goes into a new recording.</source>
        <translation>Der Empfänger kennt die Sitzung nicht mehr; der Rest kommt in eine neue Aufnahme.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="352"/>
        <source>The receiver refused the pairing token (%1).</source>
        <translation>Der Empfänger hat den Kopplungscode abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="353"/>
        <source>The receiver refused: %1 (%2)</source>
        <translation>Der Empfänger hat abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="357"/>
        <source>The receiver said: %1 (%2)</source>
        <translation>Der Empfänger meldet: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="376"/>
        <source>The certificate of %1 has changed: it was %2 and is now %3. This may be an attack; the connection was refused.</source>
        <translation>Das Zertifikat von %1 hat sich geändert: Es war %2 und ist jetzt %3. Das kann ein Angriff sein; die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="411"/>
        <source>The certificate of %1 was not accepted.</source>
        <translation>Das Zertifikat von %1 wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="441"/>
        <source>Connection to %1 lost (%2); trying again in %3 s.</source>
        <translation>Verbindung zu %1 verloren (%2); neuer Versuch in %3 s.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="456"/>
        <source>no answer for %1 s</source>
        <translation>seit %1 s keine Antwort</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="488"/>
        <source>Cannot read the audio kept for sending: %1</source>
        <translation>Der zum Senden zwischengespeicherte Ton kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TakeExportJob</name>
    <message>
        <location filename="../server/takes/takeexportjob.cpp" line="98"/>
        <source>This export has run already.</source>
        <translation>Dieser Export ist schon gelaufen.</translation>
    </message>
    <message>
        <location filename="../server/takes/takeexportjob.cpp" line="104"/>
        <source>The take in %1 is being exported already: wait for that export to finish, or cancel it.</source>
        <translation>Der Take in %1 wird bereits exportiert: Warten Sie, bis dieser Export fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
</context>
<context>
    <name>TakeView</name>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="42"/>
        <source>Waiting for the host to start</source>
        <comment>take state</comment>
        <translation>Wartet auf den Start durch den Gastgeber</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="44"/>
        <source>Recording</source>
        <comment>take state</comment>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="46"/>
        <source>Stopped</source>
        <comment>take state</comment>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="60"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="61"/>
        <source>Start for Everyone</source>
        <translation>Für alle starten</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="62"/>
        <source>Stop for Everyone…</source>
        <translation>Für alle beenden…</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="63"/>
        <source>Export Aligned</source>
        <translation>Ausgerichtet exportieren</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="65"/>
        <source>Cancel</source>
        <comment>the running export</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="67"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="84"/>
        <source>One WAV per guest, all starting at the take&apos;s start and of its length, and one Matroska file with a track per guest, in the take&apos;s &quot;aligned&quot; folder. The recordings stay as they are.</source>
        <translation>Eine WAV-Datei je Gast, alle ab dem Beginn des Takes und so lang wie er, und eine Matroska-Datei mit einer Spur je Gast, im Ordner „aligned“ des Takes. Die Aufnahmen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="127"/>
        <source>Each guest opens this link (or scans the code) on their own device; their recording joins the take under the name they give.</source>
        <translation>Jeder Gast öffnet diesen Link (oder scannt den Code) auf seinem eigenen Gerät; seine Aufnahme kommt unter dem Namen, den er angibt, in den Take.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="166"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="247"/>
        <source>Exporting once every guest&apos;s recording has ended…</source>
        <translation>Export, sobald die Aufnahme jedes Gastes geendet hat…</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="256"/>
        <source>No take yet</source>
        <translation>Noch kein Take</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="257"/>
        <source>Make one with Take › New Take…</source>
        <translation>Einen anlegen mit Take › Neuer Take…</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="294"/>
        <source>Stop the Take?</source>
        <translation>Take beenden?</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="295"/>
        <source>Every guest&apos;s device stops recording, and nobody can record into &quot;%1&quot; again.</source>
        <translation>Die Geräte aller Gäste beenden die Aufnahme, und niemand kann mehr in „%1“ aufnehmen.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="308"/>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="308"/>
        <source>The take could not change: %1</source>
        <translation>Der Take konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="359"/>
        <source>Stop the take first.</source>
        <translation>Beenden Sie zuerst den Take.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="365"/>
        <source>Nobody recorded into this take.</source>
        <translation>In diesen Take hat niemand aufgenommen.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="369"/>
        <source>A guest is still recording; export when every recording has ended.</source>
        <translation>Ein Gast nimmt noch auf; exportieren Sie, wenn jede Aufnahme geendet hat.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="393"/>
        <location filename="../app/monitor/takeview.cpp" line="420"/>
        <source>Cannot export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="409"/>
        <source>Not exported: a guest was still recording %1 s after the take stopped. Export Aligned once every recording has ended.</source>
        <translation>Nicht exportiert: Ein Gast nahm %1 s nach dem Ende des Takes noch auf. Exportieren Sie ausgerichtet, sobald jede Aufnahme geendet hat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/takeview.cpp" line="430"/>
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert</numerusform>
            <numerusform>%n Dateien nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="435"/>
        <source>Export cancelled; the take&apos;s aligned folder is as it was.</source>
        <translation>Export abgebrochen; der Ordner „aligned“ des Takes ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="437"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TranscribeCommand</name>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="28"/>
        <source>Transcribe finished recordings: a WebVTT file beside each, the text on stdout.</source>
        <translation>Abgeschlossene Aufnahmen transkribieren: eine WebVTT-Datei neben jeder, der Text auf der Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="30"/>
        <source>The PocketSphinx model folder (default: %1).</source>
        <translation>Der Modellordner von PocketSphinx (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="31"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="33"/>
        <source>Recordings to transcribe.</source>
        <translation>Zu transkribierende Aufnahmen.</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="42"/>
        <source>--transcribe needs at least one file.</source>
        <translation>--transcribe braucht mindestens eine Datei.</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="60"/>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="63"/>
        <source>%1: transcript in %2</source>
        <translation>%1: Transkript in %2</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="67"/>
        <source>%1: cannot transcribe: %2</source>
        <translation>%1: kann nicht transkribiert werden: %2</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="64"/>
        <source>&amp;Show Earshot</source>
        <translation>Earshot &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="105"/>
        <source>Not listening</source>
        <comment>tray menu, instead of the connect address</comment>
        <translation>Empfang aus</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="111"/>
        <source>Copy %1</source>
        <comment>tray menu; %1 is the address phones open</comment>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="112"/>
        <source>Copy the address phones open to the clipboard</source>
        <translation>Die Adresse, die Telefone öffnen, in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="127"/>
        <source>Earshot is still running</source>
        <translation>Earshot läuft weiter</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="128"/>
        <source>Devices can go on recording. To quit, use Quit in this icon&apos;s menu.</source>
        <translation>Geräte können weiter aufnehmen. Zum Beenden wählen Sie „Beenden“ im Menü dieses Symbols.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/trayicon.cpp" line="160"/>
        <source>%Ln device(s) recording</source>
        <comment>tray tooltip</comment>
        <translation>
            <numerusform>%Ln Gerät nimmt auf</numerusform>
            <numerusform>%Ln Geräte nehmen auf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="163"/>
        <source>Not listening</source>
        <comment>tray tooltip</comment>
        <translation>Empfang aus</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="165"/>
        <source>Waiting for devices</source>
        <comment>tray tooltip</comment>
        <translation>Warten auf Geräte</translation>
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
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <location filename="../server/hooks/webhooksender.cpp" line="76"/>
        <source>The webhook %1 was not delivered: %2 (tries: %3)</source>
        <translation>Der Webhook %1 wurde nicht zugestellt: %2 (Versuche: %3)</translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="9"/>
        <source>Earshot recorder</source>
        <translation>Earshot-Rekorder</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="10"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="11"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="12"/>
        <source>Reconnecting…</source>
        <translation>Neu verbinden…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="13"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="14"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="15"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="16"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="17"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="18"/>
        <source>Compressed (smaller files)</source>
        <translation>Komprimiert (kleinere Dateien)</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="19"/>
        <source>Lossless (PCM)</source>
        <translation>Verlustfrei (PCM)</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="20"/>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="21"/>
        <source>Live captions</source>
        <translation>Live-Untertitel</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="22"/>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="23"/>
        <source>No captions for this recording: the computer is transcribing as many as it can.</source>
        <translation>Keine Untertitel für diese Aufnahme: Der Computer transkribiert bereits so viele, wie er kann.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="24"/>
        <source>No captions: this Earshot has no speech recognizer.</source>
        <translation>Keine Untertitel: Dieses Earshot hat keine Spracherkennung.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="25"/>
        <source>The captions stopped; the recording goes on.</source>
        <translation>Die Untertitel haben aufgehört; die Aufnahme läuft weiter.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="26"/>
        <source>Some speech was left out of the captions: the computer fell behind.</source>
        <translation>In den Untertiteln fehlt etwas Gesprochenes: Der Computer kam nicht hinterher.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="27"/>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="28"/>
        <source>Input level</source>
        <translation>Eingangspegel</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="29"/>
        <source>Start recording</source>
        <translation>Aufnahme starten</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="30"/>
        <source>Stop recording</source>
        <translation>Aufnahme beenden</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="31"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="32"/>
        <source>Chunks sent</source>
        <translation>Gesendete Blöcke</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="33"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="34"/>
        <source>Confirmed by Earshot</source>
        <translation>Von Earshot bestätigt</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="35"/>
        <source>Recording saved</source>
        <translation>Aufnahme gespeichert</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="36"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="37"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="38"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="39"/>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="40"/>
        <source>Verified: Earshot has every byte this page recorded.</source>
        <translation>Verifiziert: Earshot hat jedes Byte, das diese Seite aufgenommen hat.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="41"/>
        <source>Not verified: the last {size} are missing.</source>
        <translation>Nicht verifiziert: Die letzten {size} fehlen.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="42"/>
        <source>Not verified: Earshot’s file differs from what this page recorded.</source>
        <translation>Nicht verifiziert: Die Datei von Earshot weicht von dem ab, was diese Seite aufgenommen hat.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="43"/>
        <source>Not verified: Earshot could not check this recording.</source>
        <translation>Nicht geprüft: Earshot konnte diese Aufnahme nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="44"/>
        <source>Audio kept on this device</source>
        <translation>Auf diesem Gerät aufbewahrter Ton</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="45"/>
        <source>Part of a recording could not be sent to Earshot. It is kept in this browser until you save or discard it.</source>
        <translation>Ein Teil einer Aufnahme konnte nicht an Earshot gesendet werden. Er bleibt in diesem Browser, bis Sie ihn speichern oder verwerfen.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="46"/>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="47"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="48"/>
        <source>Discard the audio kept on this device? It cannot be recovered.</source>
        <translation>Den auf diesem Gerät aufbewahrten Ton verwerfen? Er kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="49"/>
        <source>This page was opened over plain http, where browsers do not allow the microphone. Open the secure address instead: {url}</source>
        <translation>Diese Seite wurde über unverschlüsseltes http geöffnet, wo Browser das Mikrofon nicht erlauben. Öffnen Sie stattdessen die sichere Adresse: {url}</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="50"/>
        <source>This browser cannot record audio. Try a current version of Safari, Chrome or Firefox.</source>
        <translation>Dieser Browser kann keinen Ton aufnehmen. Versuchen Sie eine aktuelle Version von Safari, Chrome oder Firefox.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="51"/>
        <source>Earshot is not allowed to use the microphone. Allow microphone access for this page in the browser settings, then try again.</source>
        <translation>Earshot darf das Mikrofon nicht verwenden. Erlauben Sie den Mikrofonzugriff für diese Seite in den Browsereinstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="52"/>
        <source>No microphone was found on this device.</source>
        <translation>Auf diesem Gerät wurde kein Mikrofon gefunden.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="53"/>
        <source>The microphone is in use by another app, or could not be started.</source>
        <translation>Das Mikrofon wird von einer anderen App verwendet oder konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="54"/>
        <source>The microphone could not be started.</source>
        <translation>Das Mikrofon konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="55"/>
        <source>The microphone stopped, so the recording stopped.</source>
        <translation>Das Mikrofon hat aufgehört, daher wurde die Aufnahme beendet.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="56"/>
        <source>This browser cannot record compressed audio. Choose Lossless (PCM).</source>
        <translation>Dieser Browser kann keinen komprimierten Ton aufnehmen. Wählen Sie „Verlustfrei (PCM)“.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="57"/>
        <source>This browser cannot record lossless audio. Choose Compressed.</source>
        <translation>Dieser Browser kann keinen verlustfreien Ton aufnehmen. Wählen Sie „Komprimiert“.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="58"/>
        <source>Cannot reach Earshot at {host}. Check that Earshot is still running and that this device is on the same network. Trying again…</source>
        <translation>Earshot unter {host} ist nicht erreichbar. Prüfen Sie, ob Earshot noch läuft und ob dieses Gerät im selben Netzwerk ist. Neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="59"/>
        <source>Earshot is busy: it is recording as many people as it can. Trying again…</source>
        <translation>Earshot ist ausgelastet: Es nimmt bereits so viele Personen auf, wie es kann. Neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="60"/>
        <source>Earshot refused this page: the pairing code in the address is wrong or missing. Scan the QR code or open the link shown in Earshot again.</source>
        <translation>Earshot hat diese Seite abgelehnt: Der Kopplungscode in der Adresse ist falsch oder fehlt. Scannen Sie den QR-Code erneut oder öffnen Sie den in Earshot angezeigten Link noch einmal.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="61"/>
        <source>Earshot refused the connection because this page was not opened from Earshot’s own address. Open the address shown in Earshot.</source>
        <translation>Earshot hat die Verbindung abgelehnt, weil diese Seite nicht über Earshots eigene Adresse geöffnet wurde. Öffnen Sie die in Earshot angezeigte Adresse.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="62"/>
        <source>Earshot has blocked this device after too many wrong pairing codes. Wait a while, or ask the person running Earshot.</source>
        <translation>Earshot hat dieses Gerät nach zu vielen falschen Kopplungscodes gesperrt. Warten Sie eine Weile oder fragen Sie die Person, die Earshot betreibt.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="63"/>
        <source>Earshot no longer has the recording this page was sending (it ended or expired), so it cannot be continued. The audio that did not reach Earshot is kept on this device.</source>
        <translation>Earshot hat die Aufnahme, die diese Seite gesendet hat, nicht mehr (sie wurde beendet oder ist abgelaufen), daher kann sie nicht fortgesetzt werden. Der Ton, der Earshot nicht erreicht hat, bleibt auf diesem Gerät.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="64"/>
        <source>Earshot’s disk is full, so the recording stopped. What Earshot received is saved; the rest is kept on this device.</source>
        <translation>Der Datenträger von Earshot ist voll, daher wurde die Aufnahme beendet. Was Earshot empfangen hat, ist gespeichert; der Rest bleibt auf diesem Gerät.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="65"/>
        <source>Earshot could not write the recording, so it stopped. The rest is kept on this device.</source>
        <translation>Earshot konnte die Aufnahme nicht schreiben, daher wurde sie beendet. Der Rest bleibt auf diesem Gerät.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="66"/>
        <source>Earshot does not accept this audio format. Choose another quality.</source>
        <translation>Earshot akzeptiert dieses Audioformat nicht. Wählen Sie eine andere Qualität.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="67"/>
        <source>Take “{name}”: waiting for the host to start it. You can start recording yourself.</source>
        <translation>Aufnahme „{name}“: wartet darauf, dass der Gastgeber sie startet. Du kannst die Aufnahme auch selbst starten.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="68"/>
        <source>Take “{name}”: the host started it.</source>
        <translation>Aufnahme „{name}“: vom Gastgeber gestartet.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="69"/>
        <source>Take “{name}”: stopped by the host.</source>
        <translation>Aufnahme „{name}“: vom Gastgeber beendet.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="70"/>
        <source>Earshot does not know this take. Open the take’s link or QR code shown in Earshot again.</source>
        <translation>Earshot kennt diese Aufnahme nicht. Öffne den Link oder QR-Code der Aufnahme, den Earshot zeigt, noch einmal.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="71"/>
        <source>The host stopped this take, so it takes no more recordings. Ask the host for a new take.</source>
        <translation>Der Gastgeber hat diese Aufnahme beendet, sie nimmt nichts mehr auf. Bitte den Gastgeber um eine neue Aufnahme.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="72"/>
        <source>Another Earshot server still holds the recording this page was sending. Trying again…</source>
        <translation>Ein anderer Earshot-Server hält die Aufnahme, die diese Seite gesendet hat, noch fest. Neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="73"/>
        <source>Connection lost. Still recording: the audio is sent as soon as the connection is back.</source>
        <translation>Verbindung verloren. Die Aufnahme läuft weiter: Der Ton wird gesendet, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="74"/>
        <source>Sending the rest of the recording…</source>
        <translation>Der Rest der Aufnahme wird gesendet…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="75"/>
        <source>Sending a recording that was interrupted earlier…</source>
        <translation>Eine zuvor unterbrochene Aufnahme wird gesendet…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="76"/>
        <source>A recording that was interrupted earlier is now saved as {file}.</source>
        <translation>Eine zuvor unterbrochene Aufnahme ist jetzt als {file} gespeichert.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="77"/>
        <source>Earshot protocol console</source>
        <translation>Earshot-Protokollkonsole</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="78"/>
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="79"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="80"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="81"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="82"/>
        <source>Protocol v1 (start, audio, stop, each answered) and the older text commands. Send a start message before the tone.</source>
        <translation>Protokoll v1 (Start, Audio, Stopp, jeweils beantwortet) und die älteren Textbefehle. Vor dem Ton eine Startnachricht senden.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="83"/>
        <source>16 kHz 16-bit mono PCM from the first binary message, answered with captions. Send the tone straight away.</source>
        <translation>16-kHz-16-Bit-Mono-PCM ab der ersten Binärnachricht, beantwortet mit Untertiteln. Den Ton gleich senden.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="84"/>
        <source>Twilio Media Streams: send connected and start, then the tone as μ-law media messages, then stop.</source>
        <translation>Twilio Media Streams: connected und start senden, dann den Ton als μ-law-media-Nachrichten, dann stop.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="85"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="86"/>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>Eingabe sendet die Nachricht, Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="87"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="88"/>
        <source>Fill in a message</source>
        <translation>Nachricht einsetzen</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="89"/>
        <source>Tone length (seconds)</source>
        <translation>Tonlänge (Sekunden)</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="90"/>
        <source>Send a 440 Hz tone</source>
        <translation>440-Hz-Ton senden</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="91"/>
        <source>Stop the tone</source>
        <translation>Ton anhalten</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="92"/>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="93"/>
        <source>Click one to put it back in the message box.</source>
        <translation>Ein Klick setzt sie wieder ins Nachrichtenfeld.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="94"/>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="95"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="96"/>
        <source>Clear the log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="97"/>
        <source>To Earshot</source>
        <translation>An Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="98"/>
        <source>From Earshot</source>
        <translation>Von Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="99"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="100"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="101"/>
        <source>binary, {bytes} bytes</source>
        <translation>binär, {bytes} Bytes</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="102"/>
        <source>Connecting to {endpoint}…</source>
        <translation>Verbindung mit {endpoint} wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="103"/>
        <source>Connected to {endpoint}.</source>
        <translation>Mit {endpoint} verbunden.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="104"/>
        <source>Closed with code {code}: {reason}</source>
        <translation>Geschlossen mit Code {code}: {reason}</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="105"/>
        <source>Closed with code {code}.</source>
        <translation>Geschlossen mit Code {code}.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="106"/>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="107"/>
        <source>Not connected: connect first.</source>
        <translation>Nicht verbunden: zuerst verbinden.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="108"/>
        <source>Sending {seconds} s of a 440 Hz tone as {count} messages…</source>
        <translation>{seconds} s eines 440-Hz-Tons werden als {count} Nachrichten gesendet…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="109"/>
        <source>Tone sent: {count} messages.</source>
        <translation>Ton gesendet: {count} Nachrichten.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="110"/>
        <source>The tone stopped after {count} messages.</source>
        <translation>Der Ton wurde nach {count} Nachrichten angehalten.</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="126"/>
        <source>Earshot: pairing needed</source>
        <translation>Earshot: Kopplung nötig</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="127"/>
        <source>This device is not paired</source>
        <translation>Dieses Gerät ist nicht gekoppelt</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="128"/>
        <source>Earshot only takes recordings from devices that know its pairing code.</source>
        <translation>Earshot nimmt nur Aufnahmen von Geräten an, die seinen Kopplungscode kennen.</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="130"/>
        <source>On the computer running Earshot, open %1 and scan the QR code, or type the address shown there: it ends in %2 and the code.</source>
        <translation>Öffnen Sie auf dem Computer, auf dem Earshot läuft, %1 und scannen Sie den QR-Code, oder geben Sie die dort angezeigte Adresse ein: Sie endet auf %2 und den Code.</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="133"/>
        <source>Connect a Device</source>
        <translation>Gerät verbinden</translation>
    </message>
</context>
</TS>
