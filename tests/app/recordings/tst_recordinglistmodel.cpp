#include <atomic>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "recordingfixture.h"
#include "recordings/recordingfiltermodel.h"
#include "recordings/recordinglistmodel.h"
#include "recordings/recordingscanner.h"
#include "storage/sidecar.h"

using namespace Qt::StringLiterals;

// The recordings view's model, read from sidecars and files on disk as the server leaves them.
class tst_RecordingListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void loadsNewestFirstInOneInsertion();
    void figuresReadForPeople_data();
    void figuresReadForPeople();
    void verificationSaysWhatIsMissing_data();
    void verificationSaysWhatIsMissing();
    void refreshChangesOnlyWhatChanged();
    void refreshWithoutChangesIsSilent();
    void anotherFolderReplacesTheList();
    void renameWritesTheSidecarOnly();
    void liveRecordingIsNotRenamed();
    void searchFindsByName_data();
    void searchFindsByName();
    void sortsByRawValues();
    void removeTakesEveryFile_data();
    void removeTakesEveryFile();
    void removeTakesAKeptRemuxedCopy();
    void noTrashLeavesEveryFile();
    void fileOperationsRunOffTheGuiThread();
    void largeArchive();

private:
    /// Five recordings over three days, in every status, with WAV, WebM and Ogg.
    void writeArchive(const QString &root);
    /// Loads root into model, waiting for the worker thread's scan to land.
    static bool load(RecordingListModel &model, const QString &root);
    static QStringList names(const QAbstractItemModel &model);
    static QString text(const QAbstractItemModel &model, int row, int column);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QTemporaryDir m_home; ///< where the trash goes
};

namespace {

QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

const QString ChromeOnAndroid = u"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                                "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"_s;
const QString Webm = u"audio/webm;codecs=opus"_s;

RecordingFixture guest1()
{
    RecordingFixture recording;
    recording.session = u"1111111111111111"_s;
    recording.label = u"Guest 1"_s;
    recording.userAgent = ChromeOnAndroid;
    recording.startedAt = at(21, 10, 15);
    recording.bytes = 480000; // 15 s of 16 kHz mono
    return recording;
}

RecordingFixture kitchen()
{
    RecordingFixture recording;
    recording.session = u"2222222222222222"_s;
    recording.label = u"Kitchen"_s;
    recording.format = Webm;
    recording.extension = u"webm"_s;
    recording.startedAt = at(22, 8, 0);
    recording.bytes = 1500000;
    recording.fileSize = 1572864;
    recording.durationMs = 95000;
    recording.keepOriginal = true;
    return recording;
}

RecordingFixture interview()
{
    RecordingFixture recording;
    recording.session = u"3333333333333333"_s;
    recording.label = u"Long interview"_s;
    recording.format = u"audio/pcm;rate=48000;channels=2;bits=16"_s;
    recording.status = u"interrupted"_s;
    recording.startedAt = at(20, 9, 0);
    recording.bytes = qint64(192000) * 3723; // 1:02:03
    return recording;
}

RecordingFixture guest2()
{
    RecordingFixture recording;
    recording.session = u"4444444444444444"_s;
    recording.label = u"guest 2"_s;
    recording.format = Webm;
    recording.extension = u"webm"_s;
    recording.status = u"failed"_s;
    recording.error = u"No space left on device"_s;
    recording.startedAt = at(22, 7, 30);
    recording.bytes = 2048;
    return recording;
}

RecordingFixture unnamed()
{
    RecordingFixture recording;
    recording.session = u"5555555555555555"_s;
    recording.format = u"audio/ogg;codecs=opus"_s;
    recording.extension = u"ogg"_s;
    recording.startedAt = at(21, 12, 0);
    recording.bytes = 64000;
    recording.durationMs = 4000;
    recording.writeAudio = false; // someone deleted it in the file manager
    return recording;
}

} // namespace

void tst_RecordingListModel::initTestCase()
{
    // The texts asserted below are the English ones, the times those of UTC.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("TZ", "UTC");
    // A home of this test's own, on the disk of its recordings: Qt trashes into the home's trash
    // then, and the person's own stays as it was.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("XDG_DATA_HOME");
}

