#include <QFile>
#include <QSslSocket>
#include <QTest>

#include "captureserver.h"
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
    void loopbackNeedsNoTokenByDefault();

private:
    ServerSettings settings() const;
    QUrl url(const QString &scheme, const QString &path, const QString &token = {}) const;
    QSslConfiguration trustingConfiguration() const;
    /// host: the Host header, as a browser sends the name it was asked for.
    QByteArray get(bool tls, const QByteArray &target, const QByteArray &host = "127.0.0.1");
    QJsonObject firstError(TestClient &client, const QUrl &url);

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
    QSslSocket socket;
    if (tls) {
        socket.setSslConfiguration(trustingConfiguration());
        socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
        // Not waitForEncrypted(): the server's listener runs on this thread's event loop.
        if (!QTest::qWaitFor(
                [&] {
                    return socket.isEncrypted()
                        || socket.state() == QAbstractSocket::UnconnectedState;
                },
                5000)
            || !socket.isEncrypted()) {
            qWarning() << "TLS failed:" << socket.errorString() << socket.sslHandshakeErrors();
            return {};
        }
    } else {
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket.waitForConnected(5000))
            return {};
    }
    socket.write("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    QByteArray response;
    (void)QTest::qWaitFor(
        [&] {
            response += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return response + socket.readAll();
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
    TestClient local;
    QVERIFY(local.open(url(QStringLiteral("ws"), QStringLiteral("/ws"))));
    local.sendJson({ { QStringLiteral("type"), QStringLiteral("start") },
        { QStringLiteral("name"), QStringLiteral("local") } });
    QVERIFY(!local.waitFor(QStringLiteral("started")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Access)
#include "tst_access.moc"
