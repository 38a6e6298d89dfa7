#include <QTest>
#include <QTimeZone>

#include "session/randomid.h"
#include "session/ratemeter.h"
#include "session/sessionregistry.h"
#include "session/statsboard.h"
#include "sessionstats.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SessionRegistry::Claim::Result)

namespace {

const QDateTime BaseTime(QDate(2026, 11, 21), QTime(10, 0), QTimeZone::utc());

SessionStats::State stateNamed(QStringView name)
{
    if (name == u"recording")
        return SessionStats::State::Recording;
    if (name == u"interrupted")
        return SessionStats::State::Interrupted;
    if (name == u"complete")
        return SessionStats::State::Complete;
    return SessionStats::State::Failed;
}

// "a:recording:1000:32000 b:complete:500:0 | a:complete:2000:0": batches separated by '|',
// each entry id:state:bytes:byteRate (missing fields default to recording, 0, 0).
QList<QList<SessionStats>> batchesFrom(const QString &spec)
{
    QList<QList<SessionStats>> batches;
    for (const QString &batchSpec : spec.split(u'|', Qt::SkipEmptyParts)) {
        QList<SessionStats> batch;
        for (const QString &entry : batchSpec.split(u' ', Qt::SkipEmptyParts)) {
            const QStringList fields = entry.split(u':');
            SessionStats stats;
            stats.id = fields.at(0);
            stats.label = u"Guest "_s + stats.id;
            stats.state = stateNamed(fields.value(1, u"recording"_s));
            stats.bytes = fields.value(2, u"0"_s).toLongLong();
            stats.byteRate = fields.value(3, u"0"_s).toDouble();
            stats.startedAt = BaseTime;
            if (!stats.isLive())
                stats.endedAt = BaseTime.addSecs(60);
            batch.append(stats);
        }
        batches.append(batch);
    }
    return batches;
}

QString describe(const QList<SessionStats> &list)
{
    QStringList parts;
    for (const SessionStats &stats : list)
        parts.append(stats.id + u':' + QString::number(stats.bytes));
    return parts.join(u' ');
}

QString ids(const QList<SessionStats> &list)
{
    QStringList parts;
    for (const SessionStats &stats : list)
        parts.append(stats.id);
    return parts.join(u' ');
}

ResumableSession resumable(const QString &id, const QString &token, qint64 bytes)
{
    ResumableSession session;
    session.stats.id = id;
    session.stats.label = u"Guest 1"_s;
    session.stats.state = SessionStats::State::Interrupted;
    session.stats.bytes = bytes;
    session.stats.chunks = bytes / 3200;
    session.relativePath = u"2026-11-21/101500_Guest_1_"_s + id + u".wav"_s;
    session.resumeTokenDigest = secretDigest(token);
    return session;
}

} // namespace

class TestSessionBookkeeping final : public QObject
{
    Q_OBJECT

private slots:
    void rateConverges_data();
    void rateConverges();
    void rateDropsWhenBytesStop_data();
    void rateDropsWhenBytesStop();
    void rateIgnoresRepeatedTimestamps();

    void liveLimit_data();
    void liveLimit();
    void claim_data();
    void claim();
    void claimedSessionIsLiveOnItsNewWorker();
    void fullClaimLeavesSessionResumable();
    void liveSourceByMount();
    void expire_data();
    void expire();

    void takeChangedDedups_data();
    void takeChangedDedups();
    void snapshotLiveFirstThenNewest_data();
    void snapshotLiveFirstThenNewest();
    void totals_data();
    void totals();
    void connectionsPerWorker();
    void evictsOldestEndedSessions();
    void totalsCountEverySessionSinceStart();
};

void TestSessionBookkeeping::rateConverges_data()
{
    QTest::addColumn<int>("byteRate");
    QTest::addColumn<int>("sampleMs");
    QTest::addColumn<int>("chunkMs");

    QTest::addRow("32000 B/s, 250 ms samples") << 32000 << 250 << 250;
    QTest::addRow("16000 B/s, 250 ms samples") << 16000 << 250 << 250;
    QTest::addRow("192000 B/s, 250 ms samples") << 192000 << 250 << 250;
    QTest::addRow("32000 B/s, 100 ms chunks seen every 250 ms") << 32000 << 250 << 100;
    QTest::addRow("192000 B/s, 20 ms chunks seen every 250 ms") << 192000 << 250 << 20;
    QTest::addRow("32000 B/s, 100 ms samples") << 32000 << 100 << 100;
    QTest::addRow("32000 B/s, 1 s samples") << 32000 << 1000 << 1000;
}

