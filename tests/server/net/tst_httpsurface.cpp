#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslSocket>
#include <QTest>

#include "captureserver.h"
#include "rawhttp.h"
#include "testserver.h"

using namespace Qt::StringLiterals;

namespace {

struct Response
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
};

Response parse(const QByteArray &raw)
{
    Response response;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return response;
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    response.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            response.headers.insert(
                lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    response.body = raw.mid(headEnd + 4);
    return response;
}

} // namespace

// What a browser gets from the capture port besides the WebSocket: the security headers on
// every response, HEAD as GET without the body, and TLS 1.2 with ECDHE and AEAD only.
class tst_HttpSurface final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyResponseHasTheSecurityHeaders_data();
    void everyResponseHasTheSecurityHeaders();
    void pagePolicyAllowsWhatThePageLoads();
    void pagePolicyLeavesOutAStrangeHost();
    void notPairedPageStyleIsAllowedByItsHash();
    void headHasTheHeadAndNoBody_data();
    void headHasTheHeadAndNoBody();
    void wrongTokensAreRefused_data();
    void wrongTokensAreRefused();
    void bannedHeadHasNoBody();
    void tlsSuites_data();
    void tlsSuites();

private:
    ServerSettings settings() const;
    QSslConfiguration trustingConfiguration() const;
    /// One request on a new connection, plain or TLS; the whole response, read until the close.
    QByteArray exchange(const QByteArray &head, bool tls = false);
    QByteArray request(const QByteArray &method, const QByteArray &target,
        const QByteArray &host = "127.0.0.1") const;

    std::unique_ptr<TestServer> m_server;
};

void tst_HttpSurface::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
    QVERIFY(m_server->start(settings()));
}

void tst_HttpSurface::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

ServerSettings tst_HttpSurface::settings() const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->filePath(u"recordings"_s);
    settings.tlsDir = m_server->filePath(u"tls"_s);
    settings.pairingToken = u"s3cret"_s;
    settings.tokenRequiredOnLoopback = true; // so that the not-paired page is reachable here
    return settings;
}

QSslConfiguration tst_HttpSurface::trustingConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(m_server->filePath(u"tls/ca.crt"_s)));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

QByteArray tst_HttpSurface::request(
    const QByteArray &method, const QByteArray &target, const QByteArray &host) const
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: " + host + ':'
        + QByteArray::number(m_server->port()) + "\r\n\r\n";
}

QByteArray tst_HttpSurface::exchange(const QByteArray &head, bool tls)
{
    const QSslConfiguration configuration = trustingConfiguration();
    return rawHttpExchange(m_server->port(), head, tls ? &configuration : nullptr);
}

void tst_HttpSurface::everyResponseHasTheSecurityHeaders_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<int>("status");

    QTest::addRow("page") << QByteArray("/?t=s3cret") << false << 200;
    QTest::addRow("page over tls") << QByteArray("/?t=s3cret") << true << 200;
    QTest::addRow("module") << QByteArray("/main.js") << false << 200;
    QTest::addRow("worklet") << QByteArray("/pcm-worklet.js") << true << 200;
    QTest::addRow("style sheet") << QByteArray("/style.css") << false << 200;
    QTest::addRow("status") << QByteArray("/api/status?t=s3cret") << false << 200;
    QTest::addRow("authority") << QByteArray("/ca.crt") << false << 200;
    QTest::addRow("missing") << QByteArray("/nothing-here") << false << 404;
    QTest::addRow("missing over tls") << QByteArray("/nothing-here") << true << 404;
    QTest::addRow("not paired") << QByteArray("/") << false << 403;
    QTest::addRow("not paired over tls") << QByteArray("/") << true << 403;
    QTest::addRow("websocket path") << QByteArray("/ws?t=s3cret") << false << 426;
}

