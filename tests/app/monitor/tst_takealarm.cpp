#include <QTest>

#include "monitor/takealarm.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using State = SessionStats::State;

namespace {

const QString TakeId = u"9c1f04ab"_s;
const TakeAlarm::Clock::time_point T0 {};

SessionStats guest(const QString &name, State state, qint64 bytes, const QString &take = TakeId)
{
    SessionStats stats;
    stats.id = u"session-"_s + name;
    stats.label = name;
    stats.take = take;
    stats.state = state;
    stats.bytes = bytes;
    return stats;
}

} // namespace

// When a take's guest counts as lost, decided from the server's figures and a clock the test
// holds: no timers, no waiting.
class tst_TakeAlarm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decidesFromTheLatestFigures_data();
    void decidesFromTheLatestFigures();
    void startingTheTakeGivesEveryGuestTheFullLimit();
    void aResumedGuestIsBackOnlyWhenBytesFlow();
    void namesTheLostInTheOrderTheyJoined();
    void aNewTakeForgetsTheGuestsOfTheOldOne();
};

void tst_TakeAlarm::decidesFromTheLatestFigures_data()
{
    QTest::addColumn<bool>("recording");
    QTest::addColumn<State>("state");
    QTest::addColumn<qint64>("laterBytes"); // at 1 s; 3200 at the start
    QTest::addColumn<int>("askedAtMs");
    QTest::addColumn<bool>("lost");

    // Bytes came at 1 s: silent for the time asked minus 1 s.
    QTest::addRow("streaming") << true << State::Recording << qint64(6400) << 2500 << false;
    QTest::addRow("silent just under the limit")
        << true << State::Recording << qint64(6400) << 2999 << false;
    QTest::addRow("silent for the limit")
        << true << State::Recording << qint64(6400) << 3000 << true;
    QTest::addRow("no new bytes since the start")
        << true << State::Recording << qint64(3200) << 2000 << true;
    QTest::addRow("interrupted") << true << State::Interrupted << qint64(3200) << 1000 << true;
    QTest::addRow("failed") << true << State::Failed << qint64(3200) << 1000 << true;
    QTest::addRow("stopped by the guest")
        << true << State::Complete << qint64(6400) << 60000 << false;
    QTest::addRow("interrupted while the take waits")
        << false << State::Interrupted << qint64(3200) << 1000 << false;
    QTest::addRow("silent while the take waits")
        << false << State::Recording << qint64(3200) << 60000 << false;
}

void tst_TakeAlarm::decidesFromTheLatestFigures()
{
    QFETCH(bool, recording);
    QFETCH(State, state);
    QFETCH(qint64, laterBytes);
    QFETCH(int, askedAtMs);
    QFETCH(bool, lost);

    TakeAlarm alarm;
    alarm.setTake(TakeId);
    alarm.setRecording(recording, T0);
    alarm.updateSessions({ guest(u"Ada"_s, State::Recording, 3200) }, T0);
    alarm.updateSessions({ guest(u"Ada"_s, state, laterBytes) }, T0 + 1s);
    QCOMPARE(alarm.lostGuests(T0 + std::chrono::milliseconds(askedAtMs)),
        lost ? QStringList { u"Ada"_s } : QStringList());
}

void tst_TakeAlarm::startingTheTakeGivesEveryGuestTheFullLimit()
{
    TakeAlarm alarm;
    alarm.setTake(TakeId);
    // Ada started herself while the take waited, then sent nothing for a minute.
    alarm.updateSessions({ guest(u"Ada"_s, State::Recording, 0) }, T0);
    alarm.setRecording(true, T0 + 60s);
    QCOMPARE(alarm.lostGuests(T0 + 60s + TakeAlarm::SilenceLimit - 1ms), QStringList());
    QCOMPARE(alarm.lostGuests(T0 + 60s + TakeAlarm::SilenceLimit), QStringList { u"Ada"_s });
    alarm.setRecording(false, T0 + 70s);
    QCOMPARE(alarm.lostGuests(T0 + 70s), QStringList());
}

void tst_TakeAlarm::aResumedGuestIsBackOnlyWhenBytesFlow()
{
    TakeAlarm alarm;
    alarm.setTake(TakeId);
    alarm.setRecording(true, T0);
    alarm.updateSessions({ guest(u"Ada"_s, State::Recording, 3200) }, T0);
    alarm.updateSessions({ guest(u"Ada"_s, State::Interrupted, 3200) }, T0 + 1s);
    QCOMPARE(alarm.lostGuests(T0 + 1s), QStringList { u"Ada"_s });
    // The resume makes the session live again, but nothing has come through yet.
    alarm.updateSessions({ guest(u"Ada"_s, State::Recording, 3200) }, T0 + 10s);
    QCOMPARE(alarm.lostGuests(T0 + 10s), QStringList { u"Ada"_s });
    alarm.updateSessions({ guest(u"Ada"_s, State::Recording, 6400) }, T0 + 11s);
    QCOMPARE(alarm.lostGuests(T0 + 11s), QStringList());
}

void tst_TakeAlarm::namesTheLostInTheOrderTheyJoined()
{
    TakeAlarm alarm;
    alarm.setTake(TakeId);
    alarm.setRecording(true, T0);
    alarm.updateSessions(
        { guest(u"Cy"_s, State::Recording, 100), guest(u"Ada"_s, State::Recording, 100) }, T0);
    alarm.updateSessions({ guest(u"Ben"_s, State::Recording, 100) }, T0 + 1s);
    // Another take's guest and a session of no take are not this take's.
    alarm.updateSessions({ guest(u"Other"_s, State::Interrupted, 100, u"0000ffff"_s),
                             guest(u"Solo"_s, State::Interrupted, 100, QString()) },
        T0 + 1s);
    alarm.updateSessions(
        { guest(u"Ada"_s, State::Interrupted, 100), guest(u"Ben"_s, State::Interrupted, 100),
            guest(u"Cy"_s, State::Recording, 200) },
        T0 + 2s);
    QCOMPARE(alarm.lostGuests(T0 + 2s), QStringList({ u"Ada"_s, u"Ben"_s }));
}

void tst_TakeAlarm::aNewTakeForgetsTheGuestsOfTheOldOne()
{
    TakeAlarm alarm;
    alarm.setTake(TakeId);
    alarm.setRecording(true, T0);
    alarm.updateSessions({ guest(u"Ada"_s, State::Interrupted, 100) }, T0);
    QCOMPARE(alarm.lostGuests(T0), QStringList { u"Ada"_s });
    alarm.setTake(u"0000ffff"_s);
    alarm.setRecording(true, T0);
    QCOMPARE(alarm.lostGuests(T0 + 1min), QStringList());
    QCOMPARE(alarm.takeId(), u"0000ffff"_s);
}

QTEST_GUILESS_MAIN(tst_TakeAlarm)
#include "tst_takealarm.moc"
