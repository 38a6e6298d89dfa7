#include <QTest>

#include "protocol/audioformat.h"
#include "storage/wavheader.h"

using namespace Qt::StringLiterals;

class TestAudioFormat final : public QObject
{
    Q_OBJECT

private slots:
    void fromMimeType_data();
    void fromMimeType();
    void refusesPcm_data();
    void refusesPcm();
    void sniff_data();
    void sniff();
};

void TestAudioFormat::fromMimeType_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QString>("expectedMimeType");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<bool>("pcm");
    QTest::addColumn<int>("sampleRate");
    QTest::addColumn<int>("channels");

    // Containers are stored as they come, under their extension; the MIME type is kept as sent.
    const auto container = [](const char *tag, const QString &mime, const QString &expectedMime,
                               const QString &extension) {
        QTest::addRow("%s", tag) << mime << expectedMime << extension << false << 0 << 0;
    };
    container("webm opus", u"audio/webm;codecs=opus"_s, u"audio/webm;codecs=opus"_s, u"webm"_s);
    container("webm", u"audio/webm"_s, u"audio/webm"_s, u"webm"_s);
    container(
        "video webm", u"video/webm;codecs=vp8,opus"_s, u"video/webm;codecs=vp8,opus"_s, u"webm"_s);
    container(
        "webm mixed case", u"Audio/WebM; codecs=opus"_s, u"Audio/WebM; codecs=opus"_s, u"webm"_s);
    container("ogg opus", u"audio/ogg;codecs=opus"_s, u"audio/ogg;codecs=opus"_s, u"ogg"_s);
    container("application ogg", u"application/ogg"_s, u"application/ogg"_s, u"ogg"_s);
    container("opus", u"audio/opus"_s, u"audio/opus"_s, u"ogg"_s);
    container("ogg with spaces", u"  audio/ogg  "_s, u"audio/ogg"_s, u"ogg"_s);
    container("mp4", u"audio/mp4"_s, u"audio/mp4"_s, u"m4a"_s);
    container(
        "mp4 aac", u"audio/mp4;codecs=mp4a.40.2"_s, u"audio/mp4;codecs=mp4a.40.2"_s, u"m4a"_s);
    container("video mp4", u"video/mp4"_s, u"video/mp4"_s, u"m4a"_s);
    container("aac", u"audio/aac"_s, u"audio/aac"_s, u"aac"_s);
    container("mpeg", u"audio/mpeg"_s, u"audio/mpeg"_s, u"mp3"_s);
    container("wav", u"audio/wav"_s, u"audio/wav"_s, u"wav"_s);
    container("wave", u"audio/wave"_s, u"audio/wave"_s, u"wav"_s);
    container("x-wav", u"audio/x-wav"_s, u"audio/x-wav"_s, u"wav"_s);
    container("flac", u"audio/flac"_s, u"audio/flac"_s, u"flac"_s);
    container("matroska", u"audio/x-matroska"_s, u"audio/x-matroska"_s, u"mka"_s);
    container("unknown audio type", u"audio/x-something"_s, u"audio/x-something"_s, u"bin"_s);
    container("not audio", u"text/plain"_s, u"text/plain"_s, u"bin"_s);
    container("empty", QString(), u"application/octet-stream"_s, u"bin"_s);

    // Raw PCM becomes a WAV file; its MIME type is written out in full.
    const auto pcm
        = [](const char *tag, const QString &mime, int rate, int channels) {
              QTest::addRow("%s", tag)
                  << mime << u"audio/pcm;rate=%1;channels=%2;bits=16"_s.arg(rate).arg(channels)
                  << u"wav"_s << true << rate << channels;
          };
    pcm("pcm 16k mono", u"audio/pcm;rate=16000;channels=1;bits=16"_s, 16000, 1);
    pcm("pcm defaults", u"audio/pcm"_s, 16000, 1);
    pcm("pcm without bits", u"audio/pcm;rate=44100;channels=2"_s, 44100, 2);
    pcm("L16 48k stereo", u"audio/L16;rate=48000;channels=2"_s, 48000, 2);
    pcm("pcm with spaces", u"audio/pcm; rate = 22050 ; channels=2 ; bits=16"_s, 22050, 2);
    pcm("pcm upper case", u"AUDIO/PCM;RATE=24000;CHANNELS=1;BITS=16"_s, 24000, 1);
    pcm("pcm parameters reordered", u"audio/pcm;bits=16;channels=2;rate=32000"_s, 32000, 2);
    pcm("pcm lowest rate, most channels", u"audio/pcm;rate=8000;channels=8"_s, 8000, 8);
    pcm("pcm highest rate", u"audio/pcm;rate=192000;channels=1"_s, 192000, 1);
}

void TestAudioFormat::fromMimeType()
{
    QFETCH(QString, mimeType);
    QFETCH(QString, expectedMimeType);
    QFETCH(QString, extension);
    QFETCH(bool, pcm);
    QFETCH(int, sampleRate);
    QFETCH(int, channels);

    QString error;
    const std::optional<AudioFormat> format = AudioFormat::fromMimeType(mimeType, &error);
    QVERIFY2(format.has_value(), qPrintable(error));
    QVERIFY(format->isKnown());
    QCOMPARE(format->mimeType(), expectedMimeType);
    QCOMPARE(format->extension(), extension);
    QCOMPARE(format->isPcm(), pcm);
    if (pcm) {
        QCOMPARE(format->pcm().sampleRate, sampleRate);
        QCOMPARE(format->pcm().channels, channels);
        QCOMPARE(format->pcm().bitsPerSample, 16);
        QCOMPARE(format->pcm().bytesPerSecond(), sampleRate * channels * 2);
    }
}