void TestSessionBookkeeping::rateConverges()
{
    QFETCH(int, byteRate);
    QFETCH(int, sampleMs);
    QFETCH(int, chunkMs);

    const qint64 chunkBytes = qint64(byteRate) * chunkMs / 1000;
    RateMeter meter;
    QCOMPARE(meter.bytesPerSecond(), 0.0);
    const qint64 startMs = 123456; // any monotonic clock
    for (qint64 t = 0; t <= 10000; t += sampleMs)
        meter.sample(t / chunkMs * chunkBytes, startMs + t);
    const double rate = meter.bytesPerSecond();
    QVERIFY2(qAbs(rate - byteRate) <= 0.02 * byteRate,
        qPrintable(u"%1 B/s shown for %2 B/s"_s.arg(rate).arg(byteRate)));
}

void TestSessionBookkeeping::rateDropsWhenBytesStop_data()
{
    QTest::addColumn<int>("silentMs");
    QTest::addColumn<double>("atLeast");
    QTest::addColumn<double>("atMost");

    // After 10 s at 32000 B/s, the bytes stop.
    QTest::addRow("1 s later, falling but smooth") << 1000 << 16000.0 << 20800.0;
    QTest::addRow("2 s later, well down") << 2000 << 8000.0 << 12800.0;
    QTest::addRow("10 s later, under 2%%") << 10000 << 0.0 << 640.0;
    QTest::addRow("30 s later, zero") << 30000 << 0.0 << 0.0;
}

void TestSessionBookkeeping::rateDropsWhenBytesStop()
{
    QFETCH(int, silentMs);
    QFETCH(double, atLeast);
    QFETCH(double, atMost);

    RateMeter meter;
    qint64 t = 0;
    for (; t <= 10000; t += 250)
        meter.sample(t * 32, t);
    const qint64 total = 10000 * 32;
    const qint64 stoppedAt = t - 250;
    for (; t <= stoppedAt + silentMs; t += 250)
        meter.sample(total, t);
    const double rate = meter.bytesPerSecond();
    QVERIFY2(rate >= atLeast && rate <= atMost,
        qPrintable(u"%1 B/s after %2 ms of silence"_s.arg(rate).arg(silentMs)));
}

void TestSessionBookkeeping::rateIgnoresRepeatedTimestamps()
{
    RateMeter meter;
    meter.sample(0, 1000);
    meter.sample(8000, 1250);
    const double rate = meter.bytesPerSecond();
    QVERIFY(rate > 0);
    // Two samples in the same millisecond (or a clock that steps back) change nothing.
    meter.sample(16000, 1250);
    meter.sample(16000, 1200);
    QCOMPARE(meter.bytesPerSecond(), rate);
}

void TestSessionBookkeeping::liveLimit_data()
{
    QTest::addColumn<int>("limit");

    QTest::addRow("1") << 1;
    QTest::addRow("3") << 3;
    QTest::addRow("5000 (default)") << 5000;
}

void TestSessionBookkeeping::liveLimit()
{
    QFETCH(int, limit);

    SessionRegistry registry(limit);
    QCOMPARE(registry.liveCount(), 0);
    for (int i = 0; i < limit; ++i)
        QVERIFY2(registry.reserveLive(), qPrintable(u"refused session %1"_s.arg(i + 1)));
    QCOMPARE(registry.liveCount(), limit);
    QVERIFY(!registry.reserveLive());
    QCOMPARE(registry.liveCount(), limit);

    registry.releaseLive();
    QCOMPARE(registry.liveCount(), limit - 1);
    QVERIFY(registry.reserveLive());
    QVERIFY(!registry.reserveLive());
}

