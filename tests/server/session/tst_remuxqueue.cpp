#include <optional>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "ffprobe.h"
#include "fragmentedmp4.h"
#include "runprogram.h"
#include "storage/recordinglock.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "testclient.h"
#include "testdata.h"
#include "testserver.h"

using namespace Qt::StringLiterals;

// Compressed recordings through a real server to the remux queue: what stays on the disk, what
// the sidecar says, what a player reads.
namespace {

constexpr int RemuxTimeoutMs = 20000;
const QString WebmOpus = u"audio/webm;codecs=opus"_s;
const QString Mp4 = u"audio/mp4"_s; // what Safari and WebKit send

// WebM as MediaRecorder streams it: written to a pipe, with no duration and no cues.
QByteArray webm(int seconds, int frequency = 440)
{
    return runProgram(u"ffmpeg"_s,
        { u"-v"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
            u"sine=frequency=%1:duration=%2"_s.arg(frequency).arg(seconds), u"-c:a"_s, u"libopus"_s,
            u"-f"_s, u"webm"_s, u"pipe:1"_s });
}

// Ogg Vorbis of one tone, as a stream source sends it.
QByteArray oggVorbis(int seconds, int frequency)
{
    return runProgram(u"ffmpeg"_s,
        { u"-v"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
            u"sine=frequency=%1:duration=%2"_s.arg(frequency).arg(seconds), u"-c:a"_s,
            u"libvorbis"_s, u"-f"_s, u"ogg"_s, u"pipe:1"_s });
}

// 64 bytes of noise over the header of a cluster past the middle.
QByteArray damagedInTheMiddle(const QByteArray &bytes)
{
    const qsizetype at = bytes.indexOf(QByteArray("\x1f\x43\xb6\x75"), bytes.size() / 2);
    if (at < 0)
        return {};
    QByteArray copy = bytes;
    copy.replace(at, 64, randomBytes(64, 9));
    return copy;
}

std::optional<double> ffprobeDuration(const QString &path)
{
    QString why;
    const std::optional<QJsonObject> root = ffprobeJson(path, &why);
    if (!root) {
        qWarning() << why;
        return std::nullopt;
    }
    return root->value(u"format"_s).toObject().value(u"duration"_s).toString().toDouble();
}

QString remuxState(const QString &file)
{
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(file), nullptr);
    return sidecar ? sidecar->remux.state : QString();
}

QString besideAs(const QString &file, const QString &infix)
{
    const QFileInfo info(file);
    return info.path() + u'/' + info.completeBaseName() + infix + info.suffix();
}

} // namespace

class tst_RemuxQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void streamStaysUnlessTheCopyHoldsAllOfIt_data();
    void streamStaysUnlessTheCopyHoldsAllOfIt();
    void bytesNeverChooseTheDemuxer();
    void expiredInterruptedSessionIsRemuxed();
    void webKitsMp4IsMendedAndPlaysToItsEnd();
    void mp4CutShortForGoodStillPlays();
    void chainedOggIsKeptAsItArrived();

private:
    ServerSettings settings() const;
    QString filePath(const QJsonObject &message) const;
    // Records `bytes` in one v1 session and stops it; returns the recording's path.
    QString record(TestClient &client, const QByteArray &bytes, qint64 *acknowledged = nullptr,
        const QString &format = WebmOpus);

    std::unique_ptr<TestServer> m_server;
};

ServerSettings tst_RemuxQueue::settings() const
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->path();
    settings.workerThreads = 2;
    return settings;
}

void tst_RemuxQueue::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
}

void tst_RemuxQueue::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

QString tst_RemuxQueue::filePath(const QJsonObject &message) const
{
    return m_server->path() + u'/' + message.value(QLatin1String("file")).toString();
}

QString tst_RemuxQueue::record(
    TestClient &client, const QByteArray &bytes, qint64 *acknowledged, const QString &format)
{
    if (!client.open(m_server->wsUrl()))
        return {};
    client.sendStart(format, u"remux"_s);
    if (client.waitFor(u"started"_s).isEmpty())
        return {};
    for (qsizetype offset = 0; offset < bytes.size(); offset += 1000)
        client.socket.sendBinaryMessage(bytes.mid(offset, 1000));
    client.sendStop();
    const QJsonObject stopped = client.waitFor(u"stopped"_s);
    if (acknowledged)
        *acknowledged = stopped.value(QLatin1String("bytes")).toInteger(-1);
    return stopped.isEmpty() ? QString() : filePath(stopped);
}

void tst_RemuxQueue::streamStaysUnlessTheCopyHoldsAllOfIt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("replaced");
    const QByteArray clean = webm(3);
    QTest::addRow("clean stream") << clean << true;
    QTest::addRow("64 damaged bytes in the middle") << damagedInTheMiddle(webm(30)) << false;
    QTest::addRow("WebM followed by garbage") << clean + randomBytes(200000, 5) << false;
}

