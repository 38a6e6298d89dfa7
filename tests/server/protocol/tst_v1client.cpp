#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include "captureserver.h"
#include "protocol/clientmessage.h"
#include "protocol/errorcode.h"
#include "protocol/servermessage.h"
#include "protocol/serverreply.h"
#include "protocol/v1client.h"
#include "storage/wavheader.h"
#include "testdata.h"
#include "testserver.h"

Q_DECLARE_METATYPE(ErrorCode)
Q_DECLARE_METATYPE(ErrorRemedy)

namespace {

const QString Pcm16k = QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16");
const QString Token = QStringLiteral("s3cret");

ServerReply lastReply(const QSignalSpy &spy)
{
    return spy.isEmpty() ? ServerReply() : spy.last().at(0).value<ServerReply>();
}

// A socket and the protocol on it, as every client of Earshot's holds them.
struct Peer
{
    Peer() = default;
    Q_DISABLE_COPY_MOVE(Peer)

    QWebSocket socket;
    V1Client client { socket };
    QSignalSpy connection { &client, &V1Client::connectionReceived };
    QSignalSpy started { &client, &V1Client::started };
    QSignalSpy acks { &client, &V1Client::acknowledged };
    QSignalSpy stopped { &client, &V1Client::stopped };
    QSignalSpy resumed { &client, &V1Client::resumed };
    QSignalSpy errors { &client, &V1Client::errorReceived };
    QSignalSpy unexpected { &client, &V1Client::unexpectedMessage };

    qint64 ackedBytes() const { return acks.isEmpty() ? -1 : lastReply(acks).bytes; }
};

} // namespace

// V1Client against a real CaptureServer on port 0: the protocol both ways, as docs/protocol.md
// writes it, and the error table's remedy on every error it reports.
class tst_V1Client final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void messagesReadBackAsBuilt();
    void startChunksAcksStop();
    void resumeAfterADroppedConnection();
    void errorCarriesItsRemedy_data();
    void errorCarriesItsRemedy();
    void otherTextIsUnexpected();

private:
    ServerSettings settings() const;
    QUrl url(bool withToken = true) const;
    // Opens peer and waits for the server's greeting.
    bool open(Peer &peer, bool withToken = true) const;

    std::unique_ptr<TestServer> m_server;
};

ServerSettings tst_V1Client::settings() const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->filePath(QStringLiteral("recordings"));
    settings.tlsDir = m_server->filePath(QStringLiteral("tls"));
    settings.workerThreads = 1;
    settings.pairingToken = Token;
    settings.tokenRequiredOnLoopback = true;
    return settings;
}

QUrl tst_V1Client::url(bool withToken) const
{
    QUrl url = m_server->wsUrl();
    if (withToken)
        url.setQuery(QStringLiteral("t=") + Token);
    return url;
}

bool tst_V1Client::open(Peer &peer, bool withToken) const
{
    peer.socket.open(url(withToken));
    return QTest::qWaitFor([&peer] { return !peer.connection.isEmpty(); }, 5000);
}

void tst_V1Client::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
}

void tst_V1Client::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

