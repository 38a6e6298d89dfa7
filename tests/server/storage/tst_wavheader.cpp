// WavHeader::parseStream reads the WAV headers that clients of /ws/transcribe-stream send: the
// one Earshot writes, and those of other software (LIST and odd-sized chunks in any place,
// WAVE_FORMAT_EXTENSIBLE, a real ffmpeg file), with headerBytes exactly at the first sample; and
// it refuses, with a reason, what is not integer PCM or did not arrive whole.

#include <QByteArray>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "protocol/audioformat.h"
#include "runprogram.h"
#include "storage/wavheader.h"
#include "testdata.h"

using namespace Qt::StringLiterals;

namespace {

constexpr quint16 FormatPcm = 1;
constexpr quint16 FormatFloat = 3;
constexpr quint16 FormatExtensible = 0xFFFE;

// Samples no header byte looks like: if headerBytes is off by any amount, they do not compare.
const QByteArray Samples = QByteArray::fromHex("1181228233833484458556865787");

QByteArray le32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray le16(quint16 value)
{
    QByteArray bytes(2, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

// A RIFF chunk as the format has it: id, size, body, and a pad byte after an odd body.
QByteArray chunk(const QByteArray &id, const QByteArray &body, qint64 size = -1)
{
    QByteArray out = id + le32(quint32(size >= 0 ? size : body.size())) + body;
    if (body.size() % 2)
        out.append('\0');
    return out;
}

QByteArray fmtBody(quint16 tag, int sampleRate, int channels, int bits)
{
    const quint16 blockAlign = quint16(channels * bits / 8);
    return le16(tag) + le16(quint16(channels)) + le32(quint32(sampleRate))
        + le32(quint32(sampleRate) * blockAlign) + le16(blockAlign) + le16(quint16(bits));
}

QByteArray fmtChunk(quint16 tag, int sampleRate = 16000, int channels = 1, int bits = 16)
{
    return chunk("fmt ", fmtBody(tag, sampleRate, channels, bits));
}

// WAVEFORMATEXTENSIBLE: cbSize 22, valid bits, channel mask, KSDATAFORMAT_SUBTYPE_PCM.
QByteArray extensibleFmtChunk(int sampleRate, int channels, int bits)
{
    const QByteArray pcmSubFormat = QByteArray::fromHex("0100000000001000800000aa00389b71");
    return chunk("fmt ",
        fmtBody(FormatExtensible, sampleRate, channels, bits) + le16(22) + le16(quint16(bits))
            + le32(channels == 2 ? 0x3 : 0x4) + pcmSubFormat);
}

QByteArray dataChunkHead(qint64 sampleBytes)
{
    return "data" + le32(quint32(sampleBytes));
}

// A stream's first message: "RIFF", its size, "WAVE", the chunks, then the samples.
QByteArray riff(const QByteArray &chunks, const QByteArray &form = "WAVE")
{
    return "RIFF" + le32(quint32(4 + chunks.size() + Samples.size())) + form + chunks + Samples;
}

// An INFO list as taggers and ffmpeg write it, its one entry last and so unpadded inside: "Lavf6"
// makes the LIST's own body odd-sized (17 bytes), and a pad byte follows it.
QByteArray listChunk(const QByteArray &software)
{
    return chunk("LIST", QByteArray("INFOISFT") + le32(quint32(software.size())) + software);
}

} // namespace

class tst_WavHeader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesHeadersOfManyWriters_data();
    void parsesHeadersOfManyWriters();
    void refusesWithAReason_data();
    void refusesWithAReason();

private:
    QTemporaryDir m_dir;
};

void tst_WavHeader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_WavHeader::parsesHeadersOfManyWriters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("samples"); // what starts at headerBytes, to the end
    QTest::addColumn<int>("sampleRate");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("bits");

    const AudioFormat::Pcm mono16k;
    const QByteArray canonical = WavHeader::build(mono16k, Samples.size());
    QCOMPARE(canonical.size(), WavHeader::Size);
    QTest::addRow("Earshot's own 44 bytes") << canonical + Samples << Samples << 16000 << 1 << 16;

    const QByteArray list = listChunk("Lavf60");
    QVERIFY(list.size() % 2 == 0);
    QTest::addRow("LIST before fmt")
        << riff(list + fmtChunk(FormatPcm) + dataChunkHead(Samples.size())) << Samples << 16000 << 1
        << 16;

    const QByteArray oddList = listChunk("Lavf6");
    QCOMPARE(qFromLittleEndian<quint32>(oddList.constData() + 4), 17u);
    QCOMPARE(oddList.size(), 8 + 17 + 1); // and its pad byte
    QTest::addRow("odd-sized LIST between fmt and data, padded")
        << riff(fmtChunk(FormatPcm) + oddList + dataChunkHead(Samples.size())) << Samples << 16000
        << 1 << 16;
    QTest::addRow("odd LIST before fmt, fact after it") << riff(
        oddList + fmtChunk(FormatPcm) + chunk("fact", le32(7)) + dataChunkHead(Samples.size()))
                                                        << Samples << 16000 << 1 << 16;