void tst_RecordingListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->filePath(u"recordings"_s);
    // Where Qt 6.4 puts files it "trashes" without a trash folder; never the build folder.
    QVERIFY(QDir::setCurrent(m_dir->path()));
}

void tst_RecordingListModel::writeArchive(const QString &root)
{
    for (const RecordingFixture &recording :
        { guest1(), kitchen(), interview(), guest2(), unnamed() })
        QVERIFY(!recording.write(root).isEmpty());
}

bool tst_RecordingListModel::load(RecordingListModel &model, const QString &root)
{
    QSignalSpy finished(&model, &RecordingListModel::scanFinished);
    model.setRecordingsDir(root);
    return finished.wait(10000) && model.hasScanned();
}

QStringList tst_RecordingListModel::names(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(text(model, row, RecordingListModel::Name));
    return names;
}

QString tst_RecordingListModel::text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

void tst_RecordingListModel::loadsNewestFirstInOneInsertion()
{
    writeArchive(m_root);
    // What is not a recording's sidecar is skipped: broken JSON, another program's JSON, a
    // sidecar outside a day folder.
    const QString day = m_root + u"/2026-11-21/"_s;
    QFile broken(day + u"235959_broken_6666666666666666.json"_s);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"session\": \"6666666666666666\", \"file\": ");
    broken.close();
    QFile foreign(day + u"notes.json"_s);
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write("{\"hello\": 1}");
    foreign.close();
    RecordingFixture elsewhere = guest1();
    elsewhere.session = u"7777777777777777"_s;
    QVERIFY(!elsewhere.write(m_dir->filePath(u"not-a-day"_s)).isEmpty());
    QVERIFY(QDir().rename(m_dir->filePath(u"not-a-day/2026-11-21"_s), m_root + u"/misc"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipping .*235959_broken"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipping .*notes\\.json"_s));

    RecordingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy finished(&model, &RecordingListModel::scanFinished);

    model.setRecordingsDir(m_root);
    // The folder is read on the worker thread: nothing yet on this one.
    QVERIFY(model.isScanning());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(finished.wait(10000));

    QCOMPARE(names(model),
        QStringList({ u"Kitchen"_s, u"guest 2"_s, u"120000_recording_5555555555555555"_s,
            u"Guest 1"_s, u"Long interview"_s }));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 4);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(0, 0).data(RecordingListModel::SessionIdRole).toString(),
        u"2222222222222222"_s);
    QCOMPARE(model.index(0, 0).data(RecordingListModel::FilePathRole).toString(),
        QDir(m_root).filePath(u"2026-11-22/080000_Kitchen_2222222222222222.webm"_s));
}

void tst_RecordingListModel::figuresReadForPeople_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("length");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("started");

    QTest::addRow("remuxed WebM, original kept")
        << 0 << u"Kitchen"_s << u"192.168.1.23:50412"_s << u"WebM (Opus)"_s << u"1:35"_s
        << u"1.5 MiB"_s << u"Complete"_s << u"11/22/26 8:00 AM"_s;
    QTest::addRow("failed WebM, length unknown")
        << 1 << u"guest 2"_s << u"192.168.1.23:50412"_s << u"WebM (Opus)"_s << QString()
        << u"2.0 KiB"_s << u"Failed"_s << u"11/22/26 7:30 AM"_s;
    QTest::addRow("no label, file gone")
        << 2 << u"120000_recording_5555555555555555"_s << u"192.168.1.23:50412"_s << u"Ogg (Opus)"_s
        << u"0:04"_s << QString() << u"File missing"_s << u"11/21/26 12:00 PM"_s;
    QTest::addRow("PCM from a phone's browser")
        << 3 << u"Guest 1"_s << u"Chrome 131 on Android"_s << u"PCM, 16 kHz, mono"_s << u"0:15"_s
        << u"468.8 KiB"_s << u"Complete"_s << u"11/21/26 10:15 AM"_s;
    QTest::addRow("an hour of stereo PCM, interrupted")
        << 4 << u"Long interview"_s << u"192.168.1.23:50412"_s << u"PCM, 48 kHz, stereo"_s
        << u"1:02:03"_s << u"681.7 MiB"_s << u"Interrupted"_s << u"11/20/26 9:00 AM"_s;
}

