#include <optional>
#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

#include "ffprobe.h"
#include "protocol/audioformat.h"
#include "storage/recordinglock.h"
#include "storage/recordingwriter.h"
#include "storage/sidecar.h"
#include "storage/sidecarrepair.h"
#include "storage/wavheader.h"
#include "testcheck.h"
#include "testdata.h"
#include "tmpfsmount.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Sidecar)

namespace {

// What a real player reads from the file: its duration in seconds.
std::optional<double> ffprobeDuration(const QString &path, QString *why)
{
    const std::optional<QJsonObject> root = ffprobeJson(path, why);
    if (!root)
        return std::nullopt;
    return root->value(u"format"_s).toObject().value(u"duration"_s).toString().toDouble();
}

Sidecar exampleSidecar()
{
    Sidecar sidecar;
    sidecar.session = u"5f0c1e2a9b3d4c71"_s;
    sidecar.label = u"Guest 1"_s;
    sidecar.peer = u"192.168.1.23:50412"_s;
    sidecar.userAgent = u"Mozilla/5.0 (X11; Linux x86_64)"_s;
    sidecar.format = u"audio/pcm;rate=16000;channels=1;bits=16"_s;
    sidecar.file = u"101500_Guest_1_5f0c1e2a9b3d4c71.wav"_s;
    sidecar.startedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 15, 0, 120), QTimeZone::utc());
    sidecar.endedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 15, 15, 132), QTimeZone::utc());
    sidecar.bytes = 480000;
    sidecar.chunks = 150;
    sidecar.status = u"complete"_s;
    return sidecar;
}

void compareSidecars(const Sidecar &actual, const Sidecar &expected)
{
    QCOMPARE(actual.session, expected.session);
    QCOMPARE(actual.label, expected.label);
    QCOMPARE(actual.peer, expected.peer);
    QCOMPARE(actual.userAgent, expected.userAgent);
    QCOMPARE(actual.format, expected.format);
    QCOMPARE(actual.file, expected.file);
    QCOMPARE(actual.startedAt, expected.startedAt);
    QCOMPARE(actual.endedAt.isValid(), expected.endedAt.isValid());
    if (expected.endedAt.isValid())
        QCOMPARE(actual.endedAt, expected.endedAt);
    QCOMPARE(actual.bytes, expected.bytes);
    QCOMPARE(actual.chunks, expected.chunks);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.error, expected.error);
    QCOMPARE(actual.resumeTokenSha256, expected.resumeTokenSha256);
    QCOMPARE(actual.call, expected.call);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.holders, expected.holders);
}

// A recording as the server leaves it on the disk, in a dated folder like the real ones.
struct FakeRecording
{
    QString audioPath;
    QString sidecarPath;
};

FakeRecording makeRecording(const QString &root, const QString &format, const QString &extension,
    const QString &status, const QByteArray &audio, const QString &day = u"2026-11-21"_s)
{
    const QString folder = root + u'/' + day;
    QDir().mkpath(folder);
    const QString base = u"101500_Guest_1_"_s + QString::number(qHash(audio) ^ qHash(day), 16);
    Sidecar sidecar = exampleSidecar();
    sidecar.format = format;
    sidecar.file = base + u'.' + extension;
    sidecar.status = status;
    // A crashed session's sidecar was last written when the session started.
    if (status == u"recording") {
        sidecar.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        sidecar.endedAt = {};
        sidecar.bytes = 0;
        sidecar.chunks = 0;
    }
    FakeRecording recording { folder + u'/' + sidecar.file, folder + u'/' + base + u".json"_s };
    if (!writeFile(recording.audioPath, audio) || !sidecar.save(recording.sidecarPath, nullptr))
        qFatal("cannot write the fake recording in %s", qPrintable(folder));
    return recording;
}

} // namespace

class TestSidecar final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void saveReplacesWholeFile();
    void saveSetsTheDocumentedMode_data();
    void saveSetsTheDocumentedMode();
    void saveOnAFullDiskUsesTheReserve();
    void saveRefusesMissingFolder();
    void loadRefusesGarbage_data();
    void loadRefusesGarbage();

    void repairsCrashedWav_data();
    void repairsCrashedWav();
    void repairsWavWithoutWholeHeader();
    void leavesEndedRecordingsAlone_data();
    void leavesEndedRecordingsAlone();
    void otherFormatsGetFileSize_data();
    void otherFormatsGetFileSize();
    void repairsEveryFolder();
    void repairClosesTheDeadHoldersStretch();
    void repairLeavesWhatAnotherInstanceHoldsAlone();
};

