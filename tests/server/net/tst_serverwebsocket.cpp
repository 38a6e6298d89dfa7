#include <optional>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include "captureserver.h"
#include "net/websocket/serverwebsocket.h"
#include "storage/wavheader.h"
#include "testclient.h"
#include "testdata.h"
#include "testserver.h"

namespace {

constexpr quint8 Fin = 0x80;
constexpr quint8 TextFrame = 0x1;
constexpr quint8 BinaryFrame = 0x2;
constexpr quint8 ContinuationFrame = 0x0;
constexpr quint8 CloseFrame = 0x8;
constexpr quint8 PingFrame = 0x9;
constexpr quint8 PongFrame = 0xA;

const QByteArray SampleKey = "dGhlIHNhbXBsZSBub25jZQ==";
const QByteArray StartPcm
    = R"({"type":"start","format":"audio/pcm;rate=16000;channels=1;bits=16","name":"raw"})";

// A TCP connection that closes after a protocol error should close at once (RFC 6455, section
// 7.1.7), well before the server would give up waiting for a close frame.
constexpr int PromptCloseMs = ServerWebSocket::CloseTimeoutMs - 1000;

QByteArray joined(std::initializer_list<QByteArrayView> parts)
{
    QByteArray bytes;
    for (const QByteArrayView part : parts)
        bytes.append(part);
    return bytes;
}

// A frame header as a client writes it (RFC 6455, section 5.2): the shortest length that holds
// `length`, and the mask bit and key unless the frame is meant to be unmasked.
QByteArray frameHead(quint8 first, quint64 length, const char *mask)
{
    QByteArray head;
    head.append(char(first));
    const char maskBit = mask ? char(0x80) : char(0);
    if (length <= 125) {
        head.append(char(maskBit | char(length)));
    } else if (length <= 0xffff) {
        head.append(char(maskBit | 126)).append(char(length >> 8)).append(char(length & 0xff));
    } else {
        head.append(char(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            head.append(char((length >> shift) & 0xff));
    }
    if (mask)
        head.append(mask, 4);
    return head;
}

// A client's frame, masked with a key that changes from frame to frame as a browser's does.
QByteArray clientFrame(quint8 first, QByteArrayView payload)
{
    static quint32 counter = 0;
    const quint32 key = 0x9e3779b9u * ++counter;
    const char mask[4] = { char(key >> 24), char(key >> 16), char(key >> 8), char(key) };
    QByteArray frame = frameHead(first, quint64(payload.size()), mask);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    return frame;
}

QByteArray closePayload(int code, QByteArrayView reason = {})
{
    QByteArray payload;
    payload.append(char(code >> 8)).append(char(code & 0xff)).append(reason);
    return payload;
}

QByteArray upgradeHead(quint16 port, const QByteArray &path = "/ws",
    const QByteArray &key = SampleKey,
    const QByteArray &versionLine = "Sec-WebSocket-Version: 13\r\n")
{
    return joined({ "GET ", path, " HTTP/1.1\r\nHost: 127.0.0.1:", QByteArray::number(port),
        "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ", key, "\r\n",
        versionLine, "\r\n" });
}

// Worked out here from section 4.2.2, not with the server's code.
QByteArray expectedAccept(const QByteArray &key)
{
    return QCryptographicHash::hash(
        joined({ key, "258EAFA5-E914-47DA-95CA-C5AB0DC85B11" }), QCryptographicHash::Sha1)
        .toBase64();
}

// A WebSocket client written out by hand over a QTcpSocket: it sends the bytes it is given, as
// they are, and takes the server's answer apart itself: the HTTP head, then frames, which a
// server sends unmasked, one whole message each.
class RawClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawClient)

public:
    struct Frame
    {
        quint8 opcode = 0;
        QByteArray payload;
    };

    RawClient()
    {
        connect(&socket, &QIODevice::readyRead, this, &RawClient::pull);
        connect(&socket, &QAbstractSocket::disconnected, this, &RawClient::pull);
    }

    bool connectTo(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }

    void send(QByteArrayView bytes) { socket.write(bytes.data(), bytes.size()); }
    void sendFrame(quint8 first, QByteArrayView payload) { send(clientFrame(first, payload)); }
    void sendText(QByteArrayView utf8) { sendFrame(Fin | TextFrame, utf8); }
    void sendBinary(QByteArrayView data) { sendFrame(Fin | BinaryFrame, data); }
    void sendClose(int code) { sendFrame(Fin | CloseFrame, closePayload(code)); }

    // Until the head of the server's answer is in (or the connection is gone).
    bool waitForHead(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return status != 0 || isDisconnected(); }, timeoutMs)
            && status != 0;
    }

    // The first message of this type after `from`, waiting for it.
    QJsonObject waitFor(const QString &type, qsizetype from = 0, int timeoutMs = 5000)
    {
        return waitForMessage(messages, type, from, timeoutMs);
    }

    std::optional<Frame> waitForFrame(quint8 opcode, qsizetype from = 0, int timeoutMs = 5000)
    {
        std::optional<Frame> found;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = from; i < frames.size() && !found; ++i) {
                    if (frames.at(i).opcode == opcode)
                        found = frames.at(i);
                }
                return found.has_value();
            },
            timeoutMs);
        return found;
    }

    // The code in the server's close frame: 0 for a close frame without one, -1 before any.
    int closeCode() const
    {
        if (!m_close)
            return -1;
        if (m_close->payload.size() < 2)
            return 0;
        return (quint8(m_close->payload.at(0)) << 8) | quint8(m_close->payload.at(1));
    }
    bool waitForClose(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return m_close.has_value(); }, timeoutMs);
    }

    bool isDisconnected() const { return socket.state() == QAbstractSocket::UnconnectedState; }
    qint64 ackedBytes() const { return m_acked; }
    // Every frame of the server's was unmasked, with no reserved bit, and none came after its
    // close frame.
    bool framesWereWellFormed() const { return m_wellFormed; }

    QTcpSocket socket;
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QList<Frame> frames;
    QList<QJsonObject> messages;