void tst_RecordingListModel::figuresReadForPeople()
{
    QFETCH(int, row);
    writeArchive(m_root);
    RecordingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, m_root));
    QCOMPARE(model.rowCount(), 5);

    // Qt's own texts may put a narrow no-break space before AM/PM; a person reads a space.
    const auto seen
        = [&](int column) { return text(model, row, column).replace(QChar(0x202f), u' '); };
    QTEST(seen(RecordingListModel::Name), "name");
    QTEST(seen(RecordingListModel::Device), "device");
    QTEST(seen(RecordingListModel::Format), "format");
    QTEST(seen(RecordingListModel::Length), "length");
    QTEST(seen(RecordingListModel::Size), "size");
    QTEST(seen(RecordingListModel::Status), "status");
    QTEST(seen(RecordingListModel::Started), "started");
}

void tst_RecordingListModel::verificationSaysWhatIsMissing_data()
{
    QTest::addColumn<QString>("verification");
    QTest::addColumn<qint64>("producedBytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("toolTip");
    QTest::addColumn<bool>("marked"); // a coloured mark beside the text

    QTest::addRow("verified") << u"verified"_s << qint64(480000) << u"Verified"_s
                              << u"The file holds every byte the device produced: 480,000 bytes, "
                                 "SHA-256 checked."_s
                              << true;
    QTest::addRow("truncated") << u"mismatch"_s << qint64(492800) << u"Not verified"_s
                               << u"Incomplete: the last 12,800 bytes the device produced are "
                                  "missing."_s
                               << true;
    QTest::addRow("tampered") << u"mismatch"_s << qint64(480000) << u"Not verified"_s
                              << u"The content differs from what the device produced (same "
                                 "length, another SHA-256)."_s
                              << true;
    QTest::addRow("no totals from the device")
        << u"unverified"_s << qint64(-1) << u"Not checked"_s
        << u"The device did not say what it produced, so the file could not be checked."_s << false;
    QTest::addRow("an older client") << QString() << qint64(-1) << QString() << QString() << false;
}

void tst_RecordingListModel::verificationSaysWhatIsMissing()
{
    QFETCH(QString, verification);
    QFETCH(qint64, producedBytes);
    const RecordingFixture recording = guest1();
    const QString audio = recording.write(m_root);
    QVERIFY(!audio.isEmpty());
    // The sidecar as the server leaves it after comparing the device's totals with the file.
    const QString sidecarPath = RecordingPaths::sidecarPath(audio);
    std::optional<Sidecar> sidecar = Sidecar::load(sidecarPath, nullptr);
    QVERIFY(sidecar);
    sidecar->verification = verification;
    sidecar->producedBytes = producedBytes;
    if (producedBytes >= 0) {
        sidecar->producedSha256 = QString(64, u'a');
        sidecar->payloadSha256 = QString(64, verification == u"verified" ? u'a' : u'b');
    }
    QVERIFY(sidecar->save(sidecarPath, nullptr));

    RecordingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, m_root));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.headerData(RecordingListModel::Verification, Qt::Horizontal).toString(),
        u"Verified"_s);
    const QModelIndex cell = model.index(0, RecordingListModel::Verification);
    QTEST(cell.data(Qt::DisplayRole).toString(), "text");
    QTEST(cell.data(Qt::ToolTipRole).toString(), "toolTip");
    QTEST(cell.data(Qt::DecorationRole).canConvert<QColor>(), "marked");
}