void tst_RemuxQueue::streamStaysUnlessTheCopyHoldsAllOfIt()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, replaced);
    QVERIFY(bytes.size() > 10000);
    QVERIFY(m_server->start(settings()));
    TestClient client;
    qint64 acknowledged = -1;
    const QString file = record(client, bytes, &acknowledged);
    QVERIFY(!file.isEmpty());
    QCOMPARE(acknowledged, bytes.size());

    QTRY_VERIFY_WITH_TIMEOUT(!remuxState(file).isEmpty(), RemuxTimeoutMs);
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(file), nullptr);
    QVERIFY(sidecar);
    const QString copy = besideAs(file, u".remuxed."_s);
    qInfo("%lld bytes acknowledged; %s: %lld packets read, %lld in the copy; file %lld bytes, "
          "copy %lld bytes; %s",
        qlonglong(acknowledged), qPrintable(sidecar->remux.state),
        qlonglong(sidecar->remux.packetsIn), qlonglong(sidecar->remux.packetsOut),
        qlonglong(QFileInfo(file).size()), qlonglong(QFileInfo(copy).size()),
        qPrintable(sidecar->remux.reason));
    QCOMPARE(sidecar->remux.packetsOut, sidecar->remux.packetsIn);
    QVERIFY(sidecar->remux.packetsIn > 0);
    if (replaced) {
        QCOMPARE(sidecar->remux.state, u"replaced"_s);
        QVERIFY(sidecar->remuxed);
        QCOMPARE(sidecar->originalSha256.toLatin1(), sha256(bytes));
        QVERIFY(sha256(readFile(file)) != sha256(bytes));
        QVERIFY(!QFile::exists(copy));
        const std::optional<double> duration = ffprobeDuration(file);
        QVERIFY(duration && qAbs(*duration - 3.0) < 0.1);
    } else {
        // The stream as it arrived, byte for byte, and a copy beside it for players.
        QCOMPARE(sidecar->remux.state, u"kept_original"_s);
        QVERIFY(!sidecar->remuxed);
        QCOMPARE(sha256(readFile(file)), sha256(bytes));
        QVERIFY(!sidecar->remux.reason.isEmpty());
        QCOMPARE(sidecar->remuxError, sidecar->remux.reason);
        QCOMPARE(sidecar->remux.file, QFileInfo(copy).fileName());
        const std::optional<double> duration = ffprobeDuration(copy);
        QVERIFY(duration && *duration > 0);
        QCOMPARE(sidecar->durationMs, qRound64(*duration * 1000));
    }
}

void tst_RemuxQueue::bytesNeverChooseTheDemuxer()
{
    QVERIFY(m_server->start(settings()));
    // One client's recording, and another's whose bytes are an ffconcat script naming it (it is
    // beside them, in the same day's folder). Read as a playlist, they were a copy of it.
    TestClient first;
    const QByteArray sine = webm(3, 880);
    const QString other = record(first, sine);
    QVERIFY(!other.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(remuxState(other), u"replaced"_s, RemuxTimeoutMs);

    const QByteArray script
        = "ffconcat version 1.0\nfile '" + QFileInfo(other).fileName().toUtf8() + "'\n";
    TestClient second;
    const QString file = record(second, script);
    QVERIFY(!file.isEmpty());
    QCOMPARE(QFileInfo(file).dir(), QFileInfo(other).dir());
    QTRY_COMPARE_WITH_TIMEOUT(remuxState(file), u"failed"_s, RemuxTimeoutMs);

    QCOMPARE(readFile(file), script);
    QVERIFY(!QFile::exists(besideAs(file, u".remuxed."_s)));
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(file), nullptr);
    QVERIFY(!sidecar->remuxed);
    QCOMPARE(sidecar->remux.packetsIn, 0);
    QVERIFY(!sidecar->remuxError.isEmpty());
}

void tst_RemuxQueue::expiredInterruptedSessionIsRemuxed()
{
    ServerSettings shortWindow = settings();
    shortWindow.resumeWindow = std::chrono::milliseconds(500);
    QVERIFY(m_server->start(shortWindow));
    const QByteArray bytes = webm(3);

    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(WebmOpus, u"dropped"_s);
    const QString file = filePath(client.waitFor(u"started"_s));
    for (qsizetype offset = 0; offset < bytes.size(); offset += 1000)
        client.socket.sendBinaryMessage(bytes.mid(offset, 1000));
    QTRY_COMPARE(client.ackedBytes(), bytes.size());
    client.socket.abort(); // the network drops; the client never comes back

    QTRY_COMPARE_WITH_TIMEOUT(remuxState(file), u"replaced"_s, RemuxTimeoutMs);
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(file), nullptr);
    QCOMPARE(sidecar->status, u"interrupted"_s);
    QVERIFY(sidecar->remuxed);
    // Over for good: nothing is left to lock.
    QVERIFY(!QFile::exists(RecordingLock::lockPath(file)));
    QCOMPARE(sidecar->originalSha256.toLatin1(), sha256(bytes));
    // A remuxed file is not the stream a resume would continue.
    QCOMPARE(sidecar->resumeTokenSha256, QString());
    const std::optional<double> duration = ffprobeDuration(file);
    QVERIFY(duration && qAbs(*duration - 3.0) < 0.1);
}

