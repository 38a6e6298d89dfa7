#include <limits>
#include <optional>
#include <sys/stat.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "ffprobe.h"
#include "protocol/audioformat.h"
#include "storage/recordingwriter.h"
#include "storage/wavheader.h"
#include "testcheck.h"
#include "testdata.h"
#include "tmpfsmount.h"

using namespace Qt::StringLiterals;

namespace {

AudioFormat formatFor(const QString &mimeType)
{
    return AudioFormat::fromMimeType(mimeType, nullptr).value();
}

struct Probe
{
    int sampleRate = 0;
    int channels = 0;
    double durationSeconds = -1;
};

// What a real player reads from the file.
std::optional<Probe> ffprobe(const QString &path, QString *why)
{
    const std::optional<QJsonObject> json = ffprobeJson(path, why);
    if (!json)
        return std::nullopt;
    const QJsonObject &root = *json;
    const QJsonArray streams = root.value(u"streams"_s).toArray();
    if (streams.size() != 1) {
        *why = u"ffprobe found %1 streams"_s.arg(streams.size());
        return std::nullopt;
    }
    const QJsonObject stream = streams.first().toObject();
    Probe probe;
    probe.sampleRate = stream.value(u"sample_rate"_s).toString().toInt();
    probe.channels = stream.value(u"channels"_s).toInt();
    probe.durationSeconds
        = root.value(u"format"_s).toObject().value(u"duration"_s).toString().toDouble();
    return probe;
}

quint32 le32At(const QByteArray &bytes, qsizetype offset)
{
    return qFromLittleEndian<quint32>(bytes.constData() + offset);
}

// Everything a player relies on, read back from the disk: the header's sizes and format, and the
// payload bytes themselves.
void verifyWavOnDisk(const QString &path, const AudioFormat::Pcm &pcm, const QByteArray &payload)
{
    const QByteArray file = readFile(path);
    QCOMPARE(file.size(), WavHeader::Size + payload.size());
    const std::optional<WavHeader::Parsed> header = WavHeader::parse(file.left(WavHeader::Size));
    QVERIFY2(header.has_value(), "the file does not start with a WAV header");
    QCOMPARE(header->dataBytes, payload.size());
    QCOMPARE(qint64(le32At(file, WavHeader::RiffSizeOffset)), file.size() - 8);
    QCOMPARE(header->pcm.sampleRate, pcm.sampleRate);
    QCOMPARE(header->pcm.channels, pcm.channels);
    QCOMPARE(header->pcm.bitsPerSample, 16);
    QCOMPARE(sha256(file.mid(WavHeader::Size)), sha256(payload));
}

void verifyPlayable(const QString &path, const AudioFormat::Pcm &pcm, qint64 payloadBytes)
{
    QString why;
    const std::optional<Probe> probe = ffprobe(path, &why);
    QVERIFY2(probe.has_value(), qPrintable(why));
    QCOMPARE(probe->sampleRate, pcm.sampleRate);
    QCOMPARE(probe->channels, pcm.channels);
    const double expected = double(payloadBytes) / pcm.bytesPerSecond();
    QVERIFY2(qAbs(probe->durationSeconds - expected) < 0.002,
        qPrintable(
            u"ffprobe says %1 s, expected %2 s"_s.arg(probe->durationSeconds).arg(expected)));
}

} // namespace

class TestRecordingWriter final : public QObject
{
    Q_OBJECT

private slots:
    void wavHeader_data();
    void wavHeader();
    void wavHeaderBytes();
    void wavHeaderClampsSizes_data();
    void wavHeaderClampsSizes();
    void wavHeaderParseRefuses_data();
    void wavHeaderParseRefuses();

    void createNeverOverwrites_data();
    void createNeverOverwrites();
    void createStartsEmpty_data();
    void createStartsEmpty();
    void createSetsTheDocumentedMode_data();
    void createSetsTheDocumentedMode();
    void pcmHeaderValidAfterEveryCommit_data();
    void pcmHeaderValidAfterEveryCommit();
    void otherFormatsByteIdentical_data();
    void otherFormatsByteIdentical();
    void reopenCutsAndContinues_data();
    void reopenCutsAndContinues();
    void reopenRefusesShortFile_data();
    void reopenRefusesShortFile();
    void reopenRewritesDamagedHeader();

