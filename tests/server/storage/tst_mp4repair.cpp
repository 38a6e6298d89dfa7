#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "ffprobe.h"
#include "fragmentedmp4.h"
#include "storage/mp4repair.h"
#include "storage/remuxer.h"
#include "testdata.h"

using namespace Qt::StringLiterals;

// The MP4 that browsers stream, mended before the remux: WebKit's doubled boxes, a recording
// cut short inside its last fragment. Every case ends where a person's player would: ffprobe's
// duration and a decode to the end without one error.
namespace {

constexpr int StreamSeconds = 4;
constexpr int AacFrameSamples = 1024;

std::optional<double> durationOf(const QString &path)
{
    QString why;
    const std::optional<QJsonObject> root = ffprobeJson(path, &why);
    if (!root) {
        qWarning() << why;
        return std::nullopt;
    }
    return root->value(u"format"_s).toObject().value(u"duration"_s).toString().toDouble();
}

} // namespace

class tst_Mp4Repair final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webKitsDoubledBoxesAreDropped_data();
    void webKitsDoubledBoxesAreDropped();
    void webKitsRecordingRemuxesAndPlaysToItsEnd();
    void realWebKitRecordingPlaysToItsEnd();
    void cleanStreamIsLeftAsItIs();
    void fragmentCutShortKeepsItsWholeSamples();
    void fragmentCutShortInItsIndexIsDropped();
    void bytesAfterTheLastBoxAreDropped();
    void fileRepairLeavesTheInputAlone();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void tst_Mp4Repair::webKitsDoubledBoxesAreDropped_data()
{
    QTest::addColumn<bool>("moofRelative");
    QTest::addRow("data offsets from each moof") << true;
    QTest::addRow("data offsets in the file's bytes") << false;
}

void tst_Mp4Repair::webKitsDoubledBoxesAreDropped()
{
    QFETCH(bool, moofRelative);
    const QByteArray clean = fragmentedMp4(StreamSeconds, moofRelative);
    QVERIFY(topLevelBoxes(clean).size() >= 8); // ftyp, moov and at least three fragments
    const QByteArray webkit = asWebKitRecordsIt(clean);
    QVERIFY(boxTypes(webkit).startsWith("ftyp ftyp moov moof mdat"));
    QVERIFY(boxTypes(webkit).endsWith("moof moof mdat"));

    // As it arrived, with offsets from the moof (WebKit's), the last fragment's samples decode
    // as the second copy's bytes. (With absolute offsets both copies point at the same data.)
    QVERIFY(writeFile(path(u"clean.m4a"_s), clean));
    qint64 cleanSamples = 0;
    QCOMPARE(decodeErrors(path(u"clean.m4a"_s), &cleanSamples), QString());
    QVERIFY(writeFile(path(u"webkit.m4a"_s), webkit));
    if (moofRelative)
        QVERIFY2(
            !decodeErrors(path(u"webkit.m4a"_s)).isEmpty(), "the doubled moof decodes cleanly");

    const Mp4Repair::Result mended = Mp4Repair::repair(webkit);
    QCOMPARE(mended.repairs.size(), 2);
    QVERIFY(mended.repairs.at(0).contains(u"second ftyp"_s));
    QVERIFY(mended.repairs.at(1).contains(u"no mdat follows it"_s));
    // Dropping the copies gives back the stream before WebKit doubled them, byte for byte
    // (absolute data offsets moved back by the dropped ftyp's size).
    QCOMPARE(sha256(mended.bytes), sha256(clean));

    QVERIFY(writeFile(path(u"mended.m4a"_s), mended.bytes));
    qint64 samples = 0;
    QCOMPARE(decodeErrors(path(u"mended.m4a"_s), &samples), QString());
    QCOMPARE(samples, cleanSamples);
    QVERIFY(qAbs(samples - StreamSeconds * 48000) <= 2 * AacFrameSamples);
}

