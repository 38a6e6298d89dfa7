#include <QDateTime>
#include <QDir>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include "captureserver.h"
#include "storage/recordingpaths.h"
#include "testclient.h"
#include "testdata.h"
#include "testserver.h"
#include "webhookreceiver.h"

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const QString Pcm16k = u"audio/pcm;rate=16000;channels=1;bits=16"_s;
const QByteArray Secret = "correct horse battery staple";

// What a receiver computes, as docs/hooks.md tells it to: the HMAC-SHA256 of "timestamp.body".
QByteArray expectedSignature(const QByteArray &timestamp, const QByteArray &body)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(
            timestamp + '.' + body, Secret, QCryptographicHash::Sha256)
              .toHex();
}

bool hasWarning(const QSignalSpy &events, const QString &session, const QString &part)
{
    for (const QList<QVariant> &arguments : events) {
        const auto event = arguments.at(0).value<ServerEvent>();
        if (event.sessionId == session && event.severity == ServerEvent::Severity::Warning
            && event.text.contains(part))
            return true;
    }
    return false;
}

} // namespace

// The webhook of docs/hooks.md, sent by a real server for real sessions to a real HTTP receiver.
class tst_Webhook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void retriesServerErrorsWithBackoffUntilDelivered();
    void clientErrorIsTriedOnce();
    void unreachableReceiverIsTriedAsOftenAsAllowedThenWarned();
    void signatureVerifiesWithOpenssl();
    void refusedWithoutASecret();

private:
    ServerSettings settings(const QUrl &webhook) const;
    /// Records a short session and stops it; its started message (empty on failure).
    QJsonObject record(const QString &name);
    QString sidecarOf(const QJsonObject &started) const;

    std::unique_ptr<TestServer> m_server;
};

void tst_Webhook::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
}

void tst_Webhook::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

ServerSettings tst_Webhook::settings(const QUrl &webhook) const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->path();
    settings.workerThreads = 1;
    settings.webhookUrl = webhook;
    settings.webhookSecret = Secret;
    settings.webhookRetryDelay = 200ms;
    return settings;
}

QJsonObject tst_Webhook::record(const QString &name)
{
    TestClient client;
    if (!client.open(m_server->wsUrl()))
        return {};
    client.sendStart(Pcm16k, name);
    const QJsonObject started = client.waitFor(u"started"_s);
    client.socket.sendBinaryMessage(randomBytes(3200, 3));
    client.sendStop();
    if (client.waitFor(u"stopped"_s).isEmpty())
        return {};
    return started;
}

QString tst_Webhook::sidecarOf(const QJsonObject &started) const
{
    return RecordingPaths::sidecarPath(
        QDir(m_server->path()).filePath(started.value("file"_L1).toString()));
}

void tst_Webhook::retriesServerErrorsWithBackoffUntilDelivered()
{
    WebhookReceiver receiver({ 500, 503, 200 });
    QVERIFY(receiver.listen());
    QVERIFY(m_server->start(settings(receiver.url())));
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);

    const QJsonObject started = record(u"Guest"_s);
    QVERIFY(!started.isEmpty());
    const QString session = started.value("session"_L1).toString();
    QTRY_COMPARE(receiver.requests.size(), 3);

    const QByteArray sidecar = readFile(sidecarOf(started));
    QVERIFY(!sidecar.isEmpty());
    const QByteArray delivery = receiver.requests.at(0).headers.value("x-earshot-delivery");
    QVERIFY(!delivery.isEmpty());
    for (int i = 0; i < 3; ++i) {
        const WebhookReceiver::Request &request = receiver.requests.at(i);
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, "/hook");
        QCOMPARE(request.body, sidecar);
        QCOMPARE(request.headers.value("content-type"), "application/json");
        QCOMPARE(request.headers.value("x-earshot-event"), "finish");
        QCOMPARE(request.headers.value("x-earshot-session"), session.toUtf8());
        QCOMPARE(request.headers.value("x-earshot-delivery"), delivery);
        QCOMPARE(request.headers.value("x-earshot-attempt"), QByteArray::number(i + 1));
        const QByteArray timestamp = request.headers.value("x-earshot-timestamp");
        QVERIFY(qAbs(timestamp.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
        QCOMPARE(request.headers.value("x-earshot-signature"),
            expectedSignature(timestamp, request.body));
    }
    // Backoff: 200 ms before the second try, 400 ms before the third (Qt's coarse timers may
    // fire up to 5% early).
    QVERIFY(receiver.requests.at(1).receivedAtMs - receiver.requests.at(0).receivedAtMs >= 190);
    QVERIFY(receiver.requests.at(2).receivedAtMs - receiver.requests.at(1).receivedAtMs >= 380);

    // Delivered: no warning, and the next recording's delivery is the next request.
    QVERIFY(!hasWarning(events, session, u"webhook"_s));
    const QJsonObject next = record(u"Guest 2"_s);
    QTRY_COMPARE(receiver.requests.size(), 4);
    QCOMPARE(receiver.requests.at(3).headers.value("x-earshot-session"),
        next.value("session"_L1).toString().toUtf8());
}

