<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiKeyCommand</name>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="29"/>
        <source>Make an API key for /metrics and /api/v1 and print it; it is shown only this once.</source>
        <translation>Crear una clave de API para /metrics y /api/v1 e imprimirla; solo se muestra esta vez.</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="30"/>
        <location filename="../app/headless/apikeycommand.cpp" line="31"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="31"/>
        <source>Revoke the API key of that name.</source>
        <translation>Revocar la clave de API con ese nombre.</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="32"/>
        <source>List the API keys&apos; names.</source>
        <translation>Listar los nombres de las claves de API.</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="47"/>
        <source>Keep it now: Earshot keeps only its SHA-256 and cannot show it again.</source>
        <translation>Guárdela ahora: Earshot solo conserva su SHA-256 y no puede volver a mostrarla.</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="57"/>
        <source>API key %1 revoked.</source>
        <translation>Clave de API %1 revocada.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="47"/>
        <source>Cannot read the API keys in %1: %2</source>
        <translation>No se pueden leer las claves de API de %1: %2</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="53"/>
        <source>The API keys in %1 are not readable JSON: %2</source>
        <translation>Las claves de API de %1 no son JSON legible: %2</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="80"/>
        <source>An API key&apos;s name is 1 to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>El nombre de una clave de API tiene de 1 a %1 letras, dígitos, «.», «_» o «-».</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="88"/>
        <source>There is an API key named %1 already.</source>
        <translation>Ya hay una clave de API llamada %1.</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="92"/>
        <source>There are %1 API keys, the most there may be.</source>
        <translation>Hay %1 claves de API, el máximo posible.</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="116"/>
        <source>There is no API key named %1.</source>
        <translation>No hay ninguna clave de API llamada %1.</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="141"/>
        <source>Cannot save the API keys in %1: %2</source>
        <translation>No se pueden guardar las claves de API en %1: %2</translation>
    </message>
</context>
<context>
    <name>ApiKeysDialog</name>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="23"/>
        <source>API Keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="25"/>
        <source>Programs that watch or automate Earshot (Prometheus, scripts) use a key for /metrics and /api/v1. A key is shown only when it is made; Earshot keeps its SHA-256, not the key.</source>
        <translation>Los programas que vigilan o automatizan Earshot (Prometheus, scripts) usan una clave para /metrics y /api/v1. Una clave solo se muestra al crearla; Earshot guarda su SHA-256, no la clave.</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="35"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="35"/>
        <source>Made</source>
        <comment>API key</comment>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="40"/>
        <source>&amp;Create…</source>
        <translation>&amp;Crear…</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="42"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="76"/>
        <location filename="../app/monitor/apikeysdialog.cpp" line="87"/>
        <source>New API Key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="77"/>
        <source>Name (who uses it, e.g. prometheus):</source>
        <translation>Nombre (quién la usa, p. ej. prometheus):</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="98"/>
        <source>API Key %1</source>
        <translation>Clave de API %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="100"/>
        <source>Copy the key now: it is not shown again.</source>
        <translation>Copie la clave ahora: no se vuelve a mostrar.</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="108"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="122"/>
        <location filename="../app/monitor/apikeysdialog.cpp" line="133"/>
        <source>Revoke API Key</source>
        <translation>Revocar clave de API</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="123"/>
        <source>Revoke the key %1? Programs that use it are refused from now on.</source>
        <translation>¿Revocar la clave %1? Los programas que la usan serán rechazados a partir de ahora.</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="16"/>
        <source>Live captions</source>
        <translation>Subtítulos en directo</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="61"/>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="62"/>
        <source>Select a session to see what is said in it.</source>
        <translation>Seleccione una sesión para ver lo que se dice en ella.</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="65"/>
        <source>Captions of “%1”</source>
        <translation>Subtítulos de «%1»</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="68"/>
        <source>This session is not transcribed. Turn on “Live captions” on the recording page, or “Transcribe every session” in the settings.</source>
        <translation>Esta sesión no se transcribe. Active «Subtítulos en directo» en la página de grabación, o «Transcribir todas las sesiones» en las preferencias.</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="73"/>
        <source>Listening…</source>
        <translation>Escuchando…</translation>
    </message>
</context>
<context>
    <name>CaptureServer</name>
    <message>
        <location filename="../server/captureserver.cpp" line="85"/>
        <source>The server is running already.</source>
        <translation>El servidor ya está en marcha.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="90"/>
        <source>No recordings folder is set.</source>
        <translation>No se ha definido ninguna carpeta de grabaciones.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="97"/>
        <source>Cannot write to the recordings folder %1.</source>
        <translation>No se puede escribir en la carpeta de grabaciones %1.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="102"/>
        <source>The webhook needs a secret to sign its requests with.</source>
        <translation>El webhook necesita un secreto con el que firmar sus peticiones.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="112"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1 puerto %2: %3</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="130"/>
        <source>Cannot accept a connection: %1</source>
        <translation>No se puede aceptar una conexión: %1</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="252"/>
        <source>Cannot set up HTTPS: %1</source>
        <translation>No se puede configurar HTTPS: %1</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="289"/>
        <source>Repaired %1, left by a crash; marked interrupted.</source>
        <translation>Se ha reparado %1, que quedó tras un fallo; marcado como interrumpido.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="292"/>
        <source>Could not repair %1</source>
        <translation>No se pudo reparar %1</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="268"/>
        <source>Could not take up the take in %1 again: %2</source>
        <translation>No se pudo retomar la toma de %1: %2</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="536"/>
        <location filename="../server/captureserver.cpp" line="552"/>
        <source>The server is not running.</source>
        <translation>El servidor no está en marcha.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="544"/>
        <source>Take &quot;%1&quot; made: %2</source>
        <translation>Toma «%1» creada: %2</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="564"/>
        <source>Take &quot;%1&quot;: cannot save take.json: %2</source>
        <translation>Toma «%1»: no se puede guardar take.json: %2</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="571"/>
        <source>Take &quot;%1&quot; started by the host.</source>
        <translation>Toma «%1» iniciada por el anfitrión.</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="572"/>
        <source>Take &quot;%1&quot; stopped by the host.</source>
        <translation>Toma «%1» detenida por el anfitrión.</translation>
    </message>