void tst_RecordingListModel::refreshChangesOnlyWhatChanged()
{
    writeArchive(m_root);
    RecordingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RecordingFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(RecordingListModel::Started, Qt::DescendingOrder);
    QAbstractItemModelTester filterTester(
        &filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, m_root));
    QCOMPARE(model.rowCount(), 5);

    // A new recording (the newest), one deleted outside the app, and one whose file came back.
    RecordingFixture newest = guest1();
    newest.session = u"8888888888888888"_s;
    newest.label = u"Guest 3"_s;
    newest.startedAt = at(23, 18, 45);
    const QString newestPath = newest.write(m_root);
    QVERIFY(!newestPath.isEmpty());
    const QString guest1Audio = model.index(3, 0).data(RecordingListModel::FilePathRole).toString();
    QVERIFY(QFile::remove(guest1Audio));
    QVERIFY(QFile::remove(RecordingPaths::sidecarPath(guest1Audio)));
    RecordingFixture restored = unnamed();
    restored.writeAudio = true;
    restored.fileSize = 40000;
    QVERIFY(!restored.write(m_root).isEmpty());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy finished(&model, &RecordingListModel::scanFinished);
    model.refresh();
    QVERIFY(finished.wait(10000));

    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().at(1).toInt(), 3);
    QCOMPARE(removed.constFirst().at(2).toInt(), 3);
    QCOMPARE(changed.size(), 1);
    const auto topLeft = changed.constFirst().at(0).value<QModelIndex>();
    const auto bottomRight = changed.constFirst().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 2);
    QCOMPARE(bottomRight.row(), 2);
    QCOMPARE(bottomRight.column(), RecordingListModel::ColumnCount - 1);
    QCOMPARE(changed.constFirst().at(2).value<QList<int>>(), RecordingListModel::changingRoles());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 0);

    const QStringList expected { u"Guest 3"_s, u"Kitchen"_s, u"guest 2"_s,
        u"120000_recording_5555555555555555"_s, u"Long interview"_s };
    QCOMPARE(names(model), expected);
    QCOMPARE(names(filter), expected);
    QCOMPARE(text(model, 3, RecordingListModel::Status), u"Complete"_s);
    QCOMPARE(text(model, 3, RecordingListModel::Size), u"39.1 KiB"_s);
}

void tst_RecordingListModel::refreshWithoutChangesIsSilent()
{
    writeArchive(m_root);
    RecordingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, m_root));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy finished(&model, &RecordingListModel::scanFinished);
    // Three calls while one scan runs make two scans, not three.
    model.refresh();
    model.refresh();
    model.refresh();
    QTRY_VERIFY(!model.isScanning());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(inserted.size() + removed.size() + changed.size(), 0);
    QCOMPARE(model.rowCount(), 5);
}

void tst_RecordingListModel::anotherFolderReplacesTheList()
{
    writeArchive(m_root);
    const QString other = m_dir->filePath(u"elsewhere"_s);
    QVERIFY(!guest1().write(other).isEmpty());
    RecordingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, m_root));
    QCOMPARE(model.rowCount(), 5);

    QVERIFY(load(model, other));
    QCOMPARE(names(model), QStringList { u"Guest 1"_s });
    // A folder that does not exist (yet) is an empty list, not an error.
    QVERIFY(load(model, m_dir->filePath(u"nowhere"_s)));
    QCOMPARE(model.rowCount(), 0);
}

