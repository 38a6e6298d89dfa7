#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTest>

#include "captureserver.h"
#include "rawhttp.h"
#include "testclient.h"
#include "testserver.h"

// HTTPS and WSS on the capture port, the pairing token, bans, and the origin rule.
class tst_Access final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tlsAndPlainShareThePort();
    void authorityIsKeptAndReused();
    void pageAndWebSocketNeedTheToken();
    void repeatedWrongTokensBanTheAddress();
    void foreignOriginIsRefused();
    void ipv6PageOriginIsItsOwn();
    void loopbackNeedsNoTokenByDefault();
    void rejectedHandshakeLeavesNoRefusal_data();
    void rejectedHandshakeLeavesNoRefusal();
    void startInTheUpgradePacketIsRead();

private:
    ServerSettings settings() const;
    QUrl url(const QString &scheme, const QString &path, const QString &token = {}) const;
    QSslConfiguration trustingConfiguration() const;
    /// host: the Host header, as a browser sends the name it was asked for.
    QByteArray get(bool tls, const QByteArray &target, const QByteArray &host = "127.0.0.1");
    QJsonObject firstError(TestClient &client, const QUrl &url);
    /// A WebSocket upgrade request: its Host and `Upgrade: websocket` lines, then these lines.
    QByteArray upgradeHead(const QByteArray &target, const QByteArray &headers) const;
    /// When a raw client sends its first frame: once the upgrade is answered, as browsers do, or
    /// in the same write as the upgrade request, as an eager client may.
    enum class FirstFrame
    {
        AfterUpgrade,
        WithRequest
    };
    /// From a fixed local port (0: any), a complete v1 start over raw frames; returns "started" or
    /// the code of the error the server answers with.
    QString startFromPort(
        quint16 localPort, const QByteArray &target, FirstFrame when = FirstFrame::AfterUpgrade);

    std::unique_ptr<TestServer> m_server;
};

void tst_Access::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
}

void tst_Access::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

ServerSettings tst_Access::settings() const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->filePath(QStringLiteral("recordings"));
    settings.tlsDir = m_server->filePath(QStringLiteral("tls"));
    return settings;
}

QUrl tst_Access::url(const QString &scheme, const QString &path, const QString &token) const
{
    QUrl url = m_server->url(scheme, path);
    if (!token.isEmpty())
        url.setQuery(QStringLiteral("t=") + token);
    return url;
}

// A client that trusts Earshot's authority, as a paired phone does; no errors are ignored.
QSslConfiguration tst_Access::trustingConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(
        QSslCertificate::fromPath(m_server->filePath(QStringLiteral("tls/ca.crt"))));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

QByteArray tst_Access::get(bool tls, const QByteArray &target, const QByteArray &host)
{
    const QSslConfiguration configuration = trustingConfiguration();
    return rawHttpExchange(m_server->port(),
        "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n",
        tls ? &configuration : nullptr);
}

QJsonObject tst_Access::firstError(TestClient &client, const QUrl &url)
{
    // The server may close right after telling why; do not require the open state to be seen.
    client.socket.open(url);
    return client.waitFor(QStringLiteral("error"));
}