void TestSidecar::roundTrip_data()
{
    QTest::addColumn<Sidecar>("sidecar");
    QTest::addColumn<QString>("startedAtText");
    QTest::addColumn<QString>("endedAtText"); // empty: null

    const Sidecar complete = exampleSidecar();
    QTest::addRow("complete") << complete << u"2026-11-21T10:15:00.120Z"_s
                              << u"2026-11-21T10:15:15.132Z"_s;

    Sidecar failed = complete;
    failed.status = u"failed"_s;
    failed.error = u"disk_full"_s;
    QTest::addRow("failed, with its error")
        << failed << u"2026-11-21T10:15:00.120Z"_s << u"2026-11-21T10:15:15.132Z"_s;

    Sidecar recording = complete;
    recording.status = u"recording"_s;
    recording.endedAt = {};
    recording.bytes = 0;
    recording.chunks = 0;
    recording.resumeTokenSha256 = QString(64, u'a');
    QTest::addRow("recording, not ended")
        << recording << u"2026-11-21T10:15:00.120Z"_s << QString();

    Sidecar local = complete;
    local.startedAt = QDateTime(
        QDate(2026, 7, 1), QTime(11, 0, 0, 5), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    local.endedAt = local.startedAt.addSecs(3600);
    QTest::addRow("local start time stored in UTC")
        << local << u"2026-07-01T09:00:00.005Z"_s << u"2026-07-01T10:00:00.005Z"_s;

    Sidecar unusual = complete;
    unusual.label = u"Zoë \"the mic\" 🎤"_s;
    unusual.peer = u"[2001:db8::1]:50412"_s;
    unusual.userAgent = u"Agent/1.0\n\t\\"_s;
    unusual.format = u"audio/webm;codecs=opus"_s;
    unusual.file = u"101500_Zoë_the_mic_5f0c1e2a9b3d4c71.webm"_s;
    unusual.bytes = 5'000'000'123LL;
    unusual.chunks = 1'562'500;
    unusual.status = u"interrupted"_s;
    QTest::addRow("unicode, quotes, over 4 GiB")
        << unusual << u"2026-11-21T10:15:00.120Z"_s << u"2026-11-21T10:15:15.132Z"_s;

    // What other senders tell about themselves is kept as they said it, through every rewrite.
    Sidecar call = complete;
    call.format = u"audio/pcm;rate=8000;channels=2;bits=16"_s;
    call.call = QJsonObject { { u"streamSid"_s, u"MZ1"_s }, { u"callSid"_s, u"CA1"_s },
        { u"tracks"_s, QJsonArray { u"inbound"_s, u"outbound"_s } },
        { u"customParameters"_s, QJsonObject { { u"name"_s, u"Support line"_s } } },
        { u"inboundFile"_s, u"101500_Guest_1_5f0c1e2a9b3d4c71.inbound.wav"_s },
        { u"dtmf"_s, QJsonArray { QJsonObject { { u"digit"_s, u"1"_s }, { u"atMs"_s, 520 } } } } };
    QTest::addRow("a phone call's facts")
        << call << u"2026-11-21T10:15:00.120Z"_s << u"2026-11-21T10:15:15.132Z"_s;

    Sidecar source = complete;
    source.format = u"audio/ogg"_s;
    source.source = QJsonObject { { u"mount"_s, u"/show"_s }, { u"name"_s, u"Morning show"_s },
        { u"contentType"_s, u"application/ogg"_s } };
    QTest::addRow("an Icecast source's facts")
        << source << u"2026-11-21T10:15:00.120Z"_s << u"2026-11-21T10:15:15.132Z"_s;

    // Instances sharing the folder (docs/scaling.md): the last one still holds it.
    Sidecar handedOver = recording;
    handedOver.holders
        = { { u"earshot1"_s, complete.startedAt, complete.startedAt.addSecs(5), 0, 38400 },
              { u"earshot2"_s, complete.startedAt.addSecs(6), {}, 38400, -1 } };
    QTest::addRow("held by two instances in turn")
        << handedOver << u"2026-11-21T10:15:00.120Z"_s << QString();
}

void TestSidecar::roundTrip()
{
    QFETCH(Sidecar, sidecar);
    QFETCH(QString, startedAtText);
    QFETCH(QString, endedAtText);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"101500_Guest_1_5f0c1e2a9b3d4c71.json"_s);
    QString error;
    QVERIFY2(sidecar.save(path, &error), qPrintable(error));

    const std::optional<Sidecar> loaded = Sidecar::load(path, &error);
    QVERIFY2(loaded.has_value(), qPrintable(error));
    CHECK(compareSidecars(*loaded, sidecar));

    // What a person (or a script) reads in the file.
    const QJsonDocument document = QJsonDocument::fromJson(readFile(path));
    QVERIFY(document.isObject());
    const QJsonObject object = document.object();
    QCOMPARE(object.value(u"session"_s).toString(), sidecar.session);
    QCOMPARE(object.value(u"file"_s).toString(), sidecar.file);
    QCOMPARE(object.value(u"status"_s).toString(), sidecar.status);
    QCOMPARE(object.value(u"bytes"_s).toInteger(-1), sidecar.bytes);
    QCOMPARE(object.value(u"chunks"_s).toInteger(-1), sidecar.chunks);
    QCOMPARE(object.value(u"startedAt"_s).toString(), startedAtText);
    if (endedAtText.isEmpty())
        QVERIFY(object.value(u"endedAt"_s).isNull());
    else
        QCOMPARE(object.value(u"endedAt"_s).toString(), endedAtText);
    QCOMPARE(object.contains(u"error"_s), !sidecar.error.isEmpty());
    QCOMPARE(object.value(u"call"_s).toObject(), sidecar.call);
    QCOMPARE(object.contains(u"source"_s), !sidecar.source.isEmpty());
    QCOMPARE(object.value(u"holders"_s).toArray().size(), sidecar.holders.size());
    if (!sidecar.holders.isEmpty()) {
        const QJsonObject last = object.value(u"holders"_s).toArray().last().toObject();
        QCOMPARE(last.value(u"instance"_s).toString(), sidecar.holders.last().instance);
        QVERIFY(last.value(u"to"_s).isNull()); // still held
        QVERIFY(last.value(u"toByte"_s).isNull());
    }
}