void tst_RecordingListModel::renameWritesTheSidecarOnly()
{
    writeArchive(m_root);
    RecordingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, m_root));
    const int row = 3;
    QCOMPARE(text(model, row, RecordingListModel::Name), u"Guest 1"_s);
    const QString audio = model.index(row, 0).data(RecordingListModel::FilePathRole).toString();
    const QString sidecarPath
        = model.index(row, 0).data(RecordingListModel::SidecarPathRole).toString();
    const std::optional<Sidecar> before = Sidecar::load(sidecarPath, nullptr);
    QVERIFY(before);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy renamed(&model, &RecordingListModel::renamed);
    QSignalSpy failed(&model, &RecordingListModel::renameFailed);
    model.rename(row, u"  Grandma’s story  "_s);
    // Written on the worker thread: the row changes when the sidecar is.
    QCOMPARE(changed.size(), 0);
    QVERIFY(renamed.wait(10000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(renamed.constFirst().constFirst().toString(), sidecarPath);

    QCOMPARE(text(model, row, RecordingListModel::Name), u"Grandma’s story"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(
        changed.constFirst().at(0).value<QModelIndex>().column(), int(RecordingListModel::Name));
    const std::optional<Sidecar> after = Sidecar::load(sidecarPath, nullptr);
    QVERIFY(after);
    QCOMPARE(after->label, u"Grandma’s story"_s);
    // Nothing else in the sidecar changed, and the audio keeps its name.
    QCOMPARE(after->file, before->file);
    QCOMPARE(after->bytes, before->bytes);
    QCOMPARE(after->status, before->status);
    QCOMPARE(after->startedAt, before->startedAt);
    QVERIFY(QFile::exists(audio));
    QCOMPARE(QFileInfo(audio).fileName(), u"101500_Guest_1_1111111111111111.wav"_s);

    // A rescan reads the new label back: nothing more changes.
    QSignalSpy finished(&model, &RecordingListModel::scanFinished);
    changed.clear();
    model.refresh();
    QVERIFY(finished.wait(10000));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(text(model, row, RecordingListModel::Name), u"Grandma’s story"_s);
}

void tst_RecordingListModel::liveRecordingIsNotRenamed()
{
    RecordingFixture live = guest1();
    live.status = u"recording"_s;
    QVERIFY(!live.write(m_root).isEmpty());
    RecordingListModel model;
    QVERIFY(load(model, m_root));
    QVERIFY(model.index(0, 0).data(RecordingListModel::LiveRole).toBool());
    QSignalSpy failed(&model, &RecordingListModel::renameFailed);
    QSignalSpy renamed(&model, &RecordingListModel::renamed);
    model.rename(0, u"Other"_s);
    // Refused at once: no job for the worker thread.
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().at(0).toString(), model.recording(0).sidecarPath);
    QVERIFY(!failed.constFirst().at(1).toString().isEmpty());
    QCOMPARE(renamed.size(), 0);
    QCOMPARE(text(model, 0, RecordingListModel::Name), u"Guest 1"_s);
    QCOMPARE(Sidecar::load(model.recording(0).sidecarPath, nullptr)->label, u"Guest 1"_s);
}

void tst_RecordingListModel::searchFindsByName_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("found");
    QTest::addRow("everything") << QString()
                                << QStringList { u"Kitchen"_s, u"guest 2"_s,
                                       u"120000_recording_5555555555555555"_s, u"Guest 1"_s,
                                       u"Long interview"_s };
    QTest::addRow("any case") << u"GUEST"_s << QStringList { u"guest 2"_s, u"Guest 1"_s };
    QTest::addRow("inside a word") << u"terv"_s << QStringList { u"Long interview"_s };
    QTest::addRow("spaces around") << u"  kitchen "_s << QStringList { u"Kitchen"_s };
    QTest::addRow("file name when unnamed")
        << u"recording_5555"_s << QStringList { u"120000_recording_5555555555555555"_s };
    QTest::addRow("nothing") << u"bathroom"_s << QStringList();
}

void tst_RecordingListModel::searchFindsByName()
{
    QFETCH(QString, search);
    QFETCH(QStringList, found);
    writeArchive(m_root);
    RecordingListModel model;
    RecordingFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(RecordingListModel::Started, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, m_root));

    filter.setSearchText(search);
    QCOMPARE(names(filter), found);

    // A renamed recording is found by its new name.
    if (search.isEmpty()) {
        QSignalSpy renamed(&model, &RecordingListModel::renamed);
        model.rename(3, u"Porch"_s);
        QVERIFY(renamed.wait(10000));
        filter.setSearchText(u"porch"_s);
        QCOMPARE(names(filter), QStringList { u"Porch"_s });
    }
}

void tst_RecordingListModel::sortsByRawValues()
{
    writeArchive(m_root);
    RecordingListModel model;
    RecordingFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, m_root));

    // By bytes, not by text: "2.0 KiB" < "468.8 KiB" < "1.5 MiB" < "681.7 MiB"; the missing
    // file has no size and comes first.
    filter.sort(RecordingListModel::Size, Qt::AscendingOrder);
    QCOMPARE(names(filter),
        QStringList({ u"120000_recording_5555555555555555"_s, u"guest 2"_s, u"Guest 1"_s,
            u"Kitchen"_s, u"Long interview"_s }));
    // By milliseconds: "0:04" < "0:15" < "1:35" < "1:02:03"; unknown first.
    filter.sort(RecordingListModel::Length, Qt::AscendingOrder);
    QCOMPARE(names(filter),
        QStringList({ u"guest 2"_s, u"120000_recording_5555555555555555"_s, u"Guest 1"_s,
            u"Kitchen"_s, u"Long interview"_s }));
    // Names ignore case.
    filter.sort(RecordingListModel::Name, Qt::AscendingOrder);
    QCOMPARE(names(filter),
        QStringList({ u"120000_recording_5555555555555555"_s, u"Guest 1"_s, u"guest 2"_s,
            u"Kitchen"_s, u"Long interview"_s }));
}

