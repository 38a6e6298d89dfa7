#include <memory>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include "recordingfixture.h"
#include "recordings/recordinglistmodel.h"
#include "recordings/recordingsview.h"

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
    void deleteMovesToTheTrash();
    void deleteWithoutTrashAsksToDeletePermanently();

private:
    static RecordingFixture recording(int number, const QString &label);
    /// Answers the next message boxes, one button each (its text without the &), from the event
    /// loops of their exec(); their texts go into \a shown.
    void answerMessageBoxes(const QStringList &buttons, QStringList *shown);
    /// A view of two recordings, the newest selected, with the files of that one.
    bool showTwo(RecordingsView &view, QStringList *files);
    QAction *action(RecordingsView &view, const QString &name) const
    {
        return view.findChild<QAction *>(name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_home; ///< where the trash goes
};

void tst_RecordingsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // A home of this test's own: Qt trashes into its trash, and the person's own stays as it was.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("XDG_DATA_HOME");
}

void tst_RecordingsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Where Qt 6.4 puts files it "trashes" without a trash folder; never the build folder.
    QVERIFY(QDir::setCurrent(m_dir->path()));
}

void tst_RecordingsView::answerMessageBoxes(const QStringList &buttons, QStringList *shown)
{
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    auto answered = std::make_shared<QPointer<QMessageBox>>();
    connect(poll, &QTimer::timeout, this, [poll, buttons, shown, answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box == *answered)
            return;
        *answered = box;
        const QString button = buttons.at(shown->size());
        shown->append(box->text());
        if (shown->size() == buttons.size()) {
            poll->stop();
            poll->deleteLater();
        }
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text().remove(u'&') == button) {
                candidate->click();
                return;
            }
        }
        QFAIL(qPrintable(u"no button "_s + button + u" in: "_s + box->text()));
    });
    poll->start();
}

bool tst_RecordingsView::showTwo(RecordingsView &view, QStringList *files)
{
    if (recording(1, u"Kept"_s).write(m_dir->path()).isEmpty()
        || recording(2, u"Unwanted"_s).write(m_dir->path()).isEmpty())
        return false;
    QSignalSpy scanned(&view.model(), &RecordingListModel::scanFinished);
    view.setRecordingsDir(m_dir->path());
    view.show();
    if (!scanned.wait(10000) || view.model().rowCount() != 2)
        return false;
    auto *table = view.findChild<QTableView *>();
    table->setFocus();
    table->selectRow(0);
    if (table->model()->index(0, RecordingListModel::Name).data().toString() != u"Unwanted"_s)
        return false;
    *files = view.model().filesOf(view.model().rowOf(
        table->model()->index(0, 0).data(RecordingListModel::SidecarPathRole).toString()));
    return files->size() == 2;
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

    // The playback bar's button plays the selection while nothing is loaded.
    auto *playPause = view.findChild<QToolButton *>(u"playPauseButton"_s);
    QVERIFY(playPause);

    QCOMPARE(enabled(), QList<bool>({ false, false, false, false, false }));
    QVERIFY(!playPause->isEnabled());
    // Still being recorded: it plays, but its sidecar and file are the server's.
    table->selectRow(1);
    QCOMPARE(table->model()->index(1, 0).data().toString(), u"Live"_s);
    QCOMPARE(enabled(), QList<bool>({ true, true, true, false, false }));
    QVERIFY(playPause->isEnabled());
    // Its file is gone: nothing to play, but the leftover sidecar can go.
    table->selectRow(0);
    QCOMPARE(enabled(), QList<bool>({ false, false, true, true, true }));
    QVERIFY(!playPause->isEnabled());
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

void tst_RecordingsView::deleteMovesToTheTrash()
{
    QVERIFY(QDir().mkpath(m_home.filePath(u".local/share"_s)));
    RecordingsView view;
    QStringList files;
    QVERIFY(showTwo(view, &files));

    QStringList asked;
    answerMessageBoxes({ u"Move to Trash"_s }, &asked);
    QSignalSpy removed(&view.model(), &RecordingListModel::removed);
    action(view, u"deleteRecordingAction"_s)->trigger();
    QCOMPARE(asked, QStringList { u"Delete the recording “Unwanted”?"_s });
    // The files go on the worker thread; the row when they are gone.
    QCOMPARE(view.model().rowCount(), 2);
    QVERIFY(removed.wait(10000));
    QCOMPARE(view.model().rowCount(), 1);
    QCOMPARE(view.model().index(0, RecordingListModel::Name).data().toString(), u"Kept"_s);
    QDir trash(m_home.filePath(u".local/share/Trash"_s));
    for (const QString &file : std::as_const(files)) {
        QVERIFY2(!QFile::exists(file), qPrintable(file));
        QVERIFY(trash.exists(u"files/"_s + QFileInfo(file).fileName()));
    }
    QVERIFY(trash.removeRecursively());
}

void tst_RecordingsView::deleteWithoutTrashAsksToDeletePermanently()
{
    // A home without ~/.local/share: no trash folder can be made there.
    QVERIFY(QDir(m_home.filePath(u".local"_s)).removeRecursively());
    RecordingsView view;
    QStringList files;
    QVERIFY(showTwo(view, &files));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Unable to establish trash"_s));
    // The failure arrives from the worker thread: the person reads it, and chooses to delete.
    QStringList asked;
    answerMessageBoxes({ u"Move to Trash"_s, u"Yes"_s }, &asked);
    QSignalSpy failed(&view.model(), &RecordingListModel::removeFailed);
    QSignalSpy removed(&view.model(), &RecordingListModel::removed);
    action(view, u"deleteRecordingAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(asked.size(), 2);
    const QString warned = asked.at(1);
    QVERIFY2(warned.startsWith(u"“Unwanted” cannot be moved to the trash ("_s), qPrintable(warned));
    QVERIFY2(warned.contains(u"no trash"_s), qPrintable(warned));
    QCOMPARE(removed.constFirst().at(1).value<RecordingListModel::Removal>(),
        RecordingListModel::Removal::Permanently);
    QCOMPARE(view.model().rowCount(), 1);
    for (const QString &file : std::as_const(files))
        QVERIFY2(!QFile::exists(file), qPrintable(file));
}

QTEST_MAIN(tst_RecordingsView)
#include "tst_recordingsview.moc"
