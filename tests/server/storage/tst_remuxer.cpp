#include <optional>

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "ffprobe.h"
#include "runprogram.h"
#include "storage/remuxer.h"
#include "testdata.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Remuxer::Container)
Q_DECLARE_METATYPE(std::optional<Remuxer::Container>)

namespace {

constexpr int StreamSeconds = 3;

// A sine as MediaRecorder streams it: written to a pipe, so with no duration and no index.
QByteArray stream(const QStringList &encoding)
{
    return runProgram(u"ffmpeg"_s,
        QStringList { u"-v"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
            u"sine=frequency=440:duration=%1"_s.arg(StreamSeconds) }
            + encoding + QStringList { u"pipe:1"_s });
}

// What a player hears: the decoded samples.
QByteArray decoded(const QString &path)
{
    return sha256(runProgram(
        u"ffmpeg"_s, { u"-v"_s, u"error"_s, u"-i"_s, path, u"-f"_s, u"s16le"_s, u"pipe:1"_s }));
}

// 64 bytes of noise over the container's framing past the middle (a cluster's, page's or
// fragment's header), as a flaky link or disk would leave them.
QByteArray damaged(const QByteArray &bytes, const QByteArray &framing)
{
    const qsizetype at = bytes.indexOf(framing, bytes.size() / 2);
    if (at < 0)
        return {};
    QByteArray copy = bytes;
    copy.replace(at, 64, randomBytes(64, 9));
    return copy;
}

} // namespace

class tst_Remuxer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containerOf_data();
    void containerOf();
    void cleanStreamIsCopiedWhole_data();
    void cleanStreamIsCopiedWhole();
    void damagedStreamIsOnlyPartlyCopied_data();
    void damagedStreamIsOnlyPartlyCopied();
    void contentNeverChoosesTheDemuxer_data();
    void contentNeverChoosesTheDemuxer();

private:
    QTemporaryDir m_dir;
};

void tst_Remuxer::containerOf_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<std::optional<Remuxer::Container>>("container");
    using Remuxer::Container;
    QTest::addRow("WebM") << u"audio/webm;codecs=opus"_s << std::optional(Container::WebM);
    QTest::addRow("WebM video") << u"video/webm;codecs=vp8,opus"_s
                                << std::optional(Container::WebM);
    QTest::addRow("Matroska") << u"audio/x-matroska"_s << std::optional(Container::Matroska);
    QTest::addRow("Ogg") << u"audio/ogg;codecs=opus"_s << std::optional(Container::Ogg);
    QTest::addRow("MP4") << u"audio/mp4;codecs=mp4a.40.2"_s << std::optional(Container::Mp4);
    QTest::addRow("PCM is WAV already")
        << u"audio/pcm;rate=16000;channels=1;bits=16"_s << std::optional<Container>();
    QTest::addRow("MP3 has no index to write") << u"audio/mpeg"_s << std::optional<Container>();
    QTest::addRow("unknown") << u"application/x-ffconcat"_s << std::optional<Container>();
}

void tst_Remuxer::containerOf()
{
    QFETCH(QString, mimeType);
    QFETCH(std::optional<Remuxer::Container>, container);
    QCOMPARE(Remuxer::containerOf(mimeType), container);
}

void tst_Remuxer::cleanStreamIsCopiedWhole_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QStringList>("encoding");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QByteArray>("framing"); // used by the damage test

    const QStringList opus { u"-c:a"_s, u"libopus"_s };
    QTest::addRow("WebM, Opus") << u"audio/webm;codecs=opus"_s
                                << opus + QStringList { u"-f"_s, u"webm"_s } << u"webm"_s
                                << QByteArray("\x1f\x43\xb6\x75"); // Cluster
    QTest::addRow("Matroska, Opus")
        << u"audio/x-matroska"_s << opus + QStringList { u"-f"_s, u"matroska"_s } << u"mka"_s
        << QByteArray("\x1f\x43\xb6\x75");
    QTest::addRow("Ogg, Opus") << u"audio/ogg;codecs=opus"_s
                               << opus + QStringList { u"-f"_s, u"ogg"_s } << u"ogg"_s
                               << QByteArray("OggS");
    // Fragmented, as a stream must be: a fragment's index before its samples.
    QTest::addRow("MP4, AAC") << u"audio/mp4"_s
                              << QStringList { u"-c:a"_s, u"aac"_s, u"-f"_s, u"mp4"_s,
                                     u"-movflags"_s,
                                     u"frag_keyframe+empty_moov+default_base_moof"_s,
                                     u"-frag_duration"_s, u"500000"_s }
                              << u"m4a"_s << QByteArray("moof");
}