void TestSessionBookkeeping::claim_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("full");
    QTest::addColumn<SessionRegistry::Claim::Result>("result");
    QTest::addColumn<int>("workerIndex");
    QTest::addColumn<int>("liveAfter");

    using R = SessionRegistry::Claim::Result;
    // Set up: "live1" (token tok-live) records on worker 2; "res1" (token tok-res) is resumable;
    // "gone" ended for good. The claim comes from worker 4; the limit is 3.
    QTest::addRow("unknown session") << u"nope"_s << u"tok-res"_s << false << R::Unknown << -1 << 1;
    QTest::addRow("removed session")
        << u"gone"_s << u"tok-gone"_s << false << R::Unknown << -1 << 1;
    QTest::addRow("resumable, right token")
        << u"res1"_s << u"tok-res"_s << false << R::Claimed << 4 << 2;
    QTest::addRow("resumable, wrong token")
        << u"res1"_s << u"tok-live"_s << false << R::BadToken << -1 << 1;
    QTest::addRow("resumable, empty token")
        << u"res1"_s << QString() << false << R::BadToken << -1 << 1;
    QTest::addRow("live, right token")
        << u"live1"_s << u"tok-live"_s << false << R::LiveElsewhere << 2 << 1;
    QTest::addRow("live, wrong token")
        << u"live1"_s << u"tok-res"_s << false << R::BadToken << -1 << 1;
    QTest::addRow("resumable, server full")
        << u"res1"_s << u"tok-res"_s << true << R::Full << -1 << 3;
    QTest::addRow("server full, wrong token")
        << u"res1"_s << u"nope"_s << true << R::BadToken << -1 << 3;
}

void TestSessionBookkeeping::claim()
{
    QFETCH(QString, id);
    QFETCH(QString, token);
    QFETCH(bool, full);
    QFETCH(SessionRegistry::Claim::Result, result);
    QFETCH(int, workerIndex);
    QFETCH(int, liveAfter);

    SessionRegistry registry(3);
    QVERIFY(registry.reserveLive());
    registry.addLive(u"live1"_s, secretDigest(u"tok-live"_s), 2);
    registry.makeResumable(resumable(u"res1"_s, u"tok-res"_s, 6400), BaseTime.addSecs(5 * 60));
    QVERIFY(registry.reserveLive());
    registry.addLive(u"gone"_s, secretDigest(u"tok-gone"_s), 1);
    registry.remove(u"gone"_s);
    registry.releaseLive();
    if (full) {
        while (registry.reserveLive()) { }
    }

    const SessionRegistry::Claim claim = registry.claim(id, token, 4);
    QCOMPARE(claim.result, result);
    QCOMPARE(claim.workerIndex, workerIndex);
    QCOMPARE(registry.liveCount(), liveAfter);
    QCOMPARE(claim.session.has_value(), result == SessionRegistry::Claim::Result::Claimed);
    if (claim.session) {
        // The client goes on from here.
        QCOMPARE(claim.session->stats.id, u"res1"_s);
        QCOMPARE(claim.session->stats.bytes, 6400);
        QCOMPARE(claim.session->stats.chunks, 2);
        QCOMPARE(claim.session->relativePath, u"2026-11-21/101500_Guest_1_res1.wav"_s);
        QCOMPARE(claim.session->resumeTokenDigest, secretDigest(u"tok-res"_s));
    }
}

void TestSessionBookkeeping::claimedSessionIsLiveOnItsNewWorker()
{
    SessionRegistry registry(10);
    registry.makeResumable(resumable(u"s"_s, u"t"_s, 3200), BaseTime.addSecs(300));

    QCOMPARE(registry.claim(u"s"_s, u"t"_s, 4).result, SessionRegistry::Claim::Result::Claimed);
    // A second client with the same token finds it live on worker 4.
    const SessionRegistry::Claim again = registry.claim(u"s"_s, u"t"_s, 7);
    QCOMPARE(again.result, SessionRegistry::Claim::Result::LiveElsewhere);
    QCOMPARE(again.workerIndex, 4);
    QCOMPARE(registry.liveCount(), 1);
    // A live session never expires.
    QCOMPARE(registry.expire(BaseTime.addYears(1)), QStringList());

    // It drops again, and is picked up by worker 7.
    registry.releaseLive();
    registry.makeResumable(resumable(u"s"_s, u"t"_s, 9600), BaseTime.addSecs(600));
    const SessionRegistry::Claim third = registry.claim(u"s"_s, u"t"_s, 7);
    QCOMPARE(third.result, SessionRegistry::Claim::Result::Claimed);
    QCOMPARE(third.workerIndex, 7);
    QCOMPARE(third.session->stats.bytes, 9600);
}