void tst_HttpSurface::everyResponseHasTheSecurityHeaders()
{
    QFETCH(QByteArray, target);
    QFETCH(bool, tls);
    QFETCH(int, status);

    const Response response = parse(exchange(request("GET", target), tls));
    QCOMPARE(response.status, status);
    QCOMPARE(response.headers.value("x-frame-options"), QByteArray("DENY"));
    QCOMPARE(response.headers.value("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(response.headers.value("referrer-policy"), QByteArray("no-referrer"));
    const QByteArray policy = response.headers.value("content-security-policy");
    QVERIFY2(policy.startsWith("default-src 'none'"), policy.constData());
    QVERIFY2(policy.contains("frame-ancestors 'none'"), policy.constData());
    QVERIFY2(policy.contains("base-uri 'none'"), policy.constData());
    QVERIFY2(!policy.contains("unsafe"), policy.constData());
    QCOMPARE(response.headers.value("content-length").toLongLong(), response.body.size());
}

// What the page needs and nothing more: the browser test records through it under this policy.
void tst_HttpSurface::pagePolicyAllowsWhatThePageLoads()
{
    const Response response = parse(exchange(request("GET", "/?t=s3cret")));
    QCOMPARE(response.status, 200);
    const QByteArray port = QByteArray::number(m_server->port());
    const QList<QByteArray> directives
        = response.headers.value("content-security-policy").split(';');
    QHash<QByteArray, QByteArray> policy;
    for (const QByteArray &directive : directives) {
        const QByteArray trimmed = directive.trimmed();
        policy.insert(trimmed.left(trimmed.indexOf(' ')), trimmed.mid(trimmed.indexOf(' ') + 1));
    }
    QCOMPARE(policy.value("default-src"), QByteArray("'none'"));
    QCOMPARE(policy.value("script-src"), QByteArray("'self'")); // modules and the AudioWorklet
    QCOMPARE(policy.value("style-src"), QByteArray("'self'"));
    QCOMPARE(policy.value("img-src"), QByteArray("'self' data:")); // the empty icon
    QCOMPARE(policy.value("connect-src"),
        QByteArray("'self' ws://127.0.0.1:" + port + " wss://127.0.0.1:" + port));
    QCOMPARE(policy.value("form-action"), QByteArray("'none'"));
    QCOMPARE(policy.value("frame-ancestors"), QByteArray("'none'"));

    // The page keeps to it: no inline script, style or handler that the policy would block.
    const QString page = QString::fromUtf8(response.body);
    static const QRegularExpression inlineScript(u"<script(?![^>]*\\bsrc=)[^>]*>"_s);
    static const QRegularExpression inlineStyle(u"<style\\b|\\sstyle\\s*="_s);
    static const QRegularExpression handler(u"<[^>]+\\son[a-z]+\\s*="_s);
    QVERIFY(page.contains(u"<script type=\"module\" src=\"/main.js\">"_s));
    QVERIFY(!inlineScript.match(page).hasMatch());
    QVERIFY(!inlineStyle.match(page).hasMatch());
    QVERIFY(!handler.match(page).hasMatch());
}

// The Host header is the browser's to send; one that could add a directive is not quoted.
void tst_HttpSurface::pagePolicyLeavesOutAStrangeHost()
{
    const QByteArray raw = exchange("GET /?t=s3cret HTTP/1.1\r\nHost: evil.example; script-src "
                                    "*\r\n\r\n");
    const Response response = parse(raw);
    QCOMPARE(response.status, 200);
    const QByteArray policy = response.headers.value("content-security-policy");
    QVERIFY2(!policy.contains("evil"), policy.constData());
    QVERIFY2(policy.contains("connect-src 'self';"), policy.constData());
}

void tst_HttpSurface::notPairedPageStyleIsAllowedByItsHash()
{
    const Response response = parse(exchange(request("GET", "/")));
    QCOMPARE(response.status, 403);
    static const QRegularExpression style(u"<style>([^<]*)</style>"_s);
    const QRegularExpressionMatch match = style.match(QString::fromUtf8(response.body));
    QVERIFY(match.hasMatch());
    const QByteArray hash
        = QCryptographicHash::hash(match.captured(1).toUtf8(), QCryptographicHash::Sha256)
              .toBase64();
    const QByteArray policy = response.headers.value("content-security-policy");
    QVERIFY2(policy.contains(QByteArray("style-src 'sha256-" + hash + "'")), policy.constData());
    QVERIFY2(!policy.contains("script-src"), policy.constData()); // default-src 'none' holds
    QVERIFY(!response.body.contains(" style="));
}

void tst_HttpSurface::headHasTheHeadAndNoBody_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");

    QTest::addRow("page") << QByteArray("/?t=s3cret") << 200;
    QTest::addRow("module") << QByteArray("/main.js") << 200;
    QTest::addRow("texts") << QByteArray("/i18n.json?lang=de") << 200;
    QTest::addRow("missing") << QByteArray("/nothing-here") << 404;
    QTest::addRow("not paired") << QByteArray("/") << 403;
    QTest::addRow("websocket path") << QByteArray("/ws?t=s3cret") << 426;
}

void tst_HttpSurface::headHasTheHeadAndNoBody()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);

    const Response get = parse(exchange(request("GET", target)));
    const QByteArray headRaw = exchange(request("HEAD", target));
    const Response head = parse(headRaw);
    QCOMPARE(get.status, status);
    QCOMPARE(head.status, status);
    QVERIFY(!get.body.isEmpty());
    QVERIFY2(head.body.isEmpty(), headRaw.constData());
    QVERIFY(headRaw.endsWith("\r\n\r\n"));
    QCOMPARE(head.headers.value("content-length"), QByteArray::number(get.body.size()));
    QCOMPARE(head.headers.value("content-type"), get.headers.value("content-type"));
    QCOMPARE(head.headers.value("content-security-policy"),
        get.headers.value("content-security-policy"));
}