void TestSidecar::saveReplacesWholeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"rec.json"_s);

    Sidecar first = exampleSidecar();
    first.status = u"recording"_s;
    first.userAgent = QString(4000, u'x');
    QVERIFY(first.save(path, nullptr));

    Sidecar second = exampleSidecar();
    QString error;
    QVERIFY2(second.save(path, &error), qPrintable(error));
    const std::optional<Sidecar> loaded = Sidecar::load(path, &error);
    QVERIFY2(loaded.has_value(), qPrintable(error));
    CHECK(compareSidecars(*loaded, second));
    // Nothing of the longer old text lingers, and no temporary file is left behind.
    QVERIFY(!readFile(path).contains("xxxx"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"rec.json"_s });
}

void TestSidecar::saveSetsTheDocumentedMode_data()
{
    QTest::addColumn<int>("umask");
    QTest::addColumn<int>("oldMode"); // of a sidecar already there; -1 for none
    QTest::addRow("new, umask 022") << 022 << -1;
    QTest::addRow("new, umask 000") << 000 << -1;
    QTest::addRow("new, umask 077") << 077 << -1;
    QTest::addRow("over a world-readable one") << 022 << 0644;
    QTest::addRow("over a private one") << 022 << 0600;
}

// The recordings' mode, 0640, for the first save and every later one, whatever the umask.
void TestSidecar::saveSetsTheDocumentedMode()
{
    QFETCH(int, umask);
    QFETCH(int, oldMode);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"rec.json"_s);
    const QByteArray name = QFile::encodeName(path);
    if (oldMode >= 0) {
        QVERIFY(exampleSidecar().save(path, nullptr));
        QCOMPARE(::chmod(name.constData(), mode_t(oldMode)), 0);
    }
    const mode_t previous = ::umask(mode_t(umask));
    QString error;
    const bool saved = exampleSidecar().save(path, &error);
    ::umask(previous);
    QVERIFY2(saved, qPrintable(error));

    struct stat status = {};
    QCOMPARE(::stat(name.constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, mode_t(0640));
    QCOMPARE(QFileInfo(path).permissions(), RecordingWriter::FilePermissions);
    QVERIFY(Sidecar::load(path, &error).has_value());
}