    void diskFull_data();
    void diskFull();
};

void TestRecordingWriter::wavHeader_data()
{
    QTest::addColumn<int>("sampleRate");
    QTest::addColumn<int>("channels");
    QTest::addColumn<qint64>("dataBytes");

    QTest::addRow("16 kHz mono, empty") << 16000 << 1 << qint64(0);
    QTest::addRow("16 kHz mono, 15 s") << 16000 << 1 << qint64(480000);
    QTest::addRow("48 kHz stereo, 1 s") << 48000 << 2 << qint64(192000);
    QTest::addRow("8 kHz, 8 channels") << 8000 << 8 << qint64(16);
    QTest::addRow("192 kHz mono, 3 GiB") << 192000 << 1 << 3LL * 1024 * 1024 * 1024;
}

void TestRecordingWriter::wavHeader()
{
    QFETCH(int, sampleRate);
    QFETCH(int, channels);
    QFETCH(qint64, dataBytes);

    const AudioFormat::Pcm pcm { sampleRate, channels, 16 };
    const QByteArray header = WavHeader::build(pcm, dataBytes);
    QCOMPARE(header.size(), WavHeader::Size);
    QVERIFY(header.startsWith("RIFF"));
    QCOMPARE(header.mid(8, 8), QByteArray("WAVEfmt "));
    QCOMPARE(header.mid(36, 4), QByteArray("data"));
    QCOMPARE(qint64(le32At(header, WavHeader::RiffSizeOffset)), dataBytes + WavHeader::Size - 8);
    QCOMPARE(qint64(le32At(header, 28)), qint64(sampleRate) * channels * 2); // byte rate
    QCOMPARE(qFromLittleEndian<quint16>(header.constData() + 32), quint16(channels * 2));

    const std::optional<WavHeader::Parsed> parsed = WavHeader::parse(header);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->pcm.sampleRate, sampleRate);
    QCOMPARE(parsed->pcm.channels, channels);
    QCOMPARE(parsed->pcm.bitsPerSample, 16);
    QCOMPARE(parsed->dataBytes, dataBytes);
}

void TestRecordingWriter::wavHeaderBytes()
{
    // The canonical header, byte for byte, for an empty 16 kHz mono file.
    const QByteArray expected = QByteArray::fromHex("52494646"
                                                    "24000000"
                                                    "57415645"
                                                    "666d7420"
                                                    "10000000"
                                                    "0100"
                                                    "0100"
                                                    "803e0000"
                                                    "007d0000"
                                                    "0200"
                                                    "1000"
                                                    "64617461"
                                                    "00000000");
    QCOMPARE(WavHeader::build(AudioFormat::Pcm { 16000, 1, 16 }, 0).toHex(), expected.toHex());
}

void TestRecordingWriter::wavHeaderClampsSizes_data()
{
    QTest::addColumn<qint64>("dataBytes");
    QTest::addColumn<quint32>("dataField");
    QTest::addColumn<quint32>("riffField");

    QTest::addRow("negative") << qint64(-5) << quint32(0) << quint32(36);
    QTest::addRow("largest that fits")
        << qint64(0xFFFFFFFFLL - 36) << quint32(0xFFFFFFFFu - 36) << quint32(0xFFFFFFFFu);
    QTest::addRow("4 GiB") << qint64(0x100000000LL) << quint32(0xFFFFFFFFu - 36)
                           << quint32(0xFFFFFFFFu);
    QTest::addRow("10 GiB") << 10LL * 1024 * 1024 * 1024 << quint32(0xFFFFFFFFu - 36)
                            << quint32(0xFFFFFFFFu);
}

void TestRecordingWriter::wavHeaderClampsSizes()
{
    QFETCH(qint64, dataBytes);
    QFETCH(quint32, dataField);
    QFETCH(quint32, riffField);

    const QByteArray header = WavHeader::build(AudioFormat::Pcm {}, dataBytes);
    QCOMPARE(le32At(header, WavHeader::DataSizeOffset), dataField);
    QCOMPARE(le32At(header, WavHeader::RiffSizeOffset), riffField);
    QCOMPARE(le32At(WavHeader::dataSizeField(dataBytes), 0), dataField);
    QCOMPARE(le32At(WavHeader::riffSizeField(dataBytes), 0), riffField);
}

