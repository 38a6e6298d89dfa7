#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "monitor/sessionsortmodel.h"
#include "monitor/sessiontablemodel.h"

using namespace Qt::StringLiterals;

// The monitor's sessions table, fed the way CaptureServer feeds it: batches of changed sessions.
class tst_SessionTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newSessionsArriveInOneInsertion();
    void updatesAreRangedWithRoles();
    void mixedBatchUpdatesAndInserts();
    void sessionTwiceInOneBatch();
    void figuresReadForPeople_data();
    void figuresReadForPeople();
    void finishedSessionShowsNoRate();
    void streamTitleShowsWithTheName();
    void liveSessionsComeFirst_data();
    void liveSessionsComeFirst();
    void thousandLiveStreams();

private:
    static SessionStats session(
        int number, SessionStats::State state = SessionStats::State::Recording);
    static QStringList namesInOrder(const QAbstractItemModel &model);
};

namespace {

const QDateTime Start = QDateTime(QDate(2026, 11, 21), QTime(10, 15), Qt::UTC);

} // namespace

void tst_SessionTableModel::initTestCase()
{
    // The texts asserted below are the English ones.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

SessionStats tst_SessionTableModel::session(int number, SessionStats::State state)
{
    SessionStats stats;
    stats.id = u"%1"_s.arg(number, 16, 10, QChar(u'0'));
    stats.label = u"Guest %1"_s.arg(number);
    stats.peer = u"192.168.1.%1:50000"_s.arg(number % 250);
    stats.format = u"audio/pcm;rate=16000;channels=1;bits=16"_s;
    stats.filePath = u"/rec/2026-11-21/101500_Guest_%1_%2.wav"_s.arg(number).arg(stats.id);
    stats.state = state;
    stats.startedAt = Start;
    stats.lastActivity = Start;
    if (state != SessionStats::State::Recording)
        stats.endedAt = Start;
    return stats;
}

QStringList tst_SessionTableModel::namesInOrder(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, SessionTableModel::Name).data().toString());
    return names;
}

void tst_SessionTableModel::newSessionsArriveInOneInsertion()
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &SessionTableModel::rowsInserted);
    QSignalSpy changed(&model, &SessionTableModel::dataChanged);

    model.updateSessions({ session(1), session(2), session(3), session(4), session(5) });

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(namesInOrder(model),
        QStringList({ u"Guest 1"_s, u"Guest 2"_s, u"Guest 3"_s, u"Guest 4"_s, u"Guest 5"_s }));

    model.updateSessions({ session(6), session(7) });
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 5);
    QCOMPARE(inserted.at(1).at(2).toInt(), 6);
}

void tst_SessionTableModel::updatesAreRangedWithRoles()
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<SessionStats> sessions;
    for (int i = 0; i < 10; ++i)
        sessions.append(session(i));
    model.updateSessions(sessions);

    QSignalSpy inserted(&model, &SessionTableModel::rowsInserted);
    QSignalSpy changed(&model, &SessionTableModel::dataChanged);
    QList<SessionStats> batch;
    // Out of order on purpose: rows 2-4 make one range, row 7 another.
    for (int i : { 7, 3, 2, 4 }) {
        SessionStats update = sessions.at(i);
        update.bytes = 3200;
        batch.append(update);
    }
    model.updateSessions(batch);

    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 2);
    const auto range = [&](int signal) {
        const QModelIndex topLeft = changed.at(signal).at(0).toModelIndex();
        const QModelIndex bottomRight = changed.at(signal).at(1).toModelIndex();
        return std::tuple(topLeft.row(), topLeft.column(), bottomRight.row(), bottomRight.column());
    };
    QCOMPARE(range(0), std::tuple(2, 0, 4, SessionTableModel::ColumnCount - 1));
    QCOMPARE(range(1), std::tuple(7, 0, 7, SessionTableModel::ColumnCount - 1));
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto roles = signal.at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(SessionTableModel::SortRole));
        QVERIFY(roles.contains(SessionTableModel::LiveRole));
        QVERIFY(!roles.contains(Qt::TextAlignmentRole)); // never changes
        QCOMPARE(roles, SessionTableModel::changingRoles());
    }
    QCOMPARE(model.index(3, SessionTableModel::Bytes).data().toString(), u"3.1 KiB"_s);
    QCOMPARE(model.index(5, SessionTableModel::Bytes).data().toString(), u"0 bytes"_s);
}

