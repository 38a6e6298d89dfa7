<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CaptureServer</name>
    <message>
        <location filename="../server/captureserver.cpp" line="64"/>
        <source>The server is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="69"/>
        <source>No recordings folder is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="74"/>
        <source>Cannot write to the recordings folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="84"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="152"/>
        <source>Cannot set up HTTPS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="173"/>
        <source>Repaired %1, left by a crash; marked interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="175"/>
        <source>Could not repair %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientConnection</name>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="53"/>
        <source>Client connected (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="53"/>
        <source>no user agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="190"/>
        <source>Recording &quot;%1&quot; started (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="192"/>
        <source>format from the first bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="211"/>
        <source>Refused a resume with a wrong token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="242"/>
        <source>Recording &quot;%1&quot; resumed at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="306"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="307"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="308"/>
        <source>interrupted, resumable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="309"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="312"/>
        <source>Recording &quot;%1&quot; ended (%2): %3 bytes in %4 chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="346"/>
        <source>Client disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="400"/>
        <source>Error %1 sent to the client: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="26"/>
        <source>Run without a window; log to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="27"/>
        <source>Listen on port &lt;N&gt; (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="27"/>
        <location filename="../app/commandline.cpp" line="31"/>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>Listen on address &lt;ADDR&gt; only (&quot;localhost&quot; for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="29"/>
        <source>ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>Write recordings to folder &lt;PATH&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="31"/>
        <source>Record at most &lt;N&gt; sessions at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>Close connections that send a message over &lt;N&gt; bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="36"/>
        <source>Earshot records the audio that phones and browsers stream to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="64"/>
        <source>The port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="72"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="78"/>
        <source>The recordings folder must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="87"/>
        <source>The number of live sessions must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="97"/>
        <source>The message size must be a number of bytes from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <location filename="../server/net/connectionworker.cpp" line="147"/>
        <source>Too many wrong pairing codes: %1 is banned for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/connectionworker.cpp" line="172"/>
        <source>Refused a WebSocket: %1 (origin %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/net/connectionworker.cpp" line="241"/>
        <source>Recording was not resumed in time; it stays interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../app/displayformat.cpp" line="44"/>
        <source>%1/s</source>
        <comment>data rate, e.g. 1.5 KiB/s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/displayformat.cpp" line="80"/>
        <source>PCM</source>
        <comment>raw audio format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/displayformat.cpp" line="83"/>
        <source>%1 kHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/displayformat.cpp" line="85"/>
        <source>mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/displayformat.cpp" line="86"/>
        <source>stereo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/displayformat.cpp" line="87"/>
        <source>%1 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/displayformat.cpp" line="89"/>
        <source>, </source>
        <comment>between the parts of a format description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/displayformat.cpp" line="100"/>
        <source>%1 (%2)</source>
        <comment>container (codec), e.g. WebM (Opus)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/displayformat.cpp" line="109"/>
        <source>silent</source>
        <comment>audio level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/displayformat.cpp" line="112"/>
        <source>%1 dB</source>
        <comment>audio level in decibels below full scale</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogDock</name>
    <message>
        <location filename="../app/eventlogdock.cpp" line="12"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../app/eventlogmodel.cpp" line="82"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventlogmodel.cpp" line="84"/>
        <source>Device</source>
        <comment>network address of the sending device</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventlogmodel.cpp" line="86"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventlogmodel.cpp" line="88"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/headlessrunner.cpp" line="79"/>
        <source>Earshot could not start on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="44"/>
        <source>Earshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="94"/>
        <source>Earshot is not listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="129"/>
        <source>&amp;Start Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="130"/>
        <source>Accept connections from devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="134"/>
        <source>S&amp;top Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="135"/>
        <source>Finish every recording and stop accepting connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="139"/>
        <source>Open &amp;Recordings Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143"/>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="148"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="156"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="162"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="166"/>
        <source>S&amp;ession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="256"/>
        <source>Finishing recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="274"/>
        <source>Restart the Server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="275"/>
        <source>The new settings take effect when the server restarts. Restart it now? The live sessions end; their recordings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemuxQueue</name>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="78"/>
        <source>Not remuxing %1: its sidecar is unreadable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="89"/>
        <source>%1 stays as it was streamed; remuxing failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="102"/>
        <source>Could not swap in the remuxed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="111"/>
        <source>Could not update the sidecar of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="116"/>
        <source>%1 remuxed: %2 s long, seekable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerStatusBar</name>
    <message>
        <location filename="../app/serverstatusbar.cpp" line="40"/>
        <source>Sessions recording now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverstatusbar.cpp" line="41"/>
        <source>Audio data arriving per second, all sessions together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverstatusbar.cpp" line="61"/>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverstatusbar.cpp" line="70"/>
        <source>Open on a phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverstatusbar.cpp" line="75"/>
        <source>Live sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverstatusbar.cpp" line="93"/>
        <source>Free space unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverstatusbar.cpp" line="97"/>
        <source>%1 free</source>
        <comment>disk space</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverstatusbar.cpp" line="98"/>
        <source>Recordings go to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../app/sessionactions.cpp" line="26"/>
        <source>&amp;Open Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionactions.cpp" line="28"/>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionactions.cpp" line="30"/>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionactions.cpp" line="32"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionactions.cpp" line="34"/>
        <source>Open the selected recording in the default player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionactions.cpp" line="35"/>
        <source>Open the folder that holds the selected recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionactions.cpp" line="36"/>
        <source>Copy the paths of the selected recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionactions.cpp" line="39"/>
        <source>Close the connection of the selected live sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionactions.cpp" line="135"/>
        <source>Disconnect this live session? Its recording stops; the device may resume it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionactions.cpp" line="136"/>
        <source>Disconnect %1 live sessions? Their recordings stop; the devices may resume them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionactions.cpp" line="139"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="31"/>
        <source>Recording</source>
        <comment>session state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="33"/>
        <source>Interrupted</source>
        <comment>session state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="35"/>
        <source>Complete</source>
        <comment>session state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="37"/>
        <source>Failed</source>
        <comment>session state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="116"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="118"/>
        <source>Name</source>
        <comment>session label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="120"/>
        <source>Device</source>
        <comment>network address of the sending device</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="122"/>
        <source>Format</source>
        <comment>audio format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="124"/>
        <source>Chunks</source>
        <comment>messages received</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="126"/>
        <source>Received</source>
        <comment>amount of data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="128"/>
        <source>Rate</source>
        <comment>data rate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="130"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="132"/>
        <source>Level</source>
        <comment>audio level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="134"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="264"/>
        <source>Failed: %1</source>
        <comment>session state with the reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontablemodel.cpp" line="275"/>
        <source>%1 bytes</source>
        <comment>exact amount of data</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/settingsdialog.cpp" line="35"/>
        <source>Earshot Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="38"/>
        <source>Any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="41"/>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="42"/>
        <source>An address of this computer, &quot;localhost&quot; for this computer only, or empty for all networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="47"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="59"/>
        <source> KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="68"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="69"/>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="70"/>
        <source>&amp;Recordings folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="71"/>
        <source>Live sessions at &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="72"/>
        <source>Largest &amp;message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="107"/>
        <source>&quot;%1&quot; is not an address of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="112"/>
        <source>Choose a folder for the recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="122"/>
        <source>Recordings Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <location filename="../server/net/webstrings.cpp" line="13"/>
        <source>Start recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