void TestSidecar::saveOnAFullDiskUsesTheReserve()
{
    TmpfsMount disk;
    QVERIFY2(disk.mount(u"1m"_s), qPrintable(disk.errorString()));
    const QDir dir(disk.path());
    const QString path = dir.filePath(u"rec.json"_s);

    Sidecar old = exampleSidecar();
    old.status = u"recording"_s;
    old.endedAt = {};
    QVERIFY(old.save(path, nullptr));

    // The recording fills the disk to the last byte.
    {
        QFile filler(dir.filePath(u"filler"_s));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'f');
        int blocks = 0;
        while (filler.write(block) == block.size() && blocks < 1000)
            ++blocks;
        QVERIFY2(blocks < 1000, "the 1 MiB disk never filled up");
    }

    // What the server writes when a session ends on that full disk: it lands, in the reserve.
    Sidecar updated = exampleSidecar();
    updated.status = u"failed"_s;
    updated.error = u"disk_full"_s;
    QString error;
    QVERIFY2(updated.save(path, &error), qPrintable(error));
    std::optional<Sidecar> loaded = Sidecar::load(path, &error);
    QVERIFY2(loaded.has_value(), qPrintable(error));
    CHECK(compareSidecars(*loaded, updated));
    QCOMPARE(
        dir.entryList(QDir::Files | QDir::Hidden), (QStringList { u"filler"_s, u"rec.json"_s }));

    // One that does not fit the reserve leaves the last one as it was.
    Sidecar tooLong = updated;
    tooLong.label = QString(8000, u'x');
    QVERIFY(!tooLong.save(path, &error));
    QVERIFY(!error.isEmpty());
    loaded = Sidecar::load(path, &error);
    QVERIFY2(loaded.has_value(), qPrintable(error));
    CHECK(compareSidecars(*loaded, updated));
    QCOMPARE(
        dir.entryList(QDir::Files | QDir::Hidden), (QStringList { u"filler"_s, u"rec.json"_s }));

    // With room again, saves replace the file whole, as always.
    QVERIFY(QFile::remove(dir.filePath(u"filler"_s)));
    QVERIFY2(tooLong.save(path, &error), qPrintable(error));
    const std::optional<Sidecar> reloaded = Sidecar::load(path, &error);
    QVERIFY2(reloaded.has_value(), qPrintable(error));
    CHECK(compareSidecars(*reloaded, tooLong));
}

void TestSidecar::saveRefusesMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(!exampleSidecar().save(dir.filePath(u"missing/rec.json"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestSidecar::loadRefusesGarbage_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("content");

    QByteArray valid;
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"valid.json"_s);
        exampleSidecar().save(path, nullptr);
        valid = readFile(path);
    }
    QVERIFY(!valid.isEmpty());

    QTest::addRow("no file") << false << QByteArray();
    QTest::addRow("empty file") << true << QByteArray();
    QTest::addRow("not JSON") << true << QByteArray("status: complete\n");
    QTest::addRow("binary") << true << randomBytes(300, 5);
    QTest::addRow("cut in half") << true << valid.left(valid.size() / 2);
    QTest::addRow("array") << true << QByteArray("[{\"session\":\"a\",\"file\":\"a.wav\"}]");
    QTest::addRow("string") << true << QByteArray("\"complete\"");
    QTest::addRow("empty object") << true << QByteArray("{}");
    QTest::addRow("no file name")
        << true << QByteArray("{\"session\":\"5f0c1e2a9b3d4c71\",\"status\":\"complete\"}");
    QTest::addRow("no status") << true
                               << QByteArray(
                                      "{\"session\":\"5f0c1e2a9b3d4c71\",\"file\":\"a.wav\"}");
    QTest::addRow("no session") << true
                                << QByteArray("{\"file\":\"a.wav\",\"status\":\"complete\"}");
    QTest::addRow("numbers for strings")
        << true << QByteArray("{\"session\":1,\"file\":2,\"status\":3}");
    QTest::addRow("a web page") << true << QByteArray("<html><body>{}</body></html>");
    // A sidecar names files beside it, never elsewhere.
    for (const char *file : { "../../x.wav", "/etc/passwd", "sub/a.wav", "..", ".", "a\\\\b.wav",
             ":qt-resource.wav" }) {
        QTest::addRow("file %s", file)
            << true
            << QByteArray("{\"session\":\"5f0c1e2a9b3d4c71\",\"status\":\"recording\",\"file\":\"")
                + file + "\"}";
    }
    QTest::addRow("original file outside")
        << true
        << QByteArray(
               "{\"session\":\"5f0c1e2a9b3d4c71\",\"status\":\"complete\",\"file\":\"a.webm\","
               "\"original\":{\"file\":\"../a.webm\"}}");
}

