#include <cmath>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include "captureserver.h"
#include "protocol/clientmessage.h"
#include "rawhttp.h"
#include "session/randomid.h"
#include "storage/recordingpaths.h"
#include "storage/recordingwriter.h"
#include "storage/sidecar.h"
#include "storage/wavheader.h"
#include "testclient.h"
#include "testdata.h"
#include "testserver.h"
#include "tmpfsmount.h"

using namespace std::chrono_literals;

namespace {

const QString Pcm16k = QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16");

const QByteArray WebmMagic("\x1A\x45\xDF\xA3", 4);

// Every audio file under dir (sidecars left out) with its size.
QMap<QString, qint64> audioFileSizes(const QString &dir)
{
    QMap<QString, qint64> sizes;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.suffix() != u"json")
            sizes.insert(info.filePath(), info.size());
    }
    return sizes;
}

} // namespace

class tst_CaptureServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void v1PcmSessionIsByteExactAndPlayable();
    void v1SniffsTheFormatFromTheFirstBytes_data();
    void v1SniffsTheFormatFromTheFirstBytes();
    void acksCoverEveryByte();
    void aBurstOfChunksIsAckedTogether();
    void seedBinaryOnlyClient();
    void seedCommandClient_data();
    void seedCommandClient();
    void fiftyConcurrentStreamsAreByteExact();
    void resumeAfterDroppedConnection();
    void resumeTakesOverAHalfDeadConnection();
    void resumeAfterServerRestart();
    void resumeWithWrongTokenIsRefused();
    void oversizeMessageClosesOnlyThatConnection();
    void refusedMessageKeepsTheConnection_data();
    void refusedMessageKeepsTheConnection();
    void binaryWithoutStartIsAnError();
    void serverFullRefusesNewSessions();
    void idleConnectionIsClosed();
    void shutdownFinalizesEveryFile();
    void startUpRepairsCrashedRecordings();
    void clientStringsAreCapped();
    void sidecarsCannotSteerWritesOutside_data();
    void sidecarsCannotSteerWritesOutside();
    void httpAnswers_data();
    void httpAnswers();
    void apiStatusShowsTheLiveSession();
    void silentTcpClientIsDropped();
    void publishesFiguresInBatches();
    void compressedRecordingsAreRemuxedForPlayers();
    void diskFullEndsWithAPlayableFileAndItsSidecar();

private:
    ServerSettings settings() const;
    QString filePath(const QJsonObject &message) const;
    QByteArray httpGet(const QByteArray &path, const QByteArray &extra = {});
    int rawCloseCodeAfter(const QString &message);

    std::unique_ptr<TestServer> m_server;
};

ServerSettings tst_CaptureServer::settings() const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->path();
    settings.workerThreads = 2;
    return settings;
}

void tst_CaptureServer::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
}

void tst_CaptureServer::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

QString tst_CaptureServer::filePath(const QJsonObject &message) const
{
    const QString key = message.contains(QLatin1String("filename")) ? QStringLiteral("filename")
                                                                    : QStringLiteral("file");
    return m_server->path() + u'/' + message.value(key).toString();
}

QByteArray tst_CaptureServer::httpGet(const QByteArray &path, const QByteArray &extra)
{
    return rawHttpExchange(
        m_server->port(), "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n");
}

// A hand-made WebSocket client: handshake, one masked text frame, then the close frame's code.
int tst_CaptureServer::rawCloseCodeAfter(const QString &message)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(5000))
        return -1;
    socket.write(
        "GET /ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray received;
    if (!QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return received.contains("\r\n\r\n");
            },
            5000))
        return -2;
    received = received.mid(received.indexOf("\r\n\r\n") + 4);

    const QByteArray payload = message.toUtf8();
    const char mask[4] = { 1, 2, 3, 4 };
    QByteArray frame;
    frame.append(char(0x81)).append(char(0x80 | payload.size())).append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    socket.write(frame);

    int closeCode = -3;
    (void)QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            // Walk the server's (unmasked, short) frames looking for a close.
            qsizetype at = 0;
            while (at + 2 <= received.size()) {
                const int opcode = received.at(at) & 0x0F;
                qsizetype length = received.at(at + 1) & 0x7F;
                qsizetype header = 2;
                if (length == 126) {
                    if (at + 4 > received.size())
                        return false;
                    length = (uchar(received.at(at + 2)) << 8) | uchar(received.at(at + 3));
                    header = 4;
                }
                if (at + header + length > received.size())
                    return false;
                if (opcode == 0x8 && length >= 2) {
                    closeCode = (uchar(received.at(at + header)) << 8)
                        | uchar(received.at(at + header + 1));
                    return true;
                }
                at += header + length;
            }
            return false;
        },
        5000);
    return closeCode;
}

void tst_CaptureServer::v1PcmSessionIsByteExactAndPlayable()
{
    QVERIFY(m_server->start(settings()));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    const QJsonObject hello = client.waitFor(QStringLiteral("connection"));
    QCOMPARE(hello.value(QLatin1String("protocol")).toInt(), 1);

    client.sendStart(Pcm16k, QStringLiteral("Guest 1"));
    const QJsonObject started = client.waitFor(QStringLiteral("started"));
    QVERIFY(!started.value(QLatin1String("session")).toString().isEmpty());
    QVERIFY(!started.value(QLatin1String("resumeToken")).toString().isEmpty());
    const QString file = filePath(started);
    QVERIFY2(QFileInfo(file).fileName().contains(QLatin1String("_Guest_1_")), qPrintable(file));
    QVERIFY(file.endsWith(QLatin1String(".wav")));
    QCOMPARE(QFileInfo(file).dir().dirName(), QDate::currentDate().toString(Qt::ISODate));

    QByteArray sent;
    for (int i = 0; i < 20; ++i) {
        const QByteArray chunk = randomBytes(3200, quint32(i));
        sent += chunk;
        client.socket.sendBinaryMessage(chunk);
    }
    // Before stop, every ack leaves a playable file: its header matches its length.
    QTRY_COMPARE(client.ackedBytes(), sent.size());
    const std::optional<WavHeader::Parsed> live
        = WavHeader::parse(readFile(file).left(WavHeader::Size));
    QVERIFY(live);
    QCOMPARE(live->dataBytes, sent.size());

    client.sendStop();
    const QJsonObject stopped = client.waitFor(QStringLiteral("stopped"));
    QCOMPARE(stopped.value(QLatin1String("bytes")).toInteger(), sent.size());
    QCOMPARE(stopped.value(QLatin1String("chunks")).toInt(), 20);
    QCOMPARE(filePath(stopped), file);

    const QByteArray onDisk = readFile(file);
    QCOMPARE(onDisk.size(), WavHeader::Size + sent.size());
    QCOMPARE(sha256(onDisk.mid(WavHeader::Size)), sha256(sent));
    const std::optional<WavHeader::Parsed> header = WavHeader::parse(onDisk.left(WavHeader::Size));
    QVERIFY(header);
    QCOMPARE(header->pcm.sampleRate, 16000);
    QCOMPARE(header->pcm.channels, 1);

    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(file), nullptr);
    QVERIFY(sidecar);
    QCOMPARE(sidecar->status, QStringLiteral("complete"));
    QCOMPARE(sidecar->bytes, sent.size());
    QCOMPARE(sidecar->chunks, 20);
    QCOMPARE(sidecar->label, QStringLiteral("Guest 1"));
    QCOMPARE(sidecar->format, Pcm16k);
    QVERIFY(sidecar->peer.startsWith(QLatin1String("127.0.0.1:")));
    QVERIFY(sidecar->endedAt >= sidecar->startedAt);

    // Another start may follow on the same connection, into another file.
    const qsizetype before = client.messages.size();
    client.sendStart(Pcm16k, QStringLiteral("Guest 1"));
    const QJsonObject second = client.waitFor(QStringLiteral("started"), before);
    QVERIFY(filePath(second) != file);
}