void tst_SessionTableModel::mixedBatchUpdatesAndInserts()
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.updateSessions({ session(1), session(2) });

    QSignalSpy inserted(&model, &SessionTableModel::rowsInserted);
    QSignalSpy changed(&model, &SessionTableModel::dataChanged);
    SessionStats update = session(2);
    update.chunks = 12;
    model.updateSessions({ session(3), update, session(4) });

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, SessionTableModel::Chunks).data().toString(), u"12"_s);
    QCOMPARE(namesInOrder(model),
        QStringList({ u"Guest 1"_s, u"Guest 2"_s, u"Guest 3"_s, u"Guest 4"_s }));
}

void tst_SessionTableModel::sessionTwiceInOneBatch()
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SessionStats later = session(1);
    later.bytes = 6400;
    model.updateSessions({ session(1), later });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(
        model.index(0, SessionTableModel::Bytes).data(SessionTableModel::SortRole).toLongLong(),
        6400);

    QSignalSpy changed(&model, &SessionTableModel::dataChanged);
    model.updateSessions({ later, later });
    QCOMPARE(changed.count(), 1);
}

void tst_SessionTableModel::figuresReadForPeople_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<SessionStats>("stats");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QVariant>("sortValue");

    const auto with = [](auto change) {
        SessionStats stats = session(1);
        change(stats);
        return stats;
    };
    QTest::addRow("bytes under a KiB")
        << int(SessionTableModel::Bytes) << with([](SessionStats &s) { s.bytes = 512; })
        << u"512 bytes"_s << QVariant(qint64(512));
    QTest::addRow("bytes in KiB") << int(SessionTableModel::Bytes)
                                  << with([](SessionStats &s) { s.bytes = 480000; })
                                  << u"468.8 KiB"_s << QVariant(qint64(480000));
    QTest::addRow("bytes in MiB") << int(SessionTableModel::Bytes)
                                  << with([](SessionStats &s) { s.bytes = 57600000; })
                                  << u"54.9 MiB"_s << QVariant(qint64(57600000));
    QTest::addRow("bytes in GiB") << int(SessionTableModel::Bytes)
                                  << with([](SessionStats &s) { s.bytes = 3'000'000'000; })
                                  << u"2.8 GiB"_s << QVariant(qint64(3'000'000'000));
    QTest::addRow("PCM rate") << int(SessionTableModel::Rate)
                              << with([](SessionStats &s) { s.byteRate = 32000; })
                              << u"31.3 KiB/s"_s << QVariant(32000.0);
    QTest::addRow("chunks with separators")
        << int(SessionTableModel::Chunks) << with([](SessionStats &s) { s.chunks = 12345; })
        << u"12,345"_s << QVariant(qint64(12345));
    QTest::addRow("audio duration") << int(SessionTableModel::Duration)
                                    << with([](SessionStats &s) { s.audioDurationMs = 75400; })
                                    << u"1:15"_s << QVariant(qint64(75400));
    QTest::addRow("duration over an hour")
        << int(SessionTableModel::Duration)
        << with([](SessionStats &s) { s.audioDurationMs = 3723000; }) << u"1:02:03"_s
        << QVariant(qint64(3723000));
    QTest::addRow("duration without audio clock")
        << int(SessionTableModel::Duration)
        << with([](SessionStats &s) { s.lastActivity = s.startedAt.addSecs(42); }) << u"0:42"_s
        << QVariant(qint64(42000));
    QTest::addRow("level") << int(SessionTableModel::Level)
                           << with([](SessionStats &s) { s.level = 0.5; }) << u"-6 dB"_s
                           << QVariant(0.5);
    QTest::addRow("level at full scale")
        << int(SessionTableModel::Level) << with([](SessionStats &s) { s.level = 0.9999; })
        << u"0 dB"_s << QVariant(0.9999);
    QTest::addRow("unknown level")
        << int(SessionTableModel::Level) << with([](SessionStats &s) { s.level = -1; }) << QString()
        << QVariant(-1.0);
    QTest::addRow("nothing unsent")
        << int(SessionTableModel::Unsent) << session(1) << QString() << QVariant(qint64(0));
    QTest::addRow("unsent in tenths of a second") << int(
        SessionTableModel::Unsent) << with([](SessionStats &s) {
        s.unsentBytes = 403200;
        s.unsentDurationMs = 4200;
    }) << u"4.2 s"_s << QVariant(qint64(4200));
    QTest::addRow("a little unsent is never 0.0 s") << int(
        SessionTableModel::Unsent) << with([](SessionStats &s) {
        s.unsentBytes = 96;
        s.unsentDurationMs = 1;
    }) << u"0.1 s"_s << QVariant(qint64(1));
    QTest::addRow("unsent over a minute") << int(
        SessionTableModel::Unsent) << with([](SessionStats &s) {
        s.unsentBytes = 7'238'400;
        s.unsentDurationMs = 75400;
    }) << u"1:15"_s << QVariant(qint64(75400));
    QTest::addRow("PCM format") << int(SessionTableModel::Format) << session(1)
                                << u"PCM, 16 kHz, mono"_s
                                << QVariant(u"audio/pcm;rate=16000;channels=1;bits=16"_s);
    QTest::addRow("L16 stereo format")
        << int(SessionTableModel::Format)
        << with([](SessionStats &s) { s.format = u"audio/L16;rate=44100;channels=2"_s; })
        << u"PCM, 44.1 kHz, stereo"_s << QVariant(u"audio/L16;rate=44100;channels=2"_s);
    QTest::addRow("browser format") << int(SessionTableModel::Format) << with([](SessionStats &s) {
        s.format = u"audio/webm;codecs=opus"_s;
    }) << u"WebM (Opus)"_s << QVariant(u"audio/webm;codecs=opus"_s);
    QTest::addRow("unknown format")
        << int(SessionTableModel::Format)
        << with([](SessionStats &s) { s.format = u"application/octet-stream"_s; })
        << u"application/octet-stream"_s << QVariant(u"application/octet-stream"_s);
    QTest::addRow("state") << int(SessionTableModel::State) << session(1) << u"Recording"_s
                           << QVariant(int(SessionStats::State::Recording));
    QTest::addRow("failed state") << int(SessionTableModel::State)
                                  << session(1, SessionStats::State::Failed) << u"Failed"_s
                                  << QVariant(int(SessionStats::State::Failed));
    QTest::addRow("file name only")
        << int(SessionTableModel::File) << session(7) << u"101500_Guest_7_0000000000000007.wav"_s
        << QVariant(u"/rec/2026-11-21/101500_Guest_7_0000000000000007.wav"_s);
}

void tst_SessionTableModel::figuresReadForPeople()
{
    QFETCH(int, column);
    QFETCH(SessionStats, stats);
    QFETCH(QString, shown);
    QFETCH(QVariant, sortValue);

    SessionTableModel model;
    model.updateSessions({ stats });
    const QModelIndex index = model.index(0, column);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), shown);
    QCOMPARE(index.data(SessionTableModel::SortRole), sortValue);
}

void tst_SessionTableModel::finishedSessionShowsNoRate()
{
    SessionTableModel model;
    SessionStats stats = session(1);
    stats.byteRate = 32000;
    stats.level = 0.5;
    model.updateSessions({ stats });
    QCOMPARE(model.index(0, SessionTableModel::Rate).data().toString(), u"31.3 KiB/s"_s);

    stats.state = SessionStats::State::Complete;
    stats.endedAt = stats.startedAt.addSecs(90);
    model.updateSessions({ stats });
    QCOMPARE(model.index(0, SessionTableModel::State).data().toString(), u"Complete"_s);
    QCOMPARE(model.index(0, SessionTableModel::Rate).data().toString(), QString());
    QCOMPARE(model.index(0, SessionTableModel::Level).data().toString(), QString());
    QCOMPARE(model.index(0, SessionTableModel::Duration).data().toString(), u"1:30"_s);
    QCOMPARE(model.index(0, SessionTableModel::State).data(SessionTableModel::LiveRole), false);
}

void tst_SessionTableModel::streamTitleShowsWithTheName()
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SessionStats stats = session(1);
    stats.label = u"Morning show"_s;
    stats.userAgent = u"libshout/2.4.6"_s;
    model.updateSessions({ stats });
    const QModelIndex name = model.index(0, SessionTableModel::Name);
    QCOMPARE(name.data().toString(), u"Morning show"_s);
    QCOMPARE(name.data(Qt::ToolTipRole).toString(), u"libshout/2.4.6"_s);

    // The source names a track: it shows beside the name at the next batch, in one signal for the
    // row, and the row still sorts by the name.
    QSignalSpy changed(&model, &SessionTableModel::dataChanged);
    stats.title = u"Band - Song One"_s;
    model.updateSessions({ stats });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(name.data().toString(), u"Morning show · Band - Song One"_s);
    QCOMPARE(
        name.data(Qt::ToolTipRole).toString(), u"Now playing: Band - Song One\nlibshout/2.4.6"_s);
    QCOMPARE(name.data(SessionTableModel::SortRole).toString(), u"Morning show"_s);

    // The next track replaces it; the title stays once the stream has ended, as the last it played.
    stats.title = u"Band - Song Two"_s;
    stats.state = SessionStats::State::Complete;
    stats.endedAt = stats.startedAt.addSecs(60);
    model.updateSessions({ stats });
    QCOMPARE(name.data().toString(), u"Morning show · Band - Song Two"_s);
}