    QTest::addRow("WAVE_FORMAT_EXTENSIBLE")
        << riff(extensibleFmtChunk(48000, 2, 16) + dataChunkHead(Samples.size())) << Samples
        << 48000 << 2 << 16;
    QTest::addRow("44.1 kHz stereo")
        << riff(fmtChunk(FormatPcm, 44100, 2, 16) + dataChunkHead(Samples.size())) << Samples
        << 44100 << 2 << 16;

    // Another program's header: ffmpeg writes a LIST chunk with its name before the data. The
    // same sine as raw samples is what must start at headerBytes.
    const QString wav = m_dir.filePath(u"ffmpeg.wav"_s);
    const QStringList sine { u"-nostdin"_s, u"-v"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
        u"sine=frequency=440:duration=0.1"_s, u"-ar"_s, u"44100"_s, u"-ac"_s, u"2"_s };
    // It prints nothing: what it wrote is in the file.
    runProgram(u"ffmpeg"_s, sine + QStringList { u"-y"_s, wav });
    const QByteArray written = readFile(wav);
    QVERIFY2(written.startsWith("RIFF"), "ffmpeg wrote no WAV");
    const QByteArray raw
        = runProgram(u"ffmpeg"_s, sine + QStringList { u"-f"_s, u"s16le"_s, u"pipe:1"_s });
    QVERIFY2(!raw.isEmpty() && raw.size() % 4 == 0, "ffmpeg wrote no raw stereo samples");
    QVERIFY2(written.contains("LIST"), "ffmpeg wrote no LIST chunk: the row proves less");
    QTest::addRow("ffmpeg's WAV") << written << raw << 44100 << 2 << 16;
}

void tst_WavHeader::parsesHeadersOfManyWriters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, samples);
    QFETCH(int, sampleRate);
    QFETCH(int, channels);
    QFETCH(int, bits);

    QString problem;
    const std::optional<WavHeader::StreamHeader> header = WavHeader::parseStream(bytes, &problem);
    QVERIFY2(header, qPrintable(problem));
    QCOMPARE(header->pcm.sampleRate, sampleRate);
    QCOMPARE(header->pcm.channels, channels);
    QCOMPARE(header->pcm.bitsPerSample, bits);
    QCOMPARE(header->headerBytes, bytes.size() - samples.size());
    QCOMPARE(sha256(bytes.mid(header->headerBytes)), sha256(samples));
    // The data chunk's size field is the 4 bytes just before the first sample.
    QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + header->headerBytes - 4),
        quint32(samples.size()));
}

void tst_WavHeader::refusesWithAReason_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // a part of the error string

    const QByteArray pcm = fmtChunk(FormatPcm);
    const QByteArray data = dataChunkHead(Samples.size());
    const QByteArray canonical = WavHeader::build(AudioFormat::Pcm(), Samples.size());

    QTest::addRow("nothing") << QByteArray() << u"not a RIFF/WAVE header"_s;
    QTest::addRow("not RIFF") << "RIFX" + canonical.mid(4) + Samples << u"not a RIFF/WAVE header"_s;
    QTest::addRow("RIFF but not WAVE") << riff(pcm + data, "AVI ") << u"not a RIFF/WAVE header"_s;
    QTest::addRow("cut inside RIFF's head") << canonical.left(10) << u"not a RIFF/WAVE header"_s;
    QTest::addRow("float samples (tag 3)")
        << riff(fmtChunk(FormatFloat, 16000, 1, 32) + data) << u"format 3, not integer PCM"_s;
    QTest::addRow("data before fmt") << riff(data + pcm) << u"no \"fmt \" chunk before its data"_s;
    QTest::addRow("cut inside fmt") << canonical.left(30) << u"did not arrive whole"_s;
    QTest::addRow("cut between fmt and data") << canonical.left(36) << u"did not arrive whole"_s;
    QTest::addRow("cut inside data's head") << canonical.left(40) << u"did not arrive whole"_s;
    QTest::addRow("cut inside a LIST")
        << riff(pcm + listChunk("Lavf60")).left(12 + pcm.size() + 12) << u"did not arrive whole"_s;
    QTest::addRow("LIST size past the bytes")
        << riff(pcm + chunk("LIST", "INFO", 0xFFFFFFF0) + data) << u"did not arrive whole"_s;
    QTest::addRow("fmt size past the bytes")
        << riff(chunk("fmt ", fmtBody(FormatPcm, 16000, 1, 16), 0x7FFFFFFF) + data)
        << u"did not arrive whole"_s;
}

void tst_WavHeader::refusesWithAReason()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    QString problem;
    const std::optional<WavHeader::StreamHeader> header = WavHeader::parseStream(bytes, &problem);
    QVERIFY2(!header, qPrintable(u"parsed, samples at %1"_s.arg(header ? header->headerBytes : 0)));
    QVERIFY2(problem.contains(reason), qPrintable(problem));
}

QTEST_GUILESS_MAIN(tst_WavHeader)
#include "tst_wavheader.moc"
