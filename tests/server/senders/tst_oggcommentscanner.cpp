// OggCommentScanner, fed what an Icecast source sends: Ogg streams that ffmpeg made (Vorbis,
// Opus, FLAC), a chain of them as ices2 sends a playlist, in pieces of every size; and pages made
// here to be what a network or a careless source makes of them: a comment header over several
// pages, a page lost or damaged, cover art in the comments, garbage between the pages.

#include <array>

#include <QElapsedTimer>
#include <QTest>
#include <QtEndian>

#include "runprogram.h"
#include "senders/icecast/oggcommentscanner.h"
#include "testdata.h"

using Comments = OggCommentScanner::Comments;
Q_DECLARE_METATYPE(Comments)

namespace QTest {
template<>
char *toString(const Comments &comments)
{
    return qstrdup(qPrintable(
        QStringLiteral("{title \"%1\", artist \"%2\"}").arg(comments.title, comments.artist)));
}
} // namespace QTest

namespace {

// An Ogg stream ffmpeg encodes from 1 s of a tone, with `tags` as its metadata.
QByteArray ffmpegOgg(const QStringList &codec, const QStringList &tags)
{
    QStringList arguments { QStringLiteral("-nostdin"), QStringLiteral("-v"),
        QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
        QStringLiteral("-i"), QStringLiteral("sine=frequency=440:duration=1") };
    arguments << codec;
    for (const QString &tag : tags)
        arguments << QStringLiteral("-metadata") << tag;
    arguments << QStringLiteral("-f") << QStringLiteral("ogg") << QStringLiteral("pipe:1");
    return runProgram(QStringLiteral("ffmpeg"), arguments);
}

QByteArray vorbis(const QStringList &tags)
{
    return ffmpegOgg({ QStringLiteral("-c:a"), QStringLiteral("libvorbis") }, tags);
}

// Everything the scanner reports when fed `stream` in pieces of `chunk` bytes.
QList<Comments> scan(const QByteArray &stream, qsizetype chunk, OggCommentScanner *scanner)
{
    QList<Comments> found;
    for (qsizetype at = 0; at < stream.size(); at += chunk)
        found += scanner->feed(
            QByteArrayView(stream).sliced(at, std::min(chunk, stream.size() - at)));
    return found;
}

QList<Comments> scan(const QByteArray &stream, qsizetype chunk)
{
    OggCommentScanner scanner;
    return scan(stream, chunk, &scanner);
}

// Pages made here, the way libogg makes them, with their checksum.
quint32 oggCrc(const QByteArray &page)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 r = i << 24;
            for (int bit = 0; bit < 8; ++bit)
                r = (r & 0x80000000U) ? (r << 1) ^ 0x04C11DB7U : r << 1;
            t[i] = r;
        }
        return t;
    }();
    quint32 crc = 0;
    for (const char byte : page)
        crc = (crc << 8) ^ table[((crc >> 24) ^ quint8(byte)) & 0xFF];
    return crc;
}

QByteArray le32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

// The pages of one logical stream carrying `packets`, each page's body at most `maxBody` bytes.
QList<QByteArray> pagesOf(quint32 serial, const QList<QByteArray> &packets, int maxBody = 4000)
{
    struct Segment
    {
        QByteArray bytes;
        bool startsPacket;
    };
    QList<Segment> segments;
    for (const QByteArray &packet : packets) {
        qsizetype at = 0;
        do {
            const qsizetype length = std::min<qsizetype>(255, packet.size() - at);
            segments.append({ packet.mid(at, length), at == 0 });
            at += length;
            if (length == 255 && at == packet.size())
                segments.append({ {}, false }); // a packet of a multiple of 255 bytes ends so
        } while (at < packet.size());
    }
    QList<QByteArray> pages;
    qsizetype next = 0;
    quint32 sequence = 0;
    while (next < segments.size()) {
        QByteArray lacing, body;
        const bool continued = !segments.at(next).startsPacket;
        // At least one segment a page, however long.
        while (next < segments.size() && lacing.size() < 255
            && (lacing.isEmpty() || body.size() + segments.at(next).bytes.size() <= maxBody)) {
            lacing.append(char(segments.at(next).bytes.size()));
            body += segments.at(next).bytes;
            ++next;
        }
        char flags = continued ? 0x01 : 0x00;
        if (sequence == 0)
            flags |= 0x02;
        if (next == segments.size())
            flags |= 0x04;
        QByteArray page = QByteArray("OggS") + char(0) + flags + QByteArray(8, '\0') + le32(serial)
            + le32(sequence++) + le32(0) + char(lacing.size()) + lacing + body;
        const QByteArray crc = le32(oggCrc(page));
        page.replace(22, 4, crc);
        pages.append(page);
    }
    return pages;
}

QByteArray commentListOf(const QList<QByteArray> &entries, const QByteArray &vendor = "test")
{
    QByteArray list = le32(quint32(vendor.size())) + vendor + le32(quint32(entries.size()));
    for (const QByteArray &entry : entries)
        list += le32(quint32(entry.size())) + entry;
    return list;
}

