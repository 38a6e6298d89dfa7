#include <QTest>

#include "net/accessguard.h"

using namespace std::chrono_literals;

// The ban's arithmetic on its own, on a clock the test turns: which addresses share a ban, when
// the guard forgets, and how much it may remember.
class tst_AccessGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void banCoversTheNetwork_data();
    void banCoversTheNetwork();
    void failuresAreForgottenAfterAQuietSpell();
    void anEndedBanIsForgotten();
    void successClearsFailuresButNotABan();
    void successForgivesOnlyItsOwnKind();
    void recordsAreCapped();

private:
    static constexpr int MaxFailures = 3;
    static constexpr std::chrono::milliseconds BanDuration = 5min;

    AccessGuard guard(qsizetype maxRecords = ServerSettings::MaxBanRecords)
    {
        return AccessGuard(MaxFailures, BanDuration, maxRecords, [this] { return m_now; });
    }
    static bool ban(AccessGuard &guard, const QHostAddress &address)
    {
        bool banned = false;
        for (int i = 0; i < MaxFailures; ++i)
            banned = guard.recordFailure(address);
        return banned;
    }

    AccessGuard::Clock::time_point m_now {};
};

void tst_AccessGuard::banCoversTheNetwork_data()
{
    QTest::addColumn<QString>("guesser");
    QTest::addColumn<QString>("other");
    QTest::addColumn<bool>("otherBanned");

    QTest::addRow("IPv6, same /64") << "2001:db8:1:2::1"
                                    << "2001:db8:1:2:ffff:ffff:ffff:ffff" << true;
    QTest::addRow("IPv6, next /64") << "2001:db8:1:2::1"
                                    << "2001:db8:1:3::1" << false;
    QTest::addRow("IPv6, same /48, other /64") << "2001:db8:1:2::1"
                                               << "2001:db8:1:8000::1" << false;
    QTest::addRow("IPv6 link-local, same /64") << "fe80::1"
                                               << "fe80::2" << true;
    QTest::addRow("IPv4, same address") << "192.0.2.7"
                                        << "192.0.2.7" << true;
    QTest::addRow("IPv4, next address") << "192.0.2.7"
                                        << "192.0.2.8" << false;
    QTest::addRow("IPv4-mapped is IPv4") << "::ffff:192.0.2.7"
                                         << "192.0.2.7" << true;
    QTest::addRow("IPv4 is IPv4-mapped") << "192.0.2.7"
                                         << "::ffff:192.0.2.7" << true;
    // All of ::ffff:0:0/96 is one /64; a mapped address counts as its IPv4 one, not as that.
    QTest::addRow("IPv4-mapped, next address") << "::ffff:192.0.2.7"
                                               << "::ffff:192.0.2.8" << false;
    QTest::addRow("IPv4 and IPv6 apart") << "0.0.0.1"
                                         << "::1" << false;
}

void tst_AccessGuard::banCoversTheNetwork()
{
    QFETCH(QString, guesser);
    QFETCH(QString, other);
    QFETCH(bool, otherBanned);

    AccessGuard guard = this->guard();
    const QHostAddress guessing(guesser);
    QVERIFY(!guessing.isNull());
    QVERIFY(!guard.isBanned(guessing));
    QVERIFY(!guard.recordFailure(guessing));
    QVERIFY(!guard.recordFailure(guessing));
    QVERIFY(guard.recordFailure(guessing)); // the third gets it banned
    QVERIFY(guard.isBanned(guessing));
    QCOMPARE(guard.isBanned(QHostAddress(other)), otherBanned);
    QCOMPARE(guard.recordCount(), 1);
}

void tst_AccessGuard::failuresAreForgottenAfterAQuietSpell()
{
    AccessGuard guard = this->guard();
    const QHostAddress steady(QStringLiteral("2001:db8::1"));
    QVERIFY(!guard.recordFailure(steady));
    m_now += BanDuration - 1ms;
    QVERIFY(!guard.recordFailure(steady));
    m_now += BanDuration - 1ms;
    QVERIFY(guard.recordFailure(steady)); // no spell between the three was quiet: banned

    AccessGuard other = this->guard();
    const QHostAddress slow(QStringLiteral("198.51.100.1"));
    QVERIFY(!other.recordFailure(slow));
    QVERIFY(!other.recordFailure(slow));
    m_now += BanDuration;
    QVERIFY(!other.isBanned(slow));
    QCOMPARE(other.recordCount(), 0); // the slow guesser's failures went
    QVERIFY(!other.recordFailure(slow)); // counting afresh: one, not three
    QVERIFY(!other.recordFailure(slow));
    QVERIFY(other.recordFailure(slow));
}

