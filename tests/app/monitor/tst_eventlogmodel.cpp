#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

#include "monitor/eventlogmodel.h"
#include "serverevent.h"

using namespace Qt::StringLiterals;

// The events dock's model: what a person reads in the log, and how it takes a burst of events.
class tst_EventLogModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void burstIsOneInsertion();
    void textsAPersonReads();
    void severityColours_data();
    void severityColours();
    void keepsTheNewest();
    void burstLargerThanTheLimit();

private:
    static ServerEvent event(
        int number, ServerEvent::Severity severity = ServerEvent::Severity::Info);
    static QString text(
        const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.index(row, column).data(role).toString();
    }
};

void tst_EventLogModel::initTestCase()
{
    // The texts asserted below are the English ones, the times those of UTC.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("TZ", "UTC");
}

ServerEvent tst_EventLogModel::event(int number, ServerEvent::Severity severity)
{
    ServerEvent event;
    event.time = QDateTime(QDate(2026, 11, 21), QTime(10, 15, 30), Qt::UTC).addSecs(number);
    event.severity = severity;
    event.sessionId = u"%1"_s.arg(number, 16, 10, QChar(u'0'));
    event.peer = u"192.168.1.20:%1"_s.arg(50000 + number);
    event.text = u"Event %1"_s.arg(number);
    return event;
}

void tst_EventLogModel::burstIsOneInsertion()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 3; ++i)
        model.addEvent(event(i));
    // Queued, not shown yet: the burst lands together a moment later.
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(inserted.wait(5000));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(EventLogModel::ColumnCount));
    // Oldest first.
    QCOMPARE(text(model, 0, EventLogModel::Message), u"Event 0"_s);
    QCOMPARE(text(model, 2, EventLogModel::Message), u"Event 2"_s);

    // The next burst goes below, again as one insertion.
    model.addEvent(event(3));
    model.addEvent(event(4));
    model.flush();
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.constLast().at(1).toInt(), 3);
    QCOMPARE(inserted.constLast().at(2).toInt(), 4);
    QCOMPARE(text(model, 4, EventLogModel::Message), u"Event 4"_s);
    // Nothing is left queued.
    model.flush();
    QCOMPARE(inserted.size(), 2);
}

void tst_EventLogModel::textsAPersonReads()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addEvent(event(0));
    model.flush();
    QCOMPARE(model.rowCount(), 1);

    const QStringList headers { u"Time"_s, u"Device"_s, u"Session"_s, u"Event"_s };
    for (int column = 0; column < EventLogModel::ColumnCount; ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));

    // Seconds matter in a log; the time zone is noise.
    QCOMPARE(text(model, 0, EventLogModel::Time), u"10:15:30 AM"_s);
    QCOMPARE(text(model, 0, EventLogModel::Peer), u"192.168.1.20:50000"_s);
    QCOMPARE(text(model, 0, EventLogModel::Session), u"0000000000000000"_s);
    QCOMPARE(text(model, 0, EventLogModel::Message), u"Event 0"_s);
    // The day is in the time's tooltip; a long message can be read whole in its own.
    const QString day = text(model, 0, EventLogModel::Time, Qt::ToolTipRole);
    QVERIFY2(day.contains(u"November 21, 2026"_s) && day.contains(u"10:15:30"_s), qPrintable(day));
    QCOMPARE(text(model, 0, EventLogModel::Message, Qt::ToolTipRole), u"Event 0"_s);
    QVERIFY(!model.index(0, EventLogModel::Peer).data(Qt::ToolTipRole).isValid());
}

void tst_EventLogModel::severityColours_data()
{
    QTest::addColumn<ServerEvent::Severity>("severity");
    QTest::addColumn<QVariant>("colour");
    QTest::addRow("info: the text colour") << ServerEvent::Severity::Info << QVariant();
    QTest::addRow("warning: amber")
        << ServerEvent::Severity::Warning << QVariant(QColor(0xb3, 0x5c, 0x00));
    QTest::addRow("error: red") << ServerEvent::Severity::Error
                                << QVariant(QColor(0xc6, 0x28, 0x28));
}

void tst_EventLogModel::severityColours()
{
    QFETCH(ServerEvent::Severity, severity);
    QFETCH(QVariant, colour);
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addEvent(event(0, severity));
    model.flush();
    // The whole line takes the colour.
    for (int column = 0; column < EventLogModel::ColumnCount; ++column)
        QCOMPARE(model.index(0, column).data(Qt::ForegroundRole), colour);
}

void tst_EventLogModel::keepsTheNewest()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int i = 0; i < EventLogModel::MaxEvents; ++i)
        model.addEvent(event(i));
    model.flush();
    QCOMPARE(model.rowCount(), EventLogModel::MaxEvents);

    // Ten more: the ten oldest go in one removal from the top, the new ones in one insertion.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = EventLogModel::MaxEvents; i < EventLogModel::MaxEvents + 10; ++i)
        model.addEvent(event(i));
    model.flush();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().at(1).toInt(), 0);
    QCOMPARE(removed.constFirst().at(2).toInt(), 9);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), EventLogModel::MaxEvents - 10);
    QCOMPARE(inserted.constFirst().at(2).toInt(), EventLogModel::MaxEvents - 1);
    QCOMPARE(model.rowCount(), EventLogModel::MaxEvents);
    QCOMPARE(text(model, 0, EventLogModel::Message), u"Event 10"_s);
    QCOMPARE(text(model, EventLogModel::MaxEvents - 1, EventLogModel::Message),
        u"Event %1"_s.arg(EventLogModel::MaxEvents + 9));
}

void tst_EventLogModel::burstLargerThanTheLimit()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < EventLogModel::MaxEvents + 5; ++i)
        model.addEvent(event(i));
    model.flush();
    // The oldest of the burst never show: nothing to remove, one insertion of the newest.
    QCOMPARE(removed.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(2).toInt(), EventLogModel::MaxEvents - 1);
    QCOMPARE(model.rowCount(), EventLogModel::MaxEvents);
    QCOMPARE(text(model, 0, EventLogModel::Message), u"Event 5"_s);
}

QTEST_GUILESS_MAIN(tst_EventLogModel)
#include "tst_eventlogmodel.moc"
