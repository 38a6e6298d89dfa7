<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiKeyCommand</name>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="29"/>
        <source>Make an API key for /metrics and /api/v1 and print it; it is shown only this once.</source>
        <translation>为 /metrics 和 /api/v1 创建一个 API 密钥并打印出来；它只显示这一次。</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="30"/>
        <location filename="../app/headless/apikeycommand.cpp" line="31"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="31"/>
        <source>Revoke the API key of that name.</source>
        <translation>吊销该名称的 API 密钥。</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="32"/>
        <source>List the API keys&apos; names.</source>
        <translation>列出 API 密钥的名称。</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="47"/>
        <source>Keep it now: Earshot keeps only its SHA-256 and cannot show it again.</source>
        <translation>请立即保存：Earshot 只保留它的 SHA-256，无法再次显示。</translation>
    </message>
    <message>
        <location filename="../app/headless/apikeycommand.cpp" line="57"/>
        <source>API key %1 revoked.</source>
        <translation>API 密钥 %1 已吊销。</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="47"/>
        <source>Cannot read the API keys in %1: %2</source>
        <translation>无法读取 %1 中的 API 密钥：%2</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="53"/>
        <source>The API keys in %1 are not readable JSON: %2</source>
        <translation>%1 中的 API 密钥不是可读的 JSON：%2</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="80"/>
        <source>An API key&apos;s name is 1 to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>API 密钥的名称由 1 到 %1 个字母、数字、“.”、“_”或“-”组成。</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="88"/>
        <source>There is an API key named %1 already.</source>
        <translation>已有名为 %1 的 API 密钥。</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="92"/>
        <source>There are %1 API keys, the most there may be.</source>
        <translation>已有 %1 个 API 密钥，已达上限。</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="116"/>
        <source>There is no API key named %1.</source>
        <translation>没有名为 %1 的 API 密钥。</translation>
    </message>
    <message>
        <location filename="../app/common/apikeystore.cpp" line="141"/>
        <source>Cannot save the API keys in %1: %2</source>
        <translation>无法将 API 密钥保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ApiKeysDialog</name>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="23"/>
        <source>API Keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="25"/>
        <source>Programs that watch or automate Earshot (Prometheus, scripts) use a key for /metrics and /api/v1. A key is shown only when it is made; Earshot keeps its SHA-256, not the key.</source>
        <translation>监视或自动化 Earshot 的程序（Prometheus、脚本）使用密钥访问 /metrics 和 /api/v1。密钥只在创建时显示；Earshot 保存它的 SHA-256，而不是密钥本身。</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="35"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="35"/>
        <source>Made</source>
        <comment>API key</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="40"/>
        <source>&amp;Create…</source>
        <translation>创建(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="42"/>
        <source>&amp;Revoke</source>
        <translation>吊销(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="76"/>
        <location filename="../app/monitor/apikeysdialog.cpp" line="87"/>
        <source>New API Key</source>
        <translation>新建 API 密钥</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="77"/>
        <source>Name (who uses it, e.g. prometheus):</source>
        <translation>名称（谁使用它，例如 prometheus）：</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="98"/>
        <source>API Key %1</source>
        <translation>API 密钥 %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="100"/>
        <source>Copy the key now: it is not shown again.</source>
        <translation>请立即复制密钥：它不会再次显示。</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="108"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="122"/>
        <location filename="../app/monitor/apikeysdialog.cpp" line="133"/>
        <source>Revoke API Key</source>
        <translation>吊销 API 密钥</translation>
    </message>
    <message>
        <location filename="../app/monitor/apikeysdialog.cpp" line="123"/>
        <source>Revoke the key %1? Programs that use it are refused from now on.</source>
        <translation>吊销密钥 %1？使用它的程序从现在起将被拒绝。</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="16"/>
        <source>Live captions</source>
        <translation>实时字幕</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="61"/>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="62"/>
        <source>Select a session to see what is said in it.</source>
        <translation>选择一个会话以查看其中所说的内容。</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="65"/>
        <source>Captions of “%1”</source>
        <translation>“%1”的字幕</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="68"/>
        <source>This session is not transcribed. Turn on “Live captions” on the recording page, or “Transcribe every session” in the settings.</source>
        <translation>此会话未转写。请在录音页面上打开“实时字幕”，或在设置中打开“转写所有会话”。</translation>
    </message>
    <message>
        <location filename="../app/monitor/captionpanel.cpp" line="73"/>
        <source>Listening…</source>
        <translation>正在聆听…</translation>
    </message>
</context>
<context>
    <name>CaptureServer</name>
    <message>
        <location filename="../server/captureserver.cpp" line="85"/>
        <source>The server is running already.</source>
        <translation>服务器已在运行。</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="90"/>
        <source>No recordings folder is set.</source>
        <translation>未设置录音文件夹。</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="97"/>
        <source>Cannot write to the recordings folder %1.</source>
        <translation>无法写入录音文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="102"/>
        <source>The webhook needs a secret to sign its requests with.</source>
        <translation>Webhook 需要一个用于签名请求的密钥。</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="112"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 端口 %2 上监听：%3</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="130"/>
        <source>Cannot accept a connection: %1</source>
        <translation>无法接受连接：%1</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="252"/>
        <source>Cannot set up HTTPS: %1</source>
        <translation>无法设置 HTTPS：%1</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="289"/>
        <source>Repaired %1, left by a crash; marked interrupted.</source>
        <translation>已修复崩溃遗留的 %1，并标记为已中断。</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="292"/>
        <source>Could not repair %1</source>
        <translation>无法修复 %1</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="268"/>
        <source>Could not take up the take in %1 again: %2</source>
        <translation>无法重新载入 %1 中的录制：%2</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="536"/>
        <location filename="../server/captureserver.cpp" line="552"/>
        <source>The server is not running.</source>
        <translation>服务器未在运行。</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="544"/>
        <source>Take &quot;%1&quot; made: %2</source>
        <translation>已创建录制“%1”：%2</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="564"/>
        <source>Take &quot;%1&quot;: cannot save take.json: %2</source>
        <translation>录制“%1”：无法保存 take.json：%2</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="571"/>
        <source>Take &quot;%1&quot; started by the host.</source>
        <translation>主持人已开始录制“%1”。</translation>
    </message>
    <message>
        <location filename="../server/captureserver.cpp" line="572"/>
        <source>Take &quot;%1&quot; stopped by the host.</source>
        <translation>主持人已停止录制“%1”。</translation>
    </message>
</context>
<context>
    <name>ClientConnection</name>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="59"/>
        <source>Recording &quot;%1&quot; could not be forced to the disk (%2); a power loss may take some of it.</source>
        <translation>录音“%1”无法强制写入磁盘（%2）；断电可能会丢失其中一部分。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="64"/>
        <location filename="../server/net/clientconnection.cpp" line="87"/>
        <source>Its sidecar could not say so: %1.</source>
        <translation>其附属文件无法记录此事：%1。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="90"/>
        <source>Recording &quot;%1&quot; is verified: it holds the %L2 bytes its client produced.</source>
        <translation>录音“%1”已验证：它包含其客户端产生的全部 %L2 字节。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="97"/>
        <source>Recording &quot;%1&quot; is not what its client produced: %2.</source>
        <translation>录音“%1”与其客户端产生的内容不符：%2。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="120"/>
        <source>The client broke the WebSocket protocol (closed with %1): %2</source>
        <translation>客户端违反了 WebSocket 协议（以 %1 关闭）：%2</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="134"/>
        <source>Client connected (%1).</source>
        <translation>客户端已连接（%1）。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="135"/>
        <source>no user agent</source>
        <translation>无用户代理</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="406"/>
        <source>Recording &quot;%1&quot; started (%2).</source>
        <translation>录音“%1”已开始（%2）。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="408"/>
        <source>format from the first bytes</source>
        <translation>格式由最初的字节判断</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="490"/>
        <source>Refused a stream to transcribe: %1.</source>
        <translation>已拒绝待转写的流：%1。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="525"/>
        <source>Recording &quot;%1&quot; is not transcribed: every recognizer is busy (%2 at most).</source>
        <translation>录音“%1”未转写：所有识别器都在忙（最多 %2 个）。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="535"/>
        <source>The sidecar could not name the transcript: %1</source>
        <translation>附属文件无法记下转写文本：%1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="550"/>
        <source>Transcription fell behind and skipped %L1 s of audio.</source>
        <translation>转写跟不上，跳过了 %L1 秒音频。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="559"/>
        <source>The transcript ended early: %1</source>
        <translation>转写文本提前结束：%1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="656"/>
        <source>Taking over recording &quot;%1&quot; from the shared folder.</source>
        <translation>正在从共享文件夹接管录音“%1”。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="663"/>
        <source>Refused a resume with a wrong token.</source>
        <translation>已拒绝使用错误令牌的续传。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="716"/>
        <source>Recording &quot;%1&quot; resumed at byte %L2.</source>
        <translation>录音“%1”已从第 %L2 字节处继续。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="828"/>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="829"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="830"/>
        <source>interrupted, resumable</source>
        <translation>已中断，可续传</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="831"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="835"/>
        <source>Recording &quot;%1&quot; ended (%2): %L3 bytes in %L4 chunks.</source>
        <translation>录音“%1”已结束（%2）：%L4 个数据块，共 %L3 字节。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="904"/>
        <source>Client disconnected.</source>
        <translation>客户端已断开连接。</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="922"/>
        <location filename="../server/net/clientconnection.cpp" line="947"/>
        <source>Cannot save the stream&apos;s sidecar: %1</source>
        <translation>无法保存该音频流的附带文件：%1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="950"/>
        <source>Now playing on %1: %2</source>
        <translation>%1 正在播放：%2</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="996"/>
        <source>Cannot save the call&apos;s sidecar: %1</source>
        <translation>无法保存该通话的附带文件：%1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="1023"/>
        <source>A call&apos;s track file may not be on the disk: %1</source>
        <translation>通话的某个音轨文件可能未写入磁盘：%1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="1048"/>
        <source>Refused a phone call: %1</source>
        <translation>已拒绝一个通话：%1</translation>
    </message>
    <message>
        <location filename="../server/net/clientconnection.cpp" line="1175"/>
        <source>Error %1 sent to the client: %2</source>
        <translation>已向客户端发送错误 %1：%2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/common/commandline.cpp" line="34"/>
        <source>Run without a window; log to standard output.</source>
        <translation>不显示窗口运行；日志输出到标准输出。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="35"/>
        <source>Listen on port &lt;N&gt; (0 picks a free one).</source>
        <translation>在端口 &lt;N&gt; 上监听（0 表示任选一个空闲端口）。</translation>
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
        <translation>仅在地址 &lt;ADDR&gt; 上监听（“localhost”表示仅本机）。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="37"/>
        <location filename="../app/common/commandline.cpp" line="69"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="38"/>
        <source>Write recordings to folder &lt;PATH&gt;.</source>
        <translation>将录音写入文件夹 &lt;PATH&gt;。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="38"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="39"/>
        <source>Record at most &lt;N&gt; sessions at a time.</source>
        <translation>最多同时录制 &lt;N&gt; 个会话。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="41"/>
        <source>Close connections that send a message over &lt;N&gt; bytes.</source>
        <translation>关闭发送超过 &lt;N&gt; 字节消息的连接。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="43"/>
        <source>Serve HTTPS with this certificate (PEM) instead of Earshot&apos;s own.</source>
        <translation>使用此证书（PEM）而非 Earshot 自带证书提供 HTTPS。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="43"/>
        <location filename="../app/common/commandline.cpp" line="45"/>
        <location filename="../app/common/commandline.cpp" line="91"/>
        <location filename="../app/common/commandline.cpp" line="104"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="45"/>
        <source>The private key (PEM) of the certificate given with --cert.</source>
        <translation>用 --cert 指定的证书的私钥（PEM）。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="46"/>
        <source>Serve plain HTTP only (phones then have no microphone access).</source>
        <translation>仅提供明文 HTTP（手机将无法使用麦克风）。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="48"/>
        <source>Ask clients on this computer for the pairing code too.</source>
        <translation>本机上的客户端也需要配对码。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="50"/>
        <source>Keep each compressed stream as it arrived beside its remuxed file.</source>
        <translation>在重新封装的文件旁保留每个压缩流的原始文件。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="52"/>
        <source>Also accept WebSockets from web pages of &lt;ORIGIN&gt; (repeatable).</source>
        <translation>同时接受来自 &lt;ORIGIN&gt; 网页的 WebSocket（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="52"/>
        <source>ORIGIN</source>
        <translation>ORIGIN</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="54"/>
        <source>Transcribe every session, not only those whose client asks for captions.</source>
        <translation>转写所有会话，而不仅是客户端请求字幕的会话。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="56"/>
        <source>Transcribe at most &lt;N&gt; sessions at a time (default: one per core).</source>
        <translation>最多同时转写 &lt;N&gt; 个会话（默认：每个核心一个）。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="58"/>
        <source>The PocketSphinx model folder; &quot;none&quot; turns transcription off.</source>
        <translation>PocketSphinx 模型文件夹；“none”表示关闭转写。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="58"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="60"/>
        <source>Headless: record a take named &lt;NAME&gt; from the start (its link is printed; it stops with the server).</source>
        <translation>无窗口模式：从启动起录制名为 &lt;NAME&gt; 的录制（打印其链接；随服务器一起停止）。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="62"/>
        <location filename="../app/common/commandline.cpp" line="99"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="64"/>
        <source>With --take: when the take stops, export its tracks aligned (WAVs and a Matroska file in its &quot;aligned&quot; folder) before exiting.</source>
        <translation>与 --take 一起使用：录制停止时，在退出前对齐导出其音轨（WAV 文件和一个 Matroska 文件，位于其“aligned”文件夹中）。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="67"/>
        <source>Trust the reverse proxy at &lt;ADDR&gt; (comma-separated, repeatable) to name each client in a PROXY protocol header, which its connections must then begin with.</source>
        <translation>信任位于 &lt;ADDR&gt; 的反向代理（以逗号分隔，可重复）在 PROXY 协议头中指明每个客户端；其连接必须以该协议头开头。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="71"/>
        <source>Run &lt;CMD&gt; (a program and its arguments, no shell) when a session starts; the recording&apos;s facts are in EARSHOT_* environment variables (docs/hooks.md).</source>
        <translation>会话开始时运行 &lt;CMD&gt;（一个程序及其参数，不经过 shell）；录音的信息在 EARSHOT_* 环境变量中（docs/hooks.md）。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="73"/>
        <location filename="../app/common/commandline.cpp" line="75"/>
        <location filename="../app/common/commandline.cpp" line="78"/>
        <source>CMD</source>
        <translation>CMD</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="75"/>
        <source>Run &lt;CMD&gt; when a session&apos;s connection drops before it was stopped.</source>
        <translation>会话在停止之前连接中断时运行 &lt;CMD&gt;。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="77"/>
        <source>Run &lt;CMD&gt; when a recording is over and its file final (remuxed if it needed it).</source>
        <translation>录音结束且文件定稿（如有需要已重新封装）时运行 &lt;CMD&gt;。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="80"/>
        <source>Kill a hook (or abandon a webhook try) that runs over &lt;S&gt; seconds (default: 60).</source>
        <translation>运行超过 &lt;S&gt; 秒的钩子将被终止（webhook 的单次尝试将被放弃）（默认：60）。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="81"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="83"/>
        <source>Run at most &lt;N&gt; hooks at a time; the others wait (default: 4).</source>
        <translation>同时最多运行 &lt;N&gt; 个钩子；其余的排队等待（默认：4）。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="85"/>
        <source>POST each finished recording&apos;s sidecar (JSON) to &lt;URL&gt;, signed with the webhook secret.</source>
        <translation>将每个已完成录音的附属文件（JSON）以 POST 发送到 &lt;URL&gt;，并用 webhook 密钥签名。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="87"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="89"/>
        <source>The secret the webhook&apos;s HMAC-SHA256 signature is keyed with.</source>
        <translation>用作 webhook 的 HMAC-SHA256 签名密钥的秘密值。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="89"/>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="91"/>
        <source>Read the webhook secret from &lt;FILE&gt; (it stays out of the process list).</source>
        <translation>从 &lt;FILE&gt; 读取 webhook 密钥（这样它不会出现在进程列表中）。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="93"/>
        <source>Try a webhook delivery at most &lt;N&gt; times on connection errors and 5xx answers (default: 5).</source>
        <translation>遇到连接错误或 5xx 响应时，一次 webhook 投递最多尝试 &lt;N&gt; 次（默认：5）。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="97"/>
        <source>Name this instance &lt;NAME&gt; in the sidecars of the recordings it writes, for several instances sharing one recordings folder (default: host:port).</source>
        <translation>在本实例写入的录音附带文件中将本实例命名为 &lt;NAME&gt;，用于多个实例共享同一录音文件夹的情形（默认：主机:端口）。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="101"/>
        <source>Headless: read the options from &lt;FILE&gt; (default: %1 when it exists); those given here win.</source>
        <translation>无窗口模式：从 &lt;FILE&gt; 读取选项（默认：%1，如果存在）；此处给出的选项优先。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="107"/>
        <source>Earshot records the audio that phones and browsers stream to it.</source>
        <translation>Earshot 录制手机和浏览器串流给它的音频。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="195"/>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="200"/>
        <source>set again (first on line %1)</source>
        <translation>重复设置（首次在第 %1 行）</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="209"/>
        <source>values are written without quotes</source>
        <translation>值不加引号书写</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="278"/>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>“%1”既不是 true 也不是 false。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="285"/>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>端口必须是 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="290"/>
        <location filename="../app/common/commandline.cpp" line="338"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="293"/>
        <source>The recordings folder must not be empty.</source>
        <translation>录音文件夹不能为空。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="298"/>
        <source>The number of live sessions must be at least 1.</source>
        <translation>实时会话数至少为 1。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="304"/>
        <source>The message size must be a number of bytes from 1 to %1.</source>
        <translation>消息大小必须是 1 到 %1 之间的字节数。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="325"/>
        <source>The number of transcriptions at a time must be from 1 to 1024.</source>
        <translation>同时转写数必须在 1 到 1024 之间。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="348"/>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>“%1”不是一个命令。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="356"/>
        <source>The hook timeout must be a number of seconds from 1 to 86400.</source>
        <translation>钩子超时必须是 1 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="361"/>
        <source>The number of hooks at a time must be from 1 to 256.</source>
        <translation>同时运行的钩子数必须在 1 到 256 之间。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="368"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>“%1”不是 http:// 或 https:// 网址。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="375"/>
        <source>The path of the webhook secret file must not be empty.</source>
        <translation>webhook 密钥文件的路径不能为空。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="381"/>
        <source>The number of webhook tries must be from 1 to 20.</source>
        <translation>webhook 尝试次数必须在 1 到 20 之间。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="386"/>
        <source>The instance name must have 1 to %1 characters.</source>
        <translation>实例名称必须为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="395"/>
        <source>--cert and --key go together.</source>
        <translation>--cert 和 --key 必须同时使用。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="499"/>
        <source>--export-at-end goes with --take NAME.</source>
        <translation>--export-at-end 需要与 --take 名称 一起使用。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="515"/>
        <source>Cannot read the webhook secret from %1: %2</source>
        <translation>无法从 %1 读取 webhook 密钥：%2</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="521"/>
        <source>The webhook secret file %1 is empty.</source>
        <translation>webhook 密钥文件 %1 是空的。</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="534"/>
        <source>--webhook needs --webhook-secret or --webhook-secret-file.</source>
        <translation>--webhook 需要 --webhook-secret 或 --webhook-secret-file。</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <location filename="../app/common/configfile.cpp" line="14"/>
        <source>Cannot read the config file %1: %2</source>
        <translation>无法读取配置文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/common/configfile.cpp" line="31"/>
        <source>expected &quot;key = value&quot;, found &quot;%1&quot;</source>
        <translation>应为“键 = 值”，实际为“%1”</translation>
    </message>
</context>
<context>
    <name>ConnectDevicePanel</name>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="48"/>
        <source>Copy address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="49"/>
        <source>New pairing code…</source>
        <translation>新配对码…</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="58"/>
        <source>Scan the code with the phone&apos;s camera, or type the address into its browser. The address holds this computer&apos;s pairing code.</source>
        <translation>用手机相机扫描二维码，或在手机浏览器中输入地址。地址中包含本机的配对码。</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="69"/>
        <source>Authority (SHA-256):</source>
        <translation>证书颁发机构（SHA-256）：</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="70"/>
        <source>Certificate (SHA-256):</source>
        <translation>证书（SHA-256）：</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="95"/>
        <source>Not listening</source>
        <translation>未在监听</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="107"/>
        <source>none (your own certificate)</source>
        <translation>无（您自己的证书）</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="110"/>
        <source>none (plain HTTP)</source>
        <translation>无（明文 HTTP）</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="118"/>
        <source>The phone warns about the certificate until it trusts this computer: install %1 once (iPhone: Settings › General › About › Certificate Trust Settings).</source>
        <translation>在手机信任本机之前，它会对证书发出警告：请安装一次 %1（iPhone：设置 › 通用 › 关于本机 › 证书信任设置）。</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="131"/>
        <source>New pairing code</source>
        <translation>新配对码</translation>
    </message>
    <message>
        <location filename="../app/monitor/connectdevicepanel.cpp" line="132"/>
        <source>Devices paired with the current code will have to scan the new one. Make a new code?</source>
        <translation>使用当前配对码配对的设备需要扫描新的配对码。要生成新配对码吗？</translation>
    </message>
</context>
<context>
    <name>ConnectionIntake</name>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="186"/>
        <location filename="../server/net/connectionintake.cpp" line="574"/>
        <source>Refused a connection from the trusted proxy %1: %2.</source>
        <translation>已拒绝来自受信任代理 %1 的连接：%2。</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="290"/>
        <source>Too many wrong pairing codes: %1 is banned for a while.</source>
        <translation>错误的配对码过多：%1 已被暂时封禁。</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="321"/>
        <source>Too many wrong API keys: %1 is banned for a while.</source>
        <translation>错误的 API 密钥过多：%1 被暂时封禁。</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="324"/>
        <source>Refused %1 %2: wrong API key.</source>
        <translation>已拒绝 %1 %2：API 密钥错误。</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="360"/>
        <source>Refused a WebSocket: %1 (origin %2).</source>
        <translation>已拒绝 WebSocket：%1（来源 %2）。</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="384"/>
        <source>Refused an Icecast source for %1: wrong password.</source>
        <translation>已拒绝 %1 的 Icecast 源：密码错误。</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="393"/>
        <source>Refused an Icecast source for %1 (%2).</source>
        <translation>已拒绝 %1 的 Icecast 源（%2）。</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="439"/>
        <source>Refused an Icecast metadata request: wrong password.</source>
        <translation>已拒绝 Icecast 元数据请求：密码错误。</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="449"/>
        <source>Refused an Icecast metadata request (%1).</source>
        <translation>已拒绝 Icecast 元数据请求（%1）。</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="456"/>
        <source>Refused an Icecast metadata request for %1: no source streams there.</source>
        <translation>已拒绝 %1 的 Icecast 元数据请求：该处没有源在推流。</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="507"/>
        <source>Refused a WebSocket upgrade that is not a version 13 handshake.</source>
        <translation>已拒绝一个不是第 13 版握手的 WebSocket 升级。</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="540"/>
        <source>Could not take over a WebSocket&apos;s connection: %1</source>
        <translation>无法接管 WebSocket 的连接：%1</translation>
    </message>
    <message>
        <location filename="../server/net/connectionintake.cpp" line="586"/>
        <source>Closed an API connection from %1: it read nothing of its response for %2 s.</source>
        <translation>已关闭来自 %1 的 API 连接：它在 %2 秒内没有读取任何响应内容。</translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <location filename="../server/net/connectionworker.cpp" line="77"/>
        <source>Recording was not resumed in time; it stays interrupted.</source>
        <translation>录音未能及时续传，保持中断状态。</translation>
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
        <translation>%1 秒</translation>
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
        <translation>单声道</translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="112"/>
        <source>stereo</source>
        <translation>立体声</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/displayformat.cpp" line="113"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n 声道</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="115"/>
        <source>, </source>
        <comment>between the parts of a format description</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="126"/>
        <source>%1 (%2)</source>
        <comment>container (codec), e.g. WebM (Opus)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/common/displayformat.cpp" line="135"/>
        <source>silent</source>
        <comment>audio level</comment>
        <translation>静音</translation>
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
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="84"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="86"/>
        <source>Device</source>
        <comment>network address of the sending device</comment>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="88"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventlogmodel.cpp" line="90"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>ExportTakeCommand</name>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="32"/>
        <source>Export a take&apos;s tracks aligned: one WAV per track and one Matroska file, in the take&apos;s &quot;aligned&quot; folder; the files written on stdout.</source>
        <translation>对齐导出一次录制的各音轨：每条音轨一个 WAV 文件，外加一个 Matroska 文件，放在录制的“aligned”文件夹中；写出的文件列在标准输出上。</translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="34"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="43"/>
        <source>--export-take needs the take&apos;s folder.</source>
        <translation>--export-take 需要录制的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="51"/>
        <location filename="../app/headless/exporttakecommand.cpp" line="75"/>
        <source>Cannot export %1: %2</source>
        <translation>无法导出 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/headless/exporttakecommand.cpp" line="54"/>
        <source>Exporting the take &quot;%1&quot;: %n track(s), %2 s</source>
        <translation>
            <numerusform>正在导出录制“%1”：%n 条音轨，%2 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/headless/exporttakecommand.cpp" line="71"/>
        <source>Exporting: %1 %</source>
        <translation>正在导出：%1 %</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="93"/>
        <source>Earshot could not start on port %1: %2</source>
        <translation>Earshot 无法在端口 %1 上启动：%2</translation>
    </message>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="138"/>
        <source>Cannot record the take &quot;%1&quot;: %2</source>
        <translation>无法录制“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="220"/>
        <source>Cannot stop the take: %1</source>
        <translation>无法停止录制：%1</translation>
    </message>
    <message>
        <location filename="../app/headless/headlessrunner.cpp" line="272"/>
        <location filename="../app/headless/headlessrunner.cpp" line="286"/>
        <source>Cannot export the take: %1</source>
        <translation>无法导出录制：%1</translation>
    </message>
</context>
<context>
    <name>HookRunner</name>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="54"/>
        <source>Too many hooks are waiting; the %1 hook was skipped.</source>
        <translation>等待中的钩子太多；已跳过 %1 钩子。</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="108"/>
        <source>The %1 hook could not start: %2</source>
        <translation>%1 钩子无法启动：%2</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="116"/>
        <source>The %1 hook ran over %2 s and was killed.</source>
        <translation>%1 钩子运行超过 %2 秒，已被终止。</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="120"/>
        <source>The %1 hook was ended by a signal%2</source>
        <translation>%1 钩子被信号终止%2</translation>
    </message>
    <message>
        <location filename="../server/hooks/hookrunner.cpp" line="122"/>
        <source>The %1 hook exited with status %2%3</source>
        <translation>%1 钩子以状态 %2 退出%3</translation>
    </message>
</context>
<context>
    <name>LocalRecorder</name>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="19"/>
        <source>The local copy was not finished in time.</source>
        <translation>本地副本未能及时完成。</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="20"/>
        <source>The local copy did not start. Are the GStreamer plugins installed?</source>
        <translation>本地副本未能开始。是否已安装 GStreamer 插件？</translation>
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
        <translation>本地副本已在录制中。</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="96"/>
        <source>The microphone is not available.</source>
        <translation>麦克风不可用。</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="102"/>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="173"/>
        <source>The local copy stopped by itself.</source>
        <translation>本地副本自行停止了。</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="188"/>
        <source>The local copy %1 is empty.</source>
        <translation>本地副本 %1 为空。</translation>
    </message>
    <message>
        <location filename="../app/capture/localrecorder.cpp" line="199"/>
        <source>The local copy failed: %1</source>
        <translation>本地副本失败：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="89"/>
        <source>Connect a Device</source>
        <translation>连接设备</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="90"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="95"/>
        <source>Earshot</source>
        <translation>Earshot</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="126"/>
        <source>Live Sessions</source>
        <translation>实时会话</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="133"/>
        <source>Recordings</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="201"/>
        <source>Earshot is not listening: %1</source>
        <translation>Earshot 未在监听：%1</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="270"/>
        <source>&amp;Start Listening</source>
        <translation>开始监听(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="271"/>
        <source>Accept connections from devices</source>
        <translation>接受来自设备的连接</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="275"/>
        <source>S&amp;top Listening</source>
        <translation>停止监听(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="276"/>
        <source>Finish every recording and stop accepting connections</source>
        <translation>完成所有录音并停止接受连接</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="280"/>
        <source>Open &amp;Recordings Folder</source>
        <translation>打开录音文件夹(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="284"/>
        <source>New &amp;Take…</source>
        <translation>新建合录(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="286"/>
        <source>Record several guests together, each on their own device</source>
        <translation>同时录制多位嘉宾，每人使用自己的设备</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="290"/>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="295"/>
        <source>&amp;API Keys…</source>
        <translation>API 密钥(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="297"/>
        <source>Keys for /metrics and the HTTP API</source>
        <translation>用于 /metrics 和 HTTP API 的密钥</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="301"/>
        <location filename="../app/monitor/mainwindow.cpp" line="595"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="309"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="316"/>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="320"/>
        <source>S&amp;ession</source>
        <translation>会话(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="323"/>
        <source>T&amp;ake</source>
        <translation>合录(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="326"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="339"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="345"/>
        <source>Desktop &amp;Notifications</source>
        <translation>桌面通知(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="352"/>
        <source>&amp;Keep Running in the Tray When Closed</source>
        <translation>关闭窗口时在托盘中继续运行(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="456"/>
        <source>Finishing recordings…</source>
        <translation>正在完成录音…</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="500"/>
        <source>Restart the Server?</source>
        <translation>重启服务器？</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="501"/>
        <source>The new settings take effect when the server restarts. Restart it now? The live sessions end; their recordings are kept.</source>
        <translation>新设置将在服务器重启后生效。现在重启吗？实时会话将结束，其录音会被保留。</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="591"/>
        <source>Quit Earshot?</source>
        <translation>退出 Earshot？</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/mainwindow.cpp" line="592"/>
        <source>Quitting ends %Ln recording(s) in progress. What has arrived so far is kept.</source>
        <translation>
            <numerusform>退出将结束 %Ln 个正在进行的录音。已收到的内容会被保留。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="608"/>
        <source>Take</source>
        <translation>合录</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="618"/>
        <location filename="../app/monitor/mainwindow.cpp" line="626"/>
        <source>New Take</source>
        <translation>新建合录</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="619"/>
        <source>Name of the take (the folder of its tracks is named after it):</source>
        <translation>合录名称（其音轨所在的文件夹以此命名）：</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="626"/>
        <source>The take could not be made: %1</source>
        <translation>无法创建合录：%1</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="638"/>
        <source>Connection lost while the take records: %1.</source>
        <translation>合录进行中连接已断开：%1。</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="643"/>
        <source>Guest lost</source>
        <comment>notification title</comment>
        <translation>嘉宾已断开</translation>
    </message>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="644"/>
        <source>%1: connection lost while the take records.</source>
        <translation>%1：合录进行中连接已断开。</translation>
    </message>
</context>
<context>
    <name>MicStreamCommand</name>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="84"/>
        <source>Stream this computer&apos;s microphone without a window.</source>
        <translation>不显示窗口，串流本机麦克风。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="85"/>
        <source>List the microphones (id and name) and exit.</source>
        <translation>列出麦克风（ID 和名称）后退出。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="86"/>
        <source>Stream the microphone with id &lt;ID&gt; (see --list-devices).</source>
        <translation>串流 ID 为 &lt;ID&gt; 的麦克风（参见 --list-devices）。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="86"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="88"/>
        <source>Stream to the Earshot at &lt;URL&gt; (ws://, wss://, http:// or https://, with ?t=&lt;token&gt;). A take&apos;s link (with take=) records into that take, following its host&apos;s start and stop. Default: this computer&apos;s.</source>
        <translation>串流到位于 &lt;URL&gt; 的 Earshot（ws://、wss://、http:// 或 https://，带 ?t=&lt;令牌&gt;）。合录的链接（带 take=）会录入该合录，并跟随主持人的开始和停止。默认：本机的 Earshot。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="91"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="92"/>
        <source>Stop after &lt;S&gt; seconds of audio.</source>
        <translation>录制 &lt;S&gt; 秒音频后停止。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="92"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="93"/>
        <source>Sample rate: 16000 (default) or 48000.</source>
        <translation>采样率：16000（默认）或 48000。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="93"/>
        <source>RATE</source>
        <translation>RATE</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="94"/>
        <source>1 (default) or 2 channels.</source>
        <translation>1（默认）或 2 个声道。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="94"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="95"/>
        <source>At the end, write the SHA-256 of the captured audio to &lt;PATH&gt;.</source>
        <translation>结束时将所录音频的 SHA-256 写入 &lt;PATH&gt;。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="96"/>
        <location filename="../app/capture/micstreamcommand.cpp" line="98"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="97"/>
        <source>Also record a local copy to &lt;PATH&gt; (.ogg Opus, .oga FLAC or .wav).</source>
        <translation>同时将本地副本录制到 &lt;PATH&gt;（.ogg Opus、.oga FLAC 或 .wav）。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="100"/>
        <source>Trust the wss:// certificate with SHA-256 fingerprint &lt;FP&gt; and remember it.</source>
        <translation>信任 SHA-256 指纹为 &lt;FP&gt; 的 wss:// 证书并记住它。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="101"/>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="115"/>
        <source>--format must be 16000 or 48000.</source>
        <translation>--format 必须为 16000 或 48000。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="123"/>
        <source>--channels must be 1 or 2.</source>
        <translation>--channels 必须为 1 或 2。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="132"/>
        <source>--duration must be a number of seconds above 0.</source>
        <translation>--duration 必须是大于 0 的秒数。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="159"/>
        <location filename="../app/capture/micstreamcommand.cpp" line="178"/>
        <source>This computer has no microphone.</source>
        <translation>本机没有麦克风。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="160"/>
        <source>No microphone has the id &quot;%1&quot;; see --list-devices.</source>
        <translation>没有 ID 为“%1”的麦克风；参见 --list-devices。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="183"/>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="222"/>
        <source>No Earshot answers on 127.0.0.1:%1, and one could not be started: %2</source>
        <translation>127.0.0.1:%1 上没有 Earshot 响应，且无法启动一个：%2</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="230"/>
        <source>No Earshot answers on 127.0.0.1:%1; recording into %2 with a server of this command.</source>
        <translation>127.0.0.1:%1 上没有 Earshot 响应；将使用此命令自带的服务器录制到 %2。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="249"/>
        <source>Trusting the certificate of %1 (%2) from now on.</source>
        <translation>今后将信任 %1 的证书（%2）。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="255"/>
        <source>The certificate of %1 is not trusted (%2).
Its SHA-256 fingerprint is %3
Compare it with the one the other Earshot shows; if they match, run again with --accept-certificate %3</source>
        <translation>%1 的证书不受信任（%2）。
其 SHA-256 指纹为 %3
请与另一台 Earshot 显示的指纹比对；如果一致，请使用 --accept-certificate %3 重新运行</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="311"/>
        <source>Stopping; delivering what is left (again to give up).</source>
        <translation>正在停止；正在送达剩余数据（再次执行可放弃）。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="314"/>
        <source>Giving up on what is not delivered.</source>
        <translation>放弃未送达的数据。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamcommand.cpp" line="325"/>
        <source>Delivered %1 bytes to %2 as %3.</source>
        <translation>已将 %1 字节送达 %2，保存为 %3。</translation>
    </message>
</context>
<context>
    <name>MicStreamer</name>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="38"/>
        <source>If this program stops unexpectedly, the audio not delivered yet cannot be sent later: %1</source>
        <translation>如果本程序意外停止，尚未送达的音频将无法稍后发送：%1</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="49"/>
        <source>The microphone is streaming already.</source>
        <translation>麦克风已在串流中。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="68"/>
        <source>This computer has no microphone.</source>
        <translation>本机没有麦克风。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="69"/>
        <source>The microphone &quot;%1&quot; is not connected.</source>
        <translation>麦克风“%1”未连接。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="75"/>
        <location filename="../app/capture/micstreamer.cpp" line="81"/>
        <location filename="../app/capture/micstreamer.cpp" line="246"/>
        <source>Cannot keep audio for sending: %1</source>
        <translation>无法缓存待发送的音频：%1</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="95"/>
        <source>Streaming %1 from &quot;%2&quot; to %3.</source>
        <translation>正在将 %1 从“%2”串流到 %3。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="100"/>
        <source>Joining the take %1 on %2 as &quot;%3&quot;.</source>
        <translation>以“%3”的身份加入 %2 上的合录 %1。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="141"/>
        <source>In the take &quot;%1&quot;: waiting for the host to start it.</source>
        <translation>在合录“%1”中：等待主持人开始。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="155"/>
        <source>The take &quot;%1&quot; records: streaming %2 from &quot;%3&quot;.</source>
        <translation>合录“%1”正在录制：正在从“%3”串流 %2。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="160"/>
        <source>The host stopped the take &quot;%1&quot;.</source>
        <translation>主持人停止了合录“%1”。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="163"/>
        <source>The take &quot;%1&quot; was stopped before this computer recorded anything.</source>
        <translation>合录“%1”在本机录下任何内容之前就已停止。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="273"/>
        <source>Captured %1 bytes, SHA-256 %2.</source>
        <translation>已采集 %1 字节，SHA-256 %2。</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="279"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/capture/micstreamer.cpp" line="303"/>
        <source>Local copy: %1</source>
        <translation>本地副本：%1</translation>
    </message>
</context>
<context>
    <name>MicrophoneCapture</name>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="53"/>
        <source>The microphone is capturing already.</source>
        <translation>麦克风已在采集中。</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="57"/>
        <source>The microphone is not available.</source>
        <translation>麦克风不可用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/microphonecapture.cpp" line="61"/>
        <source>%1 cannot record %2 Hz with %n channel(s).</source>
        <translation>
            <numerusform>%1 无法以 %2 Hz、%n 声道录音。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="85"/>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="225"/>
        <source>The microphone could not be opened.</source>
        <translation>无法打开麦克风。</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="226"/>
        <source>The microphone stopped working.</source>
        <translation>麦克风停止工作了。</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonecapture.cpp" line="237"/>
        <source>The microphone was disconnected.</source>
        <translation>麦克风已断开。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/microphonecapture.cpp" line="239"/>
        <source>The microphone has sent no audio for %n second(s).</source>
        <translation>
            <numerusform>麦克风已有 %n 秒没有发送音频。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MicrophonePanel</name>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="50"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="51"/>
        <source>Another Earshot:</source>
        <translation>另一台 Earshot：</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="53"/>
        <source>Keep a local copy</source>
        <translation>保留本地副本</translation>
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
        <translation>单声道</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="68"/>
        <source>Stereo</source>
        <translation>立体声</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="72"/>
        <source>Input level</source>
        <translation>输入电平</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="73"/>
        <source>https://192.168.1.20:8000/?t=token</source>
        <translation>https://192.168.1.20:8000/?t=配对码</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="74"/>
        <source>The other Earshot&apos;s pairing link, or a take&apos;s link (with take=): then this microphone records into the take, starting and stopping with its host.</source>
        <translation>另一台 Earshot 的配对链接，或某个合录的链接（带 take=）：此时该麦克风录入该合录，随主持人开始和停止。</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="86"/>
        <source>Format of the local copy</source>
        <translation>本地副本的格式</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="106"/>
        <source>Microphone:</source>
        <translation>麦克风：</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="107"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="108"/>
        <source>Level:</source>
        <translation>电平：</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="109"/>
        <source>Send to:</source>
        <translation>发送到：</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="112"/>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="113"/>
        <source>Elapsed:</source>
        <translation>已用时间：</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="114"/>
        <source>Sent:</source>
        <comment>bytes</comment>
        <translation>已发送：</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="115"/>
        <source>Acknowledged:</source>
        <comment>bytes</comment>
        <translation>已确认：</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="143"/>
        <source>Every byte was delivered.</source>
        <translation>所有字节均已送达。</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="146"/>
        <source>Every byte was delivered. Local copy: %1</source>
        <translation>所有字节均已送达。本地副本：%1</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="148"/>
        <source>Streaming failed: %1</source>
        <translation>串流失败：%1</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="216"/>
        <source>No microphone found</source>
        <translation>未找到麦克风</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="225"/>
        <location filename="../app/capture/microphonepanel.cpp" line="286"/>
        <source>Stop streaming</source>
        <translation>停止串流</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="226"/>
        <source>%1 of audio have not reached the receiver yet. Give up on them?</source>
        <translation>还有 %1 的音频尚未到达接收端。要放弃它们吗？</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="255"/>
        <source>This computer&apos;s server is not running.</source>
        <translation>本机的服务器未在运行。</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="277"/>
        <source>Microphone %1</source>
        <comment>file name of a local copy</comment>
        <translation>麦克风 %1</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="289"/>
        <source>Stop now</source>
        <translation>立即停止</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="290"/>
        <source>The rest is still being delivered.</source>
        <translation>剩余部分仍在送达中。</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="293"/>
        <source>Start streaming</source>
        <translation>开始串流</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="320"/>
        <source>Unknown certificate</source>
        <translation>未知证书</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="321"/>
        <source>The Earshot at %1 presents a certificate this computer does not trust.</source>
        <translation>位于 %1 的 Earshot 出示了本机不信任的证书。</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="326"/>
        <source>Compare its SHA-256 fingerprint with the one the other Earshot shows:

%1

Trust it for %2 from now on?</source>
        <translation>请将其 SHA-256 指纹与另一台 Earshot 显示的指纹比对：

%1

今后对 %2 信任此证书吗？</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="331"/>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="350"/>
        <source>Certificate changed</source>
        <translation>证书已更改</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="351"/>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting the connection; nothing was sent.</source>
        <translation>%1 的证书不是您之前信任的那个。可能有人在拦截连接；未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="356"/>
        <source>Trusted: %1
Presented now: %2

If the other Earshot really has a new certificate, forget the old one to be asked again.</source>
        <translation>已信任：%1
当前出示：%2

如果另一台 Earshot 确实换了新证书，请忘记旧证书，以便再次询问。</translation>
    </message>
    <message>
        <location filename="../app/capture/microphonepanel.cpp" line="360"/>
        <source>Forget the old certificate</source>
        <translation>忘记旧证书</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="90"/>
        <source>Device connected</source>
        <translation>设备已连接</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="91"/>
        <source>%1 is recording.</source>
        <comment>a device connected</comment>
        <translation>%1 正在录音。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/notificationpolicy.cpp" line="93"/>
        <source>%Ln device(s) connected</source>
        <translation>
            <numerusform>已连接 %Ln 台设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="99"/>
        <source>Recording failed</source>
        <translation>录音失败</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="100"/>
        <source>The recording from %1 stopped because of an error. The events log tells why.</source>
        <translation>来自 %1 的录音因错误而停止。原因请查看事件日志。</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="103"/>
        <source>Recording interrupted</source>
        <translation>录音已中断</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="104"/>
        <source>%1 lost its connection. What arrived is kept; the recording continues if the device reconnects.</source>
        <translation>%1 的连接已断开。已收到的内容会被保留；设备重新连接后录音将继续。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/notificationpolicy.cpp" line="110"/>
        <source>%Ln recording(s) ended unexpectedly</source>
        <translation>
            <numerusform>%Ln 个录音意外结束</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="129"/>
        <source>A device</source>
        <translation>某台设备</translation>
    </message>
    <message>
        <location filename="../app/tray/notificationpolicy.cpp" line="131"/>
        <source>%1 (%2)</source>
        <comment>session label (browser and system)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/notificationpolicy.cpp" line="148"/>
        <source>%n more</source>
        <comment>the end of a list of devices: A, B, C and 2 more</comment>
        <translation>
            <numerusform>另外 %n 台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="144"/>
        <source>Play</source>
        <comment>play a recording</comment>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="45"/>
        <source>Playback position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="89"/>
        <source>Cannot play %1: %2</source>
        <translation>无法播放 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/recordings/playbackbar.cpp" line="144"/>
        <source>Pause</source>
        <translation>暂停</translation>
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
        <translation>传入数据速率</translation>
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
        <translation>现在</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ratechart.cpp" line="107"/>
        <source>-%n min</source>
        <comment>time axis of the rate chart: minutes ago</comment>
        <translation>
            <numerusform>-%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ratechart.cpp" line="142"/>
        <source>Now: %1</source>
        <comment>rate chart tooltip; %1 is a data rate</comment>
        <translation>现在：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ratechart.cpp" line="143"/>
        <source>%n second(s) ago: %1</source>
        <comment>rate chart tooltip; %1 is a data rate</comment>
        <translation>
            <numerusform>%n 秒前：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/ratechart.cpp" line="217"/>
        <source>No audio arriving</source>
        <comment>rate chart, when the rate is zero</comment>
        <translation>没有音频传入</translation>
    </message>
</context>
<context>
    <name>RecordingHooks</name>
    <message>
        <location filename="../server/hooks/recordinghooks.cpp" line="66"/>
        <source>The webhook was not sent: cannot read the sidecar %1: %2</source>
        <translation>未发送 webhook：无法读取附属文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>RecordingListModel</name>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="33"/>
        <source>File missing</source>
        <comment>recording status</comment>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="35"/>
        <source>Recording</source>
        <comment>recording status</comment>
        <translation>录制中</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="37"/>
        <source>Complete</source>
        <comment>recording status</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="39"/>
        <source>Interrupted</source>
        <comment>recording status</comment>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="41"/>
        <source>Failed</source>
        <comment>recording status</comment>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingfileworker.cpp" line="36"/>
        <source>this desktop has no trash for it</source>
        <translation>此桌面环境没有可用的回收站</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="51"/>
        <source>Verified</source>
        <comment>the file holds every byte the device produced</comment>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="53"/>
        <source>Not verified</source>
        <comment>the file is not what the device produced</comment>
        <translation>未通过验证</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="55"/>
        <source>Not checked</source>
        <comment>the device did not say what it produced</comment>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="328"/>
        <source>From %1</source>
        <comment>network address of the sending device</comment>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="334"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="335"/>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="338"/>
        <source>The audio file is missing.</source>
        <translation>音频文件缺失。</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="344"/>
        <source>Ended %1</source>
        <translation>结束于 %1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="357"/>
        <source>The file holds every byte the device produced: %1 bytes, SHA-256 checked.</source>
        <translation>文件包含设备产生的每一个字节：%1 字节，已核对 SHA-256。</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="360"/>
        <source>The device did not say what it produced, so the file could not be checked.</source>
        <translation>设备没有说明它产生了什么，因此无法检查该文件。</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="364"/>
        <source>Incomplete: the last %1 bytes the device produced are missing.</source>
        <translation>不完整：缺少设备产生的最后 %1 字节。</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="367"/>
        <source>The file holds %1 bytes more than the device produced.</source>
        <translation>文件比设备产生的多出 %1 字节。</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="370"/>
        <source>The content differs from what the device produced (same length, another SHA-256).</source>
        <translation>内容与设备产生的不同（长度相同，SHA-256 不同）。</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="372"/>
        <source>The file could not be checked against what the device produced: %1</source>
        <translation>无法将文件与设备产生的内容进行比对：%1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="382"/>
        <source>Name</source>
        <comment>recording label</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="384"/>
        <source>Device</source>
        <comment>the device that sent a recording</comment>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="386"/>
        <source>Format</source>
        <comment>audio format</comment>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="388"/>
        <source>Length</source>
        <comment>playing time of a recording</comment>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="390"/>
        <source>Size</source>
        <comment>file size</comment>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="392"/>
        <source>Status</source>
        <comment>how a recording ended</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="394"/>
        <source>Verified</source>
        <comment>column: whether the file holds every byte the device produced</comment>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="396"/>
        <source>Started</source>
        <comment>when a recording started</comment>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordinglistmodel.cpp" line="425"/>
        <source>It is still being recorded.</source>
        <translation>仍在录制中。</translation>
    </message>
</context>
<context>
    <name>RecordingsView</name>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="58"/>
        <source>Search by name or by words said</source>
        <translation>按名称或所说的话搜索</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="60"/>
        <source>Search recordings</source>
        <translation>搜索录音</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="98"/>
        <source>Play</source>
        <comment>play a recording</comment>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="100"/>
        <source>Play the selected recording here (or double-click it)</source>
        <translation>在此播放所选录音（或双击它）</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="104"/>
        <source>Open</source>
        <comment>open a recording in the desktop&apos;s player</comment>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="105"/>
        <source>Open the selected recording in the desktop&apos;s player</source>
        <translation>在桌面的播放器中打开所选录音</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="108"/>
        <location filename="../app/recordings/recordingsview.cpp" line="326"/>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="111"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="113"/>
        <source>Change the recording&apos;s name; its file keeps its name</source>
        <translation>更改录音的名称；其文件名保持不变</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="117"/>
        <source>Delete…</source>
        <comment>a recording</comment>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="121"/>
        <source>Transcribe</source>
        <comment>write down what a recording says</comment>
        <translation>转写</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="123"/>
        <source>Write down what the selected recording says, on this computer (English)</source>
        <translation>在本机上写出所选录音中所说的内容（英语）</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="132"/>
        <source>Transcript of the selected recording</source>
        <translation>所选录音的转写文本</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="138"/>
        <source>Refresh</source>
        <comment>read the recordings folder again</comment>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="281"/>
        <source>Reading recordings…</source>
        <translation>正在读取录音…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordings/recordingsview.cpp" line="288"/>
        <source>%Ln recording(s), %1</source>
        <comment>count and total size</comment>
        <translation>
            <numerusform>%Ln 个录音，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordings/recordingsview.cpp" line="289"/>
        <source>%1 of %Ln recording(s) found</source>
        <comment>search results</comment>
        <translation>
            <numerusform>在 %Ln 个录音中找到 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="314"/>
        <source>Open Recording</source>
        <translation>打开录音</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="315"/>
        <source>No application could open %1.</source>
        <translation>没有应用程序能打开 %1。</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="327"/>
        <source>No file manager could show %1.</source>
        <translation>没有文件管理器能显示 %1。</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="339"/>
        <location filename="../app/recordings/recordingsview.cpp" line="354"/>
        <source>Rename Recording</source>
        <translation>重命名录音</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="339"/>
        <source>Name:</source>
        <comment>of a recording</comment>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="354"/>
        <source>The recording could not be renamed: %1</source>
        <translation>无法重命名录音：%1</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="368"/>
        <location filename="../app/recordings/recordingsview.cpp" line="406"/>
        <location filename="../app/recordings/recordingsview.cpp" line="419"/>
        <source>Delete Recording</source>
        <translation>删除录音</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="369"/>
        <source>Delete the recording “%1”?</source>
        <translation>删除录音“%1”吗？</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="371"/>
        <source>Its audio file and its sidecar are moved to the trash.</source>
        <comment>a recording&apos;s files</comment>
        <translation>其音频文件和附属文件将被移到回收站。</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="372"/>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="407"/>
        <source>“%1” cannot be moved to the trash (%2).

Delete it permanently? This cannot be undone.</source>
        <translation>无法将“%1”移到回收站（%2）。

要永久删除吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="419"/>
        <source>“%1” could not be deleted: %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="443"/>
        <source>Transcribe</source>
        <translation>转写</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="444"/>
        <source>“%1” could not be transcribed: %2</source>
        <translation>无法转写“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="455"/>
        <source>(The transcript has no words: nothing was recognized.)</source>
        <translation>（转写文本中没有文字：未识别出任何内容。）</translation>
    </message>
    <message>
        <location filename="../app/recordings/recordingsview.cpp" line="463"/>
        <source>Transcribing “%1”: %2 %</source>
        <translation>正在转写“%1”：%2%</translation>
    </message>
</context>
<context>
    <name>RemuxQueue</name>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="101"/>
        <source>Not remuxing %1: its sidecar is unreadable (%2).</source>
        <translation>不重新封装 %1：其附属文件无法读取（%2）。</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="148"/>
        <location filename="../server/session/remuxqueue.cpp" line="239"/>
        <location filename="../server/session/remuxqueue.cpp" line="253"/>
        <source>%1 stays as it was streamed; remuxing failed: %2</source>
        <translation>%1 保持串流时的原样；重新封装失败：%2</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="173"/>
        <source>Could not swap in the remuxed %1.</source>
        <translation>无法换入重新封装后的 %1。</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="265"/>
        <source>Could not update the sidecar of %1: %2</source>
        <translation>无法更新 %1 的附属文件：%2</translation>
    </message>
    <message>
        <location filename="../server/session/remuxqueue.cpp" line="187"/>
        <source>%1 remuxed: %L2 s long, seekable.</source>
        <translation>%1 已重新封装：时长 %L2 秒，可拖动定位。</translation>
    </message>
</context>
<context>
    <name>ServerStatusBar</name>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="40"/>
        <source>Sessions recording now</source>
        <translation>正在录音的会话</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="41"/>
        <source>Audio data arriving per second, all sessions together</source>
        <translation>每秒到达的音频数据，所有会话合计</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="61"/>
        <source>Not listening</source>
        <translation>未在监听</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="70"/>
        <source>Open on a phone: %1</source>
        <translation>在手机上打开：%1</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="75"/>
        <source>Live sessions: %1</source>
        <translation>实时会话：%1</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="93"/>
        <source>Free space unknown</source>
        <translation>可用空间未知</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="97"/>
        <source>%1 free</source>
        <comment>disk space</comment>
        <translation>可用 %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/serverstatusbar.cpp" line="98"/>
        <source>Recordings go to %1</source>
        <translation>录音保存到 %1</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="26"/>
        <source>&amp;Open Recording</source>
        <translation>打开录音(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="28"/>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="30"/>
        <source>&amp;Copy Path</source>
        <translation>复制路径(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="32"/>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="34"/>
        <source>Open the selected recording in the default player</source>
        <translation>在默认播放器中打开所选录音</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="35"/>
        <source>Open the folder that holds the selected recording</source>
        <translation>打开包含所选录音的文件夹</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="36"/>
        <source>Copy the paths of the selected recordings</source>
        <translation>复制所选录音的路径</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="39"/>
        <source>Close the connection of the selected live sessions</source>
        <translation>关闭所选实时会话的连接</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="135"/>
        <source>Disconnect this live session? Its recording stops and is finished; the device cannot resume it.</source>
        <translation>断开此实时会话？其录音将停止并完成，设备无法继续。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/sessionactions.cpp" line="137"/>
        <source>Disconnect %Ln live session(s)? Their recordings stop and are finished; the devices cannot resume them.</source>
        <translation>
            <numerusform>断开 %Ln 个实时会话？其录音将停止并完成，设备无法继续。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/sessionactions.cpp" line="140"/>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="173"/>
        <source>Recording</source>
        <comment>session state</comment>
        <translation>录制中</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="175"/>
        <source>Interrupted</source>
        <comment>session state</comment>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="177"/>
        <source>Complete</source>
        <comment>session state</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="179"/>
        <source>Failed</source>
        <comment>session state</comment>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="109"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="111"/>
        <source>Name</source>
        <comment>session label</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="113"/>
        <source>Device</source>
        <comment>network address of the sending device</comment>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="115"/>
        <source>Format</source>
        <comment>audio format</comment>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="117"/>
        <source>Chunks</source>
        <comment>messages received</comment>
        <translation>数据块</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="119"/>
        <source>Received</source>
        <comment>amount of data</comment>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="121"/>
        <source>Rate</source>
        <comment>data rate</comment>
        <translation>速率</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="123"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="125"/>
        <source>Level</source>
        <comment>audio level</comment>
        <translation>电平</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="127"/>
        <source>Unsent</source>
        <comment>audio the device holds that has not reached Earshot</comment>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="129"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="282"/>
        <source>Failed: %1</source>
        <comment>session state with the reason</comment>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="287"/>
        <source>Now playing: %1</source>
        <comment>an Icecast stream&apos;s title</comment>
        <translation>正在播放：%1</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="297"/>
        <source>%1 bytes</source>
        <comment>exact amount of data</comment>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../app/monitor/sessiontablemodel.cpp" line="301"/>
        <source>The device holds %1 that Earshot has not received yet.</source>
        <translation>设备上还有 %1 未被 Earshot 收到。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="45"/>
        <source>&amp;Transcribe every session</source>
        <translation>转写所有会话(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="46"/>
        <source>&amp;Export aligned tracks when a take stops</source>
        <translation>录制停止时导出对齐的音轨(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="48"/>
        <source>Earshot Settings</source>
        <translation>Earshot 设置</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="51"/>
        <source>Any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="54"/>
        <source>All networks</source>
        <translation>所有网络</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="55"/>
        <source>An address of this computer, &quot;localhost&quot; for this computer only, or empty for all networks.</source>
        <translation>本机的某个地址；“localhost”表示仅本机；留空表示所有网络。</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
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
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="81"/>
        <source>System default (%1)</source>
        <comment>language; %1 is the system&apos;s language</comment>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="92"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="94"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="95"/>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="96"/>
        <source>&amp;Recordings folder:</source>
        <translation>录音文件夹(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="97"/>
        <source>Live sessions at &amp;most:</source>
        <translation>最多实时会话数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="98"/>
        <source>Largest me&amp;ssage:</source>
        <translation>最大消息(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="100"/>
        <source>Live captions and a transcript beside every recording, recognized on this computer (English), not only for the devices that ask</source>
        <translation>为每个录音提供实时字幕并在其旁保存转写文本，在本机上识别（英语），而不仅限于提出请求的设备</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="106"/>
        <source>Hooks</source>
        <translation>钩子</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="111"/>
        <source>W&amp;hen a session starts:</source>
        <translation>会话开始时(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="112"/>
        <source>When a connection &amp;drops:</source>
        <translation>连接中断时(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="113"/>
        <source>When a recording is &amp;final:</source>
        <translation>录音定稿时(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="114"/>
        <source>A program and its arguments (double quotes group words), run without a shell; the recording&apos;s path and figures are in EARSHOT_* environment variables. Applies at once.</source>
        <translation>一个程序及其参数（双引号把多个词合为一个参数），不经过 shell 运行；录音的路径和数据在 EARSHOT_* 环境变量中。立即生效。</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="121"/>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="124"/>
        <source>When you stop a take, its aligned WAVs and multitrack file are written into its &quot;aligned&quot; folder as soon as every guest&apos;s recording has ended</source>
        <translation>停止录制后，一旦每位嘉宾的录音都已结束，其对齐的 WAV 文件和多轨文件就会写入其“aligned”文件夹</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="128"/>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="131"/>
        <source>A new language applies when Earshot starts again.</source>
        <translation>新语言将在 Earshot 下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="187"/>
        <source>None</source>
        <comment>hook command</comment>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="211"/>
        <source>&quot;%1&quot; is not an address of this computer.</source>
        <translation>“%1”不是本机的地址。</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="218"/>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>“%1”不是一个命令。</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="224"/>
        <source>Choose a folder for the recordings.</source>
        <translation>请选择用于存放录音的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="234"/>
        <source>Recordings Folder</source>
        <translation>录音文件夹</translation>
    </message>
</context>
<context>
    <name>Spool</name>
    <message>
        <location filename="../app/capture/spool.cpp" line="54"/>
        <location filename="../app/capture/spool.cpp" line="61"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="90"/>
        <source>The audio kept in %1 has a gap before %2.</source>
        <translation>%1 中保存的音频在 %2 之前有缺口。</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="121"/>
        <source>The folder %1 is in use by another process.</source>
        <translation>文件夹 %1 正被另一个进程使用。</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="122"/>
        <source>Cannot lock the folder %1.</source>
        <translation>无法锁定文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="131"/>
        <source>Cannot write %1 to the disk: %2</source>
        <translation>无法将 %1 写入磁盘：%2</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="165"/>
        <source>The spool is not open.</source>
        <translation>缓存区未打开。</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="178"/>
        <source>Cannot write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="211"/>
        <location filename="../app/capture/spool.cpp" line="220"/>
        <location filename="../app/capture/spool.cpp" line="225"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/capture/spool.cpp" line="251"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
</context>
<context>
    <name>SpoolManifest</name>
    <message>
        <location filename="../app/capture/spoolmanifest.cpp" line="44"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolmanifest.cpp" line="54"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolmanifest.cpp" line="72"/>
        <source>%1 is not a spool manifest.</source>
        <translation>%1 不是缓冲区清单。</translation>
    </message>
</context>
<context>
    <name>SpoolRecovery</name>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="69"/>
        <source>Audio that an earlier run could not deliver cannot be read (%1); it stays in %2.</source>
        <translation>无法读取之前一次运行未能送达的音频（%1）；它保留在 %2 中。</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="88"/>
        <source>An earlier run left %1 of audio that cannot be delivered (%2); it stays in %3.</source>
        <translation>之前一次运行留下了 %1 无法送达的音频（%2）；它保留在 %3 中。</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="98"/>
        <source>Delivering %1 of audio that an earlier run left undelivered, to %2.</source>
        <translation>正在向 %2 送达之前一次运行未送达的 %1 音频。</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="140"/>
        <source>Delivered the audio that an earlier run had left, to %1 as %2.</source>
        <translation>之前一次运行留下的音频已送达 %1，文件为 %2。</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="153"/>
        <source>The receiver has all of the audio an earlier run had left, but did not close its recording: %1</source>
        <translation>接收方已拥有之前一次运行留下的全部音频，但没有结束其录音：%1</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="165"/>
        <source>%1 of audio that an earlier run left could be neither delivered (%2) nor saved (%3); it stays in %4.</source>
        <translation>之前一次运行留下的 %1 音频既无法送达（%2）也无法保存（%3）；它保留在 %4 中。</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="173"/>
        <source>%1 of audio that an earlier run left could not be delivered (%2). It is saved in %3</source>
        <translation>之前一次运行留下的 %1 音频无法送达（%2）。它已保存在 %3</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="182"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../app/capture/spoolrecovery.cpp" line="225"/>
        <source>Microphone %1 not delivered</source>
        <comment>file name of audio saved after a crash</comment>
        <translation>麦克风 %1 未送达</translation>
    </message>
</context>
<context>
    <name>StreamTarget</name>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="24"/>
        <source>Enter the address of the other Earshot.</source>
        <translation>请输入另一台 Earshot 的地址。</translation>
    </message>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="30"/>
        <source>&quot;%1&quot; is not an address.</source>
        <translation>“%1”不是地址。</translation>
    </message>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="38"/>
        <source>Earshot addresses start with http://, https://, ws:// or wss://.</source>
        <translation>Earshot 地址以 http://、https://、ws:// 或 wss:// 开头。</translation>
    </message>
    <message>
        <location filename="../app/capture/streamtarget.cpp" line="50"/>
        <source>The address has an empty pairing token.</source>
        <translation>地址中的配对码为空。</translation>
    </message>
</context>
<context>
    <name>StreamUploader</name>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="44"/>
        <source>Not streaming</source>
        <translation>未在串流</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="46"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="48"/>
        <source>Waiting for the host to start the take</source>
        <translation>等待主持人开始合录</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="50"/>
        <source>Starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="52"/>
        <source>Streaming</source>
        <translation>正在串流</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="54"/>
        <source>Connection lost, retrying</source>
        <translation>连接已断开，正在重试</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="56"/>
        <source>Resuming</source>
        <translation>正在续传</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="58"/>
        <source>Waiting for the certificate to be accepted</source>
        <translation>正在等待接受证书</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="60"/>
        <source>Finishing</source>
        <translation>正在完成</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="62"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="64"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="157"/>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/streamuploader.cpp" line="265"/>
        <source>The receiver lost %Ln acknowledged byte(s) that are no longer kept here.</source>
        <translation>
            <numerusform>接收端丢失了 %Ln 字节已确认的数据，而本地已不再保留这些数据。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="294"/>
        <source>Verified: the receiver holds every byte sent.</source>
        <translation>已验证：接收方拥有发送的每一个字节。</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="296"/>
        <source>Not verified: the receiver&apos;s file is not what was sent (%1).</source>
        <translation>未通过验证：接收方的文件与发送的内容不符（%1）。</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="331"/>
        <source>The receiver no longer knows the session %1: %2 (%3)</source>
        <translation>接收方已不再知道会话 %1：%2（%3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/streamuploader.cpp" line="569"/>
        <source>Stopped before %Ln byte(s) were delivered.</source>
        <translation>
            <numerusform>在 %Ln 字节送达之前已停止。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="278"/>
        <source>Resumed at byte %1.</source>
        <translation>已从第 %1 字节处续传。</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="339"/>
        <source>The receiver no longer knows the session; the rest goes into a new recording.</source>
        <translation>接收端已不再识别该会话；剩余部分将存入新的录音。</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="352"/>
        <source>The receiver refused the pairing token (%1).</source>
        <translation>接收端拒绝了配对码（%1）。</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="353"/>
        <source>The receiver refused: %1 (%2)</source>
        <translation>接收端拒绝：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="357"/>
        <source>The receiver said: %1 (%2)</source>
        <translation>接收端返回：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="376"/>
        <source>The certificate of %1 has changed: it was %2 and is now %3. This may be an attack; the connection was refused.</source>
        <translation>%1 的证书已更改：原为 %2，现为 %3。这可能是攻击；连接已被拒绝。</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="411"/>
        <source>The certificate of %1 was not accepted.</source>
        <translation>未接受 %1 的证书。</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="441"/>
        <source>Connection to %1 lost (%2); trying again in %3 s.</source>
        <translation>与 %1 的连接已断开（%2）；%3 秒后重试。</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="456"/>
        <source>no answer for %1 s</source>
        <translation>%1 秒无响应</translation>
    </message>
    <message>
        <location filename="../app/capture/streamuploader.cpp" line="488"/>
        <source>Cannot read the audio kept for sending: %1</source>
        <translation>无法读取缓存的待发送音频：%1</translation>
    </message>
</context>
<context>
    <name>TakeExportJob</name>
    <message>
        <location filename="../server/takes/takeexportjob.cpp" line="98"/>
        <source>This export has run already.</source>
        <translation>此导出已经运行过。</translation>
    </message>
    <message>
        <location filename="../server/takes/takeexportjob.cpp" line="104"/>
        <source>The take in %1 is being exported already: wait for that export to finish, or cancel it.</source>
        <translation>%1 中的录制正在导出：请等待该导出完成，或将其取消。</translation>
    </message>
</context>
<context>
    <name>TakeView</name>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="42"/>
        <source>Waiting for the host to start</source>
        <comment>take state</comment>
        <translation>等待主持人开始</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="44"/>
        <source>Recording</source>
        <comment>take state</comment>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="46"/>
        <source>Stopped</source>
        <comment>take state</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="60"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="61"/>
        <source>Start for Everyone</source>
        <translation>为所有人开始</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="62"/>
        <source>Stop for Everyone…</source>
        <translation>为所有人停止…</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="63"/>
        <source>Export Aligned</source>
        <translation>对齐导出</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="65"/>
        <source>Cancel</source>
        <comment>the running export</comment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="67"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="84"/>
        <source>One WAV per guest, all starting at the take&apos;s start and of its length, and one Matroska file with a track per guest, in the take&apos;s &quot;aligned&quot; folder. The recordings stay as they are.</source>
        <translation>每位嘉宾一个 WAV 文件，全部从录制开始处开始、与录制等长，另有一个每位嘉宾一条音轨的 Matroska 文件，均位于录制的“aligned”文件夹中。原始录音保持不变。</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="127"/>
        <source>Each guest opens this link (or scans the code) on their own device; their recording joins the take under the name they give.</source>
        <translation>每位嘉宾在自己的设备上打开此链接（或扫描二维码）；其录音将以其填写的名字加入合录。</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="166"/>
        <source>Guests</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="247"/>
        <source>Exporting once every guest&apos;s recording has ended…</source>
        <translation>每位嘉宾的录音结束后即开始导出…</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="256"/>
        <source>No take yet</source>
        <translation>尚无合录</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="257"/>
        <source>Make one with Take › New Take…</source>
        <translation>通过 合录 › 新建合录… 创建</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="294"/>
        <source>Stop the Take?</source>
        <translation>停止合录？</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="295"/>
        <source>Every guest&apos;s device stops recording, and nobody can record into &quot;%1&quot; again.</source>
        <translation>所有嘉宾的设备将停止录制，之后任何人都不能再录入“%1”。</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="308"/>
        <source>Take</source>
        <translation>合录</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="308"/>
        <source>The take could not change: %1</source>
        <translation>合录无法更改：%1</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="359"/>
        <source>Stop the take first.</source>
        <translation>请先停止录制。</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="365"/>
        <source>Nobody recorded into this take.</source>
        <translation>没有人在此录制中录音。</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="369"/>
        <source>A guest is still recording; export when every recording has ended.</source>
        <translation>仍有嘉宾在录音；请在所有录音结束后再导出。</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="393"/>
        <location filename="../app/monitor/takeview.cpp" line="420"/>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="409"/>
        <source>Not exported: a guest was still recording %1 s after the take stopped. Export Aligned once every recording has ended.</source>
        <translation>未导出：录制停止 %1 秒后仍有嘉宾在录音。请在所有录音结束后使用“对齐导出”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/takeview.cpp" line="430"/>
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个文件导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="435"/>
        <source>Export cancelled; the take&apos;s aligned folder is as it was.</source>
        <translation>导出已取消；录制的“aligned”文件夹保持原样。</translation>
    </message>
    <message>
        <location filename="../app/monitor/takeview.cpp" line="437"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>TranscribeCommand</name>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="28"/>
        <source>Transcribe finished recordings: a WebVTT file beside each, the text on stdout.</source>
        <translation>转写已完成的录音：在每个录音旁生成一个 WebVTT 文件，文本输出到标准输出。</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="30"/>
        <source>The PocketSphinx model folder (default: %1).</source>
        <translation>PocketSphinx 模型文件夹（默认：%1）。</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="31"/>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="33"/>
        <source>Recordings to transcribe.</source>
        <translation>要转写的录音。</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="42"/>
        <source>--transcribe needs at least one file.</source>
        <translation>--transcribe 至少需要一个文件。</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="60"/>
        <source>%1: %2 %</source>
        <translation>%1：%2%</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="63"/>
        <source>%1: transcript in %2</source>
        <translation>%1：转写文本已保存到 %2</translation>
    </message>
    <message>
        <location filename="../app/headless/transcribecommand.cpp" line="67"/>
        <source>%1: cannot transcribe: %2</source>
        <translation>%1：无法转写：%2</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="64"/>
        <source>&amp;Show Earshot</source>
        <translation>显示 Earshot(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="67"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="105"/>
        <source>Not listening</source>
        <comment>tray menu, instead of the connect address</comment>
        <translation>未在监听</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="111"/>
        <source>Copy %1</source>
        <comment>tray menu; %1 is the address phones open</comment>
        <translation>复制 %1</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="112"/>
        <source>Copy the address phones open to the clipboard</source>
        <translation>将手机要打开的地址复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="127"/>
        <source>Earshot is still running</source>
        <translation>Earshot 仍在运行</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="128"/>
        <source>Devices can go on recording. To quit, use Quit in this icon&apos;s menu.</source>
        <translation>设备可以继续录音。要退出，请使用此图标菜单中的“退出”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/trayicon.cpp" line="160"/>
        <source>%Ln device(s) recording</source>
        <comment>tray tooltip</comment>
        <translation>
            <numerusform>%Ln 台设备正在录音</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="163"/>
        <source>Not listening</source>
        <comment>tray tooltip</comment>
        <translation>未在监听</translation>
    </message>
    <message>
        <location filename="../app/tray/trayicon.cpp" line="165"/>
        <source>Waiting for devices</source>
        <comment>tray tooltip</comment>
        <translation>正在等待设备</translation>
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
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <location filename="../server/hooks/webhooksender.cpp" line="76"/>
        <source>The webhook %1 was not delivered: %2 (tries: %3)</source>
        <translation>webhook %1 未能送达：%2（尝试次数：%3）</translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="9"/>
        <source>Earshot recorder</source>
        <translation>Earshot 录音器</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="10"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="11"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="12"/>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="13"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="14"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="15"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="16"/>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="17"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="18"/>
        <source>Compressed (smaller files)</source>
        <translation>压缩（文件更小）</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="19"/>
        <source>Lossless (PCM)</source>
        <translation>无损（PCM）</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="20"/>
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="21"/>
        <source>Live captions</source>
        <translation>实时字幕</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="22"/>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="23"/>
        <source>No captions for this recording: the computer is transcribing as many as it can.</source>
        <translation>此录音无字幕：这台电脑已在转写尽可能多的录音。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="24"/>
        <source>No captions: this Earshot has no speech recognizer.</source>
        <translation>无字幕：此 Earshot 没有语音识别器。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="25"/>
        <source>The captions stopped; the recording goes on.</source>
        <translation>字幕已停止；录音仍在继续。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="26"/>
        <source>Some speech was left out of the captions: the computer fell behind.</source>
        <translation>字幕遗漏了部分语音：电脑处理跟不上。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="27"/>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="28"/>
        <source>Input level</source>
        <translation>输入电平</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="29"/>
        <source>Start recording</source>
        <translation>开始录音</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="30"/>
        <source>Stop recording</source>
        <translation>停止录音</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="31"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="32"/>
        <source>Chunks sent</source>
        <translation>已发送数据块</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="33"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="34"/>
        <source>Confirmed by Earshot</source>
        <translation>Earshot 已确认</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="35"/>
        <source>Recording saved</source>
        <translation>录音已保存</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="36"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="37"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="38"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="39"/>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="40"/>
        <source>Verified: Earshot has every byte this page recorded.</source>
        <translation>已验证：Earshot 拥有此页面录制的每一个字节。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="41"/>
        <source>Not verified: the last {size} are missing.</source>
        <translation>未通过验证：缺少最后的 {size}。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="42"/>
        <source>Not verified: Earshot’s file differs from what this page recorded.</source>
        <translation>未通过验证：Earshot 的文件与此页面录制的内容不同。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="43"/>
        <source>Not verified: Earshot could not check this recording.</source>
        <translation>未验证：Earshot 无法检查此录音。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="44"/>
        <source>Audio kept on this device</source>
        <translation>保存在本设备上的音频</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="45"/>
        <source>Part of a recording could not be sent to Earshot. It is kept in this browser until you save or discard it.</source>
        <translation>部分录音未能发送到 Earshot。它会保留在此浏览器中，直到您保存或丢弃它。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="46"/>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="47"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="48"/>
        <source>Discard the audio kept on this device? It cannot be recovered.</source>
        <translation>丢弃保存在本设备上的音频吗？丢弃后无法恢复。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="49"/>
        <source>This page was opened over plain http, where browsers do not allow the microphone. Open the secure address instead: {url}</source>
        <translation>此页面是通过明文 http 打开的，浏览器在这种情况下不允许使用麦克风。请改为打开安全地址：{url}</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="50"/>
        <source>This browser cannot record audio. Try a current version of Safari, Chrome or Firefox.</source>
        <translation>此浏览器无法录音。请尝试最新版本的 Safari、Chrome 或 Firefox。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="51"/>
        <source>Earshot is not allowed to use the microphone. Allow microphone access for this page in the browser settings, then try again.</source>
        <translation>Earshot 无权使用麦克风。请在浏览器设置中允许此页面访问麦克风，然后重试。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="52"/>
        <source>No microphone was found on this device.</source>
        <translation>在本设备上未找到麦克风。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="53"/>
        <source>The microphone is in use by another app, or could not be started.</source>
        <translation>麦克风正被其他应用使用，或无法启动。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="54"/>
        <source>The microphone could not be started.</source>
        <translation>无法启动麦克风。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="55"/>
        <source>The microphone stopped, so the recording stopped.</source>
        <translation>麦克风已停止，因此录音也已停止。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="56"/>
        <source>This browser cannot record compressed audio. Choose Lossless (PCM).</source>
        <translation>此浏览器无法录制压缩音频。请选择“无损（PCM）”。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="57"/>
        <source>This browser cannot record lossless audio. Choose Compressed.</source>
        <translation>此浏览器无法录制无损音频。请选择“压缩”。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="58"/>
        <source>Cannot reach Earshot at {host}. Check that Earshot is still running and that this device is on the same network. Trying again…</source>
        <translation>无法连接到位于 {host} 的 Earshot。请检查 Earshot 是否仍在运行，以及本设备是否在同一网络中。正在重试…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="59"/>
        <source>Earshot is busy: it is recording as many people as it can. Trying again…</source>
        <translation>Earshot 正忙：它已在录制尽可能多的人。正在重试…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="60"/>
        <source>Earshot refused this page: the pairing code in the address is wrong or missing. Scan the QR code or open the link shown in Earshot again.</source>
        <translation>Earshot 拒绝了此页面：地址中的配对码错误或缺失。请重新扫描二维码，或再次打开 Earshot 中显示的链接。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="61"/>
        <source>Earshot refused the connection because this page was not opened from Earshot’s own address. Open the address shown in Earshot.</source>
        <translation>Earshot 拒绝了连接，因为此页面不是从 Earshot 自己的地址打开的。请打开 Earshot 中显示的地址。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="62"/>
        <source>Earshot has blocked this device after too many wrong pairing codes. Wait a while, or ask the person running Earshot.</source>
        <translation>由于错误的配对码过多，Earshot 已封禁本设备。请稍候，或询问运行 Earshot 的人。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="63"/>
        <source>Earshot no longer has the recording this page was sending (it ended or expired), so it cannot be continued. The audio that did not reach Earshot is kept on this device.</source>
        <translation>Earshot 已不再保有此页面正在发送的录音（已结束或已过期），因此无法继续。未送达 Earshot 的音频保存在本设备上。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="64"/>
        <source>Earshot’s disk is full, so the recording stopped. What Earshot received is saved; the rest is kept on this device.</source>
        <translation>Earshot 的磁盘已满，因此录音已停止。Earshot 已收到的部分已保存；其余部分保存在本设备上。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="65"/>
        <source>Earshot could not write the recording, so it stopped. The rest is kept on this device.</source>
        <translation>Earshot 无法写入录音，因此录音已停止。其余部分保存在本设备上。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="66"/>
        <source>Earshot does not accept this audio format. Choose another quality.</source>
        <translation>Earshot 不接受此音频格式。请选择其他质量。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="67"/>
        <source>Take “{name}”: waiting for the host to start it. You can start recording yourself.</source>
        <translation>录制“{name}”：等待主持人开始。你也可以自己开始录音。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="68"/>
        <source>Take “{name}”: the host started it.</source>
        <translation>录制“{name}”：主持人已开始。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="69"/>
        <source>Take “{name}”: stopped by the host.</source>
        <translation>录制“{name}”：主持人已停止。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="70"/>
        <source>Earshot does not know this take. Open the take’s link or QR code shown in Earshot again.</source>
        <translation>Earshot 不认识这个录制。请重新打开 Earshot 显示的录制链接或二维码。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="71"/>
        <source>The host stopped this take, so it takes no more recordings. Ask the host for a new take.</source>
        <translation>主持人已停止这个录制，它不再接收录音。请向主持人要一个新的录制。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="72"/>
        <source>Another Earshot server still holds the recording this page was sending. Trying again…</source>
        <translation>另一台 Earshot 服务器仍占用着此页面正在发送的录音。正在重试…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="73"/>
        <source>Connection lost. Still recording: the audio is sent as soon as the connection is back.</source>
        <translation>连接已断开。仍在录音：连接恢复后会立即发送音频。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="74"/>
        <source>Sending the rest of the recording…</source>
        <translation>正在发送录音的剩余部分…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="75"/>
        <source>Sending a recording that was interrupted earlier…</source>
        <translation>正在发送之前中断的录音…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="76"/>
        <source>A recording that was interrupted earlier is now saved as {file}.</source>
        <translation>之前中断的录音现已保存为 {file}。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="77"/>
        <source>Earshot protocol console</source>
        <translation>Earshot 协议控制台</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="78"/>
        <source>Disconnecting…</source>
        <translation>正在断开…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="79"/>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="80"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="81"/>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="82"/>
        <source>Protocol v1 (start, audio, stop, each answered) and the older text commands. Send a start message before the tone.</source>
        <translation>协议 v1（开始、音频、停止，每条都有回复）以及旧的文本命令。发送测试音之前先发送开始消息。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="83"/>
        <source>16 kHz 16-bit mono PCM from the first binary message, answered with captions. Send the tone straight away.</source>
        <translation>从第一条二进制消息起为 16 kHz 16 位单声道 PCM，回复为字幕。直接发送测试音即可。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="84"/>
        <source>Twilio Media Streams: send connected and start, then the tone as μ-law media messages, then stop.</source>
        <translation>Twilio Media Streams：先发送 connected 和 start，再以 μ-law media 消息发送测试音，最后发送 stop。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="85"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="86"/>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>按 Enter 发送消息；按 Shift+Enter 换行。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="87"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="88"/>
        <source>Fill in a message</source>
        <translation>填入消息</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="89"/>
        <source>Tone length (seconds)</source>
        <translation>测试音时长（秒）</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="90"/>
        <source>Send a 440 Hz tone</source>
        <translation>发送 440 Hz 测试音</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="91"/>
        <source>Stop the tone</source>
        <translation>停止测试音</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="92"/>
        <source>Sent messages</source>
        <translation>已发送的消息</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="93"/>
        <source>Click one to put it back in the message box.</source>
        <translation>点击一条即可将其放回消息框。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="94"/>
        <source>Nothing sent yet.</source>
        <translation>尚未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="95"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="96"/>
        <source>Clear the log</source>
        <translation>清空日志</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="97"/>
        <source>To Earshot</source>
        <translation>发往 Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="98"/>
        <source>From Earshot</source>
        <translation>来自 Earshot</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="99"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="100"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="101"/>
        <source>binary, {bytes} bytes</source>
        <translation>二进制，{bytes} 字节</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="102"/>
        <source>Connecting to {endpoint}…</source>
        <translation>正在连接 {endpoint}…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="103"/>
        <source>Connected to {endpoint}.</source>
        <translation>已连接 {endpoint}。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="104"/>
        <source>Closed with code {code}: {reason}</source>
        <translation>已关闭，代码 {code}：{reason}</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="105"/>
        <source>Closed with code {code}.</source>
        <translation>已关闭，代码 {code}。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="106"/>
        <source>The connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="107"/>
        <source>Not connected: connect first.</source>
        <translation>未连接：请先连接。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="108"/>
        <source>Sending {seconds} s of a 440 Hz tone as {count} messages…</source>
        <translation>正在以 {count} 条消息发送 {seconds} 秒的 440 Hz 测试音…</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="109"/>
        <source>Tone sent: {count} messages.</source>
        <translation>测试音已发送：{count} 条消息。</translation>
    </message>
    <message>
        <location filename="../build/server/generated/webpagestrings.h" line="110"/>
        <source>The tone stopped after {count} messages.</source>
        <translation>测试音在 {count} 条消息后停止。</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="126"/>
        <source>Earshot: pairing needed</source>
        <translation>Earshot：需要配对</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="127"/>
        <source>This device is not paired</source>
        <translation>本设备尚未配对</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="128"/>
        <source>Earshot only takes recordings from devices that know its pairing code.</source>
        <translation>Earshot 只接收知道其配对码的设备发来的录音。</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="130"/>
        <source>On the computer running Earshot, open %1 and scan the QR code, or type the address shown there: it ends in %2 and the code.</source>
        <translation>在运行 Earshot 的电脑上打开 %1 并扫描二维码，或输入其中显示的地址：地址以 %2 加配对码结尾。</translation>
    </message>
    <message>
        <location filename="../server/net/httpresponder.cpp" line="133"/>
        <source>Connect a Device</source>
        <translation>连接设备</translation>
    </message>
</context>
</TS>
