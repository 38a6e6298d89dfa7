#include <QSignalSpy>
#include <QTest>

#include "englishplurals.h"
#include "tray/notificationpolicy.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using State = SessionStats::State;

// What the desktop is told, from the batches the server publishes: a device connecting, a
// recording ending unexpectedly, once per event, bursts in one notification.
class tst_NotificationPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newDeviceIsToldOnce();
    void namesTheDevice();
    void transitions_data();
    void transitions();
    void knownSessionsAreNotNews();
    void offSettingSilences();
    void turningOffDropsWhatIsPending();
    void burstOfConnectsIsOneNotification();
    void fourNamesAreListedWhole();
    void burstOfEndsIsOneNotification();
    void connectsAndEndsAreToldApart();
    void deliveredWhenTheIntervalEnds();
    void endsAskedForAreQuiet();
    void serverStopIsQuiet();

private:
    EnglishPlurals m_plurals;
    static SessionStats session(int number, State state = State::Recording);
    static QList<QPair<QString, QString>> notifications(const QSignalSpy &spy);
};

void tst_NotificationPolicy::initTestCase()
{
    // The texts asserted below are the English ones, with their plural forms.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::installTranslator(&m_plurals);
}

SessionStats tst_NotificationPolicy::session(int number, State state)
{
    SessionStats stats;
    stats.id = u"%1"_s.arg(number, 16, 10, QChar(u'0'));
    stats.label = u"Guest %1"_s.arg(number);
    stats.peer = u"192.168.1.%1:50000"_s.arg(number);
    stats.state = state;
    return stats;
}

QList<QPair<QString, QString>> tst_NotificationPolicy::notifications(const QSignalSpy &spy)
{
    QList<QPair<QString, QString>> all;
    for (const QList<QVariant> &arguments : spy)
        all.append({ arguments.at(0).toString(), arguments.at(1).toString() });
    return all;
}

void tst_NotificationPolicy::newDeviceIsToldOnce()
{
    NotificationPolicy policy;
    QSignalSpy spy(&policy, &NotificationPolicy::notify);

    policy.updateSessions({ session(1) });
    QVERIFY(policy.hasPending());
    policy.flush();
    QCOMPARE(notifications(spy),
        (QList<QPair<QString, QString>> { { u"Device connected"_s, u"Guest 1 is recording."_s } }));

    // The same session in every later batch, its figures growing.
    for (int batch = 0; batch < 5; ++batch) {
        SessionStats stats = session(1);
        stats.bytes = 1000 * batch;
        policy.updateSessions({ stats });
    }
    QVERIFY(!policy.hasPending());
    policy.flush();
    QCOMPARE(spy.count(), 1);
}

void tst_NotificationPolicy::namesTheDevice()
{
    NotificationPolicy policy;
    QSignalSpy spy(&policy, &NotificationPolicy::notify);

    SessionStats kitchen = session(1);
    kitchen.label = u"Kitchen"_s;
    kitchen.client = u"Chrome 131 on Android"_s;
    policy.updateSessions({ kitchen });
    policy.flush();

    SessionStats anonymous = session(2);
    anonymous.label.clear();
    policy.updateSessions({ anonymous });
    policy.flush();

    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(1).toString(), u"Kitchen (Chrome 131 on Android) is recording."_s);
    QCOMPARE(spy.at(1).at(1).toString(), u"192.168.1.2:50000 is recording."_s);
}