void tst_RemuxQueue::webKitsMp4IsMendedAndPlaysToItsEnd()
{
    QVERIFY(m_server->start(settings()));
    const QByteArray bytes = asWebKitRecordsIt(fragmentedMp4(3));
    QVERIFY(!bytes.isEmpty());
    TestClient client;
    qint64 acknowledged = -1;
    const QString file = record(client, bytes, &acknowledged, Mp4);
    QVERIFY(!file.isEmpty());
    QCOMPARE(acknowledged, bytes.size());

    QTRY_COMPARE_WITH_TIMEOUT(remuxState(file), u"replaced"_s, RemuxTimeoutMs);
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(file), nullptr);
    QVERIFY(sidecar->remuxed);
    QCOMPARE(sidecar->remux.repairs.size(), 2);
    // The stream as it arrived is the one the sidecar names, doubled boxes and all.
    QCOMPARE(sidecar->originalBytes, bytes.size());
    QCOMPARE(sidecar->originalSha256.toLatin1(), sha256(bytes));
    QCOMPARE(decodeErrors(file), QString());
    const std::optional<double> duration = ffprobeDuration(file);
    QVERIFY(duration && qAbs(*duration - 3.0) < 0.1);
    // Nothing of the mending is left beside the recording.
    QCOMPARE(QFileInfo(file).dir().entryList({ u"*.mended.*"_s }, QDir::Files | QDir::Hidden),
        QStringList());
}

void tst_RemuxQueue::mp4CutShortForGoodStillPlays()
{
    ServerSettings shortWindow = settings();
    shortWindow.resumeWindow = std::chrono::milliseconds(500);
    QVERIFY(m_server->start(shortWindow));
    // The tab closes while its last fragment is on the way: half of its data arrives.
    const QByteArray whole = fragmentedMp4(3);
    const Fragment last = lastFullFragment(whole);
    QVERIFY(last.mdat.size > 0);
    const QByteArray bytes = whole.left(last.mdat.at + last.mdat.size / 2);

    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendStart(Mp4, u"closed"_s);
    const QString file = filePath(client.waitFor(u"started"_s));
    for (qsizetype offset = 0; offset < bytes.size(); offset += 1000)
        client.socket.sendBinaryMessage(bytes.mid(offset, 1000));
    QTRY_COMPARE(client.ackedBytes(), bytes.size());
    client.socket.abort(); // never to come back

    QTRY_COMPARE_WITH_TIMEOUT(remuxState(file), u"replaced"_s, RemuxTimeoutMs);
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(file), nullptr);
    QCOMPARE(sidecar->status, u"interrupted"_s);
    QCOMPARE(sidecar->remux.repairs.size(), 1);
    QVERIFY(sidecar->remux.repairs.first().contains(u"cut short"_s));
    QCOMPARE(sidecar->originalSha256.toLatin1(), sha256(bytes));
    qint64 samples = 0;
    QCOMPARE(decodeErrors(file, &samples), QString());
    // Two whole fragments of about a second, and part of the third.
    const std::optional<double> duration = ffprobeDuration(file);
    QVERIFY2(duration && *duration > 2.1 && *duration < 2.95,
        qPrintable(QString::number(duration.value_or(-1))));
}

// An ices2 playlist chains a new Ogg stream at every track, each with its own headers: one Ogg
// stream cannot hold them, players read the chain as it is, so it stays as it arrived.
void tst_RemuxQueue::chainedOggIsKeptAsItArrived()
{
    QVERIFY(m_server->start(settings()));
    const QByteArray chained = oggVorbis(2, 440) + oggVorbis(2, 660) + oggVorbis(1, 880);
    TestClient client;
    const QString file = record(client, chained, nullptr, u"audio/ogg"_s);
    QVERIFY(!file.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!remuxState(file).isEmpty(), RemuxTimeoutMs);
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(file), nullptr);
    QVERIFY(sidecar);
    QCOMPARE(sidecar->remux.state, u"skipped"_s);
    QVERIFY2(sidecar->remux.reason.contains(u"3 chains"_s), qPrintable(sidecar->remux.reason));
    QVERIFY(sidecar->remuxError.isEmpty());
    QCOMPARE(readFile(file), chained);
    // A player reads every chain, one after the other.
    const QByteArray decoded = runProgram(u"ffmpeg"_s,
        { u"-v"_s, u"error"_s, u"-i"_s, file, u"-f"_s, u"s16le"_s, u"-ac"_s, u"1"_s, u"-ar"_s,
            u"16000"_s, u"pipe:1"_s });
    QVERIFY2(std::abs(double(decoded.size()) / 2 / 16000 - 5.0) < 0.1,
        qPrintable(QString::number(double(decoded.size()) / 2 / 16000)));

    // A plain Ogg stream is still remuxed.
    TestClient plain;
    const QString single = record(plain, oggVorbis(2, 440), nullptr, u"audio/ogg"_s);
    QTRY_COMPARE_WITH_TIMEOUT(remuxState(single), u"replaced"_s, RemuxTimeoutMs);
}

QTEST_GUILESS_MAIN(tst_RemuxQueue)
#include "tst_remuxqueue.moc"