// Right length or not, a prefix or one more character: all refused (compared as digests, in
// constant time); only the token itself, in the URL or the header, opens the page.
void tst_HttpSurface::wrongTokensAreRefused_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");

    QTest::addRow("right") << QByteArray("s3cret") << QByteArray() << 200;
    QTest::addRow("right, header") << QByteArray() << QByteArray("s3cret") << 200;
    QTest::addRow("wrong query, right header") << QByteArray("x") << QByteArray("s3cret") << 200;
    QTest::addRow("prefix") << QByteArray("s3cre") << QByteArray() << 403;
    QTest::addRow("longer") << QByteArray("s3cret0") << QByteArray() << 403;
    QTest::addRow("same length") << QByteArray("s3creT") << QByteArray() << 403;
    QTest::addRow("empty") << QByteArray("") << QByteArray("") << 403;
    QTest::addRow("header prefix") << QByteArray() << QByteArray("s3") << 403;
}

void tst_HttpSurface::wrongTokensAreRefused()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, header);
    QFETCH(int, status);

    QByteArray raw = "GET /" + (query.isNull() ? QByteArray() : "?t=" + query)
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!header.isNull())
        raw += "X-Earshot-Token: " + header + "\r\n";
    QCOMPARE(parse(exchange(raw + "\r\n")).status, status);
}

void tst_HttpSurface::bannedHeadHasNoBody()
{
    const int failures = settings().maxTokenFailures;
    for (int i = 0; i < failures; ++i)
        QCOMPARE(parse(exchange(request("GET", "/?t=wrong"))).status, 403);

    const Response get = parse(exchange(request("GET", "/?t=s3cret")));
    const QByteArray headRaw = exchange(request("HEAD", "/?t=s3cret"));
    const Response head = parse(headRaw);
    QCOMPARE(get.status, 429);
    QCOMPARE(head.status, 429);
    QVERIFY(!get.body.isEmpty());
    QVERIFY2(head.body.isEmpty(), headRaw.constData());
    QCOMPARE(head.headers.value("content-length"), QByteArray::number(get.body.size()));
}