// A Vorbis stream's headers as pages: identification, comments, and one packet of "audio".
QList<QByteArray> vorbisPages(quint32 serial, const QList<QByteArray> &comments, int maxBody = 4000)
{
    const QByteArray identification = QByteArray("\x01vorbis") + QByteArray(23, '\x01');
    const QByteArray commentHeader = QByteArray("\x03vorbis") + commentListOf(comments) + '\x01';
    return pagesOf(serial, { identification, commentHeader, QByteArray(3000, '\x05') }, maxBody);
}

} // namespace

class tst_OggCommentScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ffmpegStreams_data();
    void ffmpegStreams();
    void chainedTracksInOrder();
    void madePages_data();
    void madePages();
    void falsePageStartsAreGivenUp();
    void commentList_data();
    void commentList();
    void displayTitle();
};

void tst_OggCommentScanner::ffmpegStreams_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<qsizetype>("chunk");
    QTest::addColumn<QList<Comments>>("expected");

    const QStringList tagged { QStringLiteral("title=Song One"), QStringLiteral("artist=Band") };
    const QByteArray tagsInVorbis = vorbis(tagged);
    QVERIFY(!tagsInVorbis.isEmpty());
    const QList<Comments> songOne { { QStringLiteral("Song One"), QStringLiteral("Band") } };
    QTest::addRow("Vorbis, whole") << tagsInVorbis << tagsInVorbis.size() << songOne;
    QTest::addRow("Vorbis, byte by byte") << tagsInVorbis << qsizetype(1) << songOne;
    QTest::addRow("Vorbis, 1000 bytes at a time") << tagsInVorbis << qsizetype(1000) << songOne;
    QTest::addRow("Opus, title only")
        << ffmpegOgg({ QStringLiteral("-c:a"), QStringLiteral("libopus") },
               { QStringLiteral("title=Überschrift – 標題") })
        << qsizetype(777) << QList<Comments> { { QStringLiteral("Überschrift – 標題"), {} } };
    QTest::addRow("FLAC") << ffmpegOgg({ QStringLiteral("-c:a"), QStringLiteral("flac") }, tagged)
                          << qsizetype(4096) << songOne;
    QTest::addRow("Vorbis, no tags") << vorbis({}) << qsizetype(512) << QList<Comments>();
    QTest::addRow("not Ogg at all")
        << randomBytes(100000, 7) << qsizetype(3000) << QList<Comments>();
}

void tst_OggCommentScanner::ffmpegStreams()
{
    QFETCH(QByteArray, stream);
    QFETCH(qsizetype, chunk);
    QFETCH(QList<Comments>, expected);
    QVERIFY(!stream.isEmpty());
    QCOMPARE(scan(stream, chunk), expected);
}

void tst_OggCommentScanner::chainedTracksInOrder()
{
    // ices2 plays a playlist as a chain: each track a logical stream of its own with its own
    // comments. Garbage between them (a source that restarted mid-page) is passed over.
    const QByteArray first = vorbis({ QStringLiteral("title=First"), QStringLiteral("artist=A") });
    const QByteArray second = vorbis({ QStringLiteral("title=Second") });
    const QByteArray third = ffmpegOgg(
        { QStringLiteral("-c:a"), QStringLiteral("libopus") }, { QStringLiteral("title=Third") });
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());
    const QByteArray chain = first + second + randomBytes(5000, 3) + "OggS" + third;
    const QList<Comments> expected { { QStringLiteral("First"), QStringLiteral("A") },
        { QStringLiteral("Second"), {} }, { QStringLiteral("Third"), {} } };
    for (const qsizetype chunk : { qsizetype(1), qsizetype(100), qsizetype(65536) })
        QCOMPARE(scan(chain, chunk), expected);
}

void tst_OggCommentScanner::madePages_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<Comments>>("expected");

    const QList<QByteArray> next = vorbisPages(2, { "TITLE=Next" });
    const Comments nextTitle { QStringLiteral("Next"), {} };

    // Lacing: 255 bytes per segment, a comment header of 600 bytes spans pages of 100.
    const QList<QByteArray> spread
        = vorbisPages(1, { "TITLE=Spread", "X=" + QByteArray(600, 'x') }, 100);
    QVERIFY(spread.size() > 3);
    QTest::addRow("comment header over pages")
        << spread.join() << QList<Comments> { { QStringLiteral("Spread"), {} } };

    QList<QByteArray> lost = spread;
    lost.removeAt(2);
    QTest::addRow("a page of it lost")
        << lost.join() + next.join() << QList<Comments> { nextTitle };

    QList<QByteArray> damaged = spread;
    damaged[2][40] = char(damaged[2][40] ^ 0x20);
    QTest::addRow("a page of it damaged")
        << damaged.join() + next.join() << QList<Comments> { nextTitle };

    // Cover art in a comment: only the first 64 KiB are read, the title comes before it.
    QTest::addRow("cover art after the title")
        << vorbisPages(3, { "TITLE=With art", "METADATA_BLOCK_PICTURE=" + QByteArray(300000, 'p') })
               .join()
        << QList<Comments> { { QStringLiteral("With art"), {} } };
    QTest::addRow("title after 100 KB of art")
        << vorbisPages(4, { "METADATA_BLOCK_PICTURE=" + QByteArray(100000, 'p'), "TITLE=Late" })
                .join()
            + next.join()
        << QList<Comments> { nextTitle };

    // Two logical streams multiplexed in one link, their pages interleaved.
    const QList<QByteArray> a = vorbisPages(10, { "TITLE=Left" });
    const QList<QByteArray> b = vorbisPages(11, { "ARTIST=Right" });
    QByteArray interleaved = a[0] + b[0];
    for (qsizetype i = 1; i < std::max(a.size(), b.size()); ++i)
        interleaved += a.value(i) + b.value(i);
    QTest::addRow("two streams in one link")
        << interleaved
        << QList<Comments> { { QStringLiteral("Left"), {} }, { {}, QStringLiteral("Right") } };

    // A codec without Vorbis comments Earshot reads (here, made up) gives nothing.
    QTest::addRow("unknown codec")
        << pagesOf(5, { "\x80theora-ish", commentListOf({ "TITLE=Hidden" }) }).join()
        << QList<Comments>();
    // Pages that do not begin with a first page (a stream joined late) give nothing.
    QTest::addRow("joined mid-stream")
        << vorbisPages(6, { "TITLE=Missed" }, 20).mid(1).join() << QList<Comments>();
}