</context>
<context>
    <name>ClientConnection</name>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="59"/>
        <source>Recording &quot;%1&quot; could not be forced to the disk (%2); a power loss may take some of it.</source>
        <translation>La grabación «%1» no se pudo forzar al disco (%2); un corte de corriente puede llevarse parte de ella.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="64"/>
        <location filename="../server/net/clientconnection.cpp" line="87"/>
        <source>Its sidecar could not say so: %1.</source>
        <translation>Su archivo adjunto no pudo indicarlo: %1.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="90"/>
        <source>Recording &quot;%1&quot; is verified: it holds the %L2 bytes its client produced.</source>
        <translation>La grabación «%1» está verificada: contiene los %L2 bytes que produjo su cliente.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="97"/>
        <source>Recording &quot;%1&quot; is not what its client produced: %2.</source>
        <translation>La grabación «%1» no es lo que produjo su cliente: %2.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="120"/>
        <source>The client broke the WebSocket protocol (closed with %1): %2</source>
        <translation>El cliente incumplió el protocolo WebSocket (cerrado con %1): %2</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="134"/>
        <source>Client connected (%1).</source>
        <translation>Cliente conectado (%1).</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="135"/>
        <source>no user agent</source>
        <translation>sin agente de usuario</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="406"/>
        <source>Recording &quot;%1&quot; started (%2).</source>
        <translation>Grabación «%1» iniciada (%2).</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="408"/>
        <source>format from the first bytes</source>
        <translation>formato según los primeros bytes</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="490"/>
        <source>Refused a stream to transcribe: %1.</source>
        <translation>Flujo para transcribir rechazado: %1.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="525"/>
        <source>Recording &quot;%1&quot; is not transcribed: every recognizer is busy (%2 at most).</source>
        <translation>La grabación «%1» no se transcribe: todos los reconocedores están ocupados (%2 como máximo).</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="535"/>
        <source>The sidecar could not name the transcript: %1</source>
        <translation>El archivo adjunto no pudo indicar la transcripción: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="550"/>
        <source>Transcription fell behind and skipped %L1 s of audio.</source>
        <translation>La transcripción se retrasó y omitió %L1 s de audio.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="559"/>
        <source>The transcript ended early: %1</source>
        <translation>La transcripción terminó antes de tiempo: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="656"/>
        <source>Taking over recording &quot;%1&quot; from the shared folder.</source>
        <translation>Se retoma la grabación «%1» desde la carpeta compartida.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="663"/>
        <source>Refused a resume with a wrong token.</source>
        <translation>Reanudación rechazada por un token incorrecto.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="716"/>
        <source>Recording &quot;%1&quot; resumed at byte %L2.</source>
        <translation>Grabación «%1» reanudada en el byte %L2.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="828"/>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="829"/>
        <source>failed: %1</source>
        <translation>fallida: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="830"/>
        <source>interrupted, resumable</source>
        <translation>interrumpida, se puede reanudar</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="831"/>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="835"/>
        <source>Recording &quot;%1&quot; ended (%2): %L3 bytes in %L4 chunks.</source>
        <translation>Grabación «%1» finalizada (%2): %L3 bytes en %L4 bloques.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="904"/>
        <source>Client disconnected.</source>
        <translation>Cliente desconectado.</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="922"/>
        <location filename="../server/net/clientconnection.cpp" line="947"/>
        <source>Cannot save the stream&apos;s sidecar: %1</source>
        <translation>No se puede guardar el archivo adjunto de la emisión: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="950"/>
        <source>Now playing on %1: %2</source>
        <translation>Sonando ahora en %1: %2</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="996"/>
        <source>Cannot save the call&apos;s sidecar: %1</source>
        <translation>No se puede guardar el archivo adjunto de la llamada: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="1023"/>
        <source>A call&apos;s track file may not be on the disk: %1</source>
        <translation>Puede que un archivo de pista de la llamada no esté en el disco: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="1048"/>
        <source>Refused a phone call: %1</source>
        <translation>Llamada rechazada: %1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="1175"/>
        <source>Error %1 sent to the client: %2</source>
        <translation>Error %1 enviado al cliente: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/common/commandline.cpp" line="34"/>
        <source>Run without a window; log to standard output.</source>
        <translation>Ejecutar sin ventana; registro en la salida estándar.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="35"/>
        <source>Listen on port &lt;N&gt; (0 picks a free one).</source>
        <translation>Escuchar en el puerto &lt;N&gt; (0 elige uno libre).</translation>
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
        <translation>Escuchar solo en la dirección &lt;DIR&gt; («localhost» para este equipo).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="37"/>
        <location filename="../app/common/commandline.cpp" line="69"/>
        <source>ADDR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="38"/>
        <source>Write recordings to folder &lt;PATH&gt;.</source>
        <translation>Guardar las grabaciones en la carpeta &lt;RUTA&gt;.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="38"/>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="39"/>
        <source>Record at most &lt;N&gt; sessions at a time.</source>
        <translation>Grabar como máximo &lt;N&gt; sesiones a la vez.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="41"/>
        <source>Close connections that send a message over &lt;N&gt; bytes.</source>
        <translation>Cerrar las conexiones que envíen un mensaje de más de &lt;N&gt; bytes.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="43"/>
        <source>Serve HTTPS with this certificate (PEM) instead of Earshot&apos;s own.</source>
        <translation>Servir HTTPS con este certificado (PEM) en lugar del propio de Earshot.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="43"/>
        <location filename="../app/common/commandline.cpp" line="45"/>
        <location filename="../app/common/commandline.cpp" line="91"/>
        <location filename="../app/common/commandline.cpp" line="104"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="45"/>
        <source>The private key (PEM) of the certificate given with --cert.</source>
        <translation>La clave privada (PEM) del certificado indicado con --cert.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="46"/>
        <source>Serve plain HTTP only (phones then have no microphone access).</source>
        <translation>Servir solo HTTP sin cifrar (los teléfonos no tendrán acceso al micrófono).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="48"/>
        <source>Ask clients on this computer for the pairing code too.</source>
        <translation>Pedir también el código de emparejamiento a los clientes de este equipo.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="50"/>
        <source>Keep each compressed stream as it arrived beside its remuxed file.</source>
        <translation>Conservar cada flujo comprimido tal como llegó junto a su archivo remultiplexado.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="52"/>
        <source>Also accept WebSockets from web pages of &lt;ORIGIN&gt; (repeatable).</source>
        <translation>Aceptar también WebSockets de páginas web de &lt;ORIGEN&gt; (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="52"/>
        <source>ORIGIN</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="54"/>
        <source>Transcribe every session, not only those whose client asks for captions.</source>
        <translation>Transcribir todas las sesiones, no solo aquellas cuyo cliente pide subtítulos.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="56"/>
        <source>Transcribe at most &lt;N&gt; sessions at a time (default: one per core).</source>
        <translation>Transcribir como máximo &lt;N&gt; sesiones a la vez (por defecto: una por núcleo).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="58"/>
        <source>The PocketSphinx model folder; &quot;none&quot; turns transcription off.</source>
        <translation>La carpeta del modelo de PocketSphinx; «none» desactiva la transcripción.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="58"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="60"/>
        <source>Headless: record a take named &lt;NAME&gt; from the start (its link is printed; it stops with the server).</source>
        <translation>Sin ventana: graba desde el inicio una toma llamada &lt;NAME&gt; (se muestra su enlace; termina con el servidor).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="62"/>
        <location filename="../app/common/commandline.cpp" line="99"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="64"/>
        <source>With --take: when the take stops, export its tracks aligned (WAVs and a Matroska file in its &quot;aligned&quot; folder) before exiting.</source>
        <translation>Con --take: cuando la toma se detiene, exporta sus pistas alineadas (WAV y un archivo Matroska en su carpeta «aligned») antes de salir.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="67"/>
        <source>Trust the reverse proxy at &lt;ADDR&gt; (comma-separated, repeatable) to name each client in a PROXY protocol header, which its connections must then begin with.</source>
        <translation>Confiar en que el proxy inverso en &lt;ADDR&gt; (separados por comas, repetible) nombre a cada cliente en una cabecera del protocolo PROXY, con la que deben empezar entonces sus conexiones.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="71"/>
        <source>Run &lt;CMD&gt; (a program and its arguments, no shell) when a session starts; the recording&apos;s facts are in EARSHOT_* environment variables (docs/hooks.md).</source>
        <translation>Ejecutar &lt;COMANDO&gt; (un programa y sus argumentos, sin shell) cuando empieza una sesión; los datos de la grabación van en variables de entorno EARSHOT_* (docs/hooks.md).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="73"/>
        <location filename="../app/common/commandline.cpp" line="75"/>
        <location filename="../app/common/commandline.cpp" line="78"/>
        <source>CMD</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="75"/>
        <source>Run &lt;CMD&gt; when a session&apos;s connection drops before it was stopped.</source>
        <translation>Ejecutar &lt;COMANDO&gt; cuando la conexión de una sesión se corta antes de que se detuviera.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="77"/>
        <source>Run &lt;CMD&gt; when a recording is over and its file final (remuxed if it needed it).</source>
        <translation>Ejecutar &lt;COMANDO&gt; cuando una grabación ha terminado y su archivo es definitivo (remultiplexado si hacía falta).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="80"/>
        <source>Kill a hook (or abandon a webhook try) that runs over &lt;S&gt; seconds (default: 60).</source>
        <translation>Matar un hook (o abandonar un intento de webhook) que dure más de &lt;S&gt; segundos (por defecto: 60).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="81"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="83"/>
        <source>Run at most &lt;N&gt; hooks at a time; the others wait (default: 4).</source>
        <translation>Ejecutar como mucho &lt;N&gt; hooks a la vez; los demás esperan (por defecto: 4).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="85"/>
        <source>POST each finished recording&apos;s sidecar (JSON) to &lt;URL&gt;, signed with the webhook secret.</source>
        <translation>Enviar por POST el archivo adjunto (JSON) de cada grabación terminada a &lt;URL&gt;, firmado con el secreto del webhook.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="87"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="89"/>
        <source>The secret the webhook&apos;s HMAC-SHA256 signature is keyed with.</source>
        <translation>El secreto con el que se calcula la firma HMAC-SHA256 del webhook.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="89"/>
        <source>SECRET</source>
        <translation>SECRETO</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="91"/>
        <source>Read the webhook secret from &lt;FILE&gt; (it stays out of the process list).</source>
        <translation>Leer el secreto del webhook de &lt;ARCHIVO&gt; (así no aparece en la lista de procesos).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="93"/>
        <source>Try a webhook delivery at most &lt;N&gt; times on connection errors and 5xx answers (default: 5).</source>
        <translation>Intentar una entrega del webhook como mucho &lt;N&gt; veces ante errores de conexión y respuestas 5xx (por defecto: 5).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="97"/>
        <source>Name this instance &lt;NAME&gt; in the sidecars of the recordings it writes, for several instances sharing one recordings folder (default: host:port).</source>
        <translation>Nombrar esta instancia &lt;NAME&gt; en los archivos adjuntos de las grabaciones que escribe, para varias instancias que comparten una carpeta de grabaciones (predeterminado: host:puerto).</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="101"/>
        <source>Headless: read the options from &lt;FILE&gt; (default: %1 when it exists); those given here win.</source>
        <translation>Sin ventana: leer las opciones de &lt;FILE&gt; (por omisión: %1, si existe); las dadas aquí prevalecen.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="107"/>
        <source>Earshot records the audio that phones and browsers stream to it.</source>
        <translation>Earshot graba el audio que le transmiten teléfonos y navegadores.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="195"/>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="200"/>
        <source>set again (first on line %1)</source>
        <translation>definida de nuevo (primero en la línea %1)</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="209"/>
        <source>values are written without quotes</source>
        <translation>los valores se escriben sin comillas</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="278"/>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>«%1» no es ni true ni false.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="285"/>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>El puerto debe ser un número de 0 a 65535.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="290"/>
        <location filename="../app/common/commandline.cpp" line="338"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>«%1» no es una dirección IP.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="293"/>
        <source>The recordings folder must not be empty.</source>
        <translation>La carpeta de grabaciones no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="298"/>
        <source>The number of live sessions must be at least 1.</source>
        <translation>El número de sesiones en directo debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="304"/>
        <source>The message size must be a number of bytes from 1 to %1.</source>
        <translation>El tamaño de mensaje debe ser un número de bytes de 1 a %1.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="325"/>
        <source>The number of transcriptions at a time must be from 1 to 1024.</source>
        <translation>El número de transcripciones a la vez debe ser de 1 a 1024.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="348"/>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>«%1» no es un comando.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="356"/>
        <source>The hook timeout must be a number of seconds from 1 to 86400.</source>
        <translation>El tiempo límite de los hooks debe ser un número de segundos de 1 a 86400.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="361"/>
        <source>The number of hooks at a time must be from 1 to 256.</source>
        <translation>El número de hooks a la vez debe estar entre 1 y 256.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="368"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>«%1» no es una URL http:// o https://.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="375"/>
        <source>The path of the webhook secret file must not be empty.</source>
        <translation>La ruta del archivo del secreto del webhook no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="381"/>
        <source>The number of webhook tries must be from 1 to 20.</source>
        <translation>El número de intentos del webhook debe estar entre 1 y 20.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="386"/>
        <source>The instance name must have 1 to %1 characters.</source>
        <translation>El nombre de la instancia debe tener de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="395"/>
        <source>--cert and --key go together.</source>
        <translation>--cert y --key van juntos.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="499"/>
        <source>--export-at-end goes with --take NAME.</source>
        <translation>--export-at-end va con --take NOMBRE.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="515"/>
        <source>Cannot read the webhook secret from %1: %2</source>
        <translation>No se puede leer el secreto del webhook de %1: %2</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="521"/>
        <source>The webhook secret file %1 is empty.</source>
        <translation>El archivo del secreto del webhook %1 está vacío.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="534"/>
        <source>--webhook needs --webhook-secret or --webhook-secret-file.</source>
        <translation>--webhook necesita --webhook-secret o --webhook-secret-file.</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <location filename="../app/common/configfile.cpp" line="14"/>
        <source>Cannot read the config file %1: %2</source>
        <translation>No se puede leer el archivo de configuración %1: %2</translation>
    </message>
    <message>
        <location filename="../app/common/configfile.cpp" line="31"/>
        <source>expected &quot;key = value&quot;, found &quot;%1&quot;</source>
        <translation>se esperaba «clave = valor», se encontró «%1»</translation>
    </message>
</context>
<context>
    <name>ConnectDevicePanel</name>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="48"/>
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="49"/>
        <source>New pairing code…</source>
        <translation>Nuevo código de emparejamiento…</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="58"/>
        <source>Scan the code with the phone&apos;s camera, or type the address into its browser. The address holds this computer&apos;s pairing code.</source>
        <translation>Escanee el código con la cámara del teléfono o escriba la dirección en su navegador. La dirección incluye el código de emparejamiento de este equipo.</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="69"/>
        <source>Authority (SHA-256):</source>
        <translation>Autoridad (SHA-256):</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="70"/>
        <source>Certificate (SHA-256):</source>
        <translation>Certificado (SHA-256):</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="95"/>
        <source>Not listening</source>
        <translation>Sin escuchar</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="107"/>
        <source>none (your own certificate)</source>
        <translation>ninguna (certificado propio)</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="110"/>
        <source>none (plain HTTP)</source>
        <translation>ninguno (HTTP sin cifrar)</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="118"/>
        <source>The phone warns about the certificate until it trusts this computer: install %1 once (iPhone: Settings › General › About › Certificate Trust Settings).</source>
        <translation>El teléfono avisará del certificado hasta que confíe en este equipo: instale %1 una vez (iPhone: Ajustes › General › Información › Ajustes de confianza de certificados).</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="131"/>
        <source>New pairing code</source>
        <translation>Nuevo código de emparejamiento</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="132"/>
        <source>Devices paired with the current code will have to scan the new one. Make a new code?</source>
        <translation>Los dispositivos emparejados con el código actual tendrán que escanear el nuevo. ¿Crear un código nuevo?</translation>
    </message>
</context>
<context>
    <name>ConnectionIntake</name>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="186"/>
        <location filename="../server/net/connectionintake.cpp" line="574"/>
        <source>Refused a connection from the trusted proxy %1: %2.</source>
        <translation>Se rechazó una conexión del proxy de confianza %1: %2.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="290"/>
        <source>Too many wrong pairing codes: %1 is banned for a while.</source>
        <translation>Demasiados códigos de emparejamiento erróneos: %1 queda bloqueado durante un tiempo.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="321"/>
        <source>Too many wrong API keys: %1 is banned for a while.</source>
        <translation>Demasiadas claves de API erróneas: %1 queda bloqueado durante un tiempo.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="324"/>
        <source>Refused %1 %2: wrong API key.</source>
        <translation>Rechazado %1 %2: clave de API errónea.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="360"/>
        <source>Refused a WebSocket: %1 (origin %2).</source>
        <translation>WebSocket rechazado: %1 (origen %2).</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="384"/>
        <source>Refused an Icecast source for %1: wrong password.</source>
        <translation>Fuente Icecast para %1 rechazada: contraseña incorrecta.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="393"/>
        <source>Refused an Icecast source for %1 (%2).</source>
        <translation>Fuente Icecast para %1 rechazada (%2).</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="439"/>
        <source>Refused an Icecast metadata request: wrong password.</source>
        <translation>Solicitud de metadatos Icecast rechazada: contraseña incorrecta.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="449"/>
        <source>Refused an Icecast metadata request (%1).</source>
        <translation>Solicitud de metadatos Icecast rechazada (%1).</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="456"/>
        <source>Refused an Icecast metadata request for %1: no source streams there.</source>
        <translation>Solicitud de metadatos Icecast para %1 rechazada: ninguna fuente emite ahí.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="507"/>
        <source>Refused a WebSocket upgrade that is not a version 13 handshake.</source>
        <translation>Se rechazó una actualización a WebSocket que no es un handshake de la versión 13.</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="540"/>
        <source>Could not take over a WebSocket&apos;s connection: %1</source>
        <translation>No se pudo tomar la conexión de un WebSocket: %1</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="586"/>
        <source>Closed an API connection from %1: it read nothing of its response for %2 s.</source>
        <translation>Se cerró una conexión de la API desde %1: no leyó nada de su respuesta durante %2 s.</translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <location filename="../server/net/connectionworker.cpp" line="77"/>
        <source>Recording was not resumed in time; it stays interrupted.</source>
        <translation>La grabación no se reanudó a tiempo; queda interrumpida.</translation>
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
        <translation>estéreo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/displayformat.cpp" line="113"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canales</numerusform>
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
        <translation>silencio</translation>
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
        <translation>Eventos</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="84"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="86"/>
        <source>Device</source>
        <comment>network address of the sending device</comment>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="88"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="90"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>ExportTakeCommand</name>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="32"/>
        <source>Export a take&apos;s tracks aligned: one WAV per track and one Matroska file, in the take&apos;s &quot;aligned&quot; folder; the files written on stdout.</source>
        <translation>Exporta las pistas de una toma alineadas: un WAV por pista y un archivo Matroska, en la carpeta «aligned» de la toma; los archivos escritos, en stdout.</translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="34"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="43"/>
        <source>--export-take needs the take&apos;s folder.</source>
        <translation>--export-take necesita la carpeta de la toma.</translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="51"/>
        <location filename="../app/headless/exporttakecommand.cpp" line="75"/>
        <source>Cannot export %1: %2</source>
        <translation>No se puede exportar %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/headless/exporttakecommand.cpp" line="54"/>
        <source>Exporting the take &quot;%1&quot;: %n track(s), %2 s</source>
        <translation>
            <numerusform>Exportando la toma «%1»: %n pista, %2 s</numerusform>
            <numerusform>Exportando la toma «%1»: %n pistas, %2 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="71"/>
        <source>Exporting: %1 %</source>
        <translation>Exportando: %1 %</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="93"/>
        <source>Earshot could not start on port %1: %2</source>
        <translation>Earshot no pudo iniciarse en el puerto %1: %2</translation>
    </message>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="138"/>
        <source>Cannot record the take &quot;%1&quot;: %2</source>
        <translation>No se puede grabar la toma «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="220"/>
        <source>Cannot stop the take: %1</source>
        <translation>No se puede detener la toma: %1</translation>
    </message>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="272"/>
        <location filename="../app/headless/headlessrunner.cpp" line="286"/>
        <source>Cannot export the take: %1</source>
        <translation>No se puede exportar la toma: %1</translation>
    </message>
</context>
<context>
    <name>HookRunner</name>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="54"/>
        <source>Too many hooks are waiting; the %1 hook was skipped.</source>
        <translation>Hay demasiados hooks esperando; se omitió el hook %1.</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="108"/>
        <source>The %1 hook could not start: %2</source>
        <translation>El hook %1 no pudo arrancar: %2</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="116"/>
        <source>The %1 hook ran over %2 s and was killed.</source>
        <translation>El hook %1 duró más de %2 s y se mató.</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="120"/>
        <source>The %1 hook was ended by a signal%2</source>
        <translation>El hook %1 terminó por una señal%2</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="122"/>
        <source>The %1 hook exited with status %2%3</source>
        <translation>El hook %1 terminó con el estado %2%3</translation>
    </message>
</context>
<context>
    <name>LocalRecorder</name>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="19"/>
        <source>The local copy was not finished in time.</source>
        <translation>La copia local no se terminó a tiempo.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="20"/>
        <source>The local copy did not start. Are the GStreamer plugins installed?</source>
        <translation>La copia local no se inició. ¿Están instalados los complementos de GStreamer?</translation>
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
        <translation>La copia local ya se está grabando.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="96"/>
        <source>The microphone is not available.</source>
        <translation>El micrófono no está disponible.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="102"/>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta para %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="173"/>
        <source>The local copy stopped by itself.</source>
        <translation>La copia local se detuvo por sí sola.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="188"/>
        <source>The local copy %1 is empty.</source>
        <translation>La copia local %1 está vacía.</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="199"/>
        <source>The local copy failed: %1</source>
        <translation>La copia local falló: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="89"/>
        <source>Connect a Device</source>
        <translation>Conectar un dispositivo</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="90"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="95"/>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="126"/>
        <source>Live Sessions</source>
        <translation>Sesiones en directo</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="133"/>
        <source>Recordings</source>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="201"/>
        <source>Earshot is not listening: %1</source>
        <translation>Earshot no está escuchando: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="270"/>
        <source>&amp;Start Listening</source>
        <translation>&amp;Iniciar escucha</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="271"/>
        <source>Accept connections from devices</source>
        <translation>Aceptar conexiones de los dispositivos</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="275"/>
        <source>S&amp;top Listening</source>
        <translation>&amp;Detener escucha</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="276"/>
        <source>Finish every recording and stop accepting connections</source>
        <translation>Finalizar todas las grabaciones y dejar de aceptar conexiones</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="280"/>
        <source>Open &amp;Recordings Folder</source>
        <translation>Abrir carpeta de &amp;grabaciones</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="284"/>
        <source>New &amp;Take…</source>
        <translation>Nueva &amp;toma…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="286"/>
        <source>Record several guests together, each on their own device</source>
        <translation>Grabar a varios invitados a la vez, cada uno en su propio dispositivo</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="290"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="295"/>
        <source>&amp;API Keys…</source>
        <translation>Claves de &amp;API…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="297"/>
        <source>Keys for /metrics and the HTTP API</source>
        <translation>Claves para /metrics y la API HTTP</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="301"/>
        <location filename="../app/monitor/mainwindow.cpp" line="595"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="309"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="316"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="320"/>
        <source>S&amp;ession</source>
        <translation>S&amp;esión</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="323"/>
        <source>T&amp;ake</source>
        <translation>&amp;Toma</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="326"/>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="339"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="345"/>
        <source>Desktop &amp;Notifications</source>
        <translation>&amp;Notificaciones de escritorio</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="352"/>
        <source>&amp;Keep Running in the Tray When Closed</source>
        <translation>&amp;Seguir en la bandeja del sistema al cerrar</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="456"/>
        <source>Finishing recordings…</source>
        <translation>Finalizando las grabaciones…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="500"/>
        <source>Restart the Server?</source>
        <translation>¿Reiniciar el servidor?</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="501"/>
        <source>The new settings take effect when the server restarts. Restart it now? The live sessions end; their recordings are kept.</source>
        <translation>La nueva configuración se aplica cuando se reinicia el servidor. ¿Reiniciarlo ahora? Las sesiones en directo terminarán; sus grabaciones se conservan.</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="591"/>
        <source>Quit Earshot?</source>
        <translation>¿Salir de Earshot?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/mainwindow.cpp" line="592"/>
        <source>Quitting ends %Ln recording(s) in progress. What has arrived so far is kept.</source>
        <translation>
            <numerusform>Al salir termina %Ln grabación en curso. Lo recibido hasta ahora se conserva.</numerusform>
            <numerusform>Al salir terminan %Ln grabaciones en curso. Lo recibido hasta ahora se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="608"/>
        <source>Take</source>
        <translation>Toma</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="618"/>
        <location filename="../app/monitor/mainwindow.cpp" line="626"/>
        <source>New Take</source>
        <translation>Nueva toma</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="619"/>
        <source>Name of the take (the folder of its tracks is named after it):</source>
        <translation>Nombre de la toma (la carpeta de sus pistas se llama así):</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="626"/>
        <source>The take could not be made: %1</source>
        <translation>No se pudo crear la toma: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="638"/>
        <source>Connection lost while the take records: %1.</source>
        <translation>Conexión perdida mientras se graba la toma: %1.</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="643"/>
        <source>Guest lost</source>
        <comment>notification title</comment>
        <translation>Invitado desconectado</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="644"/>
        <source>%1: connection lost while the take records.</source>
        <translation>%1: conexión perdida mientras se graba la toma.</translation>
    </message>
</context>
<context>
    <name>MicStreamCommand</name>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="84"/>
        <source>Stream this computer&apos;s microphone without a window.</source>
        <translation>Transmitir el micrófono de este equipo sin ventana.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="85"/>
        <source>List the microphones (id and name) and exit.</source>
        <translation>Listar los micrófonos (id y nombre) y salir.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="86"/>
        <source>Stream the microphone with id &lt;ID&gt; (see --list-devices).</source>
        <translation>Transmitir el micrófono con id &lt;ID&gt; (véase --list-devices).</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="86"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="88"/>
        <source>Stream to the Earshot at &lt;URL&gt; (ws://, wss://, http:// or https://, with ?t=&lt;token&gt;). A take&apos;s link (with take=) records into that take, following its host&apos;s start and stop. Default: this computer&apos;s.</source>
        <translation>Transmitir al Earshot en &lt;URL&gt; (ws://, wss://, http:// o https://, con ?t=&lt;token&gt;). El enlace de una toma (con take=) graba en esa toma y sigue el inicio y la parada de su anfitrión. Por defecto: el de este equipo.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="91"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="92"/>
        <source>Stop after &lt;S&gt; seconds of audio.</source>
        <translation>Detenerse tras &lt;S&gt; segundos de audio.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="92"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="93"/>
        <source>Sample rate: 16000 (default) or 48000.</source>
        <translation>Frecuencia de muestreo: 16000 (por defecto) o 48000.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="93"/>
        <source>RATE</source>
        <translation>FREC</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="94"/>
        <source>1 (default) or 2 channels.</source>
        <translation>1 (por defecto) o 2 canales.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="94"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="95"/>
        <source>At the end, write the SHA-256 of the captured audio to &lt;PATH&gt;.</source>
        <translation>Al terminar, escribir el SHA-256 del audio capturado en &lt;RUTA&gt;.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="96"/>
        <location filename="../app/capture/micstreamcommand.cpp" line="98"/>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="97"/>
        <source>Also record a local copy to &lt;PATH&gt; (.ogg Opus, .oga FLAC or .wav).</source>
        <translation>Grabar también una copia local en &lt;RUTA&gt; (.ogg Opus, .oga FLAC o .wav).</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="100"/>
        <source>Trust the wss:// certificate with SHA-256 fingerprint &lt;FP&gt; and remember it.</source>
        <translation>Confiar en el certificado wss:// con huella SHA-256 &lt;HUELLA&gt; y recordarlo.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="101"/>
        <source>FP</source>
        <translation>HUELLA</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="115"/>
        <source>--format must be 16000 or 48000.</source>
        <translation>--format debe ser 16000 o 48000.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="123"/>
        <source>--channels must be 1 or 2.</source>
        <translation>--channels debe ser 1 o 2.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="132"/>
        <source>--duration must be a number of seconds above 0.</source>
        <translation>--duration debe ser un número de segundos mayor que 0.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="159"/>
        <location filename="../app/capture/micstreamcommand.cpp" line="178"/>
        <source>This computer has no microphone.</source>
        <translation>Este equipo no tiene micrófono.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="160"/>
        <source>No microphone has the id &quot;%1&quot;; see --list-devices.</source>
        <translation>Ningún micrófono tiene el id «%1»; véase --list-devices.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="183"/>
        <source> (default)</source>
        <translation> (predeterminado)</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="222"/>
        <source>No Earshot answers on 127.0.0.1:%1, and one could not be started: %2</source>
        <translation>Ningún Earshot responde en 127.0.0.1:%1 y no se pudo iniciar uno: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="230"/>
        <source>No Earshot answers on 127.0.0.1:%1; recording into %2 with a server of this command.</source>
        <translation>Ningún Earshot responde en 127.0.0.1:%1; se graba en %2 con un servidor propio de este comando.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="249"/>
        <source>Trusting the certificate of %1 (%2) from now on.</source>
        <translation>A partir de ahora se confía en el certificado de %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="255"/>
        <source>The certificate of %1 is not trusted (%2).
Its SHA-256 fingerprint is %3
Compare it with the one the other Earshot shows; if they match, run again with --accept-certificate %3</source>
        <translation>No se confía en el certificado de %1 (%2).
Su huella SHA-256 es %3
Compárela con la que muestra el otro Earshot; si coinciden, vuelva a ejecutar con --accept-certificate %3</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="311"/>
        <source>Stopping; delivering what is left (again to give up).</source>
        <translation>Deteniendo; se entrega lo que queda (repita para abandonar).</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="314"/>
        <source>Giving up on what is not delivered.</source>
        <translation>Se abandona lo que no se ha entregado.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="325"/>
        <source>Delivered %1 bytes to %2 as %3.</source>
        <translation>%1 bytes entregados a %2 como %3.</translation>
    </message>
</context>
<context>
    <name>MicStreamer</name>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="38"/>
        <source>If this program stops unexpectedly, the audio not delivered yet cannot be sent later: %1</source>
        <translation>Si este programa se detiene de forma inesperada, el audio aún no entregado no podrá enviarse después: %1</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="49"/>
        <source>The microphone is streaming already.</source>
        <translation>El micrófono ya está transmitiendo.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="68"/>
        <source>This computer has no microphone.</source>
        <translation>Este equipo no tiene micrófono.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="69"/>
        <source>The microphone &quot;%1&quot; is not connected.</source>
        <translation>El micrófono «%1» no está conectado.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="75"/>
        <location filename="../app/capture/micstreamer.cpp" line="81"/>
        <location filename="../app/capture/micstreamer.cpp" line="246"/>
        <source>Cannot keep audio for sending: %1</source>
        <translation>No se puede guardar el audio para enviarlo: %1</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="95"/>
        <source>Streaming %1 from &quot;%2&quot; to %3.</source>
        <translation>Transmitiendo %1 desde «%2» a %3.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="100"/>
        <source>Joining the take %1 on %2 as &quot;%3&quot;.</source>
        <translation>Uniéndose a la toma %1 en %2 como «%3».</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="141"/>
        <source>In the take &quot;%1&quot;: waiting for the host to start it.</source>
        <translation>En la toma «%1»: esperando a que el anfitrión la inicie.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="155"/>
        <source>The take &quot;%1&quot; records: streaming %2 from &quot;%3&quot;.</source>
        <translation>La toma «%1» graba: transmitiendo %2 desde «%3».</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="160"/>
        <source>The host stopped the take &quot;%1&quot;.</source>
        <translation>El anfitrión detuvo la toma «%1».</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="163"/>
        <source>The take &quot;%1&quot; was stopped before this computer recorded anything.</source>
        <translation>La toma «%1» se detuvo antes de que este equipo grabara nada.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="273"/>
        <source>Captured %1 bytes, SHA-256 %2.</source>
        <translation>%1 bytes capturados, SHA-256 %2.</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="279"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="303"/>
        <source>Local copy: %1</source>
        <translation>Copia local: %1</translation>
    </message>
</context>
<context>
    <name>MicrophoneCapture</name>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="53"/>
        <source>The microphone is capturing already.</source>
        <translation>El micrófono ya está capturando.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="57"/>
        <source>The microphone is not available.</source>
        <translation>El micrófono no está disponible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/microphonecapture.cpp" line="61"/>
        <source>%1 cannot record %2 Hz with %n channel(s).</source>
        <translation>
            <numerusform>%1 no puede grabar a %2 Hz con %n canal.</numerusform>
            <numerusform>%1 no puede grabar a %2 Hz con %n canales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="85"/>
        <source>Cannot open %1.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="225"/>
        <source>The microphone could not be opened.</source>
        <translation>No se pudo abrir el micrófono.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="226"/>
        <source>The microphone stopped working.</source>
        <translation>El micrófono dejó de funcionar.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="237"/>
        <source>The microphone was disconnected.</source>
        <translation>El micrófono se desconectó.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/microphonecapture.cpp" line="239"/>
        <source>The microphone has sent no audio for %n second(s).</source>
        <translation>
            <numerusform>El micrófono no ha enviado audio en %n segundo.</numerusform>
            <numerusform>El micrófono no ha enviado audio en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MicrophonePanel</name>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="50"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="51"/>
        <source>Another Earshot:</source>
        <translation>Otro Earshot:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="53"/>
        <source>Keep a local copy</source>
        <translation>Guardar una copia local</translation>
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
        <translation>Estéreo</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="72"/>
        <source>Input level</source>
        <translation>Nivel de entrada</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="73"/>
        <source>https://192.168.1.20:8000/?t=token</source>
        <translation>https://192.168.1.20:8000/?t=codigo</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="74"/>
        <source>The other Earshot&apos;s pairing link, or a take&apos;s link (with take=): then this microphone records into the take, starting and stopping with its host.</source>
        <translation>El enlace de emparejamiento del otro Earshot, o el enlace de una toma (con take=): entonces este micrófono graba en la toma, empezando y parando con su anfitrión.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="86"/>
        <source>Format of the local copy</source>
        <translation>Formato de la copia local</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="106"/>
        <source>Microphone:</source>
        <translation>Micrófono:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="107"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="108"/>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="109"/>
        <source>Send to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="112"/>
        <source>Connection:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="113"/>
        <source>Elapsed:</source>
        <translation>Transcurrido:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="114"/>
        <source>Sent:</source>
        <comment>bytes</comment>
        <translation>Enviado:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="115"/>
        <source>Acknowledged:</source>
        <comment>bytes</comment>
        <translation>Confirmado:</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="143"/>
        <source>Every byte was delivered.</source>
        <translation>Se entregaron todos los bytes.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="146"/>
        <source>Every byte was delivered. Local copy: %1</source>
        <translation>Se entregaron todos los bytes. Copia local: %1</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="148"/>
        <source>Streaming failed: %1</source>
        <translation>La transmisión falló: %1</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="216"/>
        <source>No microphone found</source>
        <translation>No se encontró ningún micrófono</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="225"/>
        <location filename="../app/capture/microphonepanel.cpp" line="286"/>
        <source>Stop streaming</source>
        <translation>Detener la transmisión</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="226"/>
        <source>%1 of audio have not reached the receiver yet. Give up on them?</source>
        <translation>%1 de audio aún no han llegado al receptor. ¿Renunciar a ellos?</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="255"/>
        <source>This computer&apos;s server is not running.</source>
        <translation>El servidor de este equipo no está en marcha.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="277"/>
        <source>Microphone %1</source>
        <comment>file name of a local copy</comment>
        <translation>Micrófono %1</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="289"/>
        <source>Stop now</source>
        <translation>Detener ahora</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="290"/>
        <source>The rest is still being delivered.</source>
        <translation>El resto aún se está entregando.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="293"/>
        <source>Start streaming</source>
        <translation>Iniciar la transmisión</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="320"/>
        <source>Unknown certificate</source>
        <translation>Certificado desconocido</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="321"/>
        <source>The Earshot at %1 presents a certificate this computer does not trust.</source>
        <translation>El Earshot en %1 presenta un certificado en el que este equipo no confía.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="326"/>
        <source>Compare its SHA-256 fingerprint with the one the other Earshot shows:

%1

Trust it for %2 from now on?</source>
        <translation>Compare su huella SHA-256 con la que muestra el otro Earshot:

%1

¿Confiar en él para %2 a partir de ahora?</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="331"/>
        <source>Trust</source>
        <translation>Confiar</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="350"/>
        <source>Certificate changed</source>
        <translation>Certificado cambiado</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="351"/>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting the connection; nothing was sent.</source>
        <translation>El certificado de %1 no es el que aceptó antes. Alguien podría estar interceptando la conexión; no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="356"/>
        <source>Trusted: %1
Presented now: %2

If the other Earshot really has a new certificate, forget the old one to be asked again.</source>
        <translation>De confianza: %1
Presentado ahora: %2

Si el otro Earshot tiene de verdad un certificado nuevo, olvide el anterior para que se le vuelva a preguntar.</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="360"/>
        <source>Forget the old certificate</source>
        <translation>Olvidar el certificado anterior</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="90"/>
        <source>Device connected</source>
        <translation>Dispositivo conectado</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="91"/>
        <source>%1 is recording.</source>
        <comment>a device connected</comment>
        <translation>%1 está grabando.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/notificationpolicy.cpp" line="93"/>
        <source>%Ln device(s) connected</source>
        <translation>
            <numerusform>%Ln dispositivo conectado</numerusform>
            <numerusform>%Ln dispositivos conectados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="99"/>
        <source>Recording failed</source>
        <translation>La grabación falló</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="100"/>
        <source>The recording from %1 stopped because of an error. The events log tells why.</source>
        <translation>La grabación de %1 se detuvo por un error. El registro de eventos indica el motivo.</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="103"/>
        <source>Recording interrupted</source>
        <translation>Grabación interrumpida</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="104"/>
        <source>%1 lost its connection. What arrived is kept; the recording continues if the device reconnects.</source>
        <translation>%1 perdió la conexión. Lo recibido se conserva; la grabación continúa si el dispositivo se vuelve a conectar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/notificationpolicy.cpp" line="110"/>
        <source>%Ln recording(s) ended unexpectedly</source>
        <translation>
            <numerusform>%Ln grabación terminó de forma inesperada</numerusform>
            <numerusform>%Ln grabaciones terminaron de forma inesperada</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="129"/>
        <source>A device</source>
        <translation>Un dispositivo</translation>
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
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="144"/>
        <source>Play</source>
        <comment>play a recording</comment>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="45"/>
        <source>Playback position</source>
        <translation>Posición de reproducción</translation>
    </message>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="89"/>
        <source>Cannot play %1: %2</source>
        <translation>No se puede reproducir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="144"/>
        <source>Pause</source>
        <translation>Pausa</translation>
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
        <translation>Velocidad de datos entrante</translation>
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
        <translation>ahora</translation>
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
        <translation>Ahora: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ratechart.cpp" line="143"/>
        <source>%n second(s) ago: %1</source>
        <comment>rate chart tooltip; %1 is a data rate</comment>
        <translation>
            <numerusform>Hace %n segundo: %1</numerusform>
            <numerusform>Hace %n segundos: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ratechart.cpp" line="217"/>
        <source>No audio arriving</source>
        <comment>rate chart, when the rate is zero</comment>
        <translation>No llega audio</translation>
    </message>
</context>
<context>
    <name>RecordingHooks</name>
    <message>
        <location filename="../server/hooks/recordinghooks.cpp" line="66"/>
        <source>The webhook was not sent: cannot read the sidecar %1: %2</source>
        <translation>No se envió el webhook: no se puede leer el archivo adjunto %1: %2</translation>
    </message>
</context>
<context>
    <name>RecordingListModel</name>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="33"/>
        <source>File missing</source>
        <comment>recording status</comment>
        <translation>Falta el archivo</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="35"/>
        <source>Recording</source>
        <comment>recording status</comment>
        <translation>Grabando</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="37"/>
        <source>Complete</source>
        <comment>recording status</comment>
        <translation>Completa</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="39"/>
        <source>Interrupted</source>
        <comment>recording status</comment>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="41"/>
        <source>Failed</source>
        <comment>recording status</comment>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingfileworker.cpp" line="36"/>
        <source>this desktop has no trash for it</source>
        <translation>este escritorio no tiene papelera para ello</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="51"/>
        <source>Verified</source>
        <comment>the file holds every byte the device produced</comment>
        <translation>Verificada</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="53"/>
        <source>Not verified</source>
        <comment>the file is not what the device produced</comment>
        <translation>No verificada</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="55"/>
        <source>Not checked</source>
        <comment>the device did not say what it produced</comment>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="328"/>
        <source>From %1</source>
        <comment>network address of the sending device</comment>
        <translation>Desde %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="334"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="335"/>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="338"/>
        <source>The audio file is missing.</source>
        <translation>Falta el archivo de audio.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="344"/>
        <source>Ended %1</source>
        <translation>Finalizada el %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="357"/>
        <source>The file holds every byte the device produced: %1 bytes, SHA-256 checked.</source>
        <translation>El archivo contiene todos los bytes que produjo el dispositivo: %1 bytes, SHA-256 comprobado.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="360"/>
        <source>The device did not say what it produced, so the file could not be checked.</source>
        <translation>El dispositivo no indicó lo que produjo, así que no se pudo comprobar el archivo.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="364"/>
        <source>Incomplete: the last %1 bytes the device produced are missing.</source>
        <translation>Incompleto: faltan los últimos %1 bytes que produjo el dispositivo.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="367"/>
        <source>The file holds %1 bytes more than the device produced.</source>
        <translation>El archivo contiene %1 bytes más de los que produjo el dispositivo.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="370"/>
        <source>The content differs from what the device produced (same length, another SHA-256).</source>
        <translation>El contenido difiere de lo que produjo el dispositivo (misma longitud, otro SHA-256).</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="372"/>
        <source>The file could not be checked against what the device produced: %1</source>
        <translation>No se pudo comparar el archivo con lo que produjo el dispositivo: %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="382"/>
        <source>Name</source>
        <comment>recording label</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="384"/>
        <source>Device</source>
        <comment>the device that sent a recording</comment>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="386"/>
        <source>Format</source>
        <comment>audio format</comment>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="388"/>
        <source>Length</source>
        <comment>playing time of a recording</comment>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="390"/>
        <source>Size</source>
        <comment>file size</comment>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="392"/>
        <source>Status</source>
        <comment>how a recording ended</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="394"/>
        <source>Verified</source>
        <comment>column: whether the file holds every byte the device produced</comment>
        <translation>Verificada</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="396"/>
        <source>Started</source>
        <comment>when a recording started</comment>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="425"/>
        <source>It is still being recorded.</source>
        <translation>Todavía se está grabando.</translation>
    </message>
</context>
<context>
    <name>RecordingsView</name>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="58"/>
        <source>Search by name or by words said</source>
        <translation>Buscar por nombre o por palabras dichas</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="60"/>
        <source>Search recordings</source>
        <translation>Buscar grabaciones</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="98"/>
        <source>Play</source>
        <comment>play a recording</comment>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="100"/>
        <source>Play the selected recording here (or double-click it)</source>
        <translation>Reproducir aquí la grabación seleccionada (o hacer doble clic en ella)</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="104"/>
        <source>Open</source>
        <comment>open a recording in the desktop&apos;s player</comment>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="105"/>
        <source>Open the selected recording in the desktop&apos;s player</source>
        <translation>Abrir la grabación seleccionada en el reproductor del escritorio</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="108"/>
        <location filename="../app/recordings/recordingsview.cpp" line="326"/>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="111"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="113"/>
        <source>Change the recording&apos;s name; its file keeps its name</source>
        <translation>Cambiar el nombre de la grabación; su archivo conserva su nombre</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="117"/>
        <source>Delete…</source>
        <comment>a recording</comment>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="121"/>
        <source>Transcribe</source>
        <comment>write down what a recording says</comment>
        <translation>Transcribir</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="123"/>
        <source>Write down what the selected recording says, on this computer (English)</source>
        <translation>Escribir lo que se dice en la grabación seleccionada, en este equipo (inglés)</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="132"/>
        <source>Transcript of the selected recording</source>
        <translation>Transcripción de la grabación seleccionada</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="138"/>
        <source>Refresh</source>
        <comment>read the recordings folder again</comment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="281"/>
        <source>Reading recordings…</source>
        <translation>Leyendo las grabaciones…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordings/recordingsview.cpp" line="288"/>
        <source>%Ln recording(s), %1</source>
        <comment>count and total size</comment>
        <translation>
            <numerusform>%Ln grabación, %1</numerusform>
            <numerusform>%Ln grabaciones, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordings/recordingsview.cpp" line="289"/>
        <source>%1 of %Ln recording(s) found</source>
        <comment>search results</comment>
        <translation>
            <numerusform>Resultados: %1 de %Ln grabación</numerusform>
            <numerusform>Resultados: %1 de %Ln grabaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="314"/>
        <source>Open Recording</source>
        <translation>Abrir grabación</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="315"/>
        <source>No application could open %1.</source>
        <translation>Ninguna aplicación pudo abrir %1.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="327"/>
        <source>No file manager could show %1.</source>
        <translation>Ningún gestor de archivos pudo mostrar %1.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="339"/>
        <location filename="../app/recordings/recordingsview.cpp" line="354"/>
        <source>Rename Recording</source>
        <translation>Cambiar el nombre de la grabación</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="339"/>
        <source>Name:</source>
        <comment>of a recording</comment>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="354"/>
        <source>The recording could not be renamed: %1</source>
        <translation>No se pudo cambiar el nombre de la grabación: %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="368"/>
        <location filename="../app/recordings/recordingsview.cpp" line="406"/>
        <location filename="../app/recordings/recordingsview.cpp" line="419"/>
        <source>Delete Recording</source>
        <translation>Eliminar grabación</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="369"/>
        <source>Delete the recording “%1”?</source>
        <translation>¿Eliminar la grabación «%1»?</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="371"/>
        <source>Its audio file and its sidecar are moved to the trash.</source>
        <comment>a recording&apos;s files</comment>
        <translation>Su archivo de audio y su archivo adjunto se mueven a la papelera.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="372"/>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="407"/>
        <source>“%1” cannot be moved to the trash (%2).

Delete it permanently? This cannot be undone.</source>
        <translation>«%1» no se puede mover a la papelera (%2).

¿Eliminarla definitivamente? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="419"/>
        <source>“%1” could not be deleted: %2</source>
        <translation>No se pudo eliminar «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="443"/>
        <source>Transcribe</source>
        <translation>Transcribir</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="444"/>
        <source>“%1” could not be transcribed: %2</source>
        <translation>No se pudo transcribir «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="455"/>
        <source>(The transcript has no words: nothing was recognized.)</source>
        <translation>(La transcripción no tiene palabras: no se reconoció nada.)</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="463"/>
        <source>Transcribing “%1”: %2 %</source>
        <translation>Transcribiendo «%1»: %2 %</translation>
    </message>
</context>
<context>
    <name>RemuxQueue</name>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="101"/>
        <source>Not remuxing %1: its sidecar is unreadable (%2).</source>
        <translation>%1 no se remultiplexa: su archivo adjunto no se puede leer (%2).</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="148"/>
        <location filename="../server/session/remuxqueue.cpp" line="239"/>
        <location filename="../server/session/remuxqueue.cpp" line="253"/>
        <source>%1 stays as it was streamed; remuxing failed: %2</source>
        <translation>%1 queda tal como se transmitió; el remultiplexado falló: %2</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="173"/>
        <source>Could not swap in the remuxed %1.</source>
        <translation>No se pudo sustituir por el %1 remultiplexado.</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="265"/>
        <source>Could not update the sidecar of %1: %2</source>
        <translation>No se pudo actualizar el archivo adjunto de %1: %2</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="187"/>
        <source>%1 remuxed: %L2 s long, seekable.</source>
        <translation>%1 remultiplexado: %L2 s de duración, con búsqueda.</translation>
    </message>
</context>
<context>
    <name>ServerStatusBar</name>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="40"/>
        <source>Sessions recording now</source>
        <translation>Sesiones grabando ahora</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="41"/>
        <source>Audio data arriving per second, all sessions together</source>
        <translation>Datos de audio que llegan por segundo, todas las sesiones juntas</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="61"/>
        <source>Not listening</source>
        <translation>Sin escuchar</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="70"/>
        <source>Open on a phone: %1</source>
        <translation>Abrir en un teléfono: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="75"/>
        <source>Live sessions: %1</source>
        <translation>Sesiones en directo: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="93"/>
        <source>Free space unknown</source>
        <translation>Espacio libre desconocido</translation>
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
        <translation>Las grabaciones se guardan en %1</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="26"/>
        <source>&amp;Open Recording</source>
        <translation>&amp;Abrir grabación</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="28"/>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="30"/>
        <source>&amp;Copy Path</source>
        <translation>Co&amp;piar ruta</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="32"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="34"/>
        <source>Open the selected recording in the default player</source>
        <translation>Abrir la grabación seleccionada en el reproductor predeterminado</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="35"/>
        <source>Open the folder that holds the selected recording</source>
        <translation>Abrir la carpeta que contiene la grabación seleccionada</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="36"/>
        <source>Copy the paths of the selected recordings</source>
        <translation>Copiar las rutas de las grabaciones seleccionadas</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="39"/>
        <source>Close the connection of the selected live sessions</source>
        <translation>Cerrar la conexión de las sesiones en directo seleccionadas</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="135"/>
        <source>Disconnect this live session? Its recording stops and is finished; the device cannot resume it.</source>
        <translation>¿Desconectar esta sesión en directo? Su grabación se detiene y se cierra; el dispositivo no podrá reanudarla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/sessionactions.cpp" line="137"/>
        <source>Disconnect %Ln live session(s)? Their recordings stop and are finished; the devices cannot resume them.</source>
        <translation>
            <numerusform>¿Desconectar %Ln sesión en directo? Su grabación se detiene y se cierra; el dispositivo no podrá reanudarla.</numerusform>
            <numerusform>¿Desconectar %Ln sesiones en directo? Sus grabaciones se detienen y se cierran; los dispositivos no podrán reanudarlas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="140"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="173"/>
        <source>Recording</source>
        <comment>session state</comment>
        <translation>Grabando</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="175"/>
        <source>Interrupted</source>
        <comment>session state</comment>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="177"/>
        <source>Complete</source>
        <comment>session state</comment>
        <translation>Completa</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="179"/>
        <source>Failed</source>
        <comment>session state</comment>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="109"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="111"/>
        <source>Name</source>
        <comment>session label</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="113"/>
        <source>Device</source>
        <comment>network address of the sending device</comment>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="115"/>
        <source>Format</source>
        <comment>audio format</comment>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="117"/>
        <source>Chunks</source>
        <comment>messages received</comment>
        <translation>Bloques</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="119"/>
        <source>Received</source>
        <comment>amount of data</comment>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="121"/>
        <source>Rate</source>
        <comment>data rate</comment>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="123"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="125"/>
        <source>Level</source>
        <comment>audio level</comment>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="127"/>
        <source>Unsent</source>
        <comment>audio the device holds that has not reached Earshot</comment>
        <translation>Sin enviar</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="129"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="282"/>
        <source>Failed: %1</source>
        <comment>session state with the reason</comment>
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="287"/>
        <source>Now playing: %1</source>
        <comment>an Icecast stream&apos;s title</comment>
        <translation>Sonando ahora: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="297"/>
        <source>%1 bytes</source>
        <comment>exact amount of data</comment>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="301"/>
        <source>The device holds %1 that Earshot has not received yet.</source>
        <translation>El dispositivo guarda %1 que Earshot aún no ha recibido.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="45"/>
        <source>&amp;Transcribe every session</source>
        <translation>T&amp;ranscribir todas las sesiones</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="46"/>
        <source>&amp;Export aligned tracks when a take stops</source>
        <translation>&amp;Exportar las pistas alineadas cuando se detiene una toma</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="48"/>
        <source>Earshot Settings</source>
        <translation>Preferencias de Earshot</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="51"/>
        <source>Any free port</source>
        <translation>Cualquier puerto libre</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="54"/>
        <source>All networks</source>
        <translation>Todas las redes</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="55"/>
        <source>An address of this computer, &quot;localhost&quot; for this computer only, or empty for all networks.</source>
        <translation>Una dirección de este equipo, «localhost» solo para este equipo, o vacío para todas las redes.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
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
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="81"/>
        <source>System default (%1)</source>
        <comment>language; %1 is the system&apos;s language</comment>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="92"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="94"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="95"/>
        <source>&amp;Listen on:</source>
        <translation>&amp;Escuchar en:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="96"/>
        <source>&amp;Recordings folder:</source>
        <translation>Carpeta de &amp;grabaciones:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="97"/>
        <source>Live sessions at &amp;most:</source>
        <translation>Sesiones en directo como &amp;máximo:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="98"/>
        <source>Largest me&amp;ssage:</source>
        <translation>&amp;Tamaño máximo de mensaje:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="100"/>
        <source>Live captions and a transcript beside every recording, recognized on this computer (English), not only for the devices that ask</source>
        <translation>Subtítulos en directo y una transcripción junto a cada grabación, reconocidos en este equipo (inglés), no solo para los dispositivos que lo piden</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="106"/>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="111"/>
        <source>W&amp;hen a session starts:</source>
        <translation>Cuando empie&amp;za una sesión:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="112"/>
        <source>When a connection &amp;drops:</source>
        <translation>Cuando se &amp;corta una conexión:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="113"/>
        <source>When a recording is &amp;final:</source>
        <translation>Cuando una grabación es de&amp;finitiva:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="114"/>
        <source>A program and its arguments (double quotes group words), run without a shell; the recording&apos;s path and figures are in EARSHOT_* environment variables. Applies at once.</source>
        <translation>Un programa y sus argumentos (las comillas dobles agrupan palabras), ejecutado sin shell; la ruta y las cifras de la grabación van en variables de entorno EARSHOT_*. Se aplica al momento.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="121"/>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="124"/>
        <source>When you stop a take, its aligned WAVs and multitrack file are written into its &quot;aligned&quot; folder as soon as every guest&apos;s recording has ended</source>
        <translation>Al detener una toma, sus WAV alineados y el archivo multipista se escriben en su carpeta «aligned» en cuanto ha terminado la grabación de cada invitado</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="128"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="131"/>
        <source>A new language applies when Earshot starts again.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Earshot.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="187"/>
        <source>None</source>
        <comment>hook command</comment>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="211"/>
        <source>&quot;%1&quot; is not an address of this computer.</source>
        <translation>«%1» no es una dirección de este equipo.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="218"/>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>«%1» no es un comando.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="224"/>
        <source>Choose a folder for the recordings.</source>
        <translation>Elija una carpeta para las grabaciones.</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="234"/>
        <source>Recordings Folder</source>
        <translation>Carpeta de grabaciones</translation>
    </message>
</context>
<context>
    <name>Spool</name>
    <message>
        <location filename="../app/capture/spool.cpp" line="54"/>
        <location filename="../app/capture/spool.cpp" line="61"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="90"/>
        <source>The audio kept in %1 has a gap before %2.</source>
        <translation>Al audio guardado en %1 le falta un trozo antes de %2.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="121"/>
        <source>The folder %1 is in use by another process.</source>
        <translation>Otro proceso está usando la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="122"/>
        <source>Cannot lock the folder %1.</source>
        <translation>No se puede bloquear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="131"/>
        <source>Cannot write %1 to the disk: %2</source>
        <translation>No se puede escribir %1 en el disco: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="165"/>
        <source>The spool is not open.</source>
        <translation>La cola de envío no está abierta.</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="178"/>
        <source>Cannot write to %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="211"/>
        <location filename="../app/capture/spool.cpp" line="220"/>
        <location filename="../app/capture/spool.cpp" line="225"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="251"/>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
</context>
<context>
    <name>SpoolManifest</name>
    <message>
        <location filename="../app/capture/spoolmanifest.cpp" line="44"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolmanifest.cpp" line="54"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolmanifest.cpp" line="72"/>
        <source>%1 is not a spool manifest.</source>
        <translation>%1 no es un manifiesto de búfer.</translation>
    </message>
</context>
<context>
    <name>SpoolRecovery</name>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="69"/>
        <source>Audio that an earlier run could not deliver cannot be read (%1); it stays in %2.</source>
        <translation>No se puede leer el audio que una ejecución anterior no pudo entregar (%1); se queda en %2.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="88"/>
        <source>An earlier run left %1 of audio that cannot be delivered (%2); it stays in %3.</source>
        <translation>Una ejecución anterior dejó %1 de audio que no se puede entregar (%2); se queda en %3.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="98"/>
        <source>Delivering %1 of audio that an earlier run left undelivered, to %2.</source>
        <translation>Entregando a %2 %1 de audio que una ejecución anterior dejó sin entregar.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="140"/>
        <source>Delivered the audio that an earlier run had left, to %1 as %2.</source>
        <translation>Se entregó a %1 el audio que había dejado una ejecución anterior, como %2.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="153"/>
        <source>The receiver has all of the audio an earlier run had left, but did not close its recording: %1</source>
        <translation>El receptor tiene todo el audio que dejó una ejecución anterior, pero no cerró su grabación: %1</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="165"/>
        <source>%1 of audio that an earlier run left could be neither delivered (%2) nor saved (%3); it stays in %4.</source>
        <translation>%1 de audio que dejó una ejecución anterior no se pudo entregar (%2) ni guardar (%3); se queda en %4.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="173"/>
        <source>%1 of audio that an earlier run left could not be delivered (%2). It is saved in %3</source>
        <translation>%1 de audio que dejó una ejecución anterior no se pudo entregar (%2). Está guardado en %3</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="182"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="225"/>
        <source>Microphone %1 not delivered</source>
        <comment>file name of audio saved after a crash</comment>
        <translation>Micrófono %1 sin entregar</translation>
    </message>
</context>
<context>
    <name>StreamTarget</name>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="24"/>
        <source>Enter the address of the other Earshot.</source>
        <translation>Escriba la dirección del otro Earshot.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="30"/>
        <source>&quot;%1&quot; is not an address.</source>
        <translation>«%1» no es una dirección.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="38"/>
        <source>Earshot addresses start with http://, https://, ws:// or wss://.</source>
        <translation>Las direcciones de Earshot empiezan por http://, https://, ws:// o wss://.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="50"/>
        <source>The address has an empty pairing token.</source>
        <translation>La dirección tiene un código de emparejamiento vacío.</translation>
    </message>
</context>
<context>
    <name>StreamUploader</name>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="44"/>
        <source>Not streaming</source>
        <translation>Sin transmitir</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="46"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="48"/>
        <source>Waiting for the host to start the take</source>
        <translation>Esperando a que el anfitrión inicie la toma</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="50"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="52"/>
        <source>Streaming</source>
        <translation>Transmitiendo</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="54"/>
        <source>Connection lost, retrying</source>
        <translation>Conexión perdida, reintentando</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="56"/>
        <source>Resuming</source>
        <translation>Reanudando</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="58"/>
        <source>Waiting for the certificate to be accepted</source>
        <translation>Esperando a que se acepte el certificado</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="60"/>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="62"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="64"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="157"/>
        <source>the connection was closed</source>
        <translation>se cerró la conexión</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/streamuploader.cpp" line="265"/>
        <source>The receiver lost %Ln acknowledged byte(s) that are no longer kept here.</source>
        <translation>
            <numerusform>El receptor perdió %Ln byte confirmado que ya no se conserva aquí.</numerusform>
            <numerusform>El receptor perdió %Ln bytes confirmados que ya no se conservan aquí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="294"/>
        <source>Verified: the receiver holds every byte sent.</source>
        <translation>Verificado: el receptor tiene todos los bytes enviados.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="296"/>
        <source>Not verified: the receiver&apos;s file is not what was sent (%1).</source>
        <translation>No verificado: el archivo del receptor no es lo que se envió (%1).</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="331"/>
        <source>The receiver no longer knows the session %1: %2 (%3)</source>
        <translation>El receptor ya no conoce la sesión %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/streamuploader.cpp" line="569"/>
        <source>Stopped before %Ln byte(s) were delivered.</source>
        <translation>
            <numerusform>Detenido antes de entregar %Ln byte.</numerusform>
            <numerusform>Detenido antes de entregar %Ln bytes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="278"/>
        <source>Resumed at byte %1.</source>
        <translation>Reanudado en el byte %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="339"/>
        <source>The receiver no longer knows the session; the rest goes into a new recording.</source>
        <translation>El receptor ya no conoce la sesión; el resto irá a una grabación nueva.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="352"/>
        <source>The receiver refused the pairing token (%1).</source>
        <translation>El receptor rechazó el código de emparejamiento (%1).</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="353"/>
        <source>The receiver refused: %1 (%2)</source>
        <translation>El receptor rechazó: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="357"/>
        <source>The receiver said: %1 (%2)</source>
        <translation>El receptor indicó: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="376"/>
        <source>The certificate of %1 has changed: it was %2 and is now %3. This may be an attack; the connection was refused.</source>
        <translation>El certificado de %1 ha cambiado: era %2 y ahora es %3. Puede tratarse de un ataque; se rechazó la conexión.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="411"/>
        <source>The certificate of %1 was not accepted.</source>
        <translation>No se aceptó el certificado de %1.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="441"/>
        <source>Connection to %1 lost (%2); trying again in %3 s.</source>
        <translation>Se perdió la conexión con %1 (%2); nuevo intento en %3 s.</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="456"/>
        <source>no answer for %1 s</source>
        <translation>sin respuesta durante %1 s</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="488"/>
        <source>Cannot read the audio kept for sending: %1</source>
        <translation>No se puede leer el audio guardado para enviar: %1</translation>
    </message>
</context>
<context>
    <name>TakeExportJob</name>
    <message>
        <location filename="../server/takes/takeexportjob.cpp" line="98"/>
        <source>This export has run already.</source>
        <translation>Esta exportación ya se ha ejecutado.</translation>
    </message>
    <message>
        <location filename="../server/takes/takeexportjob.cpp" line="104"/>
        <source>The take in %1 is being exported already: wait for that export to finish, or cancel it.</source>
        <translation>La toma de %1 ya se está exportando: espere a que termine esa exportación o cancélela.</translation>
    </message>
</context>
<context>
    <name>TakeView</name>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="42"/>
        <source>Waiting for the host to start</source>
        <comment>take state</comment>
        <translation>Esperando a que el anfitrión empiece</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="44"/>
        <source>Recording</source>
        <comment>take state</comment>
        <translation>Grabación</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="46"/>
        <source>Stopped</source>
        <comment>take state</comment>
        <translation>Detenida</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="60"/>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="61"/>
        <source>Start for Everyone</source>
        <translation>Empezar para todos</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="62"/>
        <source>Stop for Everyone…</source>
        <translation>Detener para todos…</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="63"/>
        <source>Export Aligned</source>
        <translation>Exportar alineado</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="65"/>
        <source>Cancel</source>
        <comment>the running export</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="67"/>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="84"/>
        <source>One WAV per guest, all starting at the take&apos;s start and of its length, and one Matroska file with a track per guest, in the take&apos;s &quot;aligned&quot; folder. The recordings stay as they are.</source>
        <translation>Un WAV por invitado, todos desde el inicio de la toma y con su duración, y un archivo Matroska con una pista por invitado, en la carpeta «aligned» de la toma. Las grabaciones no se modifican.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="127"/>
        <source>Each guest opens this link (or scans the code) on their own device; their recording joins the take under the name they give.</source>
        <translation>Cada invitado abre este enlace (o escanea el código) en su propio dispositivo; su grabación se une a la toma con el nombre que indique.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="166"/>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="247"/>
        <source>Exporting once every guest&apos;s recording has ended…</source>
        <translation>Se exportará cuando haya terminado la grabación de cada invitado…</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="256"/>
        <source>No take yet</source>
        <translation>Aún no hay ninguna toma</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="257"/>
        <source>Make one with Take › New Take…</source>
        <translation>Cree una con Toma › Nueva toma…</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="294"/>
        <source>Stop the Take?</source>
        <translation>¿Detener la toma?</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="295"/>
        <source>Every guest&apos;s device stops recording, and nobody can record into &quot;%1&quot; again.</source>
        <translation>Los dispositivos de todos los invitados dejan de grabar y nadie podrá volver a grabar en «%1».</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="308"/>
        <source>Take</source>
        <translation>Toma</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="308"/>
        <source>The take could not change: %1</source>
        <translation>La toma no pudo cambiar: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="359"/>
        <source>Stop the take first.</source>
        <translation>Detenga primero la toma.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="365"/>
        <source>Nobody recorded into this take.</source>
        <translation>Nadie grabó en esta toma.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="369"/>
        <source>A guest is still recording; export when every recording has ended.</source>
        <translation>Un invitado sigue grabando; exporte cuando hayan terminado todas las grabaciones.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="393"/>
        <location filename="../app/monitor/takeview.cpp" line="420"/>
        <source>Cannot export: %1</source>
        <translation>No se puede exportar: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="409"/>
        <source>Not exported: a guest was still recording %1 s after the take stopped. Export Aligned once every recording has ended.</source>
        <translation>No exportado: un invitado seguía grabando %1 s después de detener la toma. Use Exportar alineado cuando hayan terminado todas las grabaciones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/takeview.cpp" line="430"/>
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n archivo exportado a %1</numerusform>
            <numerusform>%n archivos exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="435"/>
        <source>Export cancelled; the take&apos;s aligned folder is as it was.</source>
        <translation>Exportación cancelada; la carpeta «aligned» de la toma sigue como estaba.</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="437"/>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
</context>
<context>
    <name>TranscribeCommand</name>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="28"/>
        <source>Transcribe finished recordings: a WebVTT file beside each, the text on stdout.</source>
        <translation>Transcribir grabaciones finalizadas: un archivo WebVTT junto a cada una, el texto en la salida estándar.</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="30"/>
        <source>The PocketSphinx model folder (default: %1).</source>
        <translation>La carpeta del modelo de PocketSphinx (por defecto: %1).</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="31"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="33"/>
        <source>Recordings to transcribe.</source>
        <translation>Grabaciones que transcribir.</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="42"/>
        <source>--transcribe needs at least one file.</source>
        <translation>--transcribe necesita al menos un archivo.</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="60"/>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="63"/>
        <source>%1: transcript in %2</source>
        <translation>%1: transcripción en %2</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="67"/>
        <source>%1: cannot transcribe: %2</source>
        <translation>%1: no se puede transcribir: %2</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="64"/>
        <source>&amp;Show Earshot</source>
        <translation>&amp;Mostrar Earshot</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="105"/>
        <source>Not listening</source>
        <comment>tray menu, instead of the connect address</comment>
        <translation>Sin escuchar</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="111"/>
        <source>Copy %1</source>
        <comment>tray menu; %1 is the address phones open</comment>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="112"/>
        <source>Copy the address phones open to the clipboard</source>
        <translation>Copiar al portapapeles la dirección que abren los teléfonos</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="127"/>
        <source>Earshot is still running</source>
        <translation>Earshot sigue en marcha</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="128"/>
        <source>Devices can go on recording. To quit, use Quit in this icon&apos;s menu.</source>
        <translation>Los dispositivos pueden seguir grabando. Para salir, use «Salir» en el menú de este icono.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/trayicon.cpp" line="160"/>
        <source>%Ln device(s) recording</source>
        <comment>tray tooltip</comment>
        <translation>
            <numerusform>%Ln dispositivo grabando</numerusform>
            <numerusform>%Ln dispositivos grabando</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="163"/>
        <source>Not listening</source>
        <comment>tray tooltip</comment>
        <translation>Sin escuchar</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="165"/>
        <source>Waiting for devices</source>
        <comment>tray tooltip</comment>
        <translation>Esperando dispositivos</translation>
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
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <location filename="../server/hooks/webhooksender.cpp" line="76"/>
        <source>The webhook %1 was not delivered: %2 (tries: %3)</source>
        <translation>El webhook %1 no se entregó: %2 (intentos: %3)</translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="9"/>
        <source>Earshot recorder</source>
        <translation>Grabadora Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="10"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="11"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="12"/>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="13"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="14"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="15"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="16"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="17"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="18"/>
        <source>Compressed (smaller files)</source>
        <translation>Comprimido (archivos más pequeños)</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="19"/>
        <source>Lossless (PCM)</source>
        <translation>Sin pérdida (PCM)</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="20"/>
        <source>Sample rate</source>
        <translation>Frecuencia de muestreo</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="21"/>
        <source>Live captions</source>
        <translation>Subtítulos en directo</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="22"/>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="23"/>
        <source>No captions for this recording: the computer is transcribing as many as it can.</source>
        <translation>No hay subtítulos para esta grabación: el equipo ya transcribe tantas como puede.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="24"/>
        <source>No captions: this Earshot has no speech recognizer.</source>
        <translation>Sin subtítulos: este Earshot no tiene reconocimiento de voz.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="25"/>
        <source>The captions stopped; the recording goes on.</source>
        <translation>Los subtítulos se detuvieron; la grabación continúa.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="26"/>
        <source>Some speech was left out of the captions: the computer fell behind.</source>
        <translation>Parte de lo hablado quedó fuera de los subtítulos: el equipo se retrasó.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="27"/>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="28"/>
        <source>Input level</source>
        <translation>Nivel de entrada</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="29"/>
        <source>Start recording</source>
        <translation>Iniciar grabación</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="30"/>
        <source>Stop recording</source>
        <translation>Detener grabación</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="31"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="32"/>
        <source>Chunks sent</source>
        <translation>Bloques enviados</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="33"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="34"/>
        <source>Confirmed by Earshot</source>
        <translation>Confirmado por Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="35"/>
        <source>Recording saved</source>
        <translation>Grabación guardada</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="36"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="37"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="38"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="39"/>
        <source>Completeness</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="40"/>
        <source>Verified: Earshot has every byte this page recorded.</source>
        <translation>Verificado: Earshot tiene todos los bytes que grabó esta página.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="41"/>
        <source>Not verified: the last {size} are missing.</source>
        <translation>No verificado: faltan los últimos {size}.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="42"/>
        <source>Not verified: Earshot’s file differs from what this page recorded.</source>
        <translation>No verificado: el archivo de Earshot difiere de lo que grabó esta página.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="43"/>
        <source>Not verified: Earshot could not check this recording.</source>
        <translation>No verificado: Earshot no pudo comprobar esta grabación.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="44"/>
        <source>Audio kept on this device</source>
        <translation>Audio guardado en este dispositivo</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="45"/>
        <source>Part of a recording could not be sent to Earshot. It is kept in this browser until you save or discard it.</source>
        <translation>Parte de una grabación no se pudo enviar a Earshot. Se guarda en este navegador hasta que la guarde o la descarte.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="46"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="47"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="48"/>
        <source>Discard the audio kept on this device? It cannot be recovered.</source>
        <translation>¿Descartar el audio guardado en este dispositivo? No se podrá recuperar.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="49"/>
        <source>This page was opened over plain http, where browsers do not allow the microphone. Open the secure address instead: {url}</source>
        <translation>Esta página se abrió por http sin cifrar, donde los navegadores no permiten usar el micrófono. Abra en su lugar la dirección segura: {url}</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="50"/>
        <source>This browser cannot record audio. Try a current version of Safari, Chrome or Firefox.</source>
        <translation>Este navegador no puede grabar audio. Pruebe una versión actual de Safari, Chrome o Firefox.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="51"/>
        <source>Earshot is not allowed to use the microphone. Allow microphone access for this page in the browser settings, then try again.</source>
        <translation>Earshot no tiene permiso para usar el micrófono. Permita el acceso al micrófono para esta página en la configuración del navegador y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="52"/>
        <source>No microphone was found on this device.</source>
        <translation>No se encontró ningún micrófono en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="53"/>
        <source>The microphone is in use by another app, or could not be started.</source>
        <translation>Otra aplicación está usando el micrófono, o no se pudo iniciar.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="54"/>
        <source>The microphone could not be started.</source>
        <translation>No se pudo iniciar el micrófono.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="55"/>
        <source>The microphone stopped, so the recording stopped.</source>
        <translation>El micrófono se detuvo, así que la grabación se detuvo.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="56"/>
        <source>This browser cannot record compressed audio. Choose Lossless (PCM).</source>
        <translation>Este navegador no puede grabar audio comprimido. Elija «Sin pérdida (PCM)».</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="57"/>
        <source>This browser cannot record lossless audio. Choose Compressed.</source>
        <translation>Este navegador no puede grabar audio sin pérdida. Elija «Comprimido».</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="58"/>
        <source>Cannot reach Earshot at {host}. Check that Earshot is still running and that this device is on the same network. Trying again…</source>
        <translation>No se puede contactar con Earshot en {host}. Compruebe que Earshot sigue en marcha y que este dispositivo está en la misma red. Reintentando…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="59"/>
        <source>Earshot is busy: it is recording as many people as it can. Trying again…</source>
        <translation>Earshot está ocupado: ya graba a tantas personas como puede. Reintentando…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="60"/>
        <source>Earshot refused this page: the pairing code in the address is wrong or missing. Scan the QR code or open the link shown in Earshot again.</source>
        <translation>Earshot rechazó esta página: el código de emparejamiento de la dirección es incorrecto o falta. Vuelva a escanear el código QR o abra de nuevo el enlace que muestra Earshot.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="61"/>
        <source>Earshot refused the connection because this page was not opened from Earshot’s own address. Open the address shown in Earshot.</source>
        <translation>Earshot rechazó la conexión porque esta página no se abrió desde la dirección propia de Earshot. Abra la dirección que muestra Earshot.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="62"/>
        <source>Earshot has blocked this device after too many wrong pairing codes. Wait a while, or ask the person running Earshot.</source>
        <translation>Earshot ha bloqueado este dispositivo tras demasiados códigos de emparejamiento erróneos. Espere un rato o pregunte a la persona que gestiona Earshot.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="63"/>
        <source>Earshot no longer has the recording this page was sending (it ended or expired), so it cannot be continued. The audio that did not reach Earshot is kept on this device.</source>
        <translation>Earshot ya no tiene la grabación que enviaba esta página (terminó o caducó), así que no se puede continuar. El audio que no llegó a Earshot se guarda en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="64"/>
        <source>Earshot’s disk is full, so the recording stopped. What Earshot received is saved; the rest is kept on this device.</source>
        <translation>El disco de Earshot está lleno, así que la grabación se detuvo. Lo que Earshot recibió está guardado; el resto se conserva en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="65"/>
        <source>Earshot could not write the recording, so it stopped. The rest is kept on this device.</source>
        <translation>Earshot no pudo escribir la grabación, así que se detuvo. El resto se conserva en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="66"/>
        <source>Earshot does not accept this audio format. Choose another quality.</source>
        <translation>Earshot no acepta este formato de audio. Elija otra calidad.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="67"/>
        <source>Take “{name}”: waiting for the host to start it. You can start recording yourself.</source>
        <translation>Toma «{name}»: esperando a que el anfitrión la inicie. También puedes empezar a grabar tú.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="68"/>
        <source>Take “{name}”: the host started it.</source>
        <translation>Toma «{name}»: el anfitrión la inició.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="69"/>
        <source>Take “{name}”: stopped by the host.</source>
        <translation>Toma «{name}»: detenida por el anfitrión.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="70"/>
        <source>Earshot does not know this take. Open the take’s link or QR code shown in Earshot again.</source>
        <translation>Earshot no conoce esta toma. Vuelve a abrir el enlace o el código QR de la toma que muestra Earshot.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="71"/>
        <source>The host stopped this take, so it takes no more recordings. Ask the host for a new take.</source>
        <translation>El anfitrión detuvo esta toma, así que ya no admite grabaciones. Pide al anfitrión una toma nueva.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="72"/>
        <source>Another Earshot server still holds the recording this page was sending. Trying again…</source>
        <translation>Otro servidor de Earshot aún tiene la grabación que esta página estaba enviando. Reintentando…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="73"/>
        <source>Connection lost. Still recording: the audio is sent as soon as the connection is back.</source>
        <translation>Se perdió la conexión. La grabación continúa: el audio se enviará en cuanto vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="74"/>
        <source>Sending the rest of the recording…</source>
        <translation>Enviando el resto de la grabación…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="75"/>
        <source>Sending a recording that was interrupted earlier…</source>
        <translation>Enviando una grabación que se interrumpió antes…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="76"/>
        <source>A recording that was interrupted earlier is now saved as {file}.</source>
        <translation>Una grabación que se interrumpió antes ya está guardada como {file}.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="77"/>
        <source>Earshot protocol console</source>
        <translation>Consola de protocolo de Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="78"/>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="79"/>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="80"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="81"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="82"/>
        <source>Protocol v1 (start, audio, stop, each answered) and the older text commands. Send a start message before the tone.</source>
        <translation>Protocolo v1 (inicio, audio, parada, cada uno con respuesta) y los comandos de texto antiguos. Envía un mensaje de inicio antes del tono.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="83"/>
        <source>16 kHz 16-bit mono PCM from the first binary message, answered with captions. Send the tone straight away.</source>
        <translation>PCM mono de 16 bits a 16 kHz desde el primer mensaje binario, con subtítulos como respuesta. Envía el tono directamente.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="84"/>
        <source>Twilio Media Streams: send connected and start, then the tone as μ-law media messages, then stop.</source>
        <translation>Twilio Media Streams: envía connected y start, después el tono como mensajes media en μ-law y luego stop.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="85"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="86"/>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>Intro envía el mensaje; Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="87"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="88"/>
        <source>Fill in a message</source>
        <translation>Rellenar un mensaje</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="89"/>
        <source>Tone length (seconds)</source>
        <translation>Duración del tono (segundos)</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="90"/>
        <source>Send a 440 Hz tone</source>
        <translation>Enviar un tono de 440 Hz</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="91"/>
        <source>Stop the tone</source>
        <translation>Detener el tono</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="92"/>
        <source>Sent messages</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="93"/>
        <source>Click one to put it back in the message box.</source>
        <translation>Haz clic en uno para volver a ponerlo en el cuadro de mensaje.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="94"/>
        <source>Nothing sent yet.</source>
        <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="95"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="96"/>
        <source>Clear the log</source>
        <translation>Vaciar el registro</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="97"/>
        <source>To Earshot</source>
        <translation>A Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="98"/>
        <source>From Earshot</source>
        <translation>De Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="99"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="100"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="101"/>
        <source>binary, {bytes} bytes</source>
        <translation>binario, {bytes} bytes</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="102"/>
        <source>Connecting to {endpoint}…</source>
        <translation>Conectando con {endpoint}…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="103"/>
        <source>Connected to {endpoint}.</source>
        <translation>Conectado con {endpoint}.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="104"/>
        <source>Closed with code {code}: {reason}</source>
        <translation>Cerrada con el código {code}: {reason}</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="105"/>
        <source>Closed with code {code}.</source>
        <translation>Cerrada con el código {code}.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="106"/>
        <source>The connection failed.</source>
        <translation>La conexión ha fallado.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="107"/>
        <source>Not connected: connect first.</source>
        <translation>Sin conexión: conéctate primero.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="108"/>
        <source>Sending {seconds} s of a 440 Hz tone as {count} messages…</source>
        <translation>Enviando {seconds} s de un tono de 440 Hz en {count} mensajes…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="109"/>
        <source>Tone sent: {count} messages.</source>
        <translation>Tono enviado: {count} mensajes.</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="110"/>
        <source>The tone stopped after {count} messages.</source>
        <translation>El tono se detuvo tras {count} mensajes.</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="126"/>
        <source>Earshot: pairing needed</source>
        <translation>Earshot: se necesita emparejar</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="127"/>
        <source>This device is not paired</source>
        <translation>Este dispositivo no está emparejado</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="128"/>
        <source>Earshot only takes recordings from devices that know its pairing code.</source>
        <translation>Earshot solo acepta grabaciones de dispositivos que conocen su código de emparejamiento.</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="130"/>
        <source>On the computer running Earshot, open %1 and scan the QR code, or type the address shown there: it ends in %2 and the code.</source>
        <translation>En el equipo donde se ejecuta Earshot, abra %1 y escanee el código QR, o escriba la dirección que aparece allí: termina en %2 seguido del código.</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="133"/>
        <source>Connect a Device</source>
        <translation>Conectar un dispositivo</translation>
    </message>
</context>
</TS>