void tst_HttpSurface::tlsSuites_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("cipher"); // the only one the client offers; empty: its defaults
    QTest::addColumn<bool>("accepted");

    const int tls12 = int(QSsl::TlsV1_2);
    // CBC with SHA-1 or SHA-2 MACs, with and without forward secrecy: refused.
    QTest::addRow("ECDHE-ECDSA-AES128-SHA") << tls12 << u"ECDHE-ECDSA-AES128-SHA"_s << false;
    QTest::addRow("ECDHE-ECDSA-AES256-SHA") << tls12 << u"ECDHE-ECDSA-AES256-SHA"_s << false;
    QTest::addRow("ECDHE-ECDSA-AES128-SHA256") << tls12 << u"ECDHE-ECDSA-AES128-SHA256"_s << false;
    QTest::addRow("ECDHE-ECDSA-AES256-SHA384") << tls12 << u"ECDHE-ECDSA-AES256-SHA384"_s << false;
    QTest::addRow("ECDHE-RSA-AES128-SHA") << tls12 << u"ECDHE-RSA-AES128-SHA"_s << false;
    QTest::addRow("AES128-SHA") << tls12 << u"AES128-SHA"_s << false;
    QTest::addRow("AES128-GCM-SHA256 (no ECDHE)") << tls12 << u"AES128-GCM-SHA256"_s << false;
    // ECDHE with AEAD: accepted.
    QTest::addRow("ECDHE-ECDSA-AES128-GCM-SHA256")
        << tls12 << u"ECDHE-ECDSA-AES128-GCM-SHA256"_s << true;
    QTest::addRow("ECDHE-ECDSA-AES256-GCM-SHA384")
        << tls12 << u"ECDHE-ECDSA-AES256-GCM-SHA384"_s << true;
    QTest::addRow("ECDHE-ECDSA-CHACHA20-POLY1305")
        << tls12 << u"ECDHE-ECDSA-CHACHA20-POLY1305"_s << true;
    QTest::addRow("TLS 1.2, client defaults") << tls12 << QString() << true;
    QTest::addRow("TLS 1.3") << int(QSsl::TlsV1_3) << QString() << true;
}

void tst_HttpSurface::tlsSuites()
{
    QFETCH(int, protocol);
    QFETCH(QString, cipher);
    QFETCH(bool, accepted);

    QSslConfiguration configuration = trustingConfiguration();
    configuration.setProtocol(QSsl::SslProtocol(protocol));
    if (!cipher.isEmpty()) {
        // The library offers it by default: only the server's choice refuses it.
        const QSslCipher offered(cipher);
        QVERIFY2(!offered.isNull(), "the TLS library does not offer this suite at all");
        QVERIFY(QSslConfiguration::defaultConfiguration().ciphers().contains(offered));
        configuration.setCiphers({ offered });
    }
    QSslSocket socket;
    socket.setSslConfiguration(configuration);
    socket.setPeerVerifyName(u"127.0.0.1"_s);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, m_server->port());
    QVERIFY(QTest::qWaitFor(
        [&] { return socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState; },
        5000));
    QCOMPARE(socket.isEncrypted(), accepted);
    if (!accepted) {
        QCOMPARE(socket.error(), QAbstractSocket::SslHandshakeFailedError);
        return;
    }
    const QSslCipher used = socket.sessionCipher();
    if (!cipher.isEmpty())
        QCOMPARE(used.name(), cipher);
    if (protocol == int(QSsl::TlsV1_3)) {
        QCOMPARE(socket.sessionProtocol(), QSsl::TlsV1_3);
    } else {
        QCOMPARE(socket.sessionProtocol(), QSsl::TlsV1_2);
        QVERIFY2(used.name().startsWith(u"ECDHE-"_s), qPrintable(used.name()));
        QVERIFY2(used.name().contains(u"GCM"_s) || used.name().contains(u"CHACHA20"_s),
            qPrintable(used.name()));
    }
    // And the connection serves: the page's headers over it.
    socket.write(request("GET", "/main.js"));
    QByteArray raw;
    QVERIFY(QTest::qWaitFor(
        [&] {
            raw += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000));
    raw += socket.readAll();
    QCOMPARE(parse(raw).status, 200);
    QCOMPARE(parse(raw).headers.value("x-frame-options"), QByteArray("DENY"));
}

QTEST_GUILESS_MAIN(tst_HttpSurface)
#include "tst_httpsurface.moc"