void tst_CaptureServer::v1SniffsTheFormatFromTheFirstBytes_data()
{
    QTest::addColumn<QByteArray>("magic");
    QTest::addColumn<QString>("extension");
    QTest::addRow("EBML is WebM") << WebmMagic << QStringLiteral(".webm");
    QTest::addRow("OggS is Ogg") << QByteArray("OggS") << QStringLiteral(".ogg");
    QTest::addRow("anything else is .bin") << QByteArray("ESHT") << QStringLiteral(".bin");
}

void tst_CaptureServer::v1SniffsTheFormatFromTheFirstBytes()
{
    QFETCH(QByteArray, magic);
    QFETCH(QString, extension);
    QVERIFY(m_server->start(settings()));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart({}, QStringLiteral("phone"));
    const QJsonObject started = client.waitFor(QStringLiteral("started"));
    QVERIFY(started.value(QLatin1String("file")).isNull());

    const QByteArray data = magic + randomBytes(5000, 7);
    client.socket.sendBinaryMessage(data);
    client.sendStop();
    const QJsonObject stopped = client.waitFor(QStringLiteral("stopped"));
    QVERIFY2(filePath(stopped).endsWith(extension), qPrintable(filePath(stopped)));
    QCOMPARE(readFile(filePath(stopped)), data);
}

void tst_CaptureServer::acksCoverEveryByte()
{
    QVERIFY(m_server->start(settings()));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(QStringLiteral("audio/webm;codecs=opus"), QStringLiteral("acks"));
    client.waitFor(QStringLiteral("started"));
    qint64 total = 0;
    for (int i = 0; i < 5; ++i) {
        const QByteArray chunk = randomBytes(1000 + i, quint32(i));
        total += chunk.size();
        client.socket.sendBinaryMessage(chunk);
        // Without a stop, the ack must come by itself (coalesced, within 100 ms).
        QTRY_COMPARE_WITH_TIMEOUT(client.ackedBytes(), total, 1000);
    }
}

void tst_CaptureServer::aBurstOfChunksIsAckedTogether()
{
    QVERIFY(m_server->start(settings()));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(
        QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16"), QStringLiteral("burst"));
    const QJsonObject started = client.waitFor(QStringLiteral("started"));
    constexpr int Chunks = 50;
    QByteArray sent;
    QList<qint64> chunkEnds;
    for (int i = 0; i < Chunks; ++i) {
        const QByteArray chunk = randomBytes(1000, quint32(100 + i));
        sent += chunk;
        chunkEnds.append(sent.size());
        client.socket.sendBinaryMessage(chunk);
    }
    QTRY_COMPARE_WITH_TIMEOUT(client.ackedBytes(), qint64(sent.size()), 2000);

    // One ack covers what arrived together, and each one ends on a whole chunk.
    const qsizetype acks = client.count(QStringLiteral("ack"));
    QVERIFY2(acks >= 1 && acks < Chunks, qPrintable(QString::number(acks)));
    for (const QJsonObject &message : std::as_const(client.messages)) {
        if (message.value(QLatin1String("type")).toString() == QLatin1String("ack"))
            QVERIFY(chunkEnds.contains(message.value(QLatin1String("bytes")).toInteger()));
    }
    // Before any stop, the file a player opens says it holds every acknowledged byte.
    const QByteArray file = readFile(filePath(started));
    const std::optional<WavHeader::Parsed> header = WavHeader::parse(file.left(WavHeader::Size));
    QVERIFY(header);
    QCOMPARE(header->dataBytes, qint64(sent.size()));
    QCOMPARE(file.mid(WavHeader::Size), sent);
}

void tst_CaptureServer::seedBinaryOnlyClient()
{
    QVERIFY(m_server->start(settings()));
    QByteArray sent;
    {
        TestClient client;
        QVERIFY(client.open(m_server->wsUrl()));
        sent = QByteArray("OggS") + randomBytes(9000, 3);
        client.socket.sendBinaryMessage(sent.left(4000));
        client.socket.sendBinaryMessage(sent.mid(4000));
        // No replies to wait for in this dialect: the figures show the bytes arrived.
        QTRY_VERIFY(!m_server->server().sessions().isEmpty()
            && m_server->server().sessions().first().bytes == sent.size());
        client.socket.close();
        QVERIFY(client.waitClosed());
    }
    QTRY_VERIFY(!m_server->server().sessions().first().isLive());
    const SessionStats stats = m_server->server().sessions().first();
    QCOMPARE(stats.state, SessionStats::State::Complete);
    QVERIFY(stats.filePath.endsWith(QLatin1String(".ogg")));
    QVERIFY(QFileInfo(stats.filePath).fileName().contains(QLatin1String("_stream_")));
    QCOMPARE(readFile(stats.filePath), sent);
}

void tst_CaptureServer::seedCommandClient_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("greeting"); // text sent before the first recording; empty: none
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("startedType");
    QTest::addColumn<QString>("sessionKey");
    QTest::addColumn<QString>("confirmationType");
    QTest::addColumn<QString>("confirmedChunksKey");
    QTest::addColumn<QString>("confirmedBytesKey");
    QTest::addColumn<int>("confirmations"); // per recording; 0: coalesced, any number
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("stoppedType");
    QTest::addColumn<QString>("stoppedBytesKey");
    QTest::addColumn<int>("recordings");
    QTest::addColumn<int>("size");
    QTest::addColumn<quint32>("seed");

    // Plain commands; the answers are v1's, and any other text is echoed.
    QTest::addRow("text commands")
        << QStringLiteral("/ws/audio-stream") << QStringLiteral("hello")
        << QStringLiteral("START_RECORDING") << QStringLiteral("started")
        << QStringLiteral("session") << QStringLiteral("ack") << QStringLiteral("chunks")
        << QStringLiteral("bytes") << 0 << QStringLiteral("STOP_RECORDING")
        << QStringLiteral("stopped") << QStringLiteral("bytes") << 2 << 2000 << 0u;
    // JSON commands with answers of their own, one confirmation per chunk.
    QTest::addRow("JSON commands")
        << QStringLiteral("/ws") << QString() << QStringLiteral("{\"type\":\"start_recording\"}")
        << QStringLiteral("audio_stream_started") << QStringLiteral("session_id")
        << QStringLiteral("audio_chunk_confirmed") << QStringLiteral("chunk_number")
        << QStringLiteral("total_bytes") << 2 << QStringLiteral("{\"type\":\"stop_recording\"}")
        << QStringLiteral("audio_stream_stopped") << QStringLiteral("total_bytes") << 1 << 3000
        << 11u;
}