void tst_V1Client::messagesReadBackAsBuilt()
{
    // What the client builds is what the server parses...
    const ClientMessage start
        = ClientMessage::parse(ClientMessage::start(Pcm16k, QStringLiteral("Guest 1")).toText());
    QCOMPARE(start.kind, ClientMessage::Kind::Start);
    QCOMPARE(start.format, Pcm16k);
    QCOMPARE(start.name, QStringLiteral("Guest 1"));
    QCOMPARE(
        ClientMessage::parse(ClientMessage::start({}, QStringLiteral("sniff")).toText()).format,
        QString());
    QCOMPARE(ClientMessage::parse(ClientMessage::stop().toText()).kind, ClientMessage::Kind::Stop);
    const ClientMessage resume = ClientMessage::parse(
        ClientMessage::resume(QStringLiteral("s1"), QStringLiteral("r1")).toText());
    QCOMPARE(resume.kind, ClientMessage::Kind::Resume);
    QCOMPARE(resume.session, QStringLiteral("s1"));
    QCOMPARE(resume.resumeToken, QStringLiteral("r1"));
    const ClientMessage level = ClientMessage::parse(ClientMessage::levelReport(0.25).toText());
    QCOMPARE(level.kind, ClientMessage::Kind::Level);
    QCOMPARE(level.level, 0.25);

    // ...and what the server builds is what the client reads.
    const ServerReply hello = ServerReply::parse(ServerMessage::connection(QStringLiteral("c1")));
    QCOMPARE(hello.kind, ServerReply::Kind::Connection);
    QCOMPARE(hello.connectionId, QStringLiteral("c1"));
    QCOMPARE(hello.protocol, 1);
    const ServerReply started = ServerReply::parse(ServerMessage::started(
        QStringLiteral("s1"), QStringLiteral("a.wav"), QStringLiteral("r1")));
    QCOMPARE(started.kind, ServerReply::Kind::Started);
    QCOMPARE(started.session, QStringLiteral("s1"));
    QCOMPARE(started.file, QStringLiteral("a.wav"));
    QCOMPARE(started.resumeToken, QStringLiteral("r1"));
    QCOMPARE(
        ServerReply::parse(ServerMessage::started(QStringLiteral("s1"), {}, QStringLiteral("r1")))
            .file,
        QString());
    const ServerReply ack
        = ServerReply::parse(QString::fromUtf8(ServerMessage::ack(QStringLiteral("s1"), 3, 9600)));
    QCOMPARE(ack.kind, ServerReply::Kind::Ack);
    QCOMPARE(ack.session, QStringLiteral("s1"));
    QCOMPARE(ack.chunks, 3);
    QCOMPARE(ack.bytes, 9600);
    const ServerReply stopped = ServerReply::parse(
        ServerMessage::stopped(QStringLiteral("s1"), QStringLiteral("a.wav"), 9600, 3, 412));
    QCOMPARE(stopped.kind, ServerReply::Kind::Stopped);
    QCOMPARE(stopped.file, QStringLiteral("a.wav"));
    QCOMPARE(stopped.bytes, 9600);
    QCOMPARE(stopped.chunks, 3);
    QCOMPARE(stopped.durationMs, 412);
    const ServerReply resumed
        = ServerReply::parse(ServerMessage::resumed(QStringLiteral("s1"), 6400, 2));
    QCOMPARE(resumed.kind, ServerReply::Kind::Resumed);
    QCOMPARE(resumed.bytes, 6400);
    QCOMPARE(resumed.chunks, 2);
    for (const ErrorCodeInfo &info : errorCodeTable()) {
        const ServerReply error
            = ServerReply::parse(ServerMessage::error(info.code, QStringLiteral("why")));
        QCOMPARE(error.kind, ServerReply::Kind::Error);
        QCOMPARE(error.errorName, QString::fromLatin1(info.name));
        QCOMPARE(error.errorCode, info.code);
        QCOMPARE(error.remedy(), info.remedy);
        QCOMPARE(error.message, QStringLiteral("why"));
    }

    // A code the table does not have has no remedy; an ack without its bytes is no ack.
    const ServerReply strange = ServerReply::parse(
        QStringLiteral("{\"type\":\"error\",\"code\":\"new_code\",\"message\":\"?\"}"));
    QCOMPARE(strange.kind, ServerReply::Kind::Error);
    QCOMPARE(strange.errorCode, std::nullopt);
    QCOMPARE(strange.remedy(), std::nullopt);
    QCOMPARE(ServerReply::parse(QStringLiteral("{\"type\":\"ack\",\"session\":\"s1\"}")).kind,
        ServerReply::Kind::Unknown);
    QCOMPARE(ServerReply::parse(ServerMessage::legacyStarted(QStringLiteral("s1"), {})).kind,
        ServerReply::Kind::Unknown);
}