void TestRecordingWriter::wavHeaderParseRefuses_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray good = WavHeader::build(AudioFormat::Pcm {}, 3200);
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("cut short") << good.left(43);
    QTest::addRow("RIFX (big-endian)") << QByteArray(good).replace(0, 4, "RIFX");
    QTest::addRow("AVI") << QByteArray(good).replace(8, 4, "AVI ");
    QTest::addRow("no fmt chunk first") << QByteArray(good).replace(12, 4, "LIST");
    QTest::addRow("no data chunk") << QByteArray(good).replace(36, 4, "fact");
    QTest::addRow("webm") << randomBytes(44, 1).replace(0, 4, "\x1A\x45\xDF\xA3");
}

void TestRecordingWriter::wavHeaderParseRefuses()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!WavHeader::parse(bytes).has_value());
}

void TestRecordingWriter::createNeverOverwrites_data()
{
    QTest::addColumn<QString>("mimeType");

    QTest::addRow("pcm") << u"audio/pcm;rate=16000;channels=1;bits=16"_s;
    QTest::addRow("webm") << u"audio/webm;codecs=opus"_s;
    QTest::addRow("unknown") << u"application/x-foo"_s;
}

void TestRecordingWriter::createNeverOverwrites()
{
    QFETCH(QString, mimeType);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"101500_Guest_1_5f0c1e2a9b3d4c71.bin"_s);
    const QByteArray precious = randomBytes(5000, 7);
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        QCOMPARE(existing.write(precious), precious.size());
    }

    RecordingWriter writer;
    QVERIFY(!writer.create(path, formatFor(mimeType)));
    QVERIFY(!writer.isOpen());
    QVERIFY(!writer.errorString().isEmpty());
    QCOMPARE(sha256(readFile(path)), sha256(precious));
}

void TestRecordingWriter::createStartsEmpty_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<qint64>("size");

    QTest::addRow("pcm gets a header for no data")
        << u"audio/pcm;rate=16000;channels=1;bits=16"_s << WavHeader::Size;
    QTest::addRow("webm is empty") << u"audio/webm;codecs=opus"_s << qint64(0);
    QTest::addRow("ogg is empty") << u"audio/ogg"_s << qint64(0);
}

void TestRecordingWriter::createStartsEmpty()
{
    QFETCH(QString, mimeType);
    QFETCH(qint64, size);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"new.rec"_s);
    const AudioFormat format = formatFor(mimeType);
    RecordingWriter writer;
    QVERIFY2(writer.create(path, format), qPrintable(writer.errorString()));
    QVERIFY(writer.isOpen());
    QCOMPARE(writer.payloadBytes(), 0);
    QCOMPARE(QFileInfo(path).size(), size);
    if (format.isPcm())
        CHECK(verifyWavOnDisk(path, format.pcm(), {}));
}

void TestRecordingWriter::createSetsTheDocumentedMode_data()
{
    QTest::addColumn<int>("umask");
    QTest::addRow("umask 022") << 022;
    QTest::addRow("umask 002") << 002;
    QTest::addRow("umask 000") << 000;
    QTest::addRow("umask 077") << 077;
}

// 0640 whatever the umask: the owner reads and writes, the group reads, others nothing.
void TestRecordingWriter::createSetsTheDocumentedMode()
{
    QFETCH(int, umask);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"new.wav"_s);
    const mode_t previous = ::umask(mode_t(umask));
    RecordingWriter writer;
    const bool created
        = writer.create(path, formatFor(u"audio/pcm;rate=16000;channels=1;bits=16"_s));
    ::umask(previous);
    QVERIFY2(created, qPrintable(writer.errorString()));

    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, mode_t(0640));
    QCOMPARE(QFileInfo(path).permissions(), RecordingWriter::FilePermissions);
}