void tst_CaptureServer::seedCommandClient()
{
    QFETCH(QString, path);
    QFETCH(QString, greeting);
    QFETCH(QString, start);
    QFETCH(QString, startedType);
    QFETCH(QString, sessionKey);
    QFETCH(QString, confirmationType);
    QFETCH(QString, confirmedChunksKey);
    QFETCH(QString, confirmedBytesKey);
    QFETCH(int, confirmations);
    QFETCH(QString, stop);
    QFETCH(QString, stoppedType);
    QFETCH(QString, stoppedBytesKey);
    QFETCH(int, recordings);
    QFETCH(int, size);
    QFETCH(quint32, seed);

    QVERIFY(m_server->start(settings()));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl(path)));
    QVERIFY(!client.waitFor(QStringLiteral("connection"))
                 .value(QLatin1String("id"))
                 .toString()
                 .isEmpty());
    if (!greeting.isEmpty()) {
        client.socket.sendTextMessage(greeting);
        QTRY_VERIFY(client.texts.contains(QStringLiteral("Echo: ") + greeting));
    }

    QStringList files;
    for (int recording = 0; recording < recordings; ++recording) {
        const qsizetype from = client.messages.size();
        client.socket.sendTextMessage(start);
        const QJsonObject started = client.waitFor(startedType, from);
        QVERIFY(!started.value(sessionKey).toString().isEmpty());

        const QByteArray data = WebmMagic + randomBytes(size, seed + quint32(recording));
        client.socket.sendBinaryMessage(data.left(data.size() / 2));
        client.socket.sendBinaryMessage(data.mid(data.size() / 2));
        // Before the stop, a confirmation covers both chunks.
        const auto confirmedAll = [&] {
            qsizetype count = 0;
            bool all = false;
            for (qsizetype i = from; i < client.messages.size(); ++i) {
                const QJsonObject &message = client.messages.at(i);
                if (message.value(QLatin1String("type")).toString() != confirmationType)
                    continue;
                ++count;
                all = message.value(confirmedChunksKey).toInteger() == 2
                    && message.value(confirmedBytesKey).toInteger() == data.size();
            }
            return all && (confirmations == 0 || count == confirmations);
        };
        QTRY_VERIFY(confirmedAll());

        client.socket.sendTextMessage(stop);
        const QJsonObject stopped = client.waitFor(stoppedType, from);
        QCOMPARE(stopped.value(stoppedBytesKey).toInteger(), data.size());
        QVERIFY2(filePath(stopped).endsWith(QLatin1String(".webm")), qPrintable(filePath(stopped)));
        QCOMPARE(readFile(filePath(stopped)), data);
        files.append(filePath(stopped));
    }
    QCOMPARE(QSet<QString>(files.cbegin(), files.cend()).size(), recordings);

    // A stop with nothing recording is an error, in every dialect.
    const qsizetype from = client.messages.size();
    client.socket.sendTextMessage(stop);
    QCOMPARE(client.waitFor(QStringLiteral("error"), from).value(QLatin1String("code")).toString(),
        QStringLiteral("not_recording"));
}

void tst_CaptureServer::fiftyConcurrentStreamsAreByteExact()
{
    QVERIFY(m_server->start(settings()));
    constexpr int Streams = 50;
    constexpr int Chunks = 20;
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int i = 0; i < Streams; ++i) {
        clients.push_back(std::make_unique<TestClient>());
        QVERIFY(clients.back()->open(m_server->wsUrl()));
        clients.back()->sendStart(Pcm16k, QStringLiteral("stream %1").arg(i));
    }
    for (auto &client : clients)
        QVERIFY(!client->waitFor(QStringLiteral("started")).isEmpty());

    std::vector<QByteArray> sent(Streams);
    for (int chunk = 0; chunk < Chunks; ++chunk) {
        for (int i = 0; i < Streams; ++i) {
            const QByteArray data = randomBytes(3200, quint32(i * 1000 + chunk));
            sent[size_t(i)] += data;
            clients[size_t(i)]->socket.sendBinaryMessage(data);
        }
        QCoreApplication::processEvents();
    }
    for (auto &client : clients)
        client->sendStop();

    QSet<QString> files;
    for (int i = 0; i < Streams; ++i) {
        const QJsonObject stopped
            = clients[size_t(i)]->waitFor(QStringLiteral("stopped"), 0, 15000);
        QVERIFY2(!stopped.isEmpty(), qPrintable(QStringLiteral("stream %1 got no stopped").arg(i)));
        const QByteArray onDisk = readFile(filePath(stopped));
        QCOMPARE(sha256(onDisk.mid(WavHeader::Size)), sha256(sent[size_t(i)]));
        files.insert(filePath(stopped));
    }
    QCOMPARE(files.size(), Streams);
}