void tst_Access::tlsAndPlainShareThePort()
{
    QVERIFY(m_server->start(settings()));
    QVERIFY(!m_server->server().certificateFingerprint().isEmpty());

    // wss:// with full verification: the certificate names 127.0.0.1 and chains to the authority.
    TestClient secure;
    secure.socket.setSslConfiguration(trustingConfiguration());
    QVERIFY(secure.open(url(QStringLiteral("wss"), QStringLiteral("/ws"))));
    secure.sendJson({ { QStringLiteral("type"), QStringLiteral("start") },
        { QStringLiteral("format"), QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16") },
        { QStringLiteral("name"), QStringLiteral("over tls") } });
    QVERIFY(!secure.waitFor(QStringLiteral("started")).isEmpty());
    secure.socket.sendBinaryMessage(QByteArray(3200, 'x'));
    QTRY_COMPARE(secure.ackedBytes(), 3200);

    // Plain ws:// on the same port.
    TestClient plain;
    QVERIFY(plain.open(url(QStringLiteral("ws"), QStringLiteral("/ws"))));
    QVERIFY(!plain.waitFor(QStringLiteral("connection")).isEmpty());

    const QByteArray page = get(true, "/");
    QVERIFY2(page.startsWith("HTTP/1.1 200"), page.left(80).constData());
    QVERIFY(get(false, "/").startsWith("HTTP/1.1 200"));

    const QByteArray caResponse = get(true, "/ca.crt");
    QVERIFY(caResponse.contains("application/x-x509-ca-cert"));
    const QSslCertificate served(caResponse.mid(caResponse.indexOf("-----BEGIN")));
    QCOMPARE(served,
        QSslCertificate::fromPath(m_server->filePath(QStringLiteral("tls/ca.crt"))).value(0));

    const QList<QUrl> urls = m_server->server().urls();
    QVERIFY(urls.contains(url(QStringLiteral("https"), QStringLiteral("/"))));
    QVERIFY(urls.contains(url(QStringLiteral("http"), QStringLiteral("/"))));
}

void tst_Access::authorityIsKeptAndReused()
{
    QVERIFY(m_server->start(settings()));
    const QString authority = m_server->server().authorityFingerprint();
    const QString certificate = m_server->server().certificateFingerprint();
    QVERIFY(!authority.isEmpty());
    QVERIFY(m_server->stop(5000));

    QVERIFY(m_server->start(settings()));
    QCOMPARE(m_server->server().authorityFingerprint(), authority);
    QCOMPARE(m_server->server().certificateFingerprint(), certificate);
    const QList<QSslCertificate> chain
        = QSslCertificate::fromPath(m_server->filePath(QStringLiteral("tls/server.crt")));
    const auto names = chain.value(0).subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY((QFile::permissions(m_server->filePath(QStringLiteral("tls/ca.key")))
                & (QFile::ReadOther | QFile::ReadGroup))
        == 0);
}

void tst_Access::pageAndWebSocketNeedTheToken()
{
    ServerSettings paired = settings();
    paired.pairingToken = QStringLiteral("s3cret");
    paired.tokenRequiredOnLoopback = true;
    QVERIFY(m_server->start(paired));

    const QByteArray refused = get(true, "/");
    QVERIFY2(refused.startsWith("HTTP/1.1 403"), refused.left(80).constData());
    QVERIFY(refused.contains("not paired"));
    QVERIFY(get(true, "/?t=s3cret").startsWith("HTTP/1.1 200"));
    QVERIFY(get(true, "/api/status").startsWith("HTTP/1.1 403"));
    QVERIFY(get(false, "/ca.crt").startsWith("HTTP/1.1 200")); // a device trusts before it pairs

    TestClient stranger;
    QCOMPARE(firstError(stranger, url(QStringLiteral("ws"), QStringLiteral("/ws")))
                 .value(QLatin1String("code"))
                 .toString(),
        QStringLiteral("bad_token"));
    QVERIFY(stranger.waitClosed());
    QCOMPARE(stranger.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);
    // The refused connection is gone on the server too, not left behind as a live one.
    QTRY_COMPARE(m_server->server().totals().connections, 0);

    TestClient friendClient;
    QVERIFY(friendClient.open(
        url(QStringLiteral("ws"), QStringLiteral("/ws"), QStringLiteral("s3cret"))));
    friendClient.sendJson({ { QStringLiteral("type"), QStringLiteral("start") },
        { QStringLiteral("name"), QStringLiteral("ok") } });
    QVERIFY(!friendClient.waitFor(QStringLiteral("started")).isEmpty());
    QCOMPARE(m_server->server().pairingUrl().query(), QStringLiteral("t=s3cret"));
}

void tst_Access::repeatedWrongTokensBanTheAddress()
{
    ServerSettings paired = settings();
    paired.pairingToken = QStringLiteral("s3cret");
    paired.tokenRequiredOnLoopback = true;
    paired.maxTokenFailures = 3;
    QVERIFY(m_server->start(paired));
    for (int i = 0; i < 3; ++i)
        QVERIFY(get(false, "/?t=guess").startsWith("HTTP/1.1 403"));
    // Now even the right token is turned away, for a while.
    QVERIFY(get(false, "/?t=s3cret").startsWith("HTTP/1.1 429"));
    TestClient banned;
    QCOMPARE(firstError(
                 banned, url(QStringLiteral("ws"), QStringLiteral("/ws"), QStringLiteral("s3cret")))
                 .value(QLatin1String("code"))
                 .toString(),
        QStringLiteral("banned"));
}

void tst_Access::foreignOriginIsRefused()
{
    QVERIFY(m_server->start(settings()));
    TestClient evil(QStringLiteral("https://evil.example"));
    QCOMPARE(firstError(evil, url(QStringLiteral("ws"), QStringLiteral("/ws")))
                 .value(QLatin1String("code"))
                 .toString(),
        QStringLiteral("forbidden_origin"));
    QVERIFY(evil.waitClosed());
    QCOMPARE(evil.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);

    // The page's own origin is welcome.
    TestClient own(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    QVERIFY(own.open(url(QStringLiteral("ws"), QStringLiteral("/ws"))));
    own.sendJson({ { QStringLiteral("type"), QStringLiteral("start") },
        { QStringLiteral("name"), QStringLiteral("own") } });
    QVERIFY(!own.waitFor(QStringLiteral("started")).isEmpty());
}

void tst_Access::ipv6PageOriginIsItsOwn()
{
    // A page opened at http://[::1]:port/ connects back to the address it came from.
    ServerSettings onIpv6 = settings();
    onIpv6.bindAddress = QHostAddress::LocalHostIPv6;
    QVERIFY(m_server->start(onIpv6));
    QUrl ws = url(QStringLiteral("ws"), QStringLiteral("/ws"));
    ws.setHost(QStringLiteral("::1"));

    TestClient own(QStringLiteral("http://[::1]:%1").arg(m_server->port()));
    QVERIFY(own.open(ws));
    own.sendJson({ { QStringLiteral("type"), QStringLiteral("start") },
        { QStringLiteral("name"), QStringLiteral("own") } });
    QVERIFY(!own.waitFor(QStringLiteral("started")).isEmpty());

    // Another port on the same address is another origin.
    TestClient other(QStringLiteral("http://[::1]:%1").arg(m_server->port() + 1));
    QCOMPARE(firstError(other, ws).value(QLatin1String("code")).toString(),
        QStringLiteral("forbidden_origin"));
}

void tst_Access::loopbackNeedsNoTokenByDefault()
{
    ServerSettings paired = settings();
    paired.pairingToken = QStringLiteral("s3cret");
    QVERIFY(m_server->start(paired));
    QVERIFY(get(false, "/").startsWith("HTTP/1.1 200"));
    QVERIFY(get(false, "/", "localhost").startsWith("HTTP/1.1 200"));
    // A web page on a DNS name that resolves here (DNS rebinding) is not this computer's own.
    QVERIFY(get(false, "/", "evil.example:" + QByteArray::number(m_server->port()))
                .startsWith("HTTP/1.1 403"));
    QVERIFY(get(false, "/api/status", "evil.example").startsWith("HTTP/1.1 403"));
    // Another machine's address asked for from loopback: a request forwarded by a proxy or a
    // tunnel on this machine, from anywhere; it needs the code like any other.
    QVERIFY(get(false, "/", "203.0.113.9:" + QByteArray::number(m_server->port()))
                .startsWith("HTTP/1.1 403"));
    QVERIFY(get(false, "/", "[2001:db8::1]:443").startsWith("HTTP/1.1 403"));
    QVERIFY(get(false, "/", "127.0.0.1:" + QByteArray::number(m_server->port()))
                .startsWith("HTTP/1.1 200"));
    QVERIFY(get(false, "/", "[::1]").startsWith("HTTP/1.1 200"));
    TestClient local;
    QVERIFY(local.open(url(QStringLiteral("ws"), QStringLiteral("/ws"))));
    local.sendJson({ { QStringLiteral("type"), QStringLiteral("start") },
        { QStringLiteral("name"), QStringLiteral("local") } });
    QVERIFY(!local.waitFor(QStringLiteral("started")).isEmpty());
}

QByteArray tst_Access::upgradeHead(const QByteArray &target, const QByteArray &headers) const
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_server->port())
        + "\r\nUpgrade: websocket\r\n" + headers + "\r\n";
}

