// Earshot behind HAProxy, as Twilio and a radio's source client reach it through a reverse proxy
// that ends TLS: a real HAProxy (Debian's) on loopback in front of a real Earshot. What a person
// checks: a phone call over wss:// whose pairing code came only as a custom parameter is
// recorded, both sides where they belong; an ffmpeg source streaming over TLS is recorded and
// decodes with its tone; a wrong source password through the proxy is refused with 401.

#include <memory>
#include <optional>

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "decodedaudio.h"
#include "sourceclient.h"
#include "testcheck.h"
#include "testserver.h"
#include "tls/certificatefactory.h"
#include "twiliosender.h"

namespace {

constexpr int InboundHz = 440;
constexpr int OutboundHz = 1000;
const QString Token = QStringLiteral("s3cret");
// How long HAProxy is given to start listening, and to stop.
constexpr int ProxyTimeoutMs = 10000;

// A port on 127.0.0.1 that nothing listens on right now, for HAProxy to take: the kernel's pick
// for a listener that is closed again at once.
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Whether something accepts connections on 127.0.0.1:port.
bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool connected = socket.waitForConnected(1000);
    socket.abort();
    return connected;
}

// Debian's haproxy, started in the foreground with a configuration of the test's own, and
// stopped (by this object, its own child) when the test is over.
class HaProxy final
{
    Q_DISABLE_COPY_MOVE(HaProxy)

public:
    HaProxy() = default;
    ~HaProxy() { stop(); }

    static QString program()
    {
        return QStandardPaths::findExecutable(QStringLiteral("haproxy"),
            { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"),
                QStringLiteral("/usr/bin") });
    }

    // Starts HAProxy on `configPath` and waits until it accepts connections on `port`; false
    // with the reason in errorString() when it exits or does not listen in time.
    bool start(const QString &configPath, quint16 port)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // -db: in the foreground, not as a daemon, so that the test owns the process.
        m_process.start(program(), { QStringLiteral("-db"), QStringLiteral("-f"), configPath });
        const bool listening = QTest::qWaitFor(
            [&] { return m_process.state() == QProcess::NotRunning || accepts(port); },
            ProxyTimeoutMs);
        if (listening && m_process.state() == QProcess::Running)
            return true;
        m_errorString = QStringLiteral("haproxy did not listen on port %1 (%2): %3")
                            .arg(port)
                            .arg(m_process.state() == QProcess::NotRunning
                                    ? QStringLiteral("it exited with %1").arg(m_process.exitCode())
                                    : QStringLiteral("timed out"),
                                output());
        return false;
    }

    // Stops HAProxy as its service manager does (SIGTERM) and waits for it to go.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(ProxyTimeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(ProxyTimeoutMs);
        }
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString output() { return QString::fromLocal8Bit(m_process.readAll()).right(4000); }
    QString errorString() const { return m_errorString; }

private:
    QProcess m_process;
    QString m_errorString;
};

// HAProxy in front of Earshot: TLS ends at the proxy, which passes the connection's bytes on as
// they are (mode tcp: a WebSocket and an Icecast source's endless PUT body alike).
QByteArray proxyConfiguration(quint16 listenPort, const QString &pemPath, quint16 earshotPort)
{
    return QStringLiteral("global\n"
                          "    log stderr format short local0 info\n"
                          "defaults\n"
                          "    log global\n"
                          "    mode tcp\n"
                          "    timeout connect 5s\n"
                          "    timeout client 1h\n"
                          "    timeout server 1h\n"
                          "frontend earshot_tls\n"
                          "    bind 127.0.0.1:%1 ssl crt %2\n"
                          "    default_backend earshot\n"
                          "backend earshot\n"
                          "    server earshot 127.0.0.1:%3\n")
        .arg(listenPort)
        .arg(pemPath)
        .arg(earshotPort)
        .toUtf8();
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

private:
    ServerSettings settings() const;
    // Starts Earshot with `serverSettings`, and HAProxy in front of it on m_proxyPort.
    void startBoth(const ServerSettings &serverSettings);
    // curl as a source client through the proxy: uploads `file` to `mount` with `password`, and
    // returns the HTTP status it got (0 when curl failed, its output in the log).
    int curlUpload(const QString &mount, const QString &password, const QString &file);

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
    // Every client comes from the proxy on this computer: without this, loopback needs no code.
    settings.tokenRequiredOnLoopback = true;
    return settings;
}

void tst_BehindProxy::startBoth(const ServerSettings &serverSettings)
{
    QVERIFY(m_server->start(serverSettings));
    m_proxyPort = freeLoopbackPort();
    QVERIFY(m_proxyPort != 0);
    const QString configPath = m_server->filePath(QStringLiteral("haproxy.cfg"));
    QVERIFY(writeFile(configPath, proxyConfiguration(m_proxyPort, m_pemPath, m_server->port())));
    QVERIFY2(m_proxy->start(configPath, m_proxyPort), qPrintable(m_proxy->errorString()));
}

int tst_BehindProxy::curlUpload(const QString &mount, const QString &password, const QString &file)
{
    // As a person streams a file with curl: PUT, Basic authentication, the stream's type.
    SourceClient curl(QStringLiteral("curl"),
        { QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--cacert"),
            m_authorityPath, QStringLiteral("--output"), QStringLiteral("/dev/null"),
            QStringLiteral("--write-out"), QStringLiteral("%{http_code}"),
            QStringLiteral("--upload-file"), file, QStringLiteral("--user"),
            QStringLiteral("source:") + password, QStringLiteral("--header"),
            QStringLiteral("Content-Type: audio/ogg"),
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

QTEST_GUILESS_MAIN(tst_BehindProxy)
#include "tst_behindproxy.moc"