void tst_CaptureServer::resumeAfterDroppedConnection()
{
    QVERIFY(m_server->start(settings()));
    const QByteArray everything = randomBytes(64000, 42);
    QString session;
    QString token;
    {
        TestClient first;
        QVERIFY(first.open(m_server->wsUrl()));
        first.sendStart(Pcm16k, QStringLiteral("flaky"));
        const QJsonObject started = first.waitFor(QStringLiteral("started"));
        session = started.value(QLatin1String("session")).toString();
        token = started.value(QLatin1String("resumeToken")).toString();
        for (int offset = 0; offset < 32000; offset += 3200)
            first.socket.sendBinaryMessage(everything.mid(offset, 3200));
        QTRY_COMPARE(first.ackedBytes(), 32000);
        first.socket.abort(); // the network drops: no close frame
    }
    QTRY_VERIFY(!m_server->server().sessions().isEmpty()
        && m_server->server().sessions().first().state == SessionStats::State::Interrupted);

    TestClient second;
    QVERIFY(second.open(m_server->wsUrl()));
    second.sendResume(session, token);
    const QJsonObject resumed = second.waitFor(QStringLiteral("resumed"));
    QCOMPARE(resumed.value(QLatin1String("session")).toString(), session);
    const qint64 from = resumed.value(QLatin1String("bytes")).toInteger();
    QCOMPARE(from, 32000);
    for (qint64 offset = from; offset < everything.size(); offset += 3200)
        second.socket.sendBinaryMessage(everything.mid(offset, 3200));
    second.sendStop();
    const QJsonObject stopped = second.waitFor(QStringLiteral("stopped"));
    QCOMPARE(stopped.value(QLatin1String("bytes")).toInteger(), everything.size());
    const QByteArray onDisk = readFile(filePath(stopped));
    QCOMPARE(sha256(onDisk.mid(WavHeader::Size)), sha256(everything));
    QCOMPARE(WavHeader::parse(onDisk.left(WavHeader::Size))->dataBytes, everything.size());
    QCOMPARE(Sidecar::load(RecordingPaths::sidecarPath(filePath(stopped)), nullptr)->status,
        QStringLiteral("complete"));
}

void tst_CaptureServer::resumeTakesOverAHalfDeadConnection()
{
    QVERIFY(m_server->start(settings()));
    const QByteArray everything = randomBytes(20000, 5);
    TestClient first;
    QVERIFY(first.open(m_server->wsUrl()));
    first.sendStart(QStringLiteral("audio/webm"), QStringLiteral("takeover"));
    const QJsonObject started = first.waitFor(QStringLiteral("started"));
    first.socket.sendBinaryMessage(everything.left(8000));
    QTRY_COMPARE(first.ackedBytes(), 8000);

    // The first connection is still open on the server when the client comes back.
    TestClient second;
    QVERIFY(second.open(m_server->wsUrl()));
    second.sendResume(started.value(QLatin1String("session")).toString(),
        started.value(QLatin1String("resumeToken")).toString());
    const QJsonObject resumed = second.waitFor(QStringLiteral("resumed"));
    QCOMPARE(resumed.value(QLatin1String("bytes")).toInteger(), 8000);
    QVERIFY(first.waitClosed());

    second.socket.sendBinaryMessage(everything.mid(8000));
    second.sendStop();
    const QJsonObject stopped = second.waitFor(QStringLiteral("stopped"));
    QCOMPARE(readFile(filePath(stopped)), everything);
}

void tst_CaptureServer::resumeAfterServerRestart()
{
    QVERIFY(m_server->start(settings()));
    const QByteArray everything = randomBytes(48000, 77);
    TestClient first;
    QVERIFY(first.open(m_server->wsUrl()));
    first.sendStart(Pcm16k, QStringLiteral("across restarts"));
    const QJsonObject started = first.waitFor(QStringLiteral("started"));
    first.socket.sendBinaryMessage(everything.left(16000));
    QTRY_COMPARE(first.ackedBytes(), 16000);

    QVERIFY(m_server->stop());
    QVERIFY(first.waitClosed());
    QVERIFY(m_server->start(settings())); // a new server object: nothing carried over in memory

    TestClient second;
    QVERIFY(second.open(m_server->wsUrl()));
    second.sendResume(started.value(QLatin1String("session")).toString(),
        started.value(QLatin1String("resumeToken")).toString());
    QCOMPARE(
        second.waitFor(QStringLiteral("resumed")).value(QLatin1String("bytes")).toInteger(), 16000);
    second.socket.sendBinaryMessage(everything.mid(16000));
    second.sendStop();
    const QJsonObject stopped = second.waitFor(QStringLiteral("stopped"));
    QCOMPARE(filePath(stopped), filePath(started));
    QCOMPARE(readFile(filePath(stopped)).mid(WavHeader::Size), everything);
    // The token itself is never written down, only its digest.
    QVERIFY(!readFile(RecordingPaths::sidecarPath(filePath(stopped)))
                 .contains(started.value(QLatin1String("resumeToken")).toString().toLatin1()));
}

void tst_CaptureServer::resumeWithWrongTokenIsRefused()
{
    QVERIFY(m_server->start(settings()));
    TestClient first;
    QVERIFY(first.open(m_server->wsUrl()));
    first.sendStart(Pcm16k, QStringLiteral("victim"));
    const QJsonObject started = first.waitFor(QStringLiteral("started"));

    TestClient intruder;
    QVERIFY(intruder.open(m_server->wsUrl()));
    intruder.sendResume(started.value(QLatin1String("session")).toString(),
        QStringLiteral("0123456789abcdef0123456789abcdef"));
    QCOMPARE(intruder.waitFor(QStringLiteral("error")).value(QLatin1String("code")).toString(),
        QStringLiteral("bad_resume_token"));
    QVERIFY(intruder.waitClosed());
    QCOMPARE(intruder.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);

    // The session goes on, untouched.
    first.socket.sendBinaryMessage(randomBytes(3200, 1));
    QTRY_COMPARE(first.ackedBytes(), 3200);
    QVERIFY(!first.closed);
}

void tst_CaptureServer::oversizeMessageClosesOnlyThatConnection()
{
    ServerSettings small = settings();
    small.maxMessageBytes = 64 * 1024;
    QVERIFY(m_server->start(small));

    TestClient bystander;
    QVERIFY(bystander.open(m_server->wsUrl()));
    bystander.sendStart(Pcm16k, QStringLiteral("bystander"));
    bystander.waitFor(QStringLiteral("started"));

    TestClient big;
    QVERIFY(big.open(m_server->wsUrl()));
    big.sendStart(Pcm16k, QStringLiteral("big"));
    big.waitFor(QStringLiteral("started"));
    big.socket.sendBinaryMessage(randomBytes(3200, 1));
    QTRY_COMPARE(big.ackedBytes(), 3200);
    big.socket.sendBinaryMessage(randomBytes(small.maxMessageBytes + 1, 2));
    QVERIFY(big.waitClosed());
    QCOMPARE(big.closeCode, QWebSocketProtocol::CloseCodeTooMuchData);

    bystander.socket.sendBinaryMessage(randomBytes(3200, 3));
    QTRY_COMPARE(bystander.ackedBytes(), 3200);
    QVERIFY(!bystander.closed);

    // The oversized session kept what it had, playable, and can be resumed.
    QTRY_VERIFY([this] {
        const QList<SessionStats> sessions = m_server->server().sessions();
        return std::any_of(sessions.cbegin(), sessions.cend(), [](const SessionStats &s) {
            return s.label == u"big" && s.state == SessionStats::State::Interrupted
                && s.bytes == 3200;
        });
    }());
}