void tst_Mp4Repair::webKitsRecordingRemuxesAndPlaysToItsEnd()
{
    const QByteArray webkit = asWebKitRecordsIt(fragmentedMp4(StreamSeconds));
    QVERIFY(writeFile(path(u"webkit-remux.m4a"_s), webkit));
    // Without the repair the remux cannot write the doubled fragment's packets.
    const Remuxer::Result unmended = Remuxer::remux(
        path(u"webkit-remux.m4a"_s), path(u"unmended.m4a"_s), Remuxer::Container::Mp4);
    QVERIFY(unmended.outcome != Remuxer::Result::Outcome::Complete);
    qInfo("unmended: %s", qPrintable(unmended.reason));

    QString problem;
    const std::optional<QStringList> repairs
        = Mp4Repair::repairFile(path(u"webkit-remux.m4a"_s), path(u"mended-remux.m4a"_s), &problem);
    QVERIFY2(repairs, qPrintable(problem));
    QCOMPARE(repairs->size(), 2);
    const Remuxer::Result result = Remuxer::remux(
        path(u"mended-remux.m4a"_s), path(u"remuxed.m4a"_s), Remuxer::Container::Mp4);
    QVERIFY2(result.outcome == Remuxer::Result::Outcome::Complete, qPrintable(result.reason));
    QCOMPARE(result.packetsOut, result.packetsIn);
    QCOMPARE(decodeErrors(path(u"remuxed.m4a"_s)), QString());
    const std::optional<double> duration = durationOf(path(u"remuxed.m4a"_s));
    QVERIFY(duration && qAbs(*duration - StreamSeconds) < 0.1);
    QVERIFY(qAbs(result.durationMs - StreamSeconds * 1000) < 100);
}

void tst_Mp4Repair::realWebKitRecordingPlaysToItsEnd()
{
    const QByteArray recorded = readFile(QStringLiteral(EARSHOT_WEBKIT_RECORDING));
    QCOMPARE(recorded.size(), 49451);
    QCOMPARE(boxTypes(recorded).left(19), "ftyp ftyp moov moof"_ba);
    QVERIFY(boxTypes(recorded).endsWith("moof moof mdat"));
    QVERIFY(!decodeErrors(QStringLiteral(EARSHOT_WEBKIT_RECORDING)).isEmpty());

    QString problem;
    const std::optional<QStringList> repairs = Mp4Repair::repairFile(
        QStringLiteral(EARSHOT_WEBKIT_RECORDING), path(u"real-mended.m4a"_s), &problem);
    QVERIFY2(repairs, qPrintable(problem));
    QCOMPARE(*repairs,
        QStringList({ u"dropped a second ftyp at byte 32"_s,
            u"dropped the moof at byte 43632: no mdat follows it"_s }));
    qint64 samples = 0;
    QCOMPARE(decodeErrors(path(u"real-mended.m4a"_s), &samples), QString());
    const Remuxer::Result result = Remuxer::remux(
        path(u"real-mended.m4a"_s), path(u"real-remuxed.m4a"_s), Remuxer::Container::Mp4);
    QVERIFY2(result.outcome == Remuxer::Result::Outcome::Complete, qPrintable(result.reason));
    QCOMPARE(decodeErrors(path(u"real-remuxed.m4a"_s)), QString());
    const std::optional<double> duration = durationOf(path(u"real-remuxed.m4a"_s));
    QVERIFY(duration && qAbs(*duration - 5.62) < 0.05);
}

void tst_Mp4Repair::cleanStreamIsLeftAsItIs()
{
    const QByteArray clean = fragmentedMp4(StreamSeconds);
    const Mp4Repair::Result mended = Mp4Repair::repair(clean);
    QCOMPARE(mended.repairs, QStringList());
    QCOMPARE(sha256(mended.bytes), sha256(clean));
}