void TestRecordingWriter::pcmHeaderValidAfterEveryCommit_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QList<int>>("chunkSizes");

    QTest::addRow("16 kHz mono, 100 ms chunks")
        << u"audio/pcm;rate=16000;channels=1;bits=16"_s << QList<int>(30, 3200);
    QTest::addRow("48 kHz stereo, 20 ms chunks")
        << u"audio/L16;rate=48000;channels=2"_s << QList<int>(100, 3840);
    QTest::addRow("uneven chunks, whole frames at the end")
        << u"audio/pcm;rate=16000;channels=1;bits=16"_s
        << QList<int> { 1, 3, 4095, 4097, 2, 65536, 17, 1001, 2 };
    QTest::addRow("one big chunk")
        << u"audio/pcm;rate=44100;channels=2;bits=16"_s << QList<int> { 44100 * 4 * 2 };
    QTest::addRow("empty chunks too")
        << u"audio/pcm;rate=8000;channels=1;bits=16"_s << QList<int> { 0, 1600, 0, 1600 };
}

void TestRecordingWriter::pcmHeaderValidAfterEveryCommit()
{
    QFETCH(QString, mimeType);
    QFETCH(QList<int>, chunkSizes);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"101500_Guest_1_5f0c1e2a9b3d4c71.wav"_s);
    const AudioFormat format = formatFor(mimeType);
    QVERIFY(format.isPcm());

    RecordingWriter writer;
    QVERIFY2(writer.create(path, format), qPrintable(writer.errorString()));
    QByteArray sent;
    for (qsizetype i = 0; i < chunkSizes.size(); ++i) {
        const QByteArray chunk = randomBytes(chunkSizes.at(i), quint32(i));
        QCOMPARE(writer.append(chunk), RecordingWriter::Result::Ok);
        sent += chunk;
        QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
        QCOMPARE(writer.payloadBytes(), sent.size());
        // What survives if Earshot dies right after this acknowledgement.
        verifyWavOnDisk(path, format.pcm(), sent);
        if (QTest::currentTestFailed()) {
            qWarning("the file was wrong after chunk %lld", qlonglong(i));
            return;
        }
    }
    writer.close();
    QVERIFY(!writer.isOpen());
    CHECK(verifyWavOnDisk(path, format.pcm(), sent));
    CHECK(verifyPlayable(path, format.pcm(), sent.size()));
}

void TestRecordingWriter::otherFormatsByteIdentical_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QList<int>>("chunkSizes");

    QTest::addRow("webm") << u"audio/webm;codecs=opus"_s << QList<int>(50, 1234);
    QTest::addRow("ogg, uneven") << u"audio/ogg;codecs=opus"_s
                                 << QList<int> { 1, 65536, 3, 0, 4096, 777 };
    QTest::addRow("sent as wav, kept as is") << u"audio/wav"_s << QList<int> { 44, 32000, 32000 };
    QTest::addRow("unknown type") << u"application/x-foo"_s << QList<int> { 100000 };
}

void TestRecordingWriter::otherFormatsByteIdentical()
{
    QFETCH(QString, mimeType);
    QFETCH(QList<int>, chunkSizes);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const AudioFormat format = formatFor(mimeType);
    QVERIFY(!format.isPcm());
    const QString path = dir.filePath(u"rec."_s + format.extension());

    RecordingWriter writer;
    QVERIFY2(writer.create(path, format), qPrintable(writer.errorString()));
    QByteArray sent;
    for (qsizetype i = 0; i < chunkSizes.size(); ++i) {
        const QByteArray chunk = randomBytes(chunkSizes.at(i), quint32(1000 + i));
        QCOMPARE(writer.append(chunk), RecordingWriter::Result::Ok);
        QVERIFY(writer.commit());
        sent += chunk;
        QCOMPARE(QFileInfo(path).size(), sent.size());
    }
    writer.close();
    QCOMPARE(writer.payloadBytes(), sent.size());
    QCOMPARE(sha256(readFile(path)), sha256(sent));
}