void tst_CaptureServer::refusedMessageKeepsTheConnection_data()
{
    QTest::addColumn<QStringList>("texts"); // sent one after the other on one connection
    QTest::addColumn<QStringList>("codes"); // the errors, in order
    QTest::addColumn<QString>("mentions"); // what the first error's message names

    QTest::addRow("unknown type, then not JSON")
        << QStringList { QStringLiteral("{\"type\":\"hello\"}"), QStringLiteral("{not json") }
        << QStringList { QStringLiteral("unknown_type"), QStringLiteral("bad_message") }
        << QStringLiteral("hello");
    QTest::addRow("PCM that is not 16-bit")
        << QStringList { ClientMessage::start(
               QStringLiteral("audio/pcm;rate=16000;channels=1;bits=24"), QStringLiteral("x"))
                             .toText() }
        << QStringList { QStringLiteral("bad_format") } << QStringLiteral("16-bit");
    QTest::addRow("stop with nothing recording")
        << QStringList { ClientMessage::stop().toText() }
        << QStringList { QStringLiteral("not_recording") } << QStringLiteral("No session");
    QTest::addRow("resume of a session that does not exist")
        << QStringList { ClientMessage::resume(QStringLiteral("0000000000000000"),
               QStringLiteral("0123456789abcdef0123456789abcdef"))
                             .toText() }
        << QStringList { QStringLiteral("unknown_session") } << QStringLiteral("0000000000000000");
}

void tst_CaptureServer::refusedMessageKeepsTheConnection()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, codes);
    QFETCH(QString, mentions);

    QVERIFY(m_server->start(settings()));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    for (const QString &text : std::as_const(texts))
        client.socket.sendTextMessage(text);
    QTRY_COMPARE(client.count(QStringLiteral("error")), codes.size());
    QStringList received;
    QString firstMessage;
    for (const QJsonObject &message : std::as_const(client.messages)) {
        if (message.value(QLatin1String("type")).toString() != u"error")
            continue;
        if (received.isEmpty())
            firstMessage = message.value(QLatin1String("message")).toString();
        received.append(message.value(QLatin1String("code")).toString());
    }
    QCOMPARE(received, codes);
    QVERIFY2(firstMessage.contains(mentions), qPrintable(firstMessage));
    QCOMPARE(client.count(QStringLiteral("started")), 0);

    // The connection is still good for a session.
    client.sendStart(Pcm16k, QStringLiteral("after errors"));
    QVERIFY(!client.waitFor(QStringLiteral("started")).isEmpty());
    QVERIFY(!client.closed);
}

void tst_CaptureServer::binaryWithoutStartIsAnError()
{
    QVERIFY(m_server->start(settings()));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(Pcm16k, QStringLiteral("one"));
    client.waitFor(QStringLiteral("started"));
    client.sendStop();
    const QString firstFile = filePath(client.waitFor(QStringLiteral("stopped")));
    const QMap<QString, qint64> filesBefore = audioFileSizes(m_server->path());
    QVERIFY(filesBefore.contains(firstFile));

    constexpr int Dropped = 137;
    client.socket.sendBinaryMessage(randomBytes(Dropped, 1));
    const QJsonObject error = client.waitFor(QStringLiteral("error"));
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("expected_start"));
    QVERIFY2(error.value(QLatin1String("message")).toString().contains(QString::number(Dropped)),
        qPrintable(error.value(QLatin1String("message")).toString()));

    // The connection goes on, and the bytes really were dropped: no file grew, and the next
    // session on this connection holds its own bytes only.
    const qsizetype from = client.messages.size();
    client.sendStart(Pcm16k, QStringLiteral("two"));
    QVERIFY(!client.waitFor(QStringLiteral("started"), from).isEmpty());
    const QByteArray audio = randomBytes(3200, 2);
    client.socket.sendBinaryMessage(audio);
    client.sendStop();
    const QJsonObject stopped = client.waitFor(QStringLiteral("stopped"), from);
    QCOMPARE(stopped.value(QLatin1String("bytes")).toInteger(), audio.size());
    QMap<QString, qint64> filesAfter = audioFileSizes(m_server->path());
    QCOMPARE(filesAfter.take(filePath(stopped)), WavHeader::Size + audio.size());
    QCOMPARE(filesAfter, filesBefore);
    QCOMPARE(readFile(filePath(stopped)).mid(WavHeader::Size), audio);
}

void tst_CaptureServer::serverFullRefusesNewSessions()
{
    ServerSettings one = settings();
    one.maxLiveSessions = 1;
    QVERIFY(m_server->start(one));
    TestClient first;
    QVERIFY(first.open(m_server->wsUrl()));
    first.sendStart(Pcm16k, QStringLiteral("first"));
    first.waitFor(QStringLiteral("started"));

    TestClient second;
    QVERIFY(second.open(m_server->wsUrl()));
    second.sendStart(Pcm16k, QStringLiteral("second"));
    QCOMPARE(second.waitFor(QStringLiteral("error")).value(QLatin1String("code")).toString(),
        QStringLiteral("server_full"));
    QVERIFY(second.waitClosed());
    // Qt's client rewrites 1013 (try again later), which it does not know, so read the frame raw.
    QCOMPARE(rawCloseCodeAfter(ClientMessage::start(Pcm16k, QStringLiteral("raw")).toText()), 1013);

    // When the first stops, there is room again.
    first.sendStop();
    first.waitFor(QStringLiteral("stopped"));
    TestClient third;
    QVERIFY(third.open(m_server->wsUrl()));
    third.sendStart(Pcm16k, QStringLiteral("third"));
    QVERIFY(!third.waitFor(QStringLiteral("started")).isEmpty());
}

void tst_CaptureServer::idleConnectionIsClosed()
{
    ServerSettings quick = settings();
    quick.idleTimeout = 600ms;
    QVERIFY(m_server->start(quick));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    QCOMPARE(
        client.waitFor(QStringLiteral("error"), 0, 5000).value(QLatin1String("code")).toString(),
        QStringLiteral("idle_timeout"));
    QVERIFY(client.waitClosed());
}