private:
    void pull()
    {
        m_buffer += socket.readAll();
        if (status == 0) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            status = lines.constFirst().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                        lines.at(i).mid(colon + 1).trimmed());
            }
            m_buffer.remove(0, end + 4);
            // A refusal is an HTTP answer with a body, not frames.
            if (status != 101)
                return;
        }
        if (status != 101)
            return;
        while (m_buffer.size() >= 2) {
            const quint8 first = quint8(m_buffer.at(0));
            const quint8 second = quint8(m_buffer.at(1));
            quint64 length = second & 0x7f;
            qsizetype offset = 2;
            if (length >= 126) {
                const int lengthBytes = length == 126 ? 2 : 8;
                if (m_buffer.size() < 2 + lengthBytes)
                    return;
                length = 0;
                for (int i = 0; i < lengthBytes; ++i)
                    length = (length << 8) | quint8(m_buffer.at(2 + i));
                offset += lengthBytes;
            }
            if (quint64(m_buffer.size() - offset) < length)
                return;
            if ((second & 0x80) || (first & 0x70) || !(first & Fin) || m_close)
                m_wellFormed = false;
            const Frame frame { quint8(first & 0x0f), m_buffer.mid(offset, qsizetype(length)) };
            m_buffer.remove(0, offset + qsizetype(length));
            frames.append(frame);
            if (frame.opcode == CloseFrame) {
                m_close = frame;
            } else if (frame.opcode == TextFrame) {
                const QJsonObject message = QJsonDocument::fromJson(frame.payload).object();
                messages.append(message);
                if (message.value(QLatin1String("type")).toString() == u"ack")
                    m_acked = std::max(m_acked, message.value(QLatin1String("bytes")).toInteger());
            }
        }
    }

    QByteArray m_buffer;
    std::optional<Frame> m_close;
    qint64 m_acked = -1;
    bool m_wellFormed = true;
};

} // namespace

// Earshot's own WebSocket endpoint, spoken to byte by byte: a real server on port 0 and a client
// that writes its handshake and masked frames by hand and reads the server's frames itself.
using namespace Qt::StringLiterals;