void tst_Remuxer::cleanStreamIsCopiedWhole()
{
    QFETCH(QString, mimeType);
    QFETCH(QStringList, encoding);
    QFETCH(QString, extension);
    const QByteArray bytes = stream(encoding);
    QVERIFY(bytes.size() > 1000);
    const QString input = m_dir.filePath(u"clean."_s + extension);
    const QString output = m_dir.filePath(u"clean.remux."_s + extension);
    QVERIFY(writeFile(input, bytes));

    const Remuxer::Result result = Remuxer::remux(input, output, *Remuxer::containerOf(mimeType));
    QCOMPARE(result.reason, QString());
    QCOMPARE(result.outcome, Remuxer::Result::Outcome::Complete);
    QVERIFY(result.packetsIn > 100);
    QCOMPARE(result.packetsOut, result.packetsIn);
    QVERIFY2(qAbs(result.durationMs - StreamSeconds * 1000) < 100,
        qPrintable(QString::number(result.durationMs)));
    QString why;
    const std::optional<QJsonObject> probed = ffprobeJson(output, &why);
    QVERIFY2(probed, qPrintable(why));
    QVERIFY(qAbs(probed->value(u"format"_s).toObject().value(u"duration"_s).toString().toDouble()
                - StreamSeconds)
        < 0.1);
    QCOMPARE(decoded(output), decoded(input));
    QCOMPARE(readFile(input), bytes); // the remuxer never writes its input
}

void tst_Remuxer::damagedStreamIsOnlyPartlyCopied_data()
{
    cleanStreamIsCopiedWhole_data();
}

void tst_Remuxer::damagedStreamIsOnlyPartlyCopied()
{
    QFETCH(QString, mimeType);
    QFETCH(QStringList, encoding);
    QFETCH(QString, extension);
    QFETCH(QByteArray, framing);
    const Remuxer::Container container = *Remuxer::containerOf(mimeType);
    const QByteArray bytes = stream(encoding);
    QVERIFY(bytes.size() > 1000);
    const QString clean = m_dir.filePath(u"whole."_s + extension);
    QVERIFY(writeFile(clean, bytes));
    const Remuxer::Result whole
        = Remuxer::remux(clean, m_dir.filePath(u"whole.remux."_s + extension), container);
    QCOMPARE(whole.outcome, Remuxer::Result::Outcome::Complete);

    const struct
    {
        const char *name;
        QByteArray bytes;
        bool losesPackets;
    } cases[] = {
        { "damaged framing", damaged(bytes, framing), true },
        { "garbage after the stream", bytes + randomBytes(200000, 5), false },
    };
    for (const auto &damage : cases) {
        QVERIFY(!damage.bytes.isEmpty());
        const QString input = m_dir.filePath(u"damaged."_s + extension);
        const QString output = m_dir.filePath(u"damaged.remux."_s + extension);
        QVERIFY(writeFile(input, damage.bytes));
        const Remuxer::Result result = Remuxer::remux(input, output, container);
        qInfo("%s: %lld bytes, %lld of %lld packets read: %s", damage.name,
            qlonglong(damage.bytes.size()), qlonglong(result.packetsIn), qlonglong(whole.packetsIn),
            qPrintable(result.reason));
        QCOMPARE(result.outcome, Remuxer::Result::Outcome::Partial);
        QVERIFY(!result.reason.isEmpty());
        QCOMPARE(result.packetsOut, result.packetsIn);
        if (damage.losesPackets)
            QVERIFY(result.packetsIn < whole.packetsIn);
        else
            QCOMPARE(result.packetsIn, whole.packetsIn);
        QCOMPARE(readFile(input), damage.bytes);
    }
}

void tst_Remuxer::contentNeverChoosesTheDemuxer_data()
{
    // Bytes a client sent under a WebM MIME type, naming another client's recording beside them.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("ffconcat script") << QByteArray("ffconcat version 1.0\nfile 'other.webm'\n");
    QTest::addRow("HLS playlist") << QByteArray("#EXTM3U\n#EXT-X-TARGETDURATION:3\n#EXTINF:3,\n"
                                                "other.webm\n#EXT-X-ENDLIST\n");
}

void tst_Remuxer::contentNeverChoosesTheDemuxer()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(writeFile(
        m_dir.filePath(u"other.webm"_s), stream({ u"-c:a"_s, u"libopus"_s, u"-f"_s, u"webm"_s })));
    const QString input = m_dir.filePath(u"script.webm"_s);
    const QString output = m_dir.filePath(u"script.remux.webm"_s);
    QVERIFY(writeFile(input, bytes));

    const Remuxer::Result result = Remuxer::remux(input, output, Remuxer::Container::WebM);
    QCOMPARE(result.outcome, Remuxer::Result::Outcome::Failed);
    QCOMPARE(result.packetsIn, 0);
    QVERIFY(!QFile::exists(output));
    QCOMPARE(readFile(input), bytes);
}

QTEST_GUILESS_MAIN(tst_Remuxer)
#include "tst_remuxer.moc"