void tst_CaptureServer::shutdownFinalizesEveryFile()
{
    QVERIFY(m_server->start(settings()));
    std::vector<std::unique_ptr<TestClient>> clients;
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        auto client = std::make_unique<TestClient>();
        QVERIFY(client->open(m_server->wsUrl()));
        client->sendStart(Pcm16k, QStringLiteral("live %1").arg(i));
        files.append(filePath(client->waitFor(QStringLiteral("started"))));
        client->socket.sendBinaryMessage(randomBytes(3200 * (i + 1), quint32(i)));
        clients.push_back(std::move(client));
    }
    for (int i = 0; i < 3; ++i)
        QTRY_COMPARE(clients[size_t(i)]->ackedBytes(), 3200 * (i + 1));

    QVERIFY(m_server->stop());
    QVERIFY(!m_server->server().isListening());

    for (int i = 0; i < 3; ++i) {
        QVERIFY(clients[size_t(i)]->waitClosed());
        QCOMPARE(clients[size_t(i)]->closeCode, QWebSocketProtocol::CloseCodeGoingAway);
        const QByteArray onDisk = readFile(files.at(i));
        QCOMPARE(WavHeader::parse(onDisk.left(WavHeader::Size))->dataBytes, 3200 * (i + 1));
        QCOMPARE(onDisk.size(), WavHeader::Size + 3200 * (i + 1));
        const std::optional<Sidecar> sidecar
            = Sidecar::load(RecordingPaths::sidecarPath(files.at(i)), nullptr);
        QCOMPARE(sidecar->status, QStringLiteral("interrupted"));
        QCOMPARE(sidecar->bytes, 3200 * (i + 1));
        QVERIFY(sidecar->endedAt.isValid());
    }

    // And it can listen again.
    QVERIFY(m_server->server().start(settings()));
}

void tst_CaptureServer::startUpRepairsCrashedRecordings()
{
    // What a killed Earshot leaves: a WAV whose header says 0 bytes and a sidecar saying recording.
    const QString day = m_server->path() + QStringLiteral("/2026-01-02");
    QVERIFY(QDir().mkpath(day));
    const QString audio = day + QStringLiteral("/101500_crashed_abc.wav");
    QFile file(audio);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(WavHeader::build({ 16000, 1, 16 }, 0));
    file.write(randomBytes(6400, 9));
    file.close();
    Sidecar crashed;
    crashed.session = QStringLiteral("abc");
    crashed.file = QFileInfo(audio).fileName();
    crashed.format = Pcm16k;
    crashed.status = QStringLiteral("recording");
    crashed.startedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(crashed.save(RecordingPaths::sidecarPath(audio), nullptr));

    QVERIFY(m_server->start(settings()));
    QTRY_COMPARE(Sidecar::load(RecordingPaths::sidecarPath(audio), nullptr)->status,
        QStringLiteral("interrupted"));
    QCOMPARE(Sidecar::load(RecordingPaths::sidecarPath(audio), nullptr)->bytes, 6400);
    QCOMPARE(WavHeader::parse(readFile(audio).left(WavHeader::Size))->dataBytes, 6400);
}

// What a session keeps of a client's strings is bounded: ended sessions stay in memory and in
// /api/status, so a client must not be able to park megabytes there.
void tst_CaptureServer::clientStringsAreCapped()
{
    QVERIFY(m_server->start(settings()));
    const QString hugeName = QString(200 * 1024, u'n');
    const QByteArray hugeAgent = QByteArray(6000, 'a'); // within the request head limit

    TestClient client;
    QNetworkRequest request(m_server->wsUrl());
    request.setRawHeader("User-Agent", hugeAgent);
    client.socket.open(request);
    QTRY_COMPARE(client.socket.state(), QAbstractSocket::ConnectedState);

    // A format over the limit is refused, and the reply does not echo all of it.
    client.sendStart(u"audio/webm;" + QString(10000, u'x'), QStringLiteral("x"));
    const QJsonObject refused = client.waitFor(QStringLiteral("error"));
    QCOMPARE(refused.value(QLatin1String("code")).toString(), QStringLiteral("bad_format"));
    QVERIFY(refused.value(QLatin1String("message")).toString().size() < 400);

    // A name and a User-Agent over their limits are cut.
    client.sendStart(Pcm16k, hugeName);
    const QJsonObject started = client.waitFor(QStringLiteral("started"));
    QVERIFY(!started.isEmpty());
    client.socket.sendBinaryMessage(randomBytes(3200, 3));
    QTRY_COMPARE(client.ackedBytes(), 3200);
    client.sendStop();
    QVERIFY(!client.waitFor(QStringLiteral("stopped")).isEmpty());

    const QString session = started.value(QLatin1String("session")).toString();
    QList<SessionStats> sessions;
    QTRY_VERIFY([&] {
        sessions = m_server->server().sessions();
        return sessions.size() == 1 && sessions.constFirst().id == session
            && !sessions.constFirst().isLive();
    }());
    QCOMPARE(sessions.constFirst().label.size(), ServerSettings::MaxLabelChars);
    QCOMPARE(sessions.constFirst().userAgent.size(), ServerSettings::MaxUserAgentChars);
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(filePath(started)), nullptr);
    QVERIFY(sidecar);
    QCOMPARE(sidecar->label.size(), ServerSettings::MaxLabelChars);
    QCOMPARE(sidecar->userAgent.size(), ServerSettings::MaxUserAgentChars);
}

void tst_CaptureServer::sidecarsCannotSteerWritesOutside_data()
{
    QTest::addColumn<QString>("file"); // what the planted sidecar names
    QTest::addColumn<bool>("link"); // whether that name is a link to the file outside

    QTest::addRow("a path up and out") << QStringLiteral("../../outside.wav") << false;
    QTest::addRow("an absolute path") << QStringLiteral("%1/outside.wav") << false;
    QTest::addRow("a link beside it") << QStringLiteral("101500_planted_abc.wav") << true;
}