void tst_V1Client::startChunksAcksStop()
{
    QVERIFY(m_server->start(settings()));
    Peer peer;
    QVERIFY(open(peer));
    const ServerReply hello = lastReply(peer.connection);
    QCOMPARE(hello.protocol, 1);
    QVERIFY(!hello.connectionId.isEmpty());
    QVERIFY2(hello.server.startsWith(QLatin1String("Earshot ")), qPrintable(hello.server));

    peer.client.sendStart(Pcm16k, QStringLiteral("v1 client"));
    QTRY_COMPARE(peer.started.size(), 1);
    const ServerReply started = lastReply(peer.started);
    QVERIFY(!started.session.isEmpty());
    QVERIFY(!started.resumeToken.isEmpty());
    QVERIFY2(started.file.endsWith(QLatin1String(".wav")), qPrintable(started.file));

    QByteArray sent;
    for (int i = 0; i < 10; ++i) {
        const QByteArray chunk = randomBytes(3200, quint32(i));
        QCOMPARE(peer.client.sendAudio(chunk), chunk.size());
        sent += chunk;
    }
    QTRY_COMPARE(peer.ackedBytes(), sent.size());
    qint64 previous = 0;
    for (const QList<QVariant> &signal : std::as_const(peer.acks)) {
        const ServerReply ack = signal.at(0).value<ServerReply>();
        QCOMPARE(ack.session, started.session);
        QVERIFY(ack.bytes >= previous);
        previous = ack.bytes;
    }
    QCOMPARE(lastReply(peer.acks).chunks, 10);

    peer.client.sendStop();
    QTRY_COMPARE(peer.stopped.size(), 1);
    const ServerReply stopped = lastReply(peer.stopped);
    QCOMPARE(stopped.session, started.session);
    QCOMPARE(stopped.file, started.file);
    QCOMPARE(stopped.bytes, sent.size());
    QCOMPARE(stopped.chunks, 10);
    QVERIFY(stopped.durationMs >= 0);
    QCOMPARE(peer.errors.size(), 0);
    QCOMPARE(peer.unexpected.size(), 0);

    const QByteArray onDisk = readFile(settings().recordingsDir + u'/' + stopped.file);
    QCOMPARE(onDisk.size(), WavHeader::Size + sent.size());
    QCOMPARE(sha256(onDisk.mid(WavHeader::Size)), sha256(sent));
}

void tst_V1Client::resumeAfterADroppedConnection()
{
    QVERIFY(m_server->start(settings()));
    const QByteArray everything = randomBytes(32000, 9);
    ServerReply started;
    {
        Peer first;
        QVERIFY(open(first));
        first.client.sendStart(Pcm16k, QStringLiteral("dropped"));
        QTRY_COMPARE(first.started.size(), 1);
        started = lastReply(first.started);
        for (int offset = 0; offset < 12800; offset += 3200)
            first.client.sendAudio(everything.mid(offset, 3200));
        QTRY_COMPARE(first.ackedBytes(), 12800);
        first.socket.abort(); // the network drops: no close frame
    }
    QTRY_VERIFY(!m_server->server().sessions().isEmpty()
        && m_server->server().sessions().first().state == SessionStats::State::Interrupted);

    Peer second;
    QVERIFY(open(second));
    second.client.sendResume(started.session, started.resumeToken);
    QTRY_COMPARE(second.resumed.size(), 1);
    const ServerReply resumed = lastReply(second.resumed);
    QCOMPARE(resumed.session, started.session);
    QCOMPARE(resumed.bytes, 12800);
    QCOMPARE(resumed.chunks, 4);

    for (qint64 offset = resumed.bytes; offset < everything.size(); offset += 3200)
        second.client.sendAudio(everything.mid(offset, 3200));
    second.client.sendStop();
    QTRY_COMPARE(second.stopped.size(), 1);
    const ServerReply stopped = lastReply(second.stopped);
    QCOMPARE(stopped.bytes, everything.size());
    QCOMPARE(stopped.file, started.file);
    QCOMPARE(
        readFile(settings().recordingsDir + u'/' + stopped.file).mid(WavHeader::Size), everything);
}