class tst_ServerWebSocket final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void upgradeCarriesTheAcceptKey_data();
    void upgradeCarriesTheAcceptKey();
    void refusedHandshakeIsAnsweredAndClosed_data();
    void refusedHandshakeIsAnsweredAndClosed();
    void startInTheSameWriteAsTheHeadIsRead();
    void pingIsAnsweredWithTheSamePayload_data();
    void pingIsAnsweredWithTheSamePayload();
    void fragmentedStartWithAPingBetween();
    void pcmThroughRawFramesIsByteExact();
    void protocolErrorClosesWithItsCode_data();
    void protocolErrorClosesWithItsCode();
    void clientCloseIsAnswered_data();
    void clientCloseIsAnswered();
    void serverCloseWaitsForTheClientsClose_data();
    void serverCloseWaitsForTheClientsClose();

private:
    ServerSettings settings() const;
    QString recordingPath(const QJsonObject &message) const;
    // Connected, upgraded and greeted with the "connection" message.
    bool open(RawClient &client);
    QJsonObject start(RawClient &client);

    std::unique_ptr<TestServer> m_server;
};

void tst_ServerWebSocket::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
}

void tst_ServerWebSocket::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

ServerSettings tst_ServerWebSocket::settings() const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->filePath(QStringLiteral("recordings"));
    settings.tlsEnabled = false;
    settings.workerThreads = 2;
    return settings;
}

QString tst_ServerWebSocket::recordingPath(const QJsonObject &message) const
{
    return m_server->filePath(QStringLiteral("recordings")) + u'/'
        + message.value(QLatin1String("file")).toString();
}

bool tst_ServerWebSocket::open(RawClient &client)
{
    if (!client.connectTo(m_server->port()))
        return false;
    client.send(upgradeHead(m_server->port()));
    return client.waitForHead() && client.status == 101
        && !client.waitFor(QStringLiteral("connection")).isEmpty();
}

QJsonObject tst_ServerWebSocket::start(RawClient &client)
{
    const qsizetype from = client.messages.size();
    client.sendText(StartPcm);
    return client.waitFor(QStringLiteral("started"), from);
}

void tst_ServerWebSocket::upgradeCarriesTheAcceptKey_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("key");

    QTest::addRow("RFC example on /ws") << QByteArray("/ws") << SampleKey;
    QTest::addRow("another key on /ws/audio-stream")
        << QByteArray("/ws/audio-stream") << randomBytes(16, 1).toBase64();
}

void tst_ServerWebSocket::upgradeCarriesTheAcceptKey()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, key);

    QVERIFY(m_server->start(settings()));
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(upgradeHead(m_server->port(), path, key));
    QVERIFY(client.waitForHead());
    QCOMPARE(client.status, 101);
    QCOMPARE(client.headers.value("sec-websocket-accept"), expectedAccept(key));
    QCOMPARE(client.headers.value("upgrade").toLower(), QByteArray("websocket"));
    QCOMPARE(client.headers.value("connection").toLower(), QByteArray("upgrade"));

    // The first frame is the greeting, as protocol v1 has it.
    const QJsonObject hello = client.waitFor(QStringLiteral("connection"));
    QCOMPARE(hello.value(QLatin1String("protocol")).toInt(), 1);
    QCOMPARE(client.messages.size(), 1);
    QVERIFY(client.framesWereWellFormed());
}

void tst_ServerWebSocket::refusedHandshakeIsAnsweredAndClosed_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("versionLine");
    QTest::addColumn<int>("status");

    QTest::addRow("version 8") << SampleKey << QByteArray("Sec-WebSocket-Version: 8\r\n") << 426;
    QTest::addRow("no version") << SampleKey << QByteArray() << 426;
    QTest::addRow("key not base64 of 16 bytes")
        << QByteArray("c2hvcnQ=") << QByteArray("Sec-WebSocket-Version: 13\r\n") << 400;
}