// A shared or synced recordings folder lets anyone plant a sidecar. Neither the start-up repair
// nor a resume with the planted token digest may write to a file outside the folder.
void tst_CaptureServer::sidecarsCannotSteerWritesOutside()
{
    QFETCH(QString, file);
    QFETCH(bool, link);

    const QString recordings = m_server->filePath(QStringLiteral("recordings"));
    const QString outside = m_server->filePath(QStringLiteral("outside.wav"));
    const QByteArray precious = randomBytes(5000, 11);
    {
        QFile out(outside);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(precious), precious.size());
    }
    const QString day = recordings + u'/' + QDate::currentDate().toString(Qt::ISODate);
    QVERIFY(QDir().mkpath(day));
    if (file.contains(u"%1"))
        file = file.arg(m_server->path());
    if (link)
        QVERIFY(QFile::link(outside, day + u'/' + file));

    const QString token = QStringLiteral("0123456789abcdef0123456789abcdef");
    Sidecar planted;
    planted.session = QStringLiteral("abcabcabcabcabca");
    planted.label = QStringLiteral("planted");
    planted.format = QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16");
    planted.file = file;
    planted.startedAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    planted.bytes = 3200;
    planted.status = QStringLiteral("recording");
    planted.resumeTokenSha256 = secretDigest(token);
    // Written as JSON by hand: Sidecar::save is Earshot's own and would be fine with anything.
    QJsonObject json { { QStringLiteral("session"), planted.session },
        { QStringLiteral("label"), planted.label }, { QStringLiteral("format"), planted.format },
        { QStringLiteral("file"), planted.file },
        { QStringLiteral("startedAt"), planted.startedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("bytes"), planted.bytes }, { QStringLiteral("chunks"), 1 },
        { QStringLiteral("status"), planted.status },
        { QStringLiteral("resumeTokenSha256"), planted.resumeTokenSha256 } };
    const QString sidecarPath = day + QStringLiteral("/101500_planted_abc.json");
    const QByteArray plantedBytes = QJsonDocument(json).toJson();
    {
        QFile out(sidecarPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(plantedBytes), plantedBytes.size());
    }

    ServerSettings settings = this->settings();
    settings.recordingsDir = recordings;
    QVERIFY(m_server->start(settings));
    QSignalSpy events(&m_server->server(), &CaptureServer::eventOccurred);
    // The repair refuses the sidecar, and says so in the log.
    QTRY_VERIFY(std::any_of(events.cbegin(), events.cend(), [&](const QList<QVariant> &event) {
        const ServerEvent e = event.constFirst().value<ServerEvent>();
        return e.severity == ServerEvent::Severity::Error && e.text.contains(sidecarPath);
    }));

    // The planted token resumes nothing.
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendResume(planted.session, token);
    QCOMPARE(client.waitFor(QStringLiteral("error")).value(QLatin1String("code")).toString(),
        QStringLiteral("unknown_session"));
    QCOMPARE(client.count(QStringLiteral("resumed")), 0);

    QVERIFY(m_server->stop());
    QCOMPARE(sha256(readFile(outside)), sha256(precious));
    // Nor was the planted sidecar "repaired" into one that Earshot would trust later.
    QCOMPARE(readFile(sidecarPath), plantedBytes);
}

void tst_CaptureServer::httpAnswers_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<QByteArrayList>("contains");
    QTest::addRow("the page") << QByteArray("/") << QByteArray("HTTP/1.1 200 OK")
                              << QByteArrayList { "text/html", "Earshot" };
    QTest::addRow("nothing there")
        << QByteArray("/nothing-here") << QByteArray("HTTP/1.1 404") << QByteArrayList {};
    QTest::addRow("out of the folder")
        << QByteArray("/../../etc/passwd") << QByteArray("HTTP/1.1 404") << QByteArrayList {};
}

void tst_CaptureServer::httpAnswers()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, statusLine);
    QFETCH(QByteArrayList, contains);
    QVERIFY(m_server->start(settings()));
    const QByteArray response = httpGet(path);
    QVERIFY2(response.startsWith(statusLine), response.left(100).constData());
    for (const QByteArray &part : std::as_const(contains))
        QVERIFY2(response.contains(part), part.constData());
}

void tst_CaptureServer::apiStatusShowsTheLiveSession()
{
    QVERIFY(m_server->start(settings()));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(Pcm16k, QStringLiteral("Status check"));
    client.waitFor(QStringLiteral("started"));
    client.socket.sendBinaryMessage(randomBytes(3200, 1));
    QTRY_COMPARE(client.ackedBytes(), 3200);

    QJsonObject status;
    QTRY_VERIFY([&] {
        const QByteArray response = httpGet("/api/status");
        status = QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
        const QJsonArray sessions = status.value(QLatin1String("sessions")).toArray();
        return !sessions.isEmpty()
            && sessions.first().toObject().value(QLatin1String("bytes")).toInteger() == 3200;
    }());
    QCOMPARE(status.value(QLatin1String("version")).toString(), QStringLiteral(EARSHOT_VERSION));
    const QJsonObject session
        = status.value(QLatin1String("sessions")).toArray().first().toObject();
    QCOMPARE(session.value(QLatin1String("label")).toString(), QStringLiteral("Status check"));
    QCOMPARE(session.value(QLatin1String("state")).toString(), QStringLiteral("recording"));
    QCOMPARE(status.value(QLatin1String("totals"))
                 .toObject()
                 .value(QLatin1String("liveSessions"))
                 .toInt(),
        1);
}

void tst_CaptureServer::silentTcpClientIsDropped()
{
    ServerSettings quick = settings();
    quick.requestTimeout = 500ms;
    QVERIFY(m_server->start(quick));
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(silent.waitForConnected(5000));
    silent.write("GET / HTTP/1.1\r\n"); // never finishes the head
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5000);
}

void tst_CaptureServer::publishesFiguresInBatches()
{
    QVERIFY(m_server->start(settings()));
    QSignalSpy updates(&m_server->server(), &CaptureServer::sessionsUpdated);
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(Pcm16k, QStringLiteral("figures"));
    client.waitFor(QStringLiteral("started"));
    QElapsedTimer clock;
    clock.start();
    // 32 000 B/s of PCM for 1.5 s, one chunk every 100 ms, paced like a microphone.
    QTimer pacer;
    int chunksSent = 0;
    // A 500 Hz tone at a quarter of full scale, whose peak is the level a person sees.
    const auto tone = [](int chunk) {
        QByteArray bytes(3200, Qt::Uninitialized);
        for (int i = 0; i < 1600; ++i) {
            const double t = double(chunk * 1600 + i) / 16000.0;
            qToLittleEndian(
                qint16(std::lround(8192 * std::sin(2 * M_PI * 500 * t))), bytes.data() + 2 * i);
        }
        return bytes;
    };
    connect(&pacer, &QTimer::timeout, &client, [&] {
        if (chunksSent < 15)
            client.socket.sendBinaryMessage(tone(chunksSent++));
    });
    pacer.start(100);
    QTRY_COMPARE_WITH_TIMEOUT(client.ackedBytes(), 48000, 5000);
    QTRY_VERIFY(!updates.isEmpty());
    const qint64 elapsed = clock.elapsed();
    // At most four batches a second.
    QVERIFY2(updates.size() <= elapsed / 250 + 2, qPrintable(QString::number(updates.size())));

    SessionStats latest;
    double loudest = -1;
    QTRY_VERIFY([&] {
        for (const QList<QVariant> &update : std::as_const(updates)) {
            for (const SessionStats &stats : update.at(0).value<QList<SessionStats>>()) {
                latest = stats;
                loudest = std::max(loudest, stats.level);
            }
        }
        return latest.bytes == 48000;
    }());
    QCOMPARE(latest.chunks, 15);
    QCOMPARE(latest.label, QStringLiteral("figures"));
    QCOMPARE(latest.audioDurationMs, 1500);
    QVERIFY2(latest.byteRate > 5000 && latest.byteRate < 40000,
        qPrintable(QString::number(latest.byteRate)));
    QVERIFY2(std::abs(loudest - 0.25) < 0.001, qPrintable(QString::number(loudest)));
}