void tst_Mp4Repair::fragmentCutShortKeepsItsWholeSamples()
{
    // The connection is lost for good halfway through the last fragment's data.
    const QByteArray clean = fragmentedMp4(StreamSeconds);
    const Fragment last = lastFullFragment(clean);
    QVERIFY(last.mdat.size > 0);
    const QByteArray cut = clean.left(last.mdat.at + last.mdat.size / 2);
    QVERIFY(writeFile(path(u"cut.m4a"_s), cut));
    qint64 samplesBefore = 0;
    decodeErrors(path(u"cut.m4a"_s), &samplesBefore);

    const Mp4Repair::Result mended = Mp4Repair::repair(cut);
    QCOMPARE(mended.repairs.size(), 1);
    QVERIFY2(mended.repairs.first().contains(u"cut short: kept its"_s),
        qPrintable(mended.repairs.first()));
    QVERIFY(writeFile(path(u"cut-mended.m4a"_s), mended.bytes));
    qint64 samples = 0;
    QCOMPARE(decodeErrors(path(u"cut-mended.m4a"_s), &samples), QString());
    // Everything before the fragment, and about half of it: the samples that arrived.
    const QByteArray whole = clean.left(last.moof.at);
    QVERIFY(writeFile(path(u"without-last.m4a"_s), whole));
    qint64 wholeFragments = 0;
    QCOMPARE(decodeErrors(path(u"without-last.m4a"_s), &wholeFragments), QString());
    QVERIFY2(samples > wholeFragments + 4 * AacFrameSamples,
        qPrintable(u"%1 samples, %2 without the last fragment"_s.arg(samples).arg(wholeFragments)));
    qint64 allSamples = 0;
    QVERIFY(writeFile(path(u"clean.m4a"_s), clean));
    QCOMPARE(decodeErrors(path(u"clean.m4a"_s), &allSamples), QString());
    QVERIFY(samples < allSamples);

    const Remuxer::Result result = Remuxer::remux(
        path(u"cut-mended.m4a"_s), path(u"cut-remuxed.m4a"_s), Remuxer::Container::Mp4);
    QVERIFY2(result.outcome == Remuxer::Result::Outcome::Complete, qPrintable(result.reason));
    QCOMPARE(decodeErrors(path(u"cut-remuxed.m4a"_s)), QString());
    const std::optional<double> duration = durationOf(path(u"cut-remuxed.m4a"_s));
    QVERIFY(duration && qAbs(*duration - samples / 48000.0) < 0.05);
}

void tst_Mp4Repair::fragmentCutShortInItsIndexIsDropped()
{
    const QByteArray clean = fragmentedMp4(StreamSeconds);
    const TopLevelBox moof = lastFullFragment(clean).moof;
    QVERIFY(moof.size > 0);
    const QByteArray cut = clean.left(moof.at + moof.size / 2);
    const Mp4Repair::Result mended = Mp4Repair::repair(cut);
    QCOMPARE(mended.repairs.size(), 1);
    QCOMPARE(sha256(mended.bytes), sha256(clean.left(moof.at)));
    QVERIFY(writeFile(path(u"cut-index.m4a"_s), mended.bytes));
    QCOMPARE(decodeErrors(path(u"cut-index.m4a"_s)), QString());
}

void tst_Mp4Repair::bytesAfterTheLastBoxAreDropped()
{
    const QByteArray clean = fragmentedMp4(StreamSeconds);
    const QByteArray trailed = clean + "\0\0\0"_ba;
    const Mp4Repair::Result mended = Mp4Repair::repair(trailed);
    QCOMPARE(mended.repairs.size(), 1);
    QCOMPARE(sha256(mended.bytes), sha256(clean));
}

void tst_Mp4Repair::fileRepairLeavesTheInputAlone()
{
    const QByteArray webkit = asWebKitRecordsIt(fragmentedMp4(StreamSeconds));
    QVERIFY(writeFile(path(u"input.m4a"_s), webkit));
    QString problem;
    const std::optional<QStringList> repairs
        = Mp4Repair::repairFile(path(u"input.m4a"_s), path(u"output.m4a"_s), &problem);
    QVERIFY2(repairs, qPrintable(problem));
    QCOMPARE(sha256(readFile(path(u"input.m4a"_s))), sha256(webkit));
    QCOMPARE(sha256(readFile(path(u"output.m4a"_s))), sha256(Mp4Repair::repair(webkit).bytes));
    QVERIFY(!Mp4Repair::repairFile(path(u"missing.m4a"_s), path(u"out2.m4a"_s), &problem));
    QVERIFY(problem.contains(u"missing.m4a"_s));
}

QTEST_GUILESS_MAIN(tst_Mp4Repair)
#include "tst_mp4repair.moc"