void TestSessionBookkeeping::fullClaimLeavesSessionResumable()
{
    SessionRegistry registry(1);
    registry.makeResumable(resumable(u"s"_s, u"t"_s, 3200), BaseTime.addSecs(300));
    QVERIFY(registry.reserveLive());
    QCOMPARE(registry.claim(u"s"_s, u"t"_s, 0).result, SessionRegistry::Claim::Result::Full);

    registry.releaseLive();
    const SessionRegistry::Claim claim = registry.claim(u"s"_s, u"t"_s, 0);
    QCOMPARE(claim.result, SessionRegistry::Claim::Result::Claimed);
    QCOMPARE(claim.session->stats.bytes, 3200);
    QCOMPARE(registry.liveCount(), 1);
}

void TestSessionBookkeeping::liveSourceByMount()
{
    // An Icecast metadata request names a mount: the registry says which live session streams
    // there and on which worker, for the title to go there.
    SessionRegistry registry(10);
    const auto at = [&registry](const QString &mount) {
        const std::optional<SessionRegistry::LiveSource> live = registry.liveSource(mount);
        return live ? std::pair(live->sessionId, live->workerIndex) : std::pair(QString(), -1);
    };
    registry.addLive(u"a"_s, {}, 1);
    QCOMPARE(at(u"/show"_s), std::pair(QString(), -1)); // live, but not a source
    registry.setSourceMount(u"a"_s, u"/show"_s);
    QCOMPARE(at(u"/show"_s), std::pair(u"a"_s, 1));
    QCOMPARE(at(u"/other"_s), std::pair(QString(), -1));
    registry.setSourceMount(u"unknown"_s, u"/other"_s); // no such session: nothing
    QCOMPARE(at(u"/other"_s), std::pair(QString(), -1));

    // A second source on the mount takes it; the first one's end leaves it to the second.
    registry.addLive(u"b"_s, {}, 0);
    registry.setSourceMount(u"b"_s, u"/show"_s);
    QCOMPARE(at(u"/show"_s), std::pair(u"b"_s, 0));
    registry.remove(u"a"_s);
    QCOMPARE(at(u"/show"_s), std::pair(u"b"_s, 0));
    registry.remove(u"b"_s);
    QCOMPARE(at(u"/show"_s), std::pair(QString(), -1));

    // A session that is no longer live is no source any more.
    registry.addLive(u"c"_s, {}, 1);
    registry.setSourceMount(u"c"_s, u"/late"_s);
    registry.makeResumable(resumable(u"c"_s, u"t"_s, 100), BaseTime.addSecs(300));
    QCOMPARE(at(u"/late"_s), std::pair(QString(), -1));
}

void TestSessionBookkeeping::expire_data()
{
    QTest::addColumn<qint64>("nowAfterExpiryMs");
    QTest::addColumn<bool>("expired");

    QTest::addRow("a moment before") << qint64(-1) << false;
    QTest::addRow("a minute before") << qint64(-60000) << false;
    QTest::addRow("at the time") << qint64(0) << true;
    QTest::addRow("long after") << qint64(3600 * 1000) << true;
}

