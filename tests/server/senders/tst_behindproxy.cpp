// Earshot behind HAProxy, as Twilio and a radio's source client reach it through a reverse proxy
// that ends TLS: a real HAProxy (Debian's) on loopback in front of a real Earshot. What a person
// checks: a phone call over wss:// whose pairing code came only as a custom parameter is
// recorded, both sides where they belong; an ffmpeg source streaming over TLS is recorded and
// decodes with its tone; a wrong source password through the proxy is refused with 401. And the
// client behind the proxy, named by its PROXY header (v1 and v2): one sender's wrong passwords
// ban that sender, not the proxy and everyone behind it, and the sidecar and the monitor name
// the sender; a trusted proxy's connection without a header is refused, and nobody else's is
// read for one.

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "decodedaudio.h"
#include "haproxy.h"
#include "rawhttp.h"
#include "serverevent.h"
#include "sessionstats.h"
#include "sourceclient.h"
#include "testcheck.h"
#include "testserver.h"
#include "tls/certificatefactory.h"
#include "twiliosender.h"

namespace {

constexpr int InboundHz = 440;
constexpr int OutboundHz = 1000;
const QString Token = QStringLiteral("s3cret");
// Whether one of the server's log lines so far contains all of `words`.
bool logged(const QSignalSpy &events, const QStringList &words)
{
    return std::any_of(events.cbegin(), events.cend(), [&words](const QList<QVariant> &arguments) {
        const QString text = arguments.at(0).value<ServerEvent>().text;
        return std::all_of(words.cbegin(), words.cend(),
            [&text](const QString &word) { return text.contains(word); });
    });
}

// HAProxy in front of Earshot as docs/haproxy.cfg sets it up (TLS ends at the proxy, which
// passes the connection's bytes on as they are, after a PROXY header), with the test's own
// listening port, certificate and Earshot's port, and `proxyProtocol` (send-proxy: v1,
// send-proxy-v2: v2) for the documented send-proxy-v2. Empty with the reason in `why` when the
// documented file no longer has what the test replaces.
QByteArray proxyConfiguration(quint16 listenPort, const QString &pemPath, quint16 earshotPort,
    const QString &proxyProtocol, QString *why)
{
    QByteArray configuration = readFile(QStringLiteral(EARSHOT_DOCS_DIR "/haproxy.cfg"));
    const QList<std::pair<QByteArray, QByteArray>> replacements {
        { "bind :443 ", "bind 127.0.0.1:" + QByteArray::number(listenPort) + ' ' },
        { "/etc/haproxy/earshot.pem", pemPath.toUtf8() },
        { "127.0.0.1:8000 send-proxy-v2",
            "127.0.0.1:" + QByteArray::number(earshotPort) + ' ' + proxyProtocol.toUtf8() },
    };
    for (const auto &[documented, tested] : replacements) {
        if (!configuration.contains(documented)) {
            *why = QStringLiteral("docs/haproxy.cfg has no \"%1\"")
                       .arg(QString::fromUtf8(documented));
            return {};
        }
        configuration.replace(documented, tested);
    }
    return configuration;
}

} // namespace

class tst_BehindProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void twilioCallOverWss();
    void ffmpegSourceOverTls();
    void wrongSourcePasswordIsRefused();
    void clientAddressesThroughTheProxy_data();
    void clientAddressesThroughTheProxy();
    void trustedProxyMustSendAHeader();
    void documentationShowsTheTestedConfiguration();

