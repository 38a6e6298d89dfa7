#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "recordings/recordinglistmodel.h"
#include "recordings/recordingsview.h"

#include "recordingfixture.h"

using namespace Qt::StringLiterals;

// The recordings view as a person uses it: the search field, the actions a selection allows,
// and a list that follows the folder when the server says something changed.
class tst_RecordingsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void searchFieldFiltersTheTable();
    void actionsFollowTheSelection();
    void refreshesWhenAskedAndShown();

private:
    static RecordingFixture recording(int number, const QString &label);
    QAction *action(RecordingsView &view, const QString &name) const
    {
        return view.findChild<QAction *>(name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_RecordingsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_RecordingsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

RecordingFixture tst_RecordingsView::recording(int number, const QString &label)
{
    RecordingFixture fixture;
    fixture.session = u"%1"_s.arg(number, 16, 10, QChar(u'0'));
    fixture.label = label;
    fixture.startedAt = QDateTime(QDate(2026, 11, 21), QTime(10, number), Qt::UTC);
    fixture.bytes = 32000;
    return fixture;
}

void tst_RecordingsView::searchFieldFiltersTheTable()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!recording(i, QStringList { u"Guest 1"_s, u"Kitchen"_s, u"guest 2"_s }.at(i))
                     .write(m_dir->path())
                     .isEmpty());
    RecordingsView view;
    QSignalSpy scanned(&view.model(), &RecordingListModel::scanFinished);
    view.setRecordingsDir(m_dir->path());
    view.show();
    QVERIFY(scanned.wait(10000));
    auto *table = view.findChild<QTableView *>();
    QCOMPARE(table->model()->rowCount(), 3);
    // Newest first.
    QCOMPARE(table->model()->index(0, RecordingListModel::Name).data().toString(), u"guest 2"_s);

    auto *search = view.findChild<QLineEdit *>();
    QTest::keyClicks(search, u"GUEST"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(view.findChild<QLabel *>(u"recordingsSummary"_s)->text().startsWith(u"2 of 3 "_s));
    search->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void tst_RecordingsView::actionsFollowTheSelection()
{
    RecordingFixture live = recording(1, u"Live"_s);
    live.status = u"recording"_s;
    QVERIFY(!live.write(m_dir->path()).isEmpty());
    RecordingFixture gone = recording(2, u"Gone"_s);
    gone.writeAudio = false;
    QVERIFY(!gone.write(m_dir->path()).isEmpty());

    RecordingsView view;
    QSignalSpy scanned(&view.model(), &RecordingListModel::scanFinished);
    view.setRecordingsDir(m_dir->path());
    view.show();
    QVERIFY(scanned.wait(10000));
    auto *table = view.findChild<QTableView *>();
    const QStringList names { u"playRecordingAction"_s, u"openRecordingAction"_s,
        u"showRecordingInFolderAction"_s, u"renameRecordingAction"_s, u"deleteRecordingAction"_s };
    const auto enabled = [&] {
        QList<bool> states;
        for (const QString &name : names)
            states.append(action(view, name)->isEnabled());
        return states;
    };

    QCOMPARE(enabled(), QList<bool>({ false, false, false, false, false }));
    // Still being recorded: it plays, but its sidecar and file are the server's.
    table->selectRow(1);
    QCOMPARE(table->model()->index(1, 0).data().toString(), u"Live"_s);
    QCOMPARE(enabled(), QList<bool>({ true, true, true, false, false }));
    // Its file is gone: nothing to play, but the leftover sidecar can go.
    table->selectRow(0);
    QCOMPARE(enabled(), QList<bool>({ false, false, true, true, true }));
}

void tst_RecordingsView::refreshesWhenAskedAndShown()
{
    QVERIFY(!recording(1, u"First"_s).write(m_dir->path()).isEmpty());
    RecordingsView view;
    QSignalSpy scanned(&view.model(), &RecordingListModel::scanFinished);
    view.setRecordingsDir(m_dir->path());
    view.show();
    QVERIFY(scanned.wait(10000));
    QCOMPARE(view.model().rowCount(), 1);

    // Many hints in a burst make one scan, after the interval.
    QVERIFY(!recording(2, u"Second"_s).write(m_dir->path()).isEmpty());
    scanned.clear();
    for (int i = 0; i < 20; ++i)
        view.requestRefresh();
    QCOMPARE(view.model().rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(view.model().rowCount(), 2, RecordingsView::RefreshIntervalMs * 5);
    QCOMPARE(scanned.size(), 1);
    QVERIFY(!view.isRefreshScheduled()); // and no second scan is on its way

    // Hidden, it waits for being shown.
    view.hide();
    QVERIFY(!recording(3, u"Third"_s).write(m_dir->path()).isEmpty());
    view.requestRefresh();
    QVERIFY(!view.isRefreshScheduled());
    QCoreApplication::processEvents();
    QCOMPARE(view.model().rowCount(), 2);
    view.show();
    QTRY_COMPARE_WITH_TIMEOUT(view.model().rowCount(), 3, 10000);
    QCOMPARE(view.model().index(0, RecordingListModel::Name).data().toString(), u"Third"_s);
}

QTEST_MAIN(tst_RecordingsView)
#include "tst_recordingsview.moc"