void tst_ServerWebSocket::refusedHandshakeIsAnsweredAndClosed()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, versionLine);
    QFETCH(int, status);

    QVERIFY(m_server->start(settings()));
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(upgradeHead(m_server->port(), "/ws", key, versionLine));
    QVERIFY(client.waitForHead());
    QCOMPARE(client.status, status);
    if (status == 426)
        QCOMPARE(client.headers.value("sec-websocket-version"), QByteArray("13"));
    QVERIFY(!client.headers.contains("sec-websocket-accept"));
    QTRY_VERIFY(client.isDisconnected());
    QVERIFY(client.frames.isEmpty());
}

void tst_ServerWebSocket::startInTheSameWriteAsTheHeadIsRead()
{
    QVERIFY(m_server->start(settings()));
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    // An eager client does not wait for the 101: its first frame rides with the request.
    client.send(joined({ upgradeHead(m_server->port()), clientFrame(Fin | TextFrame, StartPcm) }));
    QVERIFY(client.waitForHead());
    QCOMPARE(client.status, 101);
    const QJsonObject started = client.waitFor(QStringLiteral("started"));
    QVERIFY(!started.value(QLatin1String("session")).toString().isEmpty());
    QCOMPARE(client.messages.constFirst().value(QLatin1String("type")).toString(),
        QStringLiteral("connection"));
}

void tst_ServerWebSocket::pingIsAnsweredWithTheSamePayload_data()
{
    QTest::addColumn<QByteArray>("payload");

    QTest::addRow("empty") << QByteArray();
    QTest::addRow("text") << QByteArray("are you there?");
    QTest::addRow("125 bytes of noise") << randomBytes(125, 4);
}

void tst_ServerWebSocket::pingIsAnsweredWithTheSamePayload()
{
    QFETCH(QByteArray, payload);

    QVERIFY(m_server->start(settings()));
    RawClient client;
    QVERIFY(open(client));
    const qsizetype from = client.frames.size();
    client.sendFrame(Fin | PingFrame, payload);
    const std::optional<RawClient::Frame> pong = client.waitForFrame(PongFrame, from);
    QVERIFY(pong);
    QCOMPARE(pong->payload, payload);
    QVERIFY(client.framesWereWellFormed());
    QVERIFY(!client.isDisconnected());
}

void tst_ServerWebSocket::fragmentedStartWithAPingBetween()
{
    QVERIFY(m_server->start(settings()));
    RawClient client;
    QVERIFY(open(client));

    const qsizetype from = client.frames.size();
    client.sendFrame(TextFrame, StartPcm.left(9));
    client.sendFrame(Fin | PingFrame, "between");
    client.sendFrame(ContinuationFrame, StartPcm.mid(9, 30));
    client.sendFrame(Fin | ContinuationFrame, StartPcm.mid(39));

    // The ping is answered at once, before the message it interrupts is whole.
    const std::optional<RawClient::Frame> pong = client.waitForFrame(PongFrame, from);
    QVERIFY(pong);
    QCOMPARE(pong->payload, QByteArray("between"));
    const QJsonObject started = client.waitFor(QStringLiteral("started"));
    QVERIFY(!started.value(QLatin1String("session")).toString().isEmpty());
    qsizetype pongAt = -1;
    qsizetype startedAt = -1;
    for (qsizetype i = from; i < client.frames.size(); ++i) {
        if (client.frames.at(i).opcode == PongFrame && pongAt < 0)
            pongAt = i;
        if (client.frames.at(i).payload.contains("\"started\""))
            startedAt = i;
    }
    QVERIFY2(pongAt < startedAt, "the pong waited for the fragmented message");
}