private:
    ServerSettings settings() const;
    // Starts Earshot with `serverSettings`, and HAProxy in front of it on m_proxyPort.
    void startBoth(const ServerSettings &serverSettings,
        const QString &proxyProtocol = QStringLiteral("send-proxy-v2"));
    // curl as a source client through the proxy, from the local address `from` (127.0.0.2:
    // another client on this machine) when one is given: uploads `file` to `mount` with
    // `password`, and returns the HTTP status it got (0 when curl failed, its output in the log).
    int curlUpload(const QString &mount, const QString &password, const QString &file,
        const QHostAddress &from = QHostAddress());
    // A source through the proxy from `from` that sends `stream` at once and hangs up, as a
    // source client ends a show; `response` is what Earshot answered it.
    void streamSource(const QHostAddress &from, const QString &mount, const QByteArray &stream,
        QByteArray *response);

    QTemporaryDir m_work;
    QString m_pemPath; // the proxy's certificate and key
    QString m_authorityPath; // what clients trust
    QSslConfiguration m_clientTls;
    QByteArray m_tone440;
    QByteArray m_tone1000;
    QString m_oggTone; // 3 s of 440 Hz, Ogg Opus, what curl uploads
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HaProxy> m_proxy;
    quint16 m_proxyPort = 0;
};

void tst_BehindProxy::initTestCase()
{
    QVERIFY2(!HaProxy::program().isEmpty(),
        "haproxy is not installed: this test needs Debian's haproxy (scripts/install-deps.sh "
        "--test installs it)");
    QVERIFY(m_work.isValid());

    QString why;
    const std::optional<CertificateFactory::Pem> authority
        = CertificateFactory::createAuthority(QStringLiteral("Earshot proxy test CA"), &why);
    QVERIFY2(authority, qPrintable(why));
    const std::optional<CertificateFactory::Pem> certificate
        = CertificateFactory::createServerCertificate(
            *authority, { QStringLiteral("localhost") }, { QHostAddress::LocalHost }, &why);
    QVERIFY2(certificate, qPrintable(why));
    // HAProxy reads the certificate and its key from one file.
    m_pemPath = m_work.filePath(QStringLiteral("proxy.pem"));
    QVERIFY(writeFile(m_pemPath, certificate->certificate + certificate->privateKey));
    m_authorityPath = m_work.filePath(QStringLiteral("ca.crt"));
    QVERIFY(writeFile(m_authorityPath, authority->certificate));
    m_clientTls = QSslConfiguration::defaultConfiguration();
    m_clientTls.setCaCertificates(QSslCertificate::fromData(authority->certificate));

    for (const int frequency : { InboundHz, OutboundHz }) {
        const QString path = m_work.filePath(QStringLiteral("%1.ulaw").arg(frequency));
        runProgram(QStringLiteral("ffmpeg"),
            { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
                QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("sine=frequency=%1:sample_rate=8000:duration=5").arg(frequency),
                QStringLiteral("-ac"), QStringLiteral("1"), QStringLiteral("-f"),
                QStringLiteral("mulaw"), path });
        (frequency == InboundHz ? m_tone440 : m_tone1000) = readFile(path);
    }
    QCOMPARE(m_tone440.size(), 5 * SampleRate);
    QCOMPARE(m_tone1000.size(), 5 * SampleRate);

    m_oggTone = m_work.filePath(QStringLiteral("tone.ogg"));
    runProgram(QStringLiteral("ffmpeg"),
        QStringList { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=frequency=%1:duration=%2").arg(FfmpegHz).arg(StreamSeconds) }
            + opusEncoding() + QStringList { m_oggTone });
    QVERIFY2(QFileInfo(m_oggTone).size() > 0, "ffmpeg made no Ogg Opus tone");
}

void tst_BehindProxy::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
    m_proxy = std::make_unique<HaProxy>();
}

void tst_BehindProxy::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "haproxy said:" << m_proxy->output();
    m_proxy.reset();
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

ServerSettings tst_BehindProxy::settings() const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->path();
    // The proxy ends TLS; Earshot speaks plain HTTP behind it.
    settings.tlsEnabled = false;
    settings.workerThreads = 2;
    settings.pairingToken = Token;
    // The senders here are on this computer: without this, loopback needs no code.
    settings.tokenRequiredOnLoopback = true;
    settings.trustedProxies = { QHostAddress(QHostAddress::LocalHost) };
    return settings;
}