void TestSessionBookkeeping::expire()
{
    QFETCH(qint64, nowAfterExpiryMs);
    QFETCH(bool, expired);

    SessionRegistry registry(10);
    const QDateTime expiresAt = BaseTime.addSecs(300);
    registry.makeResumable(resumable(u"res"_s, u"t1"_s, 3200), expiresAt);
    registry.makeResumable(resumable(u"later"_s, u"t2"_s, 3200), expiresAt.addSecs(3601));
    QVERIFY(registry.reserveLive());
    registry.addLive(u"live"_s, secretDigest(u"t3"_s), 0);

    const QStringList gone = registry.expire(expiresAt.addMSecs(nowAfterExpiryMs));
    QCOMPARE(gone, expired ? QStringList { u"res"_s } : QStringList());
    QCOMPARE(registry.claim(u"res"_s, u"t1"_s, 1).result,
        expired ? SessionRegistry::Claim::Result::Unknown
                : SessionRegistry::Claim::Result::Claimed);
    QCOMPARE(
        registry.claim(u"later"_s, u"t2"_s, 1).result, SessionRegistry::Claim::Result::Claimed);
    QCOMPARE(registry.claim(u"live"_s, u"t3"_s, 1).result,
        SessionRegistry::Claim::Result::LiveElsewhere);
}

void TestSessionBookkeeping::takeChangedDedups_data()
{
    QTest::addColumn<QString>("posts");
    QTest::addColumn<QString>("changed");

    // Posts are "id:state:bytes" in batches split by '|'; changes come out as "id:bytes".
    QTest::addRow("nothing") << QString() << QString();
    QTest::addRow("one batch") << u"a:recording:1 b:recording:2"_s << u"a:1 b:2"_s;
    QTest::addRow("same id twice in a batch") << u"a:recording:1 a:recording:2"_s << u"a:2"_s;
    QTest::addRow("latest figures win")
        << u"a:recording:1 b:recording:2 | a:recording:3 | a:complete:5 b:recording:6"_s
        << u"a:5 b:6"_s;
    QTest::addRow("order of first change")
        << u"b:recording:1 | a:recording:2 | b:recording:3"_s << u"b:3 a:2"_s;
}

void TestSessionBookkeeping::takeChangedDedups()
{
    QFETCH(QString, posts);
    QFETCH(QString, changed);

    StatsBoard board;
    for (const QList<SessionStats> &batch : batchesFrom(posts))
        board.post(batch);
    QCOMPARE(describe(board.takeChanged()), changed);
    QCOMPARE(board.takeChanged().size(), 0);

    // The next change of a session already taken comes out once, with its new figures.
    board.post(batchesFrom(u"a:recording:100"_s).value(0));
    board.post(batchesFrom(u"a:recording:200"_s).value(0));
    QCOMPARE(describe(board.takeChanged()), u"a:200"_s);
}

void TestSessionBookkeeping::snapshotLiveFirstThenNewest_data()
{
    QTest::addColumn<QStringList>("sessions"); // id:state:startedMinute
    QTest::addColumn<QString>("order");

    QTest::addRow("mixed") << QStringList { u"old:complete:1"_s, u"live1:recording:2"_s,
        u"new:failed:5"_s, u"live2:recording:3"_s, u"mid:interrupted:4"_s }
                           << u"live2 live1 new mid old"_s;
    QTest::addRow("all ended") << QStringList { u"a:complete:1"_s, u"c:complete:3"_s,
        u"b:interrupted:2"_s } << u"c b a"_s;
    QTest::addRow("all live") << QStringList { u"a:recording:1"_s, u"b:recording:9"_s } << u"b a"_s;
    QTest::addRow("empty") << QStringList() << QString();
}

void TestSessionBookkeeping::snapshotLiveFirstThenNewest()
{
    QFETCH(QStringList, sessions);
    QFETCH(QString, order);

    QList<SessionStats> batch;
    for (const QString &entry : sessions) {
        const QStringList fields = entry.split(u':');
        SessionStats stats;
        stats.id = fields.at(0);
        stats.state = stateNamed(fields.at(1));
        stats.startedAt = BaseTime.addSecs(60 * fields.at(2).toInt());
        if (!stats.isLive())
            stats.endedAt = stats.startedAt.addSecs(30);
        batch.append(stats);
    }
    StatsBoard board;
    board.post(batch);
    QCOMPARE(ids(board.snapshot()), order);
}