void tst_SessionTableModel::liveSessionsComeFirst_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");

    // Guest 2 finishes between the two snapshots.
    QTest::addRow("ascending") << Qt::AscendingOrder
                               << QStringList(
                                      { u"Guest 2"_s, u"Guest 3"_s, u"Guest 1"_s, u"Guest 4"_s })
                               << QStringList(
                                      { u"Guest 3"_s, u"Guest 1"_s, u"Guest 2"_s, u"Guest 4"_s });
    QTest::addRow("descending") << Qt::DescendingOrder
                                << QStringList(
                                       { u"Guest 3"_s, u"Guest 2"_s, u"Guest 4"_s, u"Guest 1"_s })
                                << QStringList(
                                       { u"Guest 3"_s, u"Guest 4"_s, u"Guest 2"_s, u"Guest 1"_s });
}

void tst_SessionTableModel::liveSessionsComeFirst()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);

    SessionTableModel model;
    SessionSortModel sorted;
    sorted.setSourceModel(&model);
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::Fatal);
    sorted.sort(SessionTableModel::Name, order);

    model.updateSessions({ session(1, SessionStats::State::Complete), session(2), session(3),
        session(4, SessionStats::State::Interrupted) });
    QCOMPARE(namesInOrder(sorted), before);

    QSignalSpy layout(&sorted, &SessionSortModel::layoutChanged);
    model.updateSessions({ session(2, SessionStats::State::Complete) });
    QCOMPARE(namesInOrder(sorted), after);
    QCOMPARE(layout.count(), 1);
}