void tst_BehindProxy::startBoth(const ServerSettings &serverSettings, const QString &proxyProtocol)
{
    QVERIFY(m_server->start(serverSettings));
    m_proxyPort = freeLoopbackPort();
    QVERIFY(m_proxyPort != 0);
    const QString configPath = m_server->filePath(QStringLiteral("haproxy.cfg"));
    QString why;
    const QByteArray configuration
        = proxyConfiguration(m_proxyPort, m_pemPath, m_server->port(), proxyProtocol, &why);
    QVERIFY2(!configuration.isEmpty(), qPrintable(why));
    QVERIFY(writeFile(configPath, configuration));
    QVERIFY2(m_proxy->start(configPath, m_proxyPort), qPrintable(m_proxy->errorString()));
}

int tst_BehindProxy::curlUpload(
    const QString &mount, const QString &password, const QString &file, const QHostAddress &from)
{
    // As a person streams a file with curl: PUT, Basic authentication, the stream's type.
    QStringList arguments;
    if (!from.isNull())
        arguments << QStringLiteral("--interface") << from.toString();
    SourceClient curl(QStringLiteral("curl"),
        arguments
            + QStringList { QStringLiteral("--silent"), QStringLiteral("--show-error"),
                QStringLiteral("--cacert"), m_authorityPath, QStringLiteral("--output"),
                QStringLiteral("/dev/null"), QStringLiteral("--write-out"),
                QStringLiteral("%{http_code}"), QStringLiteral("--upload-file"), file,
                QStringLiteral("--user"), QStringLiteral("source:") + password,
                QStringLiteral("--header"), QStringLiteral("Content-Type: audio/ogg"),
                QStringLiteral("https://127.0.0.1:%1%2").arg(m_proxyPort).arg(mount) });
    if (!curl.waitForExit()) {
        qWarning().noquote() << "curl did not end:" << curl.output();
        return 0;
    }
    const QString output = curl.output();
    if (!curl.succeeded())
        qWarning().noquote() << "curl failed:" << output;
    return output.right(3).toInt();
}

void tst_BehindProxy::streamSource(
    const QHostAddress &from, const QString &mount, const QByteArray &stream, QByteArray *response)
{
    QSslSocket socket;
    socket.setSslConfiguration(m_clientTls);
    QVERIFY2(socket.bind(from), qPrintable(socket.errorString()));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_proxyPort);
    // Not waitForEncrypted(): the server's listener runs on this thread's event loop.
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return socket.isEncrypted()
                         || socket.state() == QAbstractSocket::UnconnectedState;
                 },
                 5000)
            && socket.isEncrypted(),
        qPrintable(socket.errorString()));
    socket.write("PUT " + mount.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
        + QByteArray("source:" + Token.toUtf8()).toBase64()
        + "\r\nContent-Type: audio/ogg\r\nIce-Name: Through the proxy\r\n\r\n" + stream);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     *response += socket.readAll();
                     return socket.bytesToWrite() == 0 && socket.encryptedBytesToWrite() == 0
                         && response->contains("\r\n\r\n");
                 },
                 10000),
        qPrintable(socket.errorString()));
    socket.disconnectFromHost();
    QVERIFY(
        QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
}