void tst_OggCommentScanner::madePages()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<Comments>, expected);
    for (const qsizetype chunk : { qsizetype(1), qsizetype(333), stream.size() })
        QCOMPARE(scan(stream, chunk), expected);
}

void tst_OggCommentScanner::falsePageStartsAreGivenUp()
{
    // A capture pattern every 30 bytes, each announcing a page of 64 KiB: checking each would
    // cost 2000 times the bytes. The scanner gives up instead, and says so.
    QByteArray falseStart = QByteArray("OggS") + char(0) + char(0x02) + QByteArray(20, '\0')
        + char(255) + QByteArray(3, char(255));
    QByteArray garbage;
    while (garbage.size() < 2 * 1024 * 1024)
        garbage += falseStart;
    OggCommentScanner scanner;
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(scan(garbage, 4096, &scanner), QList<Comments>());
    QVERIFY(scanner.hasGivenUp());
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    // A real stream behind the garbage is not read any more: the titles were given up.
    QCOMPARE(scanner.feed(vorbisPages(7, { "TITLE=Too late" }).join()), QList<Comments>());

    // Real pages cost nothing: a long stream is read to its end.
    OggCommentScanner reader;
    QByteArray longStream;
    for (quint32 serial = 0; serial < 50; ++serial)
        longStream += vorbisPages(serial, { "TITLE=T" + QByteArray::number(serial) }).join();
    QCOMPARE(scan(longStream, 1000, &reader).size(), 50);
    QVERIFY(!reader.hasGivenUp());
}

void tst_OggCommentScanner::commentList_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<Comments>("expected");

    QTest::addRow("keys in any case, the first of each")
        << commentListOf({ "title=First", "Artist=Band", "TITLE=Second", "ARTIST=Other" })
        << Comments { QStringLiteral("First"), QStringLiteral("Band") };
    QTest::addRow("entries without =")
        << commentListOf({ "TITLE", "TITLE=Real" }) << Comments { QStringLiteral("Real"), {} };
    QTest::addRow("cut in the title")
        << commentListOf({ "ARTIST=Band", "TITLE=Cut short" }).chopped(3)
        << Comments { {}, QStringLiteral("Band") };
    QTest::addRow("a count larger than the list")
        << commentListOf({ "TITLE=Only" }).replace(8, 4, le32(0xFFFFFFFF))
        << Comments { QStringLiteral("Only"), {} };
    QTest::addRow("an entry longer than the list")
        << commentListOf({ "TITLE=x" }).replace(12, 4, le32(0xFFFFFFF0)) << Comments {};
    QTest::addRow("a vendor longer than the list")
        << commentListOf({ "TITLE=x" }).replace(0, 4, le32(0xFFFFFFFF)) << Comments {};
    QTest::addRow("empty") << QByteArray() << Comments {};
    QTest::addRow("a long title is cut")
        << commentListOf({ "TITLE=" + QByteArray(1000, 'a') })
        << Comments { QString(OggCommentScanner::MaxValueChars, u'a'), {} };
}

void tst_OggCommentScanner::commentList()
{
    QFETCH(QByteArray, list);
    QFETCH(Comments, expected);
    QCOMPARE(OggCommentScanner::parseCommentList(list), expected);
}

void tst_OggCommentScanner::displayTitle()
{
    QCOMPARE((Comments { QStringLiteral("Song"), QStringLiteral("Band") }.displayTitle()),
        QStringLiteral("Band - Song"));
    QCOMPARE((Comments { QStringLiteral("Song"), {} }.displayTitle()), QStringLiteral("Song"));
    QCOMPARE((Comments { {}, QStringLiteral("Band") }.displayTitle()), QStringLiteral("Band"));
}

QTEST_GUILESS_MAIN(tst_OggCommentScanner)
#include "tst_oggcommentscanner.moc"