void tst_RecordingListModel::removeTakesEveryFile_data()
{
    QTest::addColumn<bool>("toTrash");
    QTest::addRow("to the trash") << true;
    QTest::addRow("permanently") << false;
}

void tst_RecordingListModel::removeTakesEveryFile()
{
    QFETCH(bool, toTrash);
    QVERIFY(QDir().mkpath(m_home.filePath(u".local/share"_s)));
    writeArchive(m_root);
    RecordingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, m_root));
    QCOMPARE(text(model, 0, RecordingListModel::Name), u"Kitchen"_s);
    const QStringList files = model.filesOf(0);
    // The audio, the original kept beside it, the sidecar.
    QCOMPARE(files.size(), 3);
    QVERIFY(files.at(1).endsWith(u".original.webm"_s));
    QVERIFY(files.at(2).endsWith(u".json"_s));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy done(&model, &RecordingListModel::removed);
    QSignalSpy failed(&model, &RecordingListModel::removeFailed);
    const auto how
        = toTrash ? RecordingListModel::Removal::ToTrash : RecordingListModel::Removal::Permanently;
    model.remove(0, how);
    // Deleted on the worker thread: the row goes when the files have.
    QCOMPARE(removed.size(), 0);
    QVERIFY(done.wait(10000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QCOMPARE(done.constFirst().at(0).toString(), files.at(2));
    QCOMPARE(done.constFirst().at(1).value<RecordingListModel::Removal>(), how);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(text(model, 0, RecordingListModel::Name), u"guest 2"_s);
    for (const QString &file : files)
        QVERIFY2(!QFile::exists(file), qPrintable(file));
    QDir trash(m_home.filePath(u".local/share/Trash"_s));
    for (const QString &file : files)
        QCOMPARE(trash.exists(u"files/"_s + QFileInfo(file).fileName()), toTrash);
    QVERIFY(trash.removeRecursively());

    // The next scan agrees.
    QSignalSpy finished(&model, &RecordingListModel::scanFinished);
    model.refresh();
    QVERIFY(finished.wait(10000));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 4);
}

void tst_RecordingListModel::removeTakesAKeptRemuxedCopy()
{
    // The remux kept the stream as it arrived, because its copy lacks part of it: both are the
    // recording's, and both go with it.
    const QString audio = kitchen().write(m_root);
    QVERIFY(!audio.isEmpty());
    const QString sidecarPath = RecordingPaths::sidecarPath(audio);
    std::optional<Sidecar> sidecar = Sidecar::load(sidecarPath, nullptr);
    QVERIFY(sidecar);
    const QString copyName = QFileInfo(audio).completeBaseName() + u".remuxed.webm"_s;
    sidecar->remuxed = false;
    sidecar->remux.state = u"kept_original"_s;
    sidecar->remux.reason = u"bytes 1000 to 2000 hold no packet"_s;
    sidecar->remux.file = copyName;
    QVERIFY(sidecar->save(sidecarPath, nullptr));
    const QString copy = QFileInfo(audio).dir().filePath(copyName);
    QFile copyFile(copy);
    QVERIFY(copyFile.open(QIODevice::WriteOnly));
    QVERIFY(copyFile.write("webm") == 4);
    copyFile.close();

    RecordingListModel model;
    QVERIFY(load(model, m_root));
    QVERIFY(model.filesOf(0).contains(copy));
    QSignalSpy done(&model, &RecordingListModel::removed);
    model.remove(0, RecordingListModel::Removal::Permanently);
    QVERIFY(done.wait(10000));
    QVERIFY(!QFile::exists(copy));
    QVERIFY(!QFile::exists(audio));
    QVERIFY(!QFile::exists(sidecarPath));
}