QString tst_Access::startFromPort(quint16 localPort, const QByteArray &target, FirstFrame when)
{
    QTcpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, localPort, QAbstractSocket::ReuseAddressHint)) {
        qWarning() << "bind:" << socket.errorString();
        return {};
    }
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(5000))
        return {};
    // The client's half of RFC 6455: frames it sends are masked, the server's are not.
    const QByteArray start = R"({"type":"start","name":"paired"})";
    const quint32 mask = QRandomGenerator::global()->generate();
    QByteArray frame;
    frame.append(char(0x81)).append(char(0x80 | start.size()));
    for (int i = 0; i < 4; ++i)
        frame.append(char(mask >> (8 * i)));
    for (qsizetype i = 0; i < start.size(); ++i)
        frame.append(char(start.at(i) ^ frame.at(2 + i % 4)));

    const QByteArray request = upgradeHead(target,
        "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
    socket.write(when == FirstFrame::WithRequest ? request + frame : request);

    QByteArray buffer;
    bool upgraded = false;
    QString outcome;
    (void)QTest::qWaitFor(
        [&] {
            buffer += socket.readAll();
            if (!upgraded) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return false;
                if (!buffer.startsWith("HTTP/1.1 101")) {
                    outcome = QString::fromLatin1(buffer.left(buffer.indexOf('\r')));
                    return true;
                }
                buffer.remove(0, end + 4);
                upgraded = true;
                if (when == FirstFrame::AfterUpgrade)
                    socket.write(frame);
            }
            while (buffer.size() >= 2) {
                qsizetype length = quint8(buffer.at(1)) & 0x7f;
                qsizetype offset = 2;
                if (length == 126) {
                    if (buffer.size() < 4)
                        return false;
                    length = (quint8(buffer.at(2)) << 8) | quint8(buffer.at(3));
                    offset = 4;
                }
                if (buffer.size() < offset + length)
                    return false;
                const QJsonObject message
                    = QJsonDocument::fromJson(buffer.mid(offset, length)).object();
                buffer.remove(0, offset + length);
                const QString type = message.value(QLatin1String("type")).toString();
                if (type == u"started") {
                    outcome = type;
                    return true;
                }
                if (type == u"error") {
                    outcome = message.value(QLatin1String("code")).toString();
                    return true;
                }
            }
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return outcome;
}

void tst_Access::rejectedHandshakeLeavesNoRefusal_data()
{
    QTest::addColumn<QByteArray>("headers");
    // Each passes the intake's look at the head (an Upgrade: websocket header) and is then
    // turned away by QWebSocketServer's handshake, so it never becomes a WebSocket.
    QTest::addRow("unsupported version")
        << QByteArray("Connection: Upgrade\r\n"
                      "Sec-WebSocket-Version: 12\r\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
    QTest::addRow("no key") << QByteArray("Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n");
    QTest::addRow("no connection upgrade") << QByteArray(
        "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
}

// A refusal is remembered only for the socket it was made for: once a refused handshake has
// failed, a paired client that comes from the same address and port is welcome.
void tst_Access::rejectedHandshakeLeavesNoRefusal()
{
    QFETCH(QByteArray, headers);
    ServerSettings paired = settings();
    paired.pairingToken = QStringLiteral("s3cret");
    paired.tokenRequiredOnLoopback = true;
    QVERIFY(m_server->start(paired));

    constexpr int Refused = 8;
    QList<quint16> ports;
    for (int i = 0; i < Refused; ++i) {
        QTcpSocket refused;
        QVERIFY(refused.bind(QHostAddress::LocalHost, 0, QAbstractSocket::ReuseAddressHint));
        ports.append(refused.localPort());
        refused.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(refused.waitForConnected(5000));
        refused.write(upgradeHead("/ws", headers)); // no token: refused as bad_token
        QTRY_COMPARE(refused.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(!refused.readAll().startsWith("HTTP/1.1 101"));
    }
    // Every refused peer's port comes back paired; none is told what its predecessor was.
    for (const quint16 port : std::as_const(ports))
        QCOMPARE(startFromPort(port, "/ws?t=s3cret"), QStringLiteral("started"));
    // And an unpaired one is still told why.
    QCOMPARE(startFromPort(0, "/ws"), QStringLiteral("bad_token"));
}

void tst_Access::startInTheUpgradePacketIsRead()
{
    // A client may send its first message without waiting for the 101; the bytes after the
    // request head are the WebSocket's, and none of them may be dropped in the hand-over.
    QVERIFY(m_server->start(settings()));
    QCOMPARE(startFromPort(0, "/ws", FirstFrame::WithRequest), QStringLiteral("started"));
    QCOMPARE(startFromPort(0, "/ws", FirstFrame::AfterUpgrade), QStringLiteral("started"));
}

QTEST_GUILESS_MAIN(tst_Access)
#include "tst_access.moc"