void tst_ServerWebSocket::pcmThroughRawFramesIsByteExact()
{
    QVERIFY(m_server->start(settings()));
    RawClient client;
    QVERIFY(open(client));
    const QJsonObject started = start(client);
    QVERIFY(!started.isEmpty());

    // Every length form (7, 16 and 64 bits) and odd sizes, so that the mask meets the payload at
    // every phase; an even total, as 16-bit PCM is.
    QByteArray sent;
    int chunks = 0;
    quint32 seed = 0;
    for (const qsizetype size : { 1, 3, 125, 126, 4097, 65535, 65536, 200001, 2 }) {
        const QByteArray chunk = randomBytes(size, ++seed);
        client.sendBinary(chunk);
        sent += chunk;
        ++chunks;
    }

    // One frame cut over several TCP writes: inside its header, its mask and its payload. Each
    // piece leaves before the next is written.
    const QByteArray split = randomBytes(100000, ++seed);
    const QByteArray frame = clientFrame(Fin | BinaryFrame, split);
    qsizetype at = 0;
    for (const qsizetype piece : { 1, 2, 3, 5, 1000, 49999 }) {
        client.send(QByteArrayView(frame).sliced(at, piece));
        at += piece;
        QTRY_COMPARE(client.socket.bytesToWrite(), 0);
    }
    client.send(QByteArrayView(frame).sliced(at));
    sent += split;
    ++chunks;

    // One message in three frames, an empty one in the middle.
    const QByteArray fragmented = randomBytes(14000, ++seed);
    client.sendFrame(BinaryFrame, fragmented.left(7001));
    client.sendFrame(ContinuationFrame, QByteArray());
    client.sendFrame(Fin | ContinuationFrame, fragmented.mid(7001));
    sent += fragmented;
    ++chunks;

    QTRY_COMPARE(client.ackedBytes(), sent.size());
    const qsizetype from = client.messages.size();
    client.sendText(R"({"type":"stop"})");
    const QJsonObject stopped = client.waitFor(QStringLiteral("stopped"), from);
    QCOMPARE(stopped.value(QLatin1String("bytes")).toInteger(), sent.size());
    QCOMPARE(stopped.value(QLatin1String("chunks")).toInt(), chunks);

    const QByteArray onDisk = readFile(recordingPath(started));
    QCOMPARE(onDisk.size(), WavHeader::Size + sent.size());
    QCOMPARE(sha256(onDisk.mid(WavHeader::Size)), sha256(sent));
    QVERIFY(client.framesWereWellFormed());
}

void tst_ServerWebSocket::protocolErrorClosesWithItsCode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");

    QTest::addRow("unmasked frame") << joined({ frameHead(Fin | TextFrame, 5, nullptr), "hello" })
                                    << int(QWebSocketProtocol::CloseCodeProtocolError);
    QTest::addRow("text that is not UTF-8") << clientFrame(Fin | TextFrame,
        "{\"type\":\"stop\xFF\"}") << int(QWebSocketProtocol::CloseCodeWrongDatatype);
    // Only the header: the server must refuse before the payload is there.
    const char mask[4] = { 1, 2, 3, 4 };
    QTest::addRow("a frame announcing more than maxMessageBytes") << frameHead(
        Fin | BinaryFrame, 64 * 1024 + 1, mask) << int(QWebSocketProtocol::CloseCodeTooMuchData);
}