void tst_NotificationPolicy::transitions_data()
{
    QTest::addColumn<bool>("known");
    QTest::addColumn<State>("before");
    QTest::addColumn<State>("after");
    QTest::addColumn<QString>("title");

    QTest::addRow("recording, then interrupted")
        << true << State::Recording << State::Interrupted << u"Recording interrupted"_s;
    QTest::addRow("recording, then failed")
        << true << State::Recording << State::Failed << u"Recording failed"_s;
    QTest::addRow("recording, then complete")
        << true << State::Recording << State::Complete << QString();
    QTest::addRow("still recording") << true << State::Recording << State::Recording << QString();
    QTest::addRow("interrupted again")
        << true << State::Interrupted << State::Interrupted << QString();
    QTest::addRow("failed again") << true << State::Failed << State::Failed << QString();
    QTest::addRow("interrupted, then failed")
        << true << State::Interrupted << State::Failed << QString();
    QTest::addRow("resumed") << true << State::Interrupted << State::Recording << QString();
    QTest::addRow("complete again") << true << State::Complete << State::Complete << QString();
    QTest::addRow("new and recording")
        << false << State::Recording << State::Recording << u"Device connected"_s;
    // Connected and dropped within one batch: the drop is the news.
    QTest::addRow("new and interrupted")
        << false << State::Recording << State::Interrupted << u"Recording interrupted"_s;
    QTest::addRow("new and complete") << false << State::Recording << State::Complete << QString();
}

void tst_NotificationPolicy::transitions()
{
    QFETCH(bool, known);
    QFETCH(State, before);
    QFETCH(State, after);
    QFETCH(QString, title);

    NotificationPolicy policy;
    if (known)
        policy.setKnownSessions({ session(7, before) });
    QSignalSpy spy(&policy, &NotificationPolicy::notify);

    policy.updateSessions({ session(7, after) });
    policy.flush();
    // Reported again in the next batch: never a second notification.
    policy.updateSessions({ session(7, after) });
    policy.flush();

    if (title.isEmpty()) {
        QCOMPARE(spy.count(), 0);
    } else {
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), title);
        QVERIFY(spy.at(0).at(1).toString().contains(u"Guest 7"_s));
    }
}

void tst_NotificationPolicy::knownSessionsAreNotNews()
{
    NotificationPolicy policy;
    policy.setKnownSessions({ session(1), session(2), session(3, State::Interrupted) });
    QSignalSpy spy(&policy, &NotificationPolicy::notify);

    policy.updateSessions({ session(1), session(2), session(3, State::Interrupted) });
    policy.flush();
    QCOMPARE(spy.count(), 0);
}

void tst_NotificationPolicy::offSettingSilences()
{
    NotificationPolicy policy;
    QSignalSpy spy(&policy, &NotificationPolicy::notify);
    policy.setEnabled(false);
    QVERIFY(!policy.isEnabled());

    policy.updateSessions({ session(1), session(2) });
    policy.updateSessions({ session(1, State::Interrupted) });
    QVERIFY(!policy.hasPending());
    policy.flush();
    QCOMPARE(spy.count(), 0);

    // On again: what happened while off stays untold, what happens now is told.
    policy.setEnabled(true);
    policy.updateSessions({ session(1, State::Interrupted), session(2) });
    policy.flush();
    QCOMPARE(spy.count(), 0);
    policy.updateSessions({ session(2, State::Failed) });
    policy.flush();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"Recording failed"_s);
}

void tst_NotificationPolicy::turningOffDropsWhatIsPending()
{
    NotificationPolicy policy;
    QSignalSpy spy(&policy, &NotificationPolicy::notify);
    policy.updateSessions({ session(1) });
    policy.setEnabled(false);
    policy.flush();
    QCOMPARE(spy.count(), 0);
}

void tst_NotificationPolicy::burstOfConnectsIsOneNotification()
{
    NotificationPolicy policy;
    QSignalSpy spy(&policy, &NotificationPolicy::notify);

    // Five devices within a second: three batches, a quarter of a second apart.
    policy.updateSessions({ session(1), session(2) });
    policy.updateSessions({ session(1), session(2), session(3) });
    policy.updateSessions({ session(3), session(4), session(5) });
    policy.flush();

    QCOMPARE(notifications(spy),
        (QList<QPair<QString, QString>> {
            { u"5 devices connected"_s, u"Guest 1, Guest 2, Guest 3, and 2 more"_s } }));
}