// Runs a program and returns its standard output.
static QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

static QString ffprobeDuration(const QString &path)
{
    return QString::fromUtf8(
        run(QStringLiteral("ffprobe"),
            { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                QStringLiteral("format=duration"), QStringLiteral("-of"),
                QStringLiteral("default=noprint_wrappers=1:nokey=1"), path }))
        .trimmed();
}

void tst_CaptureServer::compressedRecordingsAreRemuxedForPlayers()
{
    // WebM written to a pipe, as MediaRecorder writes it: no duration, no cues.
    const QByteArray webm = run(QStringLiteral("ffmpeg"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
            QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=frequency=440:duration=3"), QStringLiteral("-c:a"),
            QStringLiteral("libopus"), QStringLiteral("-f"), QStringLiteral("webm"),
            QStringLiteral("pipe:1") });
    QVERIFY(webm.size() > 1000);
    QFile streamed(m_server->filePath(QStringLiteral("streamed.webm")));
    QVERIFY(streamed.open(QIODevice::WriteOnly));
    streamed.write(webm);
    streamed.close();
    QCOMPARE(ffprobeDuration(streamed.fileName()), QStringLiteral("N/A"));

    ServerSettings keep = settings();
    keep.keepOriginals = true;
    QVERIFY(m_server->start(keep));
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(QStringLiteral("audio/webm;codecs=opus"), QStringLiteral("remux me"));
    client.waitFor(QStringLiteral("started"));
    for (qsizetype offset = 0; offset < webm.size(); offset += 1000)
        client.socket.sendBinaryMessage(webm.mid(offset, 1000));
    client.sendStop();
    const QString file = filePath(client.waitFor(QStringLiteral("stopped")));

    QTRY_VERIFY_WITH_TIMEOUT(
        Sidecar::load(RecordingPaths::sidecarPath(file), nullptr)->remuxed, 10000);
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(file), nullptr);
    QVERIFY(qAbs(ffprobeDuration(file).toDouble() - 3.0) < 0.1);
    QVERIFY(qAbs(sidecar->durationMs - 3000) < 100);
    // The stream as it arrived: its digest in the sidecar, and the bytes themselves kept beside.
    QCOMPARE(sidecar->originalSha256.toLatin1(), sha256(webm));
    QCOMPARE(sidecar->originalBytes, webm.size());
    QCOMPARE(readFile(QFileInfo(file).dir().filePath(sidecar->originalFile)), webm);
    // The remuxed copy and the kept original have a recording's mode, as the stream had.
    QCOMPARE(QFile::permissions(file) & 0x7777, RecordingWriter::FilePermissions);
    QCOMPARE(QFile::permissions(QFileInfo(file).dir().filePath(sidecar->originalFile)) & 0x7777,
        RecordingWriter::FilePermissions);
    // Same packets, so the same sound: ffmpeg decodes both to identical samples.
    const QStringList decode { QStringLiteral("-v"), QStringLiteral("error"),
        QStringLiteral("-i") };
    const QStringList toPcm { QStringLiteral("-f"), QStringLiteral("s16le"),
        QStringLiteral("pipe:1") };
    QCOMPARE(sha256(run(QStringLiteral("ffmpeg"), decode + QStringList { file } + toPcm)),
        sha256(
            run(QStringLiteral("ffmpeg"), decode + QStringList { streamed.fileName() } + toPcm)));
}

void tst_CaptureServer::diskFullEndsWithAPlayableFileAndItsSidecar()
{
    // The recording fills the disk to its last byte: the client is told, the file plays, and
    // the sidecar, which needs room to be rewritten, still says how it ended.
    TmpfsMount disk;
    QVERIFY2(disk.mount(QStringLiteral("1m")), qPrintable(disk.errorString()));
    ServerSettings onSmallDisk = settings();
    onSmallDisk.recordingsDir = disk.path();
    QVERIFY(m_server->start(onSmallDisk));

    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(Pcm16k, QStringLiteral("Filler"));
    const QJsonObject started = client.waitFor(QStringLiteral("started"));
    QVERIFY(!started.isEmpty());
    const QString file = disk.filePath(started.value(QLatin1String("file")).toString());
    for (int i = 0; i < 400 && !client.closed; ++i)
        client.socket.sendBinaryMessage(randomBytes(3200, quint32(i)));
    const QJsonObject error = client.waitFor(QStringLiteral("error"), 0, 10000);
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("disk_full"));
    QVERIFY(client.waitClosed());

    QString problem;
    std::optional<Sidecar> sidecar;
    QTRY_VERIFY((sidecar = Sidecar::load(RecordingPaths::sidecarPath(file), &problem))
        && sidecar->status == u"failed");
    QCOMPARE(sidecar->error, QStringLiteral("disk_full"));
    QVERIFY(client.ackedBytes() > 0);
    QVERIFY(sidecar->bytes >= client.ackedBytes());
    const QByteArray onDisk = readFile(file);
    const std::optional<WavHeader::Parsed> header = WavHeader::parse(onDisk.left(WavHeader::Size));
    QVERIFY(header);
    QCOMPARE(header->dataBytes, sidecar->bytes);
    QCOMPARE(onDisk.size(), WavHeader::Size + sidecar->bytes);
    // The server holds the folder open (its syncer's descriptor) until it stops: stop it before
    // the disk goes, so that it can be unmounted.
    QVERIFY(m_server->stop());
}

QTEST_GUILESS_MAIN(tst_CaptureServer)
#include "tst_captureserver.moc"