void tst_ServerWebSocket::protocolErrorClosesWithItsCode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);

    ServerSettings small = settings();
    small.maxMessageBytes = 64 * 1024;
    QVERIFY(m_server->start(small));

    // Another client records all along, on a connection of its own.
    RawClient bystander;
    QVERIFY(open(bystander));
    const QJsonObject started = start(bystander);
    QVERIFY(!started.isEmpty());
    const QByteArray before = randomBytes(3200, 1);
    bystander.sendBinary(before);

    RawClient client;
    QVERIFY(open(client));
    QVERIFY(!start(client).isEmpty());
    client.sendBinary(randomBytes(3200, 2));
    QTRY_COMPARE(client.ackedBytes(), 3200);
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);
    client.send(bytes);

    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode(), code);
    // The log says why, with the code the client was given.
    const auto logged = [&events, code] {
        for (const QList<QVariant> &arguments : std::as_const(events)) {
            const ServerEvent event = arguments.at(0).value<ServerEvent>();
            if (event.severity == ServerEvent::Severity::Warning
                && event.text.contains(u"broke the WebSocket protocol"_s)
                && event.text.contains(QString::number(code)))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(logged());
    // A client answers a close frame with its own (section 5.5.1); the server then ends the
    // connection without waiting out its close timeout.
    QElapsedTimer sinceClose;
    sinceClose.start();
    client.sendClose(code);
    QTRY_VERIFY_WITH_TIMEOUT(client.isDisconnected(), PromptCloseMs);
    qInfo("TCP closed %lld ms after the server's close frame", sinceClose.elapsed());
    QVERIFY(client.framesWereWellFormed());

    // The other session goes on, and ends byte-exact.
    const QByteArray after = randomBytes(3200, 3);
    bystander.sendBinary(after);
    QTRY_COMPARE(bystander.ackedBytes(), before.size() + after.size());
    const qsizetype from = bystander.messages.size();
    bystander.sendText(R"({"type":"stop"})");
    QVERIFY(!bystander.waitFor(QStringLiteral("stopped"), from).isEmpty());
    QCOMPARE(sha256(readFile(recordingPath(started)).mid(WavHeader::Size)),
        sha256(joined({ before, after })));
    QVERIFY(!bystander.isDisconnected());
}

void tst_ServerWebSocket::clientCloseIsAnswered_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("answer"); // the code of the server's close frame; 0: none

    QTest::addRow("normal, with a reason") << closePayload(1000, "bye") << 1000;
    QTest::addRow("an application's code") << closePayload(4000) << 4000;
    // 1005 stands for "no code" and may never be sent (section 7.4.1): the answer has none.
    QTest::addRow("no code") << QByteArray() << 0;
}

void tst_ServerWebSocket::clientCloseIsAnswered()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, answer);

    QVERIFY(m_server->start(settings()));
    RawClient client;
    QVERIFY(open(client));
    QVERIFY(!start(client).isEmpty());
    client.sendFrame(Fin | CloseFrame, payload);

    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode(), answer);
    // Both sides have said so: the server, which holds the TCP connection's TIME_WAIT, closes
    // it (section 7.1.1).
    QTRY_VERIFY_WITH_TIMEOUT(client.isDisconnected(), PromptCloseMs);
    QVERIFY(client.framesWereWellFormed());
}

void tst_ServerWebSocket::serverCloseWaitsForTheClientsClose_data()
{
    QTest::addColumn<bool>("shutdown"); // else: a pairing token the client does not present
    QTest::addColumn<int>("code");

    QTest::addRow("server shuts down") << true << int(QWebSocketProtocol::CloseCodeGoingAway);
    QTest::addRow("bad token") << false << int(QWebSocketProtocol::CloseCodePolicyViolated);
}

void tst_ServerWebSocket::serverCloseWaitsForTheClientsClose()
{
    QFETCH(bool, shutdown);
    QFETCH(int, code);

    ServerSettings serverSettings = settings();
    if (!shutdown) {
        serverSettings.pairingToken = QStringLiteral("0123456789abcdef");
        serverSettings.tokenRequiredOnLoopback = true;
    }
    QVERIFY(m_server->start(serverSettings));
    QSignalSpy finished(&m_server->server(), &CaptureServer::shutdownFinished);

    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(upgradeHead(m_server->port()));
    QVERIFY(client.waitForHead());
    // A refused client is upgraded anyway, so that a page can read why.
    QCOMPARE(client.status, 101);
    if (shutdown) {
        QVERIFY(!client.waitFor(QStringLiteral("connection")).isEmpty());
        QVERIFY(!start(client).isEmpty());
        m_server->server().shutdown();
    } else {
        const QJsonObject error = client.waitFor(QStringLiteral("error"));
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("bad_token"));
    }

    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode(), code);
    // The server waits for the client's close frame (section 5.5.1) before it ends the TCP
    // connection.
    QVERIFY(!client.isDisconnected());
    client.sendClose(code);
    QTRY_VERIFY_WITH_TIMEOUT(client.isDisconnected(), PromptCloseMs);
    QVERIFY(client.framesWereWellFormed());
    if (shutdown)
        QTRY_COMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(tst_ServerWebSocket)

#include "tst_serverwebsocket.moc"