void tst_NotificationPolicy::fourNamesAreListedWhole()
{
    NotificationPolicy policy;
    QSignalSpy spy(&policy, &NotificationPolicy::notify);
    policy.updateSessions({ session(1), session(2), session(3), session(4) });
    policy.flush();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toString(), u"Guest 1, Guest 2, Guest 3, and Guest 4"_s);
}

void tst_NotificationPolicy::burstOfEndsIsOneNotification()
{
    NotificationPolicy policy;
    policy.setKnownSessions({ session(1), session(2), session(3) });
    QSignalSpy spy(&policy, &NotificationPolicy::notify);

    // The Wi-Fi went away: every device drops, one fails while its file is closed.
    policy.updateSessions({ session(1, State::Interrupted), session(2, State::Failed) });
    policy.updateSessions({ session(3, State::Interrupted), session(1, State::Interrupted) });
    policy.flush();

    QCOMPARE(notifications(spy),
        (QList<QPair<QString, QString>> {
            { u"3 recordings ended unexpectedly"_s, u"Guest 1, Guest 2, and Guest 3"_s } }));
}

void tst_NotificationPolicy::connectsAndEndsAreToldApart()
{
    NotificationPolicy policy;
    policy.setKnownSessions({ session(1) });
    QSignalSpy spy(&policy, &NotificationPolicy::notify);

    policy.updateSessions({ session(1, State::Interrupted), session(2), session(3) });
    policy.flush();

    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toString(), u"2 devices connected"_s);
    QCOMPARE(spy.at(0).at(1).toString(), u"Guest 2 and Guest 3"_s);
    QCOMPARE(spy.at(1).at(0).toString(), u"Recording interrupted"_s);
    QVERIFY(spy.at(1).at(1).toString().startsWith(u"Guest 1 lost its connection."_s));
}

void tst_NotificationPolicy::deliveredWhenTheIntervalEnds()
{
    NotificationPolicy policy;
    policy.setCoalesceInterval(50ms);
    QSignalSpy spy(&policy, &NotificationPolicy::notify);

    policy.updateSessions({ session(1) });
    policy.updateSessions({ session(2) });
    // Nothing is told while the burst may still grow.
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"2 devices connected"_s);
    QVERIFY(!policy.hasPending());

    policy.updateSessions({ session(3) });
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), u"Device connected"_s);
}

void tst_NotificationPolicy::endsAskedForAreQuiet()
{
    NotificationPolicy policy;
    policy.setKnownSessions({ session(1), session(2) });
    QSignalSpy spy(&policy, &NotificationPolicy::notify);

    // The person pressed Disconnect on session 1.
    policy.expectEnd(session(1).id);
    policy.updateSessions({ session(1, State::Interrupted) });
    policy.flush();
    QCOMPARE(spy.count(), 0);

    // The expectation was used up; session 1 resumed and dropped by itself is news.
    policy.updateSessions({ session(1) });
    policy.updateSessions({ session(1, State::Interrupted), session(2, State::Interrupted) });
    policy.flush();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"2 recordings ended unexpectedly"_s);
}

void tst_NotificationPolicy::serverStopIsQuiet()
{
    NotificationPolicy policy;
    policy.setKnownSessions({ session(1), session(2) });
    QSignalSpy spy(&policy, &NotificationPolicy::notify);

    policy.setServerStopping(true);
    policy.updateSessions({ session(1, State::Interrupted), session(2, State::Interrupted) });
    policy.setServerStopping(false);
    policy.flush();
    QCOMPARE(spy.count(), 0);

    policy.updateSessions({ session(3) });
    policy.updateSessions({ session(3, State::Interrupted) });
    policy.flush();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toString(), u"Device connected"_s);
    QCOMPARE(spy.at(1).at(0).toString(), u"Recording interrupted"_s);
}

QTEST_GUILESS_MAIN(tst_NotificationPolicy)
#include "tst_notificationpolicy.moc"