void tst_V1Client::errorCarriesItsRemedy_data()
{
    QTest::addColumn<QString>("action"); // what the client under test does once connected
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<int>("maxLiveSessions");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<ErrorRemedy>("remedy");
    QTest::addColumn<bool>("closes");

    QTest::addRow("stop with nothing recording: fix the message")
        << QStringLiteral("stop") << true << 10 << ErrorCode::NotRecording
        << ErrorRemedy::FixMessage << false;
    QTest::addRow("forgotten session: start a new one")
        << QStringLiteral("resume unknown") << true << 10 << ErrorCode::UnknownSession
        << ErrorRemedy::NewSession << false;
    QTest::addRow("wrong resume token: start a new one")
        << QStringLiteral("resume wrong token") << true << 10 << ErrorCode::BadResumeToken
        << ErrorRemedy::NewSession << true;
    QTest::addRow("server full: retry later")
        << QStringLiteral("start") << true << 1 << ErrorCode::ServerFull << ErrorRemedy::RetryLater
        << true;
    QTest::addRow("no pairing token: give up")
        << QString() << false << 10 << ErrorCode::BadToken << ErrorRemedy::GiveUp << true;
}

void tst_V1Client::errorCarriesItsRemedy()
{
    QFETCH(QString, action);
    QFETCH(bool, withToken);
    QFETCH(int, maxLiveSessions);
    QFETCH(ErrorCode, code);
    QFETCH(ErrorRemedy, remedy);
    QFETCH(bool, closes);

    ServerSettings limited = settings();
    limited.maxLiveSessions = maxLiveSessions;
    QVERIFY(m_server->start(limited));
    // Another client's live session, to be full with or to be resumed with a wrong token.
    Peer occupant;
    QVERIFY(open(occupant));
    occupant.client.sendStart(Pcm16k, QStringLiteral("occupant"));
    QTRY_COMPARE(occupant.started.size(), 1);

    Peer peer;
    QSignalSpy disconnected(&peer.socket, &QWebSocket::disconnected);
    peer.socket.open(url(withToken));
    if (withToken) {
        QTRY_COMPARE(peer.connection.size(), 1);
        if (action == u"stop")
            peer.client.sendStop();
        else if (action == u"resume unknown")
            peer.client.sendResume(QStringLiteral("0000000000000000"),
                QStringLiteral("0123456789abcdef0123456789abcdef"));
        else if (action == u"resume wrong token")
            peer.client.sendResume(lastReply(occupant.started).session,
                QStringLiteral("0123456789abcdef0123456789abcdef"));
        else if (action == u"start")
            peer.client.sendStart(Pcm16k, QStringLiteral("one too many"));
        else
            QFAIL(qPrintable(action));
    }

    QTRY_COMPARE(peer.errors.size(), 1);
    const ServerReply error = lastReply(peer.errors);
    QCOMPARE(error.errorName, errorCodeName(code));
    QCOMPARE(error.errorCode, code);
    QCOMPARE(error.remedy(), remedy);
    QVERIFY(!error.message.isEmpty());

    if (closes) {
        QTRY_COMPARE(disconnected.size(), 1);
    } else {
        // Nothing was wrong with the connection: a start on it works.
        peer.client.sendStart(Pcm16k, QStringLiteral("after the error"));
        QTRY_COMPARE(peer.started.size(), 1);
        QCOMPARE(disconnected.size(), 0);
    }
    // The occupant's session is not disturbed either way.
    QCOMPARE(occupant.errors.size(), 0);
    QCOMPARE(occupant.socket.state(), QAbstractSocket::ConnectedState);
}

void tst_V1Client::otherTextIsUnexpected()
{
    QVERIFY(m_server->start(settings()));
    Peer peer;
    QVERIFY(open(peer));
    // Text that is not JSON is echoed by the server (the older text dialect): no v1 reply.
    peer.socket.sendTextMessage(QStringLiteral("hello"));
    QTRY_COMPARE(peer.unexpected.size(), 1);
    QCOMPARE(peer.unexpected.first().at(0).toString(), QStringLiteral("Echo: hello"));
    QCOMPARE(peer.errors.size(), 0);
}

QTEST_GUILESS_MAIN(tst_V1Client)
#include "tst_v1client.moc"
