#include <algorithm>
#include <memory>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
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
#include "serversettings.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "testdata.h"

using namespace Qt::StringLiterals;

// The recordings view as a person uses it: the search field (by name and by the words of a
// transcript), the actions a selection allows, the transcript under the list, deleting with
// every file of a recording, "Transcribe" on real read speech, and a list that follows the
// folder when the server says something changed.
class tst_RecordingsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void searchFieldFiltersTheTable();
    void actionsFollowTheSelection();
    void refreshesWhenAskedAndShown();
    void deleteMovesToTheTrash_data();
    void deleteMovesToTheTrash();
    void deleteWithoutTrashAsksToDeletePermanently();
    void transcriptShowsForTheSelection();
    void searchFindsWordsOfTranscripts_data();
    void searchFindsWordsOfTranscripts();
    void transcribeWritesAndShowsTheTranscript();

private:
    static RecordingFixture recording(int number, const QString &label);
    /// Gives the recording at \a audioPath a WebVTT transcript of \a cues beside it, named in its
    /// sidecar as FileTranscriber leaves it; returns the transcript's path, empty on failure.
    static QString addTranscript(const QString &audioPath, const QStringList &cues);
    /// Answers the next message boxes, one button each (its text without the &), from the event
    /// loops of their exec(); their texts go into \a shown.
    void answerMessageBoxes(const QStringList &buttons, QStringList *shown);
    /// A view of two recordings, the newest selected, with the files of that one; \a transcribed:
    /// it has a transcript.
    bool showTwo(RecordingsView &view, QStringList *files, bool transcribed = false);
    /// Shows the recordings in the test's folder and waits for them.
    bool showFolder(RecordingsView &view, int recordings);
    QStringList namesShown(RecordingsView &view) const;
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

bool tst_RecordingsView::showTwo(RecordingsView &view, QStringList *files, bool transcribed)
{
    if (recording(1, u"Kept"_s).write(m_dir->path()).isEmpty())
        return false;
    const QString unwanted = recording(2, u"Unwanted"_s).write(m_dir->path());
    if (unwanted.isEmpty()
        || (transcribed
            && addTranscript(unwanted, { u"delete this one"_s, u"and its words"_s }).isEmpty()))
        return false;
    if (!showFolder(view, 2))
        return false;
    auto *table = view.findChild<QTableView *>();
    table->setFocus();
    table->selectRow(0);
    if (table->model()->index(0, RecordingListModel::Name).data().toString() != u"Unwanted"_s)
        return false;
    *files = view.model().filesOf(view.model().rowOf(
        table->model()->index(0, 0).data(RecordingListModel::SidecarPathRole).toString()));
    return files->size() == (transcribed ? 3 : 2);
}

bool tst_RecordingsView::showFolder(RecordingsView &view, int recordings)
{
    QSignalSpy scanned(&view.model(), &RecordingListModel::scanFinished);
    view.setRecordingsDir(m_dir->path());
    view.show();
    return scanned.wait(10000) && view.model().rowCount() == recordings;
}

QStringList tst_RecordingsView::namesShown(RecordingsView &view) const
{
    const QAbstractItemModel *shown = view.findChild<QTableView *>()->model();
    QStringList names;
    for (int row = 0; row < shown->rowCount(); ++row)
        names.append(shown->index(row, RecordingListModel::Name).data().toString());
    return names;
}