void TestRecordingWriter::reopenCutsAndContinues_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<int>("ackedChunks");
    QTest::addColumn<int>("unackedBytes");
    QTest::addColumn<int>("laterChunks");

    const QString pcm = u"audio/pcm;rate=16000;channels=1;bits=16"_s;
    QTest::addRow("pcm, unacknowledged tail cut") << pcm << 5 << 1000 << 3;
    QTest::addRow("pcm, nothing unacknowledged") << pcm << 5 << 0 << 3;
    QTest::addRow("pcm, nothing acknowledged") << pcm << 0 << 3200 << 2;
    QTest::addRow("pcm, odd tail") << pcm << 2 << 3 << 1;
    QTest::addRow("webm, unacknowledged tail cut") << u"audio/webm"_s << 4 << 2500 << 4;
    QTest::addRow("ogg, nothing acknowledged") << u"audio/ogg"_s << 0 << 777 << 2;
}

void TestRecordingWriter::reopenCutsAndContinues()
{
    QFETCH(QString, mimeType);
    QFETCH(int, ackedChunks);
    QFETCH(int, unackedBytes);
    QFETCH(int, laterChunks);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const AudioFormat format = formatFor(mimeType);
    const QString path = dir.filePath(u"rec."_s + format.extension());
    const qint64 headerSize = format.isPcm() ? WavHeader::Size : 0;

    QByteArray acknowledged;
    {
        RecordingWriter first;
        QVERIFY2(first.create(path, format), qPrintable(first.errorString()));
        for (int i = 0; i < ackedChunks; ++i) {
            const QByteArray chunk = randomBytes(3200, quint32(i));
            QCOMPARE(first.append(chunk), RecordingWriter::Result::Ok);
            QVERIFY(first.commit());
            acknowledged += chunk;
        }
        // Bytes that reached the file but never the client's ack: the client sends them again.
        QCOMPARE(first.append(randomBytes(unackedBytes, 999)), RecordingWriter::Result::Ok);
    }
    QCOMPARE(QFileInfo(path).size(), headerSize + acknowledged.size() + unackedBytes);

    RecordingWriter second;
    QVERIFY2(second.reopen(path, format, acknowledged.size()), qPrintable(second.errorString()));
    QCOMPARE(second.payloadBytes(), acknowledged.size());
    QCOMPARE(QFileInfo(path).size(), headerSize + acknowledged.size());
    if (format.isPcm())
        CHECK(verifyWavOnDisk(path, format.pcm(), acknowledged));
    else
        QCOMPARE(sha256(readFile(path)), sha256(acknowledged));

    QByteArray all = acknowledged;
    for (int i = 0; i < laterChunks; ++i) {
        const QByteArray chunk = randomBytes(3200, quint32(500 + i));
        QCOMPARE(second.append(chunk), RecordingWriter::Result::Ok);
        QVERIFY(second.commit());
        all += chunk;
    }
    second.close();
    QCOMPARE(second.payloadBytes(), all.size());
    if (format.isPcm()) {
        CHECK(verifyWavOnDisk(path, format.pcm(), all));
        CHECK(verifyPlayable(path, format.pcm(), all.size()));
    } else {
        QCOMPARE(sha256(readFile(path)), sha256(all));
    }
}

void TestRecordingWriter::reopenRefusesShortFile_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<int>("written");
    QTest::addColumn<qint64>("claimed");

    const QString pcm = u"audio/pcm;rate=16000;channels=1;bits=16"_s;
    QTest::addRow("pcm") << pcm << 3200 << qint64(3201);
    QTest::addRow("webm") << u"audio/webm"_s << 100 << qint64(6400);
    // The count comes from a sidecar: a negative one must not cut into the header, a huge one
    // must not overflow (fuzz_wavheader found both).
    QTest::addRow("pcm negative") << pcm << 3200 << qint64(-40);
    QTest::addRow("pcm huge") << pcm << 3200 << std::numeric_limits<qint64>::max();
    QTest::addRow("webm negative") << u"audio/webm"_s << 100 << qint64(-1);
}