void TestSidecar::loadRefusesGarbage()
{
    QFETCH(bool, exists);
    QFETCH(QByteArray, content);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"rec.json"_s);
    if (exists)
        QVERIFY(writeFile(path, content));

    QString error;
    QVERIFY(!Sidecar::load(path, &error).has_value());
    QVERIFY2(!error.isEmpty(), "a refusal needs a reason");
    QVERIFY(!Sidecar::load(path, nullptr).has_value());
}

void TestSidecar::repairsCrashedWav_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("payloadBytes");
    QTest::addColumn<int>("expectedBytes");

    const QString mono = u"audio/pcm;rate=16000;channels=1;bits=16"_s;
    const QString stereo = u"audio/pcm;rate=48000;channels=2;bits=16"_s;
    QTest::addRow("mono, whole frames") << mono << 96000 << 96000;
    QTest::addRow("mono, odd byte dropped") << mono << 32001 << 32000;
    QTest::addRow("stereo, partial frame dropped") << stereo << 192003 << 192000;
    QTest::addRow("stereo, less than a frame") << stereo << 3 << 0;
    QTest::addRow("nothing after the header") << mono << 0 << 0;
    QTest::addRow("written as L16") << u"audio/L16;rate=48000;channels=2"_s << 19202 << 19200;
}

void TestSidecar::repairsCrashedWav()
{
    QFETCH(QString, format);
    QFETCH(int, payloadBytes);
    QFETCH(int, expectedBytes);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const AudioFormat::Pcm pcm = AudioFormat::fromMimeType(format, nullptr)->pcm();
    const QByteArray payload = randomBytes(payloadBytes, 11);
    // The header as create() wrote it; the crash came before any commit.
    const FakeRecording recording = makeRecording(
        root.path(), format, u"wav"_s, u"recording"_s, WavHeader::build(pcm, 0) + payload);
    const Sidecar before = *Sidecar::load(recording.sidecarPath, nullptr);

    const SidecarRepair::Report report = SidecarRepair::repairAll(root.path());
    QCOMPARE(report.failed, QStringList());
    QCOMPARE(report.repaired, QStringList { recording.sidecarPath });

    const QByteArray file = readFile(recording.audioPath);
    QCOMPARE(file.size(), WavHeader::Size + expectedBytes);
    const std::optional<WavHeader::Parsed> header = WavHeader::parse(file.left(WavHeader::Size));
    QVERIFY(header.has_value());
    QCOMPARE(header->dataBytes, expectedBytes);
    QCOMPARE(header->pcm.sampleRate, pcm.sampleRate);
    QCOMPARE(header->pcm.channels, pcm.channels);
    QCOMPARE(qFromLittleEndian<quint32>(file.constData() + WavHeader::RiffSizeOffset),
        quint32(file.size() - 8));
    QCOMPARE(sha256(file.mid(WavHeader::Size)), sha256(payload.left(expectedBytes)));

    QString error;
    const std::optional<Sidecar> after = Sidecar::load(recording.sidecarPath, &error);
    QVERIFY2(after.has_value(), qPrintable(error));
    QCOMPARE(after->status, u"interrupted"_s);
    QCOMPARE(after->bytes, expectedBytes);
    // The crash came after the last write to the file.
    QVERIFY(after->endedAt.isValid());
    QVERIFY(after->endedAt >= after->startedAt);
    QVERIFY(after->endedAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(after->session, before.session);
    QCOMPARE(after->label, before.label);
    QCOMPARE(after->file, before.file);
    QCOMPARE(after->format, before.format);
    QCOMPARE(after->startedAt, before.startedAt);

    if (expectedBytes > 0) {
        const std::optional<double> duration = ffprobeDuration(recording.audioPath, &error);
        QVERIFY2(duration.has_value(), qPrintable(error));
        QCOMPARE(qRound(*duration * 1000), qRound(expectedBytes * 1000.0 / pcm.bytesPerSecond()));
    }

    // A second start-up finds nothing left to do.
    QCOMPARE(SidecarRepair::repairAll(root.path()).repaired, QStringList());
}

void TestSidecar::repairsWavWithoutWholeHeader()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString format = u"audio/pcm;rate=16000;channels=1;bits=16"_s;
    const FakeRecording recording = makeRecording(root.path(), format, u"wav"_s, u"recording"_s,
        WavHeader::build(AudioFormat::Pcm {}, 0).left(20));

    const SidecarRepair::Report report = SidecarRepair::repairAll(root.path());
    QCOMPARE(report.repaired, QStringList { recording.sidecarPath });

    const QByteArray file = readFile(recording.audioPath);
    QCOMPARE(file.size(), WavHeader::Size);
    const std::optional<WavHeader::Parsed> header = WavHeader::parse(file);
    QVERIFY(header.has_value());
    QCOMPARE(header->dataBytes, 0);
    const std::optional<Sidecar> after = Sidecar::load(recording.sidecarPath, nullptr);
    QVERIFY(after.has_value());
    QCOMPARE(after->status, u"interrupted"_s);
    QCOMPARE(after->bytes, 0);
    QVERIFY(after->endedAt.isValid());
}