QString tst_RecordingsView::addTranscript(const QString &audioPath, const QStringList &cues)
{
    const QFileInfo audio(audioPath);
    const QString vttPath = audio.absolutePath() + u'/' + audio.completeBaseName() + u".vtt"_s;
    QByteArray vtt = "WEBVTT\n";
    for (qsizetype i = 0; i < cues.size(); ++i) {
        vtt += u"\n00:00:%1.250 --> 00:00:%2.900\n%3\n"_s.arg(3 * i + 1, 2, 10, QChar(u'0'))
                   .arg(3 * i + 3, 2, 10, QChar(u'0'))
                   .arg(cues.at(i))
                   .toUtf8();
    }
    QFile file(vttPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(vtt) != vtt.size())
        return {};
    file.close();
    const QString sidecarPath = RecordingPaths::sidecarPath(audioPath);
    std::optional<Sidecar> sidecar = Sidecar::load(sidecarPath, nullptr);
    if (!sidecar)
        return {};
    sidecar->transcript = QFileInfo(vttPath).fileName();
    return sidecar->save(sidecarPath, nullptr) ? vttPath : QString();
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

void tst_RecordingsView::deleteMovesToTheTrash_data()
{
    QTest::addColumn<bool>("transcribed");
    QTest::addRow("audio and sidecar") << false;
    QTest::addRow("with its transcript") << true;
}

void tst_RecordingsView::deleteMovesToTheTrash()
{
    QFETCH(bool, transcribed);
    QVERIFY(QDir().mkpath(m_home.filePath(u".local/share"_s)));
    RecordingsView view;
    QStringList files;
    QVERIFY(showTwo(view, &files, transcribed));
    QCOMPARE(std::count_if(files.cbegin(), files.cend(),
                 [](const QString &file) { return file.endsWith(u".vtt"_s); }),
        transcribed ? 1 : 0);

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

void tst_RecordingsView::transcriptShowsForTheSelection()
{
    QVERIFY(!recording(1, u"Plain"_s).write(m_dir->path()).isEmpty());
    const QString transcribed = recording(2, u"Transcribed"_s).write(m_dir->path());
    QVERIFY(!addTranscript(transcribed,
        { u"he was not an ill disposed young man"_s, u"the marmalade is on the table"_s })
                 .isEmpty());
    RecordingsView view;
    QVERIFY(showFolder(view, 2));
    auto *table = view.findChild<QTableView *>();
    auto *transcript = view.findChild<QPlainTextEdit *>(u"recordingTranscript"_s);
    QVERIFY(transcript);
    QVERIFY(!transcript->isVisible());

    table->selectRow(0);
    QCOMPARE(namesShown(view).at(0), u"Transcribed"_s);
    QVERIFY(transcript->isVisible());
    // Each cue a line, after the second it starts at.
    QCOMPARE(transcript->toPlainText(),
        u"0:01  he was not an ill disposed young man\n0:04  the marmalade is on the table\n"_s);

    table->selectRow(1);
    QVERIFY(!transcript->isVisible());
    QVERIFY(!transcript->toPlainText().contains(u"marmalade"_s));
    table->selectRow(0);
    QVERIFY(transcript->isVisible());
    table->clearSelection();
    QVERIFY(!transcript->isVisible());
}

void tst_RecordingsView::searchFindsWordsOfTranscripts_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("found"); // newest first

    QTest::addRow("a word only in one transcript")
        << u"marmalade"_s << QStringList { u"Transcribed"_s };
    QTest::addRow("in capitals") << u"MARMALADE"_s << QStringList { u"Transcribed"_s };
    QTest::addRow("words of one cue") << u"ill disposed"_s << QStringList { u"Transcribed"_s };
    QTest::addRow("a word of the other transcript") << u"kitchen"_s << QStringList { u"Other"_s };
    QTest::addRow("a word of both") << u"warm"_s << QStringList { u"Other"_s, u"Transcribed"_s };
    QTest::addRow("a word of a name") << u"plain"_s << QStringList { u"Plain"_s };
    QTest::addRow("a word said nowhere") << u"zebra"_s << QStringList {};
}

void tst_RecordingsView::searchFindsWordsOfTranscripts()
{
    QFETCH(QString, search);
    QFETCH(QStringList, found);

    QVERIFY(!recording(1, u"Plain"_s).write(m_dir->path()).isEmpty());
    QVERIFY(!addTranscript(recording(2, u"Transcribed"_s).write(m_dir->path()),
        { u"he was not an ill disposed young man"_s, u"the marmalade is warm"_s })
                 .isEmpty());
    QVERIFY(
        !addTranscript(recording(3, u"Other"_s).write(m_dir->path()), { u"the kitchen is warm"_s })
             .isEmpty());
    RecordingsView view;
    QVERIFY(showFolder(view, 3));
    QCOMPARE(namesShown(view), QStringList({ u"Other"_s, u"Transcribed"_s, u"Plain"_s }));

    QTest::keyClicks(view.findChild<QLineEdit *>(u"recordingSearch"_s), search);
    QCOMPARE(namesShown(view), found);
    const QString summary = view.findChild<QLabel *>(u"recordingsSummary"_s)->text();
    QVERIFY2(summary.startsWith(u"%1 of 3 "_s.arg(found.size())), qPrintable(summary));
}

void tst_RecordingsView::transcribeWritesAndShowsTheTranscript()
{
    // Real read speech, as the server leaves a 16 kHz mono recording: the WAV and its sidecar.
    RecordingFixture speech = recording(1, u"Reader"_s);
    speech.audio = readFile(
        u"/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0880.wav"_s);
    QVERIFY(speech.audio.size() > 2 * 32000); // 3 s
    speech.bytes = speech.audio.size() - WavHeader::Size;
    const QString audioPath = speech.write(m_dir->path());
    QVERIFY(!audioPath.isEmpty());
    const QFileInfo audio(audioPath);
    const QString vttPath = audio.absolutePath() + u'/' + audio.completeBaseName() + u".vtt"_s;

    RecordingsView view;
    // MainWindow hands the view the server's model folder; the view has none of its own.
    view.setSpeechModelDir(ServerSettings().speechModelDir);
    QVERIFY(showFolder(view, 1));
    auto *table = view.findChild<QTableView *>();
    table->setFocus();
    table->selectRow(0);
    auto *transcript = view.findChild<QPlainTextEdit *>(u"recordingTranscript"_s);
    auto *progress = view.findChild<QLabel *>(u"transcriptionProgress"_s);
    QAction *transcribe = action(view, u"transcribeRecordingAction"_s);
    QVERIFY(!transcript->isVisible());
    QVERIFY(transcribe->isEnabled());

    // A failure would come as a message box: its text is taken, and the wait ends.
    QStringList warned;
    QTimer closeWarnings;
    closeWarnings.setInterval(10);
    connect(&closeWarnings, &QTimer::timeout, &closeWarnings, [&warned] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warned.append(box->text());
            box->done(QMessageBox::Ok);
        }
    });
    closeWarnings.start();
    transcribe->trigger();
    QVERIFY(progress->isVisible());
    QVERIFY2(progress->text().startsWith(u"Transcribing “"_s + audio.fileName() + u"”: "_s),
        qPrintable(progress->text()));
    QVERIFY(!transcribe->isEnabled()); // one at a time

    QTRY_VERIFY_WITH_TIMEOUT(
        !warned.isEmpty() || (transcript->isVisible() && !transcript->toPlainText().isEmpty()),
        60000);
    QVERIFY2(warned.isEmpty(), qPrintable(warned.join(u'\n')));
    QVERIFY(!progress->isVisible());
    QVERIFY(transcribe->isEnabled());

    // The WebVTT beside the recording: cues with the reader's words.
    const QString vtt = QString::fromUtf8(readFile(vttPath));
    QVERIFY2(vtt.startsWith(u"WEBVTT\n"_s), qPrintable(vttPath));
    static const QRegularExpression cue(
        u"\\d\\d:\\d\\d:\\d\\d\\.\\d{3} --> \\d\\d:\\d\\d:\\d\\d\\.\\d{3}\n([^\n]+)"_s);
    const QStringList reference = u"he was not an ill disposed young man"_s.split(u' ');
    QStringList heard;
    for (auto match = cue.globalMatch(vtt); match.hasNext();) {
        const QString text = match.next().captured(1);
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            if (reference.contains(word.toLower()))
                heard.append(word);
        }
    }
    QVERIFY2(!heard.isEmpty(), qPrintable(vtt));
    // Its sidecar names it; the recording's other facts and its audio are as they were.
    QString problem;
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(audioPath), &problem);
    QVERIFY2(sidecar, qPrintable(problem));
    QCOMPARE(sidecar->transcript, QFileInfo(vttPath).fileName());
    QCOMPARE(sidecar->label, u"Reader"_s);
    QCOMPARE(sha256(readFile(audioPath)), sha256(speech.audio));
    // The pane shows the cues, each after the second it starts at.
    const QString firstCue = cue.match(vtt).captured(1).trimmed();
    QVERIFY2(QRegularExpression(u"^0:0\\d  "_s + QRegularExpression::escape(firstCue) + u'\n')
                 .match(transcript->toPlainText())
                 .hasMatch(),
        qPrintable(transcript->toPlainText()));
}

QTEST_MAIN(tst_RecordingsView)
#include "tst_recordingsview.moc"