void TestRecordingWriter::reopenRefusesShortFile()
{
    QFETCH(QString, mimeType);
    QFETCH(int, written);
    QFETCH(qint64, claimed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const AudioFormat format = formatFor(mimeType);
    const QString path = dir.filePath(u"rec."_s + format.extension());
    {
        RecordingWriter first;
        QVERIFY(first.create(path, format));
        QCOMPARE(first.append(randomBytes(written, 3)), RecordingWriter::Result::Ok);
    }
    const QByteArray before = readFile(path);

    RecordingWriter second;
    QVERIFY(!second.reopen(path, format, claimed));
    QVERIFY(!second.isOpen());
    QVERIFY(!second.errorString().isEmpty());
    QCOMPARE(sha256(readFile(path)), sha256(before));

    RecordingWriter missing;
    QVERIFY(!missing.reopen(dir.filePath(u"gone.wav"_s), format, 0));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"gone.wav"_s)));
}

void TestRecordingWriter::reopenRewritesDamagedHeader()
{
    // A resumed recording's header says the session's format, whatever the file held (found by
    // fuzz_sidecar: only the sizes were patched, so a damaged header stayed damaged).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const AudioFormat format = formatFor(u"audio/pcm;rate=16000;channels=1;bits=16"_s);
    const QString path = dir.filePath(u"rec.wav"_s);
    const QByteArray payload = randomBytes(3200, 7);
    {
        RecordingWriter first;
        QVERIFY(first.create(path, format));
        QCOMPARE(first.append(payload), RecordingWriter::Result::Ok);
    }
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QCOMPARE(file.write(QByteArray(int(WavHeader::Size), 'x')), WavHeader::Size);
    }

    RecordingWriter second;
    QVERIFY2(second.reopen(path, format, payload.size()), qPrintable(second.errorString()));
    second.close();
    CHECK(verifyWavOnDisk(path, format.pcm(), payload));
}

void TestRecordingWriter::diskFull_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<int>("chunkSize");

    const QString mono = u"audio/pcm;rate=16000;channels=1;bits=16"_s;
    // Chunks that straddle page boundaries end in a partial write; page-sized ones in a refusal.
    QTest::addRow("100 ms mono chunks") << mono << 3200;
    QTest::addRow("page-sized chunks") << mono << 4096;
    QTest::addRow("64 KiB chunks") << mono << 65536;
    QTest::addRow("20 ms 48 kHz stereo chunks") << u"audio/L16;rate=48000;channels=2"_s << 3840;
}

void TestRecordingWriter::diskFull()
{
    QFETCH(QString, mimeType);
    QFETCH(int, chunkSize);

    TmpfsMount disk;
    QVERIFY2(disk.mount(u"1m"_s), qPrintable(disk.errorString()));

    const AudioFormat format = formatFor(mimeType);
    const QString path = disk.filePath(u"full.wav"_s);
    RecordingWriter writer;
    QVERIFY2(writer.create(path, format), qPrintable(writer.errorString()));

    QByteArray kept;
    RecordingWriter::Result result = RecordingWriter::Result::Ok;
    for (int i = 0; i < 10000 && result == RecordingWriter::Result::Ok; ++i) {
        const QByteArray chunk = randomBytes(chunkSize, quint32(i));
        result = writer.append(chunk);
        if (result == RecordingWriter::Result::Ok) {
            kept += chunk;
            QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
        }
    }
    QCOMPARE(result, RecordingWriter::Result::DiskFull);
    // The disk really filled up: nearly all of its 1 MiB holds audio.
    QVERIFY2(kept.size() > 1024 * 1024 - 2 * qMax(chunkSize, 4096),
        qPrintable(u"only %1 bytes fit"_s.arg(kept.size())));
    QCOMPARE(writer.payloadBytes(), kept.size());

    // The refused chunk left no trace, and the file ends on the last whole chunk.
    QVERIFY(writer.commit());
    CHECK(verifyWavOnDisk(path, format.pcm(), kept));
    QCOMPARE(writer.append(randomBytes(chunkSize, 4242)), RecordingWriter::Result::DiskFull);
    CHECK(verifyWavOnDisk(path, format.pcm(), kept));

    writer.close();
    CHECK(verifyWavOnDisk(path, format.pcm(), kept));
    CHECK(verifyPlayable(path, format.pcm(), kept.size()));
}

QTEST_GUILESS_MAIN(TestRecordingWriter)
#include "tst_recordingwriter.moc"