void tst_BehindProxy::twilioCallOverWss()
{
    CHECK(startBoth(settings()));
    TwilioSender call;
    call.client.socket.setSslConfiguration(m_clientTls);
    // As Twilio's <Stream url>: wss://, and no ?t= (the code goes as a custom parameter).
    QUrl url;
    url.setScheme(QStringLiteral("wss"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_proxyPort);
    url.setPath(QStringLiteral("/twilio"));
    QVERIFY2(call.client.open(url), qPrintable(call.client.socket.errorString()));
    call.sendConnected();
    call.sendStart({ { QStringLiteral("name"), QStringLiteral("Proxied call") },
        { QStringLiteral("t"), Token } });

    constexpr int CallFrames = 100; // 2 s
    PacedFrames paced(CallFrames, [&](int frame) {
        call.sendMedia(
            Inbound, qint64(frame) * FrameMs, m_tone440.mid(frame * FrameSamples, FrameSamples));
        call.sendMedia(
            Outbound, qint64(frame) * FrameMs, m_tone1000.mid(frame * FrameSamples, FrameSamples));
    });
    QTRY_VERIFY_WITH_TIMEOUT(paced.isDone(), 10000);
    CHECK(stopCall(call));
    QVERIFY2(call.errorCodes().isEmpty(), qPrintable(call.errorCodes()));

    const std::optional<CallFiles> files = findCall(m_server->path(), call.streamSid);
    QVERIFY(files);
    QCOMPARE(files->sidecar.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
    CHECK(checkCallPlayable(*files, 2.0));
    const PcmWav stereo = PcmWav::read(files->stereo);
    QVERIFY(stereo.channel(0) == PcmWav::read(files->inbound).samples);
    QVERIFY(stereo.channel(1) == PcmWav::read(files->outbound).samples);
    // The caller on the left, the other side on the right, all along.
    const QString noCaller
        = missingFrames(framesOf(stereo.channel(0), InboundHz), 0, CallFrames - 1);
    QVERIFY2(noCaller.isEmpty(),
        qPrintable(QStringLiteral("no 440 Hz on the left at frames ") + noCaller));
    const QString noCallee
        = missingFrames(framesOf(stereo.channel(1), OutboundHz), 0, CallFrames - 1);
    QVERIFY2(noCallee.isEmpty(),
        qPrintable(QStringLiteral("no 1000 Hz on the right at frames ") + noCallee));
}

void tst_BehindProxy::ffmpegSourceOverTls()
{
    CHECK(startBoth(settings()));
    SourceClient ffmpeg(QStringLiteral("ffmpeg"),
        ffmpegSource(m_proxyPort, QStringLiteral("/proxied"), Token, opusEncoding(), StreamSeconds,
            FfmpegHz, true));
    QVERIFY2(ffmpeg.waitForExit(), qPrintable(ffmpeg.output()));
    QVERIFY2(ffmpeg.succeeded(), qPrintable(ffmpeg.output()));

    std::optional<Recording> recording;
    QVERIFY(QTest::qWaitFor(
        [&] {
            recording = findRecording(m_server->path(), QStringLiteral("/proxied"));
            return recording && recording->isSettled();
        },
        15000));
    QCOMPARE(recording->status(), QStringLiteral("complete"));
    CHECK(checkDecodesWithTone(
        recording->audioPath, QStringLiteral("opus"), StreamSeconds, 0.15, FfmpegHz));
}

void tst_BehindProxy::wrongSourcePasswordIsRefused()
{
    CHECK(startBoth(settings()));
    QCOMPARE(curlUpload(QStringLiteral("/guessed"), QStringLiteral("guess"), m_oggTone), 401);
    QVERIFY(!findRecording(m_server->path(), QStringLiteral("/guessed")));
}

void tst_BehindProxy::clientAddressesThroughTheProxy_data()
{
    QTest::addColumn<QString>("proxyProtocol");
    QTest::addRow("PROXY v1 (send-proxy)") << QStringLiteral("send-proxy");
    QTest::addRow("PROXY v2 (send-proxy-v2)") << QStringLiteral("send-proxy-v2");
}

void tst_BehindProxy::clientAddressesThroughTheProxy()
{
    QFETCH(QString, proxyProtocol);
    ServerSettings guarded = settings();
    guarded.maxTokenFailures = 3;
    CHECK(startBoth(guarded, proxyProtocol));
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);
    // What the monitor is shown: the sessions' figures as the faces receive them.
    QStringList monitorPeers;
    QObject monitor;
    connect(&m_server->server(), &CaptureServer::sessionsUpdated, &monitor,
        [&monitorPeers](const QList<SessionStats> &changed) {
            for (const SessionStats &stats : changed)
                monitorPeers << stats.peer;
        });

    // One sender guesses from 127.0.0.2 until it is banned: then even the right code is refused.
    const QHostAddress guesser(QStringLiteral("127.0.0.2"));
    for (int guess = 0; guess < guarded.maxTokenFailures; ++guess)
        QCOMPARE(
            curlUpload(QStringLiteral("/guess"), QStringLiteral("guess"), m_oggTone, guesser), 401);
    QCOMPARE(curlUpload(QStringLiteral("/guess"), Token, m_oggTone, guesser), 429);
    QVERIFY2(logged(events, { QStringLiteral("banned"), QStringLiteral("127.0.0.2") }),
        "no log line says that 127.0.0.2 is banned");

    // Another sender through the same proxy, from 127.0.0.3, is not banned: it records, and the
    // sidecar and the monitor name it.
    QByteArray response;
    CHECK(streamSource(QHostAddress(QStringLiteral("127.0.0.3")), QStringLiteral("/through"),
        readFile(m_oggTone), &response));
    QVERIFY2(response.startsWith("HTTP/1.0 200 OK"), response.constData());
    std::optional<Recording> recording;
    QVERIFY(QTest::qWaitFor(
        [&] {
            recording = findRecording(m_server->path(), QStringLiteral("/through"));
            return recording && recording->isSettled();
        },
        15000));
    QCOMPARE(recording->status(), QStringLiteral("complete"));
    const QString peer = recording->sidecar.value(QLatin1String("peer")).toString();
    QVERIFY2(peer.startsWith(u"127.0.0.3:"), qPrintable(peer));
    // The figures reach the faces a moment later (every statsInterval).
    QTRY_VERIFY2(monitorPeers.contains(peer), qPrintable(monitorPeers.join(u' ')));
    CHECK(checkDecodesWithTone(
        recording->audioPath, QStringLiteral("opus"), StreamSeconds, 0.15, FfmpegHz));
    QVERIFY(!findRecording(m_server->path(), QStringLiteral("/guess")));
}

void tst_BehindProxy::trustedProxyMustSendAHeader()
{
    // Straight to Earshot, no HAProxy: 127.0.0.4 plays the trusted proxy. On this computer, the
    // loopback clients need no pairing code, and those on other machines do. Earshot's own TLS
    // is on: the first byte after the header still tells TLS from plain HTTP.
    ServerSettings trusting = settings();
    trusting.tokenRequiredOnLoopback = false;
    trusting.tlsEnabled = true;
    trusting.tlsDir = m_server->filePath(QStringLiteral("tls"));
    trusting.trustedProxies = { QHostAddress(QStringLiteral("127.0.0.4")) };
    QVERIFY(m_server->start(trusting));
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);
    const QHostAddress proxy(QStringLiteral("127.0.0.4"));
    const QHostAddress client(QStringLiteral("127.0.0.5"));
    const QByteArray request = "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const QByteArray header = "PROXY TCP4 192.0.2.7 127.0.0.1 40000 8000\r\n";
    const quint16 port = m_server->port();

    // The trusted proxy's connection without a header: closed unanswered, and logged.
    QCOMPARE(rawHttpExchange(port, request, nullptr, proxy), QByteArray());
    QTRY_VERIFY(logged(events, { QStringLiteral("trusted proxy"), QStringLiteral("127.0.0.4") }));
    // With one naming a client on another machine, the request is that client's: no code, 403.
    QCOMPARE(statusCode(rawHttpExchange(port, header + request, nullptr, proxy)), 403);
    // A header naming no client (a health check) leaves the proxy's own address: loopback.
    QCOMPARE(statusCode(rawHttpExchange(port, "PROXY UNKNOWN\r\n" + request, nullptr, proxy)), 200);
    // Anyone else is never read for a header: its own loopback address counts (200), and a
    // header it sends is no request at all (400), whatever address it names.
    QCOMPARE(statusCode(rawHttpExchange(port, request, nullptr, client)), 200);
    QCOMPARE(statusCode(rawHttpExchange(port, header + request, nullptr, client)), 400);
}

void tst_BehindProxy::documentationShowsTheTestedConfiguration()
{
    const QByteArray configuration = readFile(QStringLiteral(EARSHOT_DOCS_DIR "/haproxy.cfg"));
    QVERIFY(!configuration.isEmpty());
    QVERIFY2(readFile(QStringLiteral(EARSHOT_DOCS_DIR "/reverse-proxy.md")).contains(configuration),
        "docs/reverse-proxy.md does not show docs/haproxy.cfg as it is");
}

QTEST_GUILESS_MAIN(tst_BehindProxy)
#include "tst_behindproxy.moc"