void TestSessionBookkeeping::totals_data()
{
    QTest::addColumn<QString>("posts"); // id:state:bytes:byteRate, batches split by '|'
    QTest::addColumn<int>("liveSessions");
    QTest::addColumn<qint64>("sessions");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<double>("byteRate");

    QTest::addRow("nothing") << QString() << 0 << qint64(0) << qint64(0) << 0.0;
    QTest::addRow("live and ended")
        << u"a:recording:1000:32000 b:recording:500:16000 c:complete:9000:5000"_s << 2 << qint64(3)
        << qint64(10500) << 48000.0;
    QTest::addRow("a live session ends")
        << u"a:recording:1000:32000 | a:complete:2000:0"_s << 0 << qint64(1) << qint64(2000) << 0.0;
    QTest::addRow("an interrupted session resumes")
        << u"a:recording:1000:32000 | a:interrupted:1000:0 | a:recording:1500:32000"_s << 1
        << qint64(1) << qint64(1500) << 32000.0;
    QTest::addRow("a failed session keeps its bytes")
        << u"a:recording:1000:32000 b:recording:10:100 | a:failed:4000:32000"_s << 1 << qint64(2)
        << qint64(4010) << 100.0;
}

void TestSessionBookkeeping::totals()
{
    QFETCH(QString, posts);
    QFETCH(int, liveSessions);
    QFETCH(qint64, sessions);
    QFETCH(qint64, bytes);
    QFETCH(double, byteRate);

    StatsBoard board;
    for (const QList<SessionStats> &batch : batchesFrom(posts))
        board.post(batch);
    const ServerTotals totals = board.totals();
    QCOMPARE(totals.liveSessions, liveSessions);
    QCOMPARE(totals.sessions, sessions);
    QCOMPARE(totals.bytes, bytes);
    QCOMPARE(totals.byteRate, byteRate);
}

void TestSessionBookkeeping::connectionsPerWorker()
{
    StatsBoard board;
    QCOMPARE(board.totals().connections, 0);
    board.setConnections(0, 3);
    board.setConnections(1, 2);
    QCOMPARE(board.totals().connections, 5);
    // Each worker reports its own count; a new report replaces the old one.
    board.setConnections(0, 1);
    QCOMPARE(board.totals().connections, 3);
    board.setConnections(1, 0);
    QCOMPARE(board.totals().connections, 1);
}

void TestSessionBookkeeping::evictsOldestEndedSessions()
{
    constexpr int Surplus = 5;
    StatsBoard board;
    QList<SessionStats> batch;
    for (int i = 0; i < StatsBoard::MaxEndedSessions + Surplus; ++i) {
        SessionStats stats;
        stats.id = u"e%1"_s.arg(i);
        stats.state = SessionStats::State::Complete;
        stats.startedAt = BaseTime.addSecs(i);
        stats.endedAt = BaseTime.addSecs(i + 10);
        batch.append(stats);
    }
    SessionStats live;
    live.id = u"live"_s;
    live.startedAt = BaseTime;
    batch.append(live);
    board.post(batch);

    const QList<SessionStats> all = board.snapshot();
    QCOMPARE(all.size(), StatsBoard::MaxEndedSessions + 1);
    QCOMPARE(all.first().id, u"live"_s);
    QCOMPARE(all.at(1).id, u"e%1"_s.arg(StatsBoard::MaxEndedSessions + Surplus - 1));
    QCOMPARE(all.last().id, u"e%1"_s.arg(Surplus));
}

void TestSessionBookkeeping::totalsCountEverySessionSinceStart()
{
    // ServerTotals::sessions counts every session since the server started (sessionstats.h,
    // /api/status), even once the board has let go of the oldest ended ones.
    constexpr int Surplus = 5;
    StatsBoard board;
    QList<SessionStats> batch;
    for (int i = 0; i < StatsBoard::MaxEndedSessions + Surplus; ++i) {
        SessionStats stats;
        stats.id = u"e%1"_s.arg(i);
        stats.state = SessionStats::State::Complete;
        stats.startedAt = BaseTime.addSecs(i);
        stats.endedAt = BaseTime.addSecs(i + 10);
        batch.append(stats);
    }
    board.post(batch);
    QCOMPARE(board.totals().sessions, qint64(StatsBoard::MaxEndedSessions + Surplus));
}

QTEST_GUILESS_MAIN(TestSessionBookkeeping)
#include "tst_sessionbookkeeping.moc"