void tst_SessionTableModel::thousandLiveStreams()
{
    constexpr int Streams = 1000;
    constexpr int Batches = 8;

    SessionTableModel model;
    SessionSortModel sorted;
    sorted.setSourceModel(&model);
    sorted.sort(SessionTableModel::State);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester sortedTester(
        &sorted, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &SessionTableModel::rowsInserted);
    QSignalSpy changed(&model, &SessionTableModel::dataChanged);
    QSignalSpy reset(&model, &SessionTableModel::modelReset);
    QSignalSpy sortedLayout(&sorted, &SessionSortModel::layoutChanged);

    QList<SessionStats> streams;
    for (int i = 0; i < Streams; ++i)
        streams.append(session(i));
    model.updateSessions(streams);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), Streams);
    QCOMPARE(sorted.rowCount(), Streams);

    // Four batches a second, each with every stream 800 bytes further (16 kHz PCM, 250 ms).
    for (int batch = 1; batch <= Batches; ++batch) {
        for (SessionStats &stream : streams) {
            stream.bytes = 8000 * batch;
            stream.chunks = 1 * batch;
            stream.byteRate = 32000;
        }
        model.updateSessions(streams);
    }
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), Batches); // one range per batch: every row changed
    QCOMPARE(reset.count(), 0);
    // The order of the State column did not change, so the proxy never re-laid out the rows.
    QCOMPARE(sortedLayout.count(), 0);
    QCOMPARE(sorted.index(Streams - 1, SessionTableModel::Bytes).data().toString(), u"62.5 KiB"_s);
    QCOMPARE(sorted.index(0, SessionTableModel::Rate).data().toString(), u"31.3 KiB/s"_s);

    // Half of them stop: they sink below the live ones.
    QList<SessionStats> stopped;
    for (int i = 0; i < Streams; i += 2) {
        streams[i].state = SessionStats::State::Complete;
        streams[i].endedAt = Start.addSecs(2);
        stopped.append(streams.at(i));
    }
    model.updateSessions(stopped);
    QCOMPARE(changed.count(), Batches + Streams / 2); // no neighbours among every other row
    for (int row = 0; row < Streams; ++row) {
        const bool live = sorted.index(row, 0).data(SessionTableModel::LiveRole).toBool();
        QCOMPARE(live, row < Streams / 2);
    }
}

QTEST_GUILESS_MAIN(tst_SessionTableModel)
#include "tst_sessiontablemodel.moc"