void TestSidecar::leavesEndedRecordingsAlone_data()
{
    QTest::addColumn<QString>("status");

    QTest::addRow("complete") << u"complete"_s;
    QTest::addRow("interrupted") << u"interrupted"_s;
    QTest::addRow("failed") << u"failed"_s;
}

void TestSidecar::leavesEndedRecordingsAlone()
{
    QFETCH(QString, status);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    // A header that disagrees with the file on purpose: repair must not even look.
    const FakeRecording recording
        = makeRecording(root.path(), u"audio/pcm;rate=16000;channels=1;bits=16"_s, u"wav"_s, status,
            WavHeader::build(AudioFormat::Pcm {}, 0) + randomBytes(3201, 3));
    const QByteArray audioBefore = readFile(recording.audioPath);
    const QByteArray sidecarBefore = readFile(recording.sidecarPath);

    const SidecarRepair::Report report = SidecarRepair::repairAll(root.path());
    QCOMPARE(report.repaired, QStringList());
    QCOMPARE(report.failed, QStringList());
    QCOMPARE(sha256(readFile(recording.audioPath)), sha256(audioBefore));
    QCOMPARE(sha256(readFile(recording.sidecarPath)), sha256(sidecarBefore));
}

void TestSidecar::otherFormatsGetFileSize_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<int>("size");

    QTest::addRow("webm") << u"audio/webm;codecs=opus"_s << u"webm"_s << 123457;
    QTest::addRow("ogg") << u"audio/ogg"_s << u"ogg"_s << 777;
    QTest::addRow("wav the client made itself") << u"audio/wav"_s << u"wav"_s << 32045;
    QTest::addRow("unknown") << u"application/octet-stream"_s << u"bin"_s << 1;
    QTest::addRow("empty webm") << u"audio/webm"_s << u"webm"_s << 0;
}

void TestSidecar::otherFormatsGetFileSize()
{
    QFETCH(QString, format);
    QFETCH(QString, extension);
    QFETCH(int, size);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QByteArray audio = randomBytes(size, 21);
    const FakeRecording recording
        = makeRecording(root.path(), format, extension, u"recording"_s, audio);

    const SidecarRepair::Report report = SidecarRepair::repairAll(root.path());
    QCOMPARE(report.failed, QStringList());
    QCOMPARE(report.repaired, QStringList { recording.sidecarPath });

    QCOMPARE(sha256(readFile(recording.audioPath)), sha256(audio));
    const std::optional<Sidecar> after = Sidecar::load(recording.sidecarPath, nullptr);
    QVERIFY(after.has_value());
    QCOMPARE(after->status, u"interrupted"_s);
    QCOMPARE(after->bytes, size);
    QVERIFY(after->endedAt.isValid());
    QCOMPARE(after->format, format);
}