void tst_RecordingListModel::noTrashLeavesEveryFile()
{
    // A home without ~/.local/share: no trash folder can be made there.
    QVERIFY(QDir(m_home.filePath(u".local"_s)).removeRecursively());
    writeArchive(m_root);
    RecordingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, m_root));
    const QStringList files = model.filesOf(0);
    QCOMPARE(files.size(), 3);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Unable to establish trash"_s));
    QSignalSpy failed(&model, &RecordingListModel::removeFailed);
    QSignalSpy done(&model, &RecordingListModel::removed);
    model.remove(0, RecordingListModel::Removal::ToTrash);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.constFirst().at(1).value<RecordingListModel::Removal>(),
        RecordingListModel::Removal::ToTrash);
    const QString problem = failed.constFirst().at(2).toString();
    QVERIFY2(problem.contains(u"no trash"_s), qPrintable(problem));
    // Nothing moved; what a person then chooses (delete permanently) still finds everything.
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.filesOf(0), files);
    QVERIFY(!QDir(m_dir->path()).exists(u"files"_s));
    QVERIFY(!QDir(m_dir->path()).exists(u"info"_s));
    model.remove(0, RecordingListModel::Removal::Permanently);
    QVERIFY(done.wait(10000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    for (const QString &file : files)
        QVERIFY2(!QFile::exists(file), qPrintable(file));
}

void tst_RecordingListModel::fileOperationsRunOffTheGuiThread()
{
    QVERIFY(QDir().mkpath(m_home.filePath(u".local/share"_s)));
    writeArchive(m_root);
    RecordingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, m_root));

    // The thread each operation ran on: the one its worker reports from.
    std::atomic<QThread *> renamedOn = nullptr;
    std::atomic<QThread *> removedOn = nullptr;
    connect(
        model.fileWorker(), &RecordingFileWorker::renamed, &model,
        [&renamedOn] { renamedOn = QThread::currentThread(); }, Qt::DirectConnection);
    connect(
        model.fileWorker(), &RecordingFileWorker::removed, &model,
        [&removedOn] { removedOn = QThread::currentThread(); }, Qt::DirectConnection);

    QSignalSpy renamed(&model, &RecordingListModel::renamed);
    const QString sidecarPath = model.recording(3).sidecarPath;
    model.rename(3, u"Porch"_s);
    QVERIFY(renamed.wait(10000));
    // The model's queued connection comes first: the worker reaches this one just after.
    QTRY_VERIFY(renamedOn.load());
    QVERIFY(renamedOn.load() != QThread::currentThread());
    // The result reached the model, and the sidecar says the same.
    QCOMPARE(text(model, 3, RecordingListModel::Name), u"Porch"_s);
    QCOMPARE(Sidecar::load(sidecarPath, nullptr)->label, u"Porch"_s);

    QSignalSpy removed(&model, &RecordingListModel::removed);
    const QStringList files = model.filesOf(0);
    model.remove(0, RecordingListModel::Removal::ToTrash);
    QVERIFY(removed.wait(10000));
    QTRY_VERIFY(removedOn.load());
    QVERIFY(removedOn.load() != QThread::currentThread());
    // One worker thread, the model's.
    QCOMPARE(removedOn.load(), renamedOn.load());
    QCOMPARE(model.rowCount(), 4);
    for (const QString &file : files)
        QVERIFY2(!QFile::exists(file), qPrintable(file));
    QVERIFY(QDir(m_home.filePath(u".local/share/Trash"_s)).removeRecursively());
}

void tst_RecordingListModel::largeArchive()
{
    // A year of ten recordings a day, read without holding up this thread.
    constexpr int Days = 365;
    constexpr int PerDay = 10;
    for (int day = 0; day < Days; ++day) {
        for (int n = 0; n < PerDay; ++n) {
            RecordingFixture recording = guest1();
            recording.session = u"%1"_s.arg(day * PerDay + n, 16, 10, QChar(u'0'));
            recording.label = u"Take %1"_s.arg(n);
            recording.startedAt = at(1, 8, 0).addDays(day).addSecs(n * 600);
            recording.bytes = 3200;
            QVERIFY(!recording.write(m_root).isEmpty());
        }
    }
    RecordingListModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QElapsedTimer timer;
    timer.start();
    model.setRecordingsDir(m_root);
    QVERIFY(timer.elapsed() < 100);
    QSignalSpy finished(&model, &RecordingListModel::scanFinished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(model.rowCount(), Days * PerDay);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.recording(0).sidecar.startedAt,
        at(1, 8, 0).addDays(Days - 1).addSecs((PerDay - 1) * 600));
    QCOMPARE(model.recording(Days * PerDay - 1).sidecar.startedAt, at(1, 8, 0));
}

QTEST_GUILESS_MAIN(tst_RecordingListModel)
#include "tst_recordinglistmodel.moc"