void TestAudioFormat::refusesPcm_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QString>("reasonMentions");

    QTest::addRow("8-bit") << u"audio/pcm;rate=16000;channels=1;bits=8"_s << u"16-bit"_s;
    QTest::addRow("24-bit") << u"audio/pcm;rate=48000;channels=2;bits=24"_s << u"16-bit"_s;
    QTest::addRow("32-bit") << u"audio/pcm;rate=48000;channels=2;bits=32"_s << u"16-bit"_s;
    QTest::addRow("bits not a number") << u"audio/pcm;bits=sixteen"_s << u"16-bit"_s;
    QTest::addRow("rate too low") << u"audio/pcm;rate=7999;channels=1"_s << u"sample rate"_s;
    QTest::addRow("rate too high") << u"audio/pcm;rate=192001;channels=1"_s << u"sample rate"_s;
    QTest::addRow("rate zero") << u"audio/pcm;rate=0"_s << u"sample rate"_s;
    QTest::addRow("rate negative") << u"audio/pcm;rate=-16000"_s << u"sample rate"_s;
    QTest::addRow("rate not a number") << u"audio/pcm;rate=fast"_s << u"sample rate"_s;
    QTest::addRow("L16 rate too low") << u"audio/L16;rate=4000;channels=1"_s << u"sample rate"_s;
    QTest::addRow("0 channels") << u"audio/pcm;rate=16000;channels=0"_s << u"channels"_s;
    QTest::addRow("9 channels") << u"audio/pcm;rate=16000;channels=9"_s << u"channels"_s;
    QTest::addRow("L16 9 channels") << u"audio/L16;rate=48000;channels=9"_s << u"channels"_s;
}

void TestAudioFormat::refusesPcm()
{
    QFETCH(QString, mimeType);
    QFETCH(QString, reasonMentions);

    QString error;
    const std::optional<AudioFormat> format = AudioFormat::fromMimeType(mimeType, &error);
    QVERIFY(!format.has_value());
    QVERIFY2(error.contains(reasonMentions), qPrintable(error));
    // Callers that do not want the reason may pass no string.
    QVERIFY(!AudioFormat::fromMimeType(mimeType, nullptr).has_value());
}

void TestAudioFormat::sniff_data()
{
    QTest::addColumn<QByteArray>("firstBytes");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QString>("extension");

    const QByteArray wavHeader = WavHeader::build(AudioFormat::Pcm { 16000, 1, 16 }, 3200);

    QTest::addRow("EBML (webm)") << QByteArray("\x1A\x45\xDF\xA3\x9F\x42\x86\x81\x01\x42\xF7", 11)
                                 << u"audio/webm"_s << u"webm"_s;
    QTest::addRow("EBML magic only")
        << QByteArray("\x1A\x45\xDF\xA3", 4) << u"audio/webm"_s << u"webm"_s;
    QTest::addRow("OggS") << QByteArray("OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00", 14)
                          << u"audio/ogg"_s << u"ogg"_s;
    QTest::addRow("RIFF WAVE") << QByteArray("RIFF\x24\x7D\x00\x00WAVEfmt ", 16) << u"audio/wav"_s
                               << u"wav"_s;
    QTest::addRow("whole WAV header") << wavHeader << u"audio/wav"_s << u"wav"_s;
    QTest::addRow("ftyp (mp4)") << QByteArray("\x00\x00\x00\x20"
                                              "ftypM4A \x00\x00\x00\x00",
        16) << u"audio/mp4"_s << u"m4a"_s;
    QTest::addRow("ftyp only") << QByteArray("\x00\x00\x00\x18"
                                             "ftyp",
        8) << u"audio/mp4"_s << u"m4a"_s;

    const QString other = u"application/octet-stream"_s;
    QTest::addRow("RIFF but AVI") << QByteArray("RIFF\x24\x7D\x00\x00"
                                                "AVI LIST",
        16) << other << u"bin"_s;
    QTest::addRow("ID3 (mp3)") << QByteArray("ID3\x03\x00\x00\x00\x00\x0F\x76", 10) << other
                               << u"bin"_s;
    QTest::addRow("text") << QByteArray("hello world") << other << u"bin"_s;
    QTest::addRow("raw pcm silence") << QByteArray(3200, '\0') << other << u"bin"_s;
    QTest::addRow("empty") << QByteArray() << other << u"bin"_s;
    QTest::addRow("one byte") << QByteArray("\x1A", 1) << other << u"bin"_s;
    QTest::addRow("half EBML magic") << QByteArray("\x1A\x45", 2) << other << u"bin"_s;
    QTest::addRow("Ogg without S") << QByteArray("Ogg") << other << u"bin"_s;
    QTest::addRow("RIFF only") << QByteArray("RIFF") << other << u"bin"_s;
    QTest::addRow("RIFF, WAVE cut short")
        << QByteArray("RIFF\x24\x7D\x00\x00WAV", 11) << other << u"bin"_s;
    QTest::addRow("ftyp cut short") << QByteArray("\x00\x00\x00\x20"
                                                  "fty",
        7) << other << u"bin"_s;
}

void TestAudioFormat::sniff()
{
    QFETCH(QByteArray, firstBytes);
    QFETCH(QString, mimeType);
    QFETCH(QString, extension);

    const AudioFormat format = AudioFormat::sniff(firstBytes);
    QVERIFY(format.isKnown());
    QCOMPARE(format.mimeType(), mimeType);
    QCOMPARE(format.extension(), extension);
    // A sniffed stream is kept byte for byte, never rewrapped.
    QVERIFY(!format.isPcm());
}

QTEST_GUILESS_MAIN(TestAudioFormat)
#include "tst_audioformat.moc"