void TestSidecar::repairsEveryFolder()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString pcm = u"audio/pcm;rate=16000;channels=1;bits=16"_s;
    const QByteArray header = WavHeader::build(AudioFormat::Pcm {}, 0);

    const FakeRecording a = makeRecording(
        root.path(), pcm, u"wav"_s, u"recording"_s, header + randomBytes(3200, 1), u"2026-11-20"_s);
    const FakeRecording b = makeRecording(root.path(), u"audio/webm"_s, u"webm"_s, u"recording"_s,
        randomBytes(999, 2), u"2026-11-21"_s);
    const FakeRecording c = makeRecording(
        root.path(), pcm, u"wav"_s, u"complete"_s, header + randomBytes(6400, 3), u"2026-11-21"_s);
    QVERIFY(writeFile(root.filePath(u"2026-11-21/notes.json"_s), "not a sidecar"));

    const SidecarRepair::Report report = SidecarRepair::repairAll(root.path());
    QStringList repaired = report.repaired;
    repaired.sort();
    QStringList expected { a.sidecarPath, b.sidecarPath };
    expected.sort();
    QCOMPARE(repaired, expected);
    QCOMPARE(Sidecar::load(a.sidecarPath, nullptr)->bytes, 3200);
    QCOMPARE(Sidecar::load(b.sidecarPath, nullptr)->bytes, 999);
    QCOMPARE(Sidecar::load(c.sidecarPath, nullptr)->status, u"complete"_s);
    QCOMPARE(readFile(root.filePath(u"2026-11-21/notes.json"_s)), QByteArray("not a sidecar"));
}

void TestSidecar::repairClosesTheDeadHoldersStretch()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString format = u"audio/pcm;rate=16000;channels=1;bits=16"_s;
    const QByteArray payload = randomBytes(6400, 5);
    const FakeRecording recording = makeRecording(root.path(), format, u"wav"_s, u"recording"_s,
        WavHeader::build(AudioFormat::fromMimeType(format, nullptr)->pcm(), 0) + payload);
    Sidecar sidecar = *Sidecar::load(recording.sidecarPath, nullptr);
    sidecar.holders = { { u"earshot1"_s, sidecar.startedAt, sidecar.startedAt.addSecs(1), 0, 3200 },
        { u"earshot2"_s, sidecar.startedAt.addSecs(2), {}, 3200, -1 } };
    QVERIFY(sidecar.save(recording.sidecarPath, nullptr));

    QCOMPARE(SidecarRepair::repairAll(root.path()).repaired, QStringList { recording.sidecarPath });
    const std::optional<Sidecar> after = Sidecar::load(recording.sidecarPath, nullptr);
    QVERIFY(after.has_value());
    QCOMPARE(after->holders.size(), qsizetype(2));
    QCOMPARE(after->holders.first(), sidecar.holders.first());
    // earshot2 died holding it: it wrote up to what the file holds, until its last write.
    QCOMPARE(after->holders.last().toByte, qint64(payload.size()));
    QCOMPARE(after->holders.last().to, after->endedAt);
}

void TestSidecar::repairLeavesWhatAnotherInstanceHoldsAlone()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const FakeRecording recording
        = makeRecording(root.path(), u"audio/pcm;rate=16000;channels=1;bits=16"_s, u"wav"_s,
            u"recording"_s, WavHeader::build(AudioFormat::Pcm {}, 0) + randomBytes(3201, 3));
    const QByteArray audioBefore = readFile(recording.audioPath);
    const QByteArray sidecarBefore = readFile(recording.sidecarPath);

    // Another instance sharing the folder records it: its lock is held.
    RecordingLock held;
    QCOMPARE(held.acquire(recording.audioPath), RecordingLock::Outcome::Acquired);
    SidecarRepair::Report report = SidecarRepair::repairAll(root.path());
    QCOMPARE(report.repaired, QStringList());
    QCOMPARE(report.failed, QStringList());
    QVERIFY(report.resumable.isEmpty());
    QCOMPARE(sha256(readFile(recording.audioPath)), sha256(audioBefore));
    QCOMPARE(sha256(readFile(recording.sidecarPath)), sha256(sidecarBefore));

    // It let go (or died): now it is a crash's to repair.
    held.release();
    report = SidecarRepair::repairAll(root.path());
    QCOMPARE(report.repaired, QStringList { recording.sidecarPath });
}

QTEST_GUILESS_MAIN(TestSidecar)
#include "tst_sidecar.moc"