void tst_AccessGuard::anEndedBanIsForgotten()
{
    AccessGuard guard = this->guard();
    const QHostAddress address(QStringLiteral("203.0.113.5"));
    QVERIFY(ban(guard, address));
    QVERIFY(!guard.recordFailure(address)); // a try while banned does not lengthen the ban
    m_now += BanDuration - 1ms;
    QVERIFY(guard.isBanned(address));
    m_now += 1ms;
    QVERIFY(!guard.isBanned(address));
    QCOMPARE(guard.recordCount(), 0);
    QVERIFY(!guard.recordFailure(address)); // a fresh count
    QCOMPARE(guard.recordCount(), 1);

    // What is over goes as the guard is used, not only when its own address comes back.
    QVERIFY(ban(guard, QHostAddress(QStringLiteral("203.0.113.6"))));
    m_now += BanDuration;
    QVERIFY(!guard.recordFailure(QHostAddress(QStringLiteral("203.0.113.7"))));
    QCOMPARE(guard.recordCount(), 1);
}

void tst_AccessGuard::successClearsFailuresButNotABan()
{
    AccessGuard guard = this->guard();
    const QHostAddress address(QStringLiteral("2001:db8:5::1"));
    QVERIFY(!guard.recordFailure(address));
    QVERIFY(!guard.recordFailure(address));
    guard.recordSuccess(QHostAddress(QStringLiteral("2001:db8:5::2"))); // same /64
    QCOMPARE(guard.recordCount(), 0);
    QVERIFY(ban(guard, address));
    guard.recordSuccess(address);
    QVERIFY(guard.isBanned(address));
}

void tst_AccessGuard::successForgivesOnlyItsOwnKind()
{
    using Credential = AccessGuard::Credential;
    AccessGuard guard = this->guard();
    const QHostAddress guest(QStringLiteral("192.0.2.20"));
    // A guest who has the pairing code guesses API keys, connecting in between: the connections
    // do not clear the guesses, and the third wrong one of any kind bans.
    QVERIFY(!guard.recordFailure(guest, Credential::ApiKey));
    guard.recordSuccess(guest, Credential::PairingCode);
    QVERIFY(!guard.recordFailure(guest, Credential::ApiKey));
    guard.recordSuccess(guest, Credential::PairingCode);
    QVERIFY(guard.recordFailure(guest, Credential::PairingCode));
    QVERIFY(guard.isBanned(guest));

    // A right key forgives wrong keys, and the network is forgotten once nothing is held.
    const QHostAddress script(QStringLiteral("192.0.2.21"));
    QVERIFY(!guard.recordFailure(script, Credential::ApiKey));
    QVERIFY(!guard.recordFailure(script, Credential::PairingCode));
    guard.recordSuccess(script, Credential::ApiKey);
    QVERIFY(!guard.recordFailure(script, Credential::ApiKey)); // two now, not three
    QVERIFY(!guard.isBanned(script));
    guard.recordSuccess(script, Credential::ApiKey);
    guard.recordSuccess(script, Credential::PairingCode);
    QCOMPARE(guard.recordCount(), 1); // the banned guest only
}

void tst_AccessGuard::recordsAreCapped()
{
    constexpr qsizetype Cap = 16;
    AccessGuard guard = this->guard(Cap);
    const auto nth = [](int n) { return QHostAddress(quint32(0xc0000200 + n)); }; // 192.0.2.n
    for (int n = 0; n < 3 * Cap; ++n) {
        QVERIFY(ban(guard, nth(n)));
        QVERIFY(guard.recordCount() <= Cap);
        m_now += 1s;
    }
    QCOMPARE(guard.recordCount(), Cap);
    // The newest are remembered, the oldest were let go.
    for (int n = 2 * Cap; n < 3 * Cap; ++n)
        QVERIFY2(guard.isBanned(nth(n)), qPrintable(nth(n).toString()));
    for (int n = 0; n < 2 * Cap; ++n)
        QVERIFY2(!guard.isBanned(nth(n)), qPrintable(nth(n).toString()));

    // The default cap is the one in the settings.
    AccessGuard defaults = this->guard();
    for (int n = 0; n < ServerSettings::MaxBanRecords + 10; ++n)
        (void)defaults.recordFailure(QHostAddress(quint32(0x0a000000 + n))); // 10.0.0.0/8
    QCOMPARE(defaults.recordCount(), ServerSettings::MaxBanRecords);
}

QTEST_GUILESS_MAIN(tst_AccessGuard)
#include "tst_accessguard.moc"