void tst_Webhook::clientErrorIsTriedOnce()
{
    WebhookReceiver receiver({ 400 });
    QVERIFY(receiver.listen());
    QVERIFY(m_server->start(settings(receiver.url())));
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);

    const QJsonObject started = record(u"Guest"_s);
    const QString session = started.value("session"_L1).toString();
    // The warning is written once the delivery is given up: there is no later try.
    QTRY_VERIFY(hasWarning(events, session, u"HTTP status 400"_s));
    QCOMPARE(receiver.requests.size(), 1);
    QVERIFY(hasWarning(events, session, u"(tries: 1)"_s));
}

void tst_Webhook::unreachableReceiverIsTriedAsOftenAsAllowedThenWarned()
{
    // A port nobody listens on any more.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    QUrl url(u"http://127.0.0.1/hook"_s);
    url.setPort(closed.serverPort());
    closed.close();
    ServerSettings settings = this->settings(url);
    settings.webhookTries = 3;
    settings.webhookRetryDelay = 20ms;
    QVERIFY(m_server->start(settings));
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);

    const QString session = record(u"Guest"_s).value("session"_L1).toString();
    QTRY_VERIFY(hasWarning(events, session, u"(tries: 3)"_s));
    QVERIFY(hasWarning(events, session, u"was not delivered"_s));
}

void tst_Webhook::signatureVerifiesWithOpenssl()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    WebhookReceiver receiver({ 200 });
    QVERIFY(receiver.listen());
    QVERIFY(m_server->start(settings(receiver.url())));
    QVERIFY(!record(u"Guest"_s).isEmpty());
    QTRY_COMPARE(receiver.requests.size(), 1);
    const WebhookReceiver::Request &request = receiver.requests.constFirst();

    // docs/hooks.md's recipe, as a receiver's shell script would run it.
    QProcess process;
    process.start(openssl,
        { u"dgst"_s, u"-sha256"_s, u"-hmac"_s, QString::fromUtf8(Secret), u"-hex"_s, u"-r"_s });
    QVERIFY(process.waitForStarted());
    process.write(request.headers.value("x-earshot-timestamp") + '.' + request.body);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());
    const QByteArray hex = process.readAllStandardOutput().split(' ').value(0).trimmed();
    QCOMPARE("sha256=" + hex, request.headers.value("x-earshot-signature"));
}

void tst_Webhook::refusedWithoutASecret()
{
    ServerSettings settings = this->settings(QUrl(u"http://127.0.0.1:9/hook"_s));
    settings.webhookSecret.clear();
    QVERIFY(!m_server->server().start(settings));
    QVERIFY(m_server->server().errorString().contains("secret"_L1));
}

QTEST_GUILESS_MAIN(tst_Webhook)
#include "tst_webhook.moc"
