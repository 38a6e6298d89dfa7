#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <latch>
#include <map>
#include <memory>
#include <set>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <tuple>
#include <type_traits>
#include <unistd.h>
#include <vector>

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutex>
#include <QPointer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include "eventloop/epolldispatcher.h"
#include "workerthread.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// What should take milliseconds may take seconds on a loaded machine (the sanitizer build, a soak
// beside it); a dispatcher that loses an event still fails, only later.
constexpr int EventTimeoutMs = 20000;
constexpr qint64 NsPerMs = 1'000'000;

/// Both ends of a Unix stream socket pair, closed at the end of the scope.
struct SocketPair
{
    Q_DISABLE_COPY_MOVE(SocketPair)
    SocketPair() { ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fd); }
    ~SocketPair()
    {
        for (int end : fd) {
            if (end >= 0)
                ::close(end);
        }
    }
    bool isValid() const { return fd[0] >= 0 && fd[1] >= 0; }
    /// Makes fd[0] readable.
    void poke() const { (void)::write(fd[1], "x", 1); }
    int fd[2] = { -1, -1 };
};

/// A QThread whose event dispatcher is an EpollEventDispatcher, running its event loop, with a
/// root object living in it: what the test creates there is a child of root() and is deleted on
/// that thread when it finishes. Declare it after the locals its objects' slots use, so that it
/// ends (and they are gone) before those locals.
class DispatcherThread final
{
    Q_DISABLE_COPY_MOVE(DispatcherThread)

public:
    DispatcherThread()
    {
        auto dispatcher = std::make_unique<EpollEventDispatcher>();
        if (!dispatcher->isValid()) {
            m_errorString = dispatcher->errorString();
            return;
        }
        m_dispatcher = dispatcher.get();
        m_thread->setObjectName(u"epoll dispatcher"_s);
        m_thread->setEventDispatcher(dispatcher.release());
        auto root = std::make_unique<QObject>();
        root->moveToThread(m_thread.get());
        QObject::connect(m_thread.get(), &QThread::finished, root.get(), &QObject::deleteLater);
        m_root = root.release(); // the thread deletes it when it finishes
        m_thread->start();
        // Should the loop lose a wake-up, an event on this socket still turns it (rescue()), so
        // that the test fails instead of hanging.
        run([this] {
            auto *notifier = new QSocketNotifier(m_rescue.fd[0], QSocketNotifier::Read, m_root);
            QObject::connect(
                notifier, &QSocketNotifier::activated, notifier, [fd = m_rescue.fd[0]] {
                    char buffer[64];
                    while (::read(fd, buffer, sizeof buffer) > 0) { }
                });
        });
    }

    ~DispatcherThread()
    {
        m_thread->quit();
        if (m_thread->wait(QDeadlineTimer(5s)))
            return;
        rescue("The dispatcher's thread did not end within 5 s of quit()");
        if (!m_thread->wait(QDeadlineTimer(25s)))
            qFatal("The dispatcher's thread did not end, not even after a socket event");
    }

    bool isValid() const { return m_dispatcher != nullptr; }
    QString errorString() const { return m_errorString; }
    QThread *thread() const { return m_thread.get(); }
    EpollEventDispatcher *dispatcher() const { return m_dispatcher; }
    QObject *root() const { return m_root; }

    /// Runs `function` on the thread, as a queued call, and returns its result.
    template<typename Function>
    std::invoke_result_t<Function> run(Function function)
    {
        using Result = std::invoke_result_t<Function>;
        struct Call
        {
            QSemaphore done;
            std::conditional_t<std::is_void_v<Result>, bool, Result> result {};
        };
        // Shared: the thread may still be inside release() when this returns.
        auto call = std::make_shared<Call>();
        QMetaObject::invokeMethod(
            m_root,
            [call, function] {
                if constexpr (std::is_void_v<Result>)
                    function();
                else
                    call->result = function();
                call->done.release();
            },
            Qt::QueuedConnection);
        if (!call->done.tryAcquire(1, 5000)) {
            rescue("The dispatcher's thread did not run a queued call within 5 s");
            if (!call->done.tryAcquire(1, 25000))
                qFatal("The dispatcher's thread did not run a queued call, not even after a socket "
                       "event");
        }
        if constexpr (!std::is_void_v<Result>)
            return std::move(call->result);
    }

private:
    /// Fails the test (the loop slept through a wake-up, or is stuck) and turns the loop.
    void rescue(const char *what)
    {
        QTest::qFail(what, __FILE__, __LINE__);
        m_rescue.poke();
    }

    SocketPair m_rescue;
    WorkerThread m_thread { new QThread };
    EpollEventDispatcher *m_dispatcher = nullptr; // owned by m_thread
    QObject *m_root = nullptr;
    QString m_errorString;
};

/// An object that hands its own timer events (QObject::startTimer) to a hook.
class TimerEventProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimerEventProbe)

public:
    using QObject::QObject;
    std::function<void(int timerId)> onTimer;

protected:
    void timerEvent(QTimerEvent *event) override
    {
        if (onTimer)
            onTimer(event->timerId());
    }
};

/// Bytes that differ from client to client and from offset to offset.
QByteArray pattern(int seed, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((seed * 131 + i * 7 + (i >> 10)) & 0xff);
    return bytes;
}

/// A QTcpServer on 127.0.0.1, port 0, that echoes what each client sends. Lives in `parent`'s
/// thread.
QTcpServer *startEchoServer(QObject *parent)
{
    auto *server = new QTcpServer(parent);
    server->setListenBacklogSize(1024); // 200 clients connect at once
    server->listen(QHostAddress::LocalHost, 0);
    QObject::connect(server, &QTcpServer::newConnection, server, [server] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                [socket] { socket->write(socket->readAll()); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return server;
}

/// A client in the test's own thread (Qt's own dispatcher) that keeps what comes back.
struct TcpClient
{
    QByteArray sent;
    QByteArray received;
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>(); // destroyed first

    void connectTo(quint16 port)
    {
        QObject::connect(socket.get(), &QTcpSocket::readyRead, socket.get(),
            [this] { received += socket->readAll(); });
        socket->connectToHost(QHostAddress::LocalHost, port);
    }
    bool isComplete() const { return received.size() >= sent.size(); }
};

QString timing(const char *what, qsizetype index, qint64 atNs, qint64 dueNs)
{
    return u"%1 %2 after %3 ns, due after %4 ns"_s.arg(QLatin1String(what))
        .arg(index)
        .arg(atNs)
        .arg(dueNs);
}

/// Holds the loop of the calling thread (no event is delivered meanwhile) for `ms`: what comes
/// due in that time is due together, in one pass of the loop.
void holdLoop(int ms)
{
    QElapsedTimer held;
    held.start();
    while (!held.hasExpired(ms)) { }
}

} // namespace

// EpollEventDispatcher as the socket worker threads use it: objects living in a QThread whose
// dispatcher it is, their timers, sockets (TCP and WebSocket, with real clients in the test's
// thread) and queued calls, checked through the Qt API a user of the thread has.
class tst_EpollDispatcher final : public QObject
{
    Q_OBJECT

public:
    enum class InSlot
    {
        StopItself,
        StopTheOther,
        DeleteTheOther,
        RestartTheOtherLater
    };
    Q_ENUM(InSlot)
    enum class Restart
    {
        StartAgainFromAnotherTimer,
        StartAgainFromItsOwnSlot,
        SetIntervalFromAnotherTimer
    };
    Q_ENUM(Restart)
    enum class Deletion
    {
        DeleteLaterFromAnotherThread,
        DeleteLaterInItsOwnTimerEvent,
        DeleteInAnotherTimersSlot
    };
    Q_ENUM(Deletion)
    enum class Leave
    {
        ServerCloses, // when the client says "bye"
        ClientsClose,
        ClientsReset
    };
    Q_ENUM(Leave)
    enum class Pending
    {
        Nothing,
        FarTimer,
        ZeroTimer,
        ListeningServer
    };
    Q_ENUM(Pending)
    enum class Trigger
    {
        QueuedCall,
        Timer,
        SocketReadyRead
    };
    Q_ENUM(Trigger)
    enum class Chain
    {
        QueuedCalls,
        ZeroTimer
    };
    Q_ENUM(Chain)

private Q_SLOTS:
    void dispatcherIsInstalled();

    // Timers.
    void timerFires_data();
    void timerFires();
    void timersDueInOnePass_data();
    void timersDueInOnePass();
    void restart_data();
    void restart();
    void remainingTime();
    void startTimerAndKillTimer();
    void zeroTimerStarvesNothing();
    void timersFireInDeadlineOrder();
    void nestedLoopDoesNotReenterTheTimer_data();
    void nestedLoopDoesNotReenterTheTimer();
    void deletedObjectsTimersAreUnregistered_data();
    void deletedObjectsTimersAreUnregistered();
    void movedObjectKeepsItsTimers_data();
    void movedObjectKeepsItsTimers();

    // Sockets.
    void echoToManyClients_data();
    void echoToManyClients();
    void largeTransferToASlowReader();
    void reusedDescriptorsGetTheirEvents_data();
    void reusedDescriptorsGetTheirEvents();
    void webSocketMessages_data();
    void webSocketMessages();
    void notifierSwitchedInOneSlot_data();
    void notifierSwitchedInOneSlot();

    // Queued calls and the loop itself.
    void queuedCallsFromManyThreads_data();
    void queuedCallsFromManyThreads();
    void deleteLaterRuns_data();
    void deleteLaterRuns();
    void quitEndsExecPromptly_data();
    void quitEndsExecPromptly();
    void interruptReturnsFromProcessEvents_data();
    void interruptReturnsFromProcessEvents();
    void processEventsInsideTheThread_data();
    void processEventsInsideTheThread();
    void eventsPostedFromASlotNeedNoWakeUp_data();
    void eventsPostedFromASlotNeedNoWakeUp();
};

void tst_EpollDispatcher::dispatcherIsInstalled()
{
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));
    const bool ours = thread.run([] {
        return qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance())
            != nullptr;
    });
    QVERIFY(ours);
    QCOMPARE(thread.thread()->eventDispatcher(), thread.dispatcher());
}

void tst_EpollDispatcher::timerFires_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<Qt::TimerType>("type");
    QTest::addColumn<bool>("singleShot");
    QTest::addColumn<int>("fires");

    QTest::addRow("single-shot, precise, 30 ms") << 30 << Qt::PreciseTimer << true << 1;
    QTest::addRow("single-shot, precise, 1 ms") << 1 << Qt::PreciseTimer << true << 1;
    QTest::addRow("single-shot, coarse, 30 ms") << 30 << Qt::CoarseTimer << true << 1;
    QTest::addRow("repeating, precise, 15 ms") << 15 << Qt::PreciseTimer << false << 6;
    QTest::addRow("repeating, precise, 1 ms") << 1 << Qt::PreciseTimer << false << 20;
    QTest::addRow("repeating, coarse, 25 ms") << 25 << Qt::CoarseTimer << false << 4;
}

// A timer fires as often as it should and never early: a precise one never before its interval
// (k intervals for the k-th time); a coarse one at most 5% of an interval early each time, as
// Qt::CoarseTimer allows, and a millisecond of rounding (Qt's own dispatcher rounds the deadline
// it adds the next interval to). A repeating one stopped from its own slot fires no more.
void tst_EpollDispatcher::timerFires()
{
    QFETCH(int, intervalMs);
    QFETCH(Qt::TimerType, type);
    QFETCH(bool, singleShot);
    QFETCH(int, fires);

    QElapsedTimer clock;
    std::vector<qint64> firedNs;
    std::atomic<bool> done = false;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));

    thread.run([&, root = thread.root()] {
        auto *timer = new QTimer(root);
        timer->setTimerType(type);
        timer->setInterval(intervalMs);
        timer->setSingleShot(singleShot);
        QObject::connect(timer, &QTimer::timeout, timer, [&, timer, root] {
            firedNs.push_back(clock.nsecsElapsed());
            if (int(firedNs.size()) == fires) {
                timer->stop();
                // A timer that fired again would do so before this one.
                QTimer::singleShot(
                    3 * intervalMs + 20, Qt::PreciseTimer, root, [&done] { done = true; });
            }
        });
        clock.start();
        timer->start();
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, EventTimeoutMs);

    const std::vector<qint64> fired = thread.run([&] { return firedNs; });
    QCOMPARE(int(fired.size()), fires);
    for (qsizetype k = 0; k < qsizetype(fired.size()); ++k) {
        const qint64 dueNs = (k + 1) * intervalMs * NsPerMs;
        const qint64 earliestNs
            = type == Qt::PreciseTimer ? dueNs : dueNs * 95 / 100 - (k + 1) * NsPerMs;
        QVERIFY2(fired[k] >= earliestNs, qPrintable(timing("fire", k + 1, fired[k], dueNs)));
    }
}

void tst_EpollDispatcher::timersDueInOnePass_data()
{
    QTest::addColumn<InSlot>("action");
    QTest::addColumn<int>("expectedFires");

    // The first to fire stops itself; the other, due in the same pass, still fires, once.
    QTest::addRow("stop itself") << InSlot::StopItself << 2;
    QTest::addRow("stop the other") << InSlot::StopTheOther << 1;
    QTest::addRow("delete the other") << InSlot::DeleteTheOther << 1;
    QTest::addRow("restart the other, 10 s later") << InSlot::RestartTheOtherLater << 1;
}

// Two repeating timers come due in the same pass of the loop; what the first one's slot does to
// itself or to the other holds at once: a stopped, deleted or restarted timer does not fire in
// that pass, and a timer stopped from its own slot fires no more.
void tst_EpollDispatcher::timersDueInOnePass()
{
    QFETCH(InSlot, action);
    QFETCH(int, expectedFires);
    constexpr int IntervalMs = 10;

    std::array<int, 2> fires {};
    std::array<QPointer<QTimer>, 2> timers;
    bool acted = false;
    std::atomic<bool> done = false;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));

    thread.run([&, root = thread.root()] {
        for (auto &timer : timers) {
            timer = new QTimer(root);
            timer->setTimerType(Qt::PreciseTimer);
            timer->setInterval(IntervalMs);
        }
        for (int i = 0; i < 2; ++i) {
            QTimer *self = timers[i];
            QObject::connect(self, &QTimer::timeout, self, [&, i, self, root] {
                ++fires[i];
                if (acted) {
                    self->stop();
                    return;
                }
                acted = true;
                QTimer *other = timers[1 - i];
                switch (action) {
                case InSlot::StopItself:
                    break;
                case InSlot::StopTheOther:
                    other->stop();
                    break;
                case InSlot::DeleteTheOther:
                    delete other;
                    break;
                case InSlot::RestartTheOtherLater:
                    other->start(10000);
                    break;
                }
                self->stop();
                QTimer::singleShot(
                    5 * IntervalMs, Qt::PreciseTimer, root, [&done] { done = true; });
            });
        }
        timers[0]->start();
        timers[1]->start();
        holdLoop(3 * IntervalMs);
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, EventTimeoutMs);

    struct Outcome
    {
        std::array<int, 2> fires;
        int alive = 0;
        int active = 0;
        int longestRemainingMs = -1;
    };
    const Outcome outcome = thread.run([&] {
        Outcome result { fires };
        for (const QPointer<QTimer> &timer : timers) {
            if (!timer)
                continue;
            ++result.alive;
            if (timer->isActive())
                ++result.active;
            result.longestRemainingMs = std::max(result.longestRemainingMs, timer->remainingTime());
        }
        return result;
    });
    QCOMPARE(outcome.fires[0] + outcome.fires[1], expectedFires);
    QVERIFY(outcome.fires[0] <= 1 && outcome.fires[1] <= 1);
    QCOMPARE(outcome.alive, action == InSlot::DeleteTheOther ? 1 : 2);
    if (action == InSlot::RestartTheOtherLater) {
        QCOMPARE(outcome.active, 1);
        QVERIFY2(outcome.longestRemainingMs > 9000,
            QByteArray::number(outcome.longestRemainingMs).constData());
    } else {
        QCOMPARE(outcome.active, 0);
    }
}

void tst_EpollDispatcher::restart_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<bool>("singleShot");
    QTest::addColumn<Restart>("how");
    QTest::addColumn<int>("restartAtMs"); // for a restart from another timer
    QTest::addColumn<int>("newIntervalMs");
    QTest::addColumn<int>("firesAfterRestart");

    QTest::addRow("single-shot, start() again before it is due")
        << 60 << true << Restart::StartAgainFromAnotherTimer << 30 << 60 << 1;
    QTest::addRow("single-shot, start() again from its own slot")
        << 30 << true << Restart::StartAgainFromItsOwnSlot << 0 << 50 << 1;
    QTest::addRow("repeating, setInterval() before it is due")
        << 40 << false << Restart::SetIntervalFromAnotherTimer << 20 << 70 << 2;
    QTest::addRow("repeating, start() again from its own slot")
        << 20 << false << Restart::StartAgainFromItsOwnSlot << 0 << 45 << 3;
}

// A restarted timer counts its interval from the restart: it does not fire at its old deadline,
// and not before the new interval has passed.
void tst_EpollDispatcher::restart()
{
    QFETCH(int, intervalMs);
    QFETCH(bool, singleShot);
    QFETCH(Restart, how);
    QFETCH(int, restartAtMs);
    QFETCH(int, newIntervalMs);
    QFETCH(int, firesAfterRestart);

    QElapsedTimer clock;
    qint64 restartNs = -1;
    std::vector<qint64> before;
    std::vector<qint64> after;
    std::atomic<bool> done = false;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));

    thread.run([&, root = thread.root()] {
        auto *timer = new QTimer(root);
        timer->setTimerType(Qt::PreciseTimer);
        timer->setSingleShot(singleShot);
        timer->setInterval(intervalMs);
        const auto restart = [&, timer] {
            restartNs = clock.nsecsElapsed();
            if (how == Restart::SetIntervalFromAnotherTimer)
                timer->setInterval(newIntervalMs);
            else
                timer->start(newIntervalMs);
        };
        QObject::connect(timer, &QTimer::timeout, timer, [&, timer, root, restart] {
            const qint64 now = clock.nsecsElapsed();
            if (restartNs < 0) {
                before.push_back(now);
                if (how == Restart::StartAgainFromItsOwnSlot)
                    restart();
                return;
            }
            after.push_back(now);
            if (int(after.size()) == firesAfterRestart) {
                timer->stop();
                QTimer::singleShot(
                    2 * newIntervalMs + 20, Qt::PreciseTimer, root, [&done] { done = true; });
            }
        });
        if (how != Restart::StartAgainFromItsOwnSlot)
            QTimer::singleShot(restartAtMs, Qt::PreciseTimer, timer, restart);
        clock.start();
        timer->start();
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, EventTimeoutMs);

    const auto [firedBefore, firedAfter, restartedNs]
        = thread.run([&] { return std::make_tuple(before, after, restartNs); });
    QCOMPARE(int(firedBefore.size()), how == Restart::StartAgainFromItsOwnSlot ? 1 : 0);
    for (qint64 at : firedBefore)
        QVERIFY2(
            at >= intervalMs * NsPerMs, qPrintable(timing("fire", 1, at, intervalMs * NsPerMs)));
    QCOMPARE(int(firedAfter.size()), firesAfterRestart);
    for (qsizetype k = 0; k < qsizetype(firedAfter.size()); ++k) {
        const qint64 dueNs = restartedNs + (k + 1) * newIntervalMs * NsPerMs;
        QVERIFY2(firedAfter[k] >= dueNs,
            qPrintable(timing("fire after the restart", k + 1, firedAfter[k], dueNs)));
    }
}

// QTimer::remainingTime() (the dispatcher's remainingTime()) is the interval less what has
// passed, 0 for a timer that is due but not yet delivered, -1 for one that is stopped.
void tst_EpollDispatcher::remainingTime()
{
    struct Sample
    {
        qint64 lowestMs;
        int remainingMs;
        qint64 highestMs;
    };
    QElapsedTimer clock;
    std::vector<Sample> samples;
    int overdueMs = -2;
    int stoppedMs = -2;
    int stoppedByIdMs = -2;
    int unknownIdMs = -2;
    std::atomic<bool> done = false;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));

    thread.run([&, root = thread.root()] {
        constexpr qint64 IntervalNs = 1000 * NsPerMs;
        auto *timer = new QTimer(root);
        timer->setTimerType(Qt::PreciseTimer);
        timer->setSingleShot(true);
        const auto sample = [&, timer] {
            const qint64 earlyNs = clock.nsecsElapsed();
            const int remaining = timer->remainingTime();
            const qint64 lateNs = clock.nsecsElapsed();
            // Between the times left before and after the call, to the millisecond either side.
            samples.push_back({ (IntervalNs - lateNs) / NsPerMs - 1, remaining,
                (IntervalNs - earlyNs) / NsPerMs + 1 });
        };
        clock.start();
        timer->start(1000);
        sample();
        QTimer::singleShot(300, Qt::PreciseTimer, timer, [&, timer, root, sample] {
            sample();
            const int id = timer->timerId();
            timer->stop();
            stoppedMs = timer->remainingTime();
            stoppedByIdMs = QAbstractEventDispatcher::instance()->remainingTime(id);
            unknownIdMs = QAbstractEventDispatcher::instance()->remainingTime(0x7ffffff);

            auto *overdue = new QTimer(root);
            overdue->setTimerType(Qt::PreciseTimer);
            overdue->setSingleShot(true);
            overdue->start(5);
            holdLoop(20);
            overdueMs = overdue->remainingTime();
            done = true;
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, EventTimeoutMs);

    const std::vector<Sample> taken = thread.run([&] { return samples; });
    QCOMPARE(int(taken.size()), 2);
    for (const Sample &s : taken) {
        QVERIFY2(s.remainingMs >= s.lowestMs && s.remainingMs <= s.highestMs,
            qPrintable(u"%1 ms left, expected %2..%3"_s.arg(s.remainingMs)
                           .arg(s.lowestMs)
                           .arg(s.highestMs)));
    }
    QCOMPARE(overdueMs, 0);
    QCOMPARE(stoppedMs, -1);
    QCOMPARE(stoppedByIdMs, -1);
    QCOMPARE(unknownIdMs, -1);
}

// QObject::startTimer() timers reach timerEvent() with their own ids, are listed by
// registeredTimers() with their interval and type, and killTimer() (also from within
// timerEvent()) ends them, the others going on.
void tst_EpollDispatcher::startTimerAndKillTimer()
{
    TimerEventProbe *probe = nullptr;
    int fast = 0;
    int slow = 0;
    int once = 0;
    std::map<int, int> fires; // by timer id
    int strangeIds = 0;
    int slowAtFastKill = -1;
    QList<QAbstractEventDispatcher::TimerInfo> listed;
    qsizetype listedAtEnd = -1;
    std::atomic<bool> done = false;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));

    thread.run([&, root = thread.root()] {
        probe = new TimerEventProbe(root);
        probe->onTimer = [&, root](int id) {
            if (id != fast && id != slow && id != once) {
                ++strangeIds;
                return;
            }
            const int count = ++fires[id];
            if (id == once)
                probe->killTimer(once);
            if (id == fast && count == 10) {
                probe->killTimer(fast);
                slowAtFastKill = fires[slow];
            }
            if (id == slow && slowAtFastKill >= 0 && count == slowAtFastKill + 3) {
                probe->killTimer(slow);
                listedAtEnd = QAbstractEventDispatcher::instance()->registeredTimers(probe).size();
                QTimer::singleShot(40, Qt::PreciseTimer, root, [&done] { done = true; });
            }
        };
        fast = probe->startTimer(3ms, Qt::PreciseTimer);
        slow = probe->startTimer(25ms, Qt::CoarseTimer);
        once = probe->startTimer(8ms, Qt::PreciseTimer);
        listed = QAbstractEventDispatcher::instance()->registeredTimers(probe);
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, EventTimeoutMs);

    const auto [counts, strange, stillListed]
        = thread.run([&] { return std::make_tuple(fires, strangeIds, listedAtEnd); });
    QVERIFY(fast > 0 && slow > 0 && once > 0);
    QCOMPARE(strange, 0);
    QCOMPARE(counts.at(once), 1);
    QCOMPARE(counts.at(fast), 10);
    QCOMPARE(counts.at(slow), slowAtFastKill + 3);
    QCOMPARE(stillListed, 0);

    QCOMPARE(listed.size(), 3);
    std::sort(listed.begin(), listed.end(),
        [](const auto &a, const auto &b) { return a.interval < b.interval; });
    QCOMPARE(listed[0].timerId, fast);
    QCOMPARE(listed[0].interval, 3);
    QCOMPARE(listed[0].timerType, Qt::PreciseTimer);
    QCOMPARE(listed[1].timerId, once);
    QCOMPARE(listed[1].interval, 8);
    QCOMPARE(listed[1].timerType, Qt::PreciseTimer);
    QCOMPARE(listed[2].timerId, slow);
    QCOMPARE(listed[2].interval, 25);
    QCOMPARE(listed[2].timerType, Qt::CoarseTimer);
}

// A 0 ms timer fires again and again, and meanwhile a client's bytes are echoed, queued calls
// run and a later timer fires: it starves nothing.
void tst_EpollDispatcher::zeroTimerStarvesNothing()
{
    std::atomic<int> zeroFires = 0;
    std::atomic<int> queuedRan = 0;
    std::atomic<bool> laterTimerFired = false;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));

    const quint16 port = thread.run([&, root = thread.root()] {
        auto *zero = new QTimer(root);
        zero->setInterval(0);
        QObject::connect(zero, &QTimer::timeout, zero, [&zeroFires] { ++zeroFires; });
        zero->start();
        QTimer::singleShot(
            30, Qt::PreciseTimer, root, [&laterTimerFired] { laterTimerFired = true; });
        return startEchoServer(root)->serverPort();
    });
    QVERIFY(port != 0);

    TcpClient client;
    client.sent = pattern(1, 256 * 1024);
    client.connectTo(port);
    client.socket->write(client.sent);
    for (int i = 0; i < 100; ++i)
        QMetaObject::invokeMethod(
            thread.root(), [&queuedRan] { ++queuedRan; }, Qt::QueuedConnection);

    QTRY_VERIFY_WITH_TIMEOUT(client.isComplete(), EventTimeoutMs);
    QVERIFY(client.received == client.sent);
    QTRY_COMPARE_WITH_TIMEOUT(queuedRan.load(), 100, EventTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(laterTimerFired, EventTimeoutMs);
    const int seen = zeroFires;
    QVERIFY(seen > 0);
    QTRY_VERIFY_WITH_TIMEOUT(zeroFires > seen + 1000, EventTimeoutMs);
}

// Forty single-shot timers of different intervals, started in a scrambled order, fire in the
// order of their deadlines, also those that are due together after the loop was held; none early.
void tst_EpollDispatcher::timersFireInDeadlineOrder()
{
    constexpr int Count = 40;
    struct Due
    {
        qint64 earliestNs = 0; // the deadline, had the timer been registered at once
        qint64 latestNs = 0; // had it been registered just before start() returned
    };
    QElapsedTimer clock;
    std::array<Due, Count> due {};
    std::array<qint64, Count> firedNs {};
    std::vector<int> order;
    std::atomic<bool> done = false;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));

    thread.run([&, root = thread.root()] {
        clock.start();
        for (int k = 0; k < Count; ++k) {
            const int index = k * 17 % Count; // 17 and 40 are coprime: every index once
            const int intervalMs = 2 + 3 * index;
            auto *timer = new QTimer(root);
            timer->setTimerType(Qt::PreciseTimer);
            timer->setSingleShot(true);
            QObject::connect(timer, &QTimer::timeout, timer, [&, index] {
                firedNs[index] = clock.nsecsElapsed();
                order.push_back(index);
                if (int(order.size()) == Count)
                    done = true;
            });
            due[index].earliestNs = clock.nsecsElapsed() + intervalMs * NsPerMs;
            timer->start(intervalMs);
            due[index].latestNs = clock.nsecsElapsed() + intervalMs * NsPerMs;
        }
        // About the first twenty come due while the loop is held.
        holdLoop(60);
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, EventTimeoutMs);

    const auto [fired, firedOrder] = thread.run([&] { return std::make_pair(firedNs, order); });
    QCOMPARE(int(firedOrder.size()), Count);
    for (int index = 0; index < Count; ++index) {
        QVERIFY2(fired[index] >= due[index].earliestNs,
            qPrintable(timing("timer", index, fired[index], due[index].earliestNs)));
    }
    for (int j = 0; j + 1 < Count; ++j) {
        const int first = firedOrder[j];
        const int next = firedOrder[j + 1];
        QVERIFY2(due[first].earliestNs <= due[next].latestNs,
            qPrintable(
                u"timer %1 fired before timer %2, whose deadline is earlier"_s.arg(first).arg(
                    next)));
    }
}

void tst_EpollDispatcher::nestedLoopDoesNotReenterTheTimer_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("dueWithIt"); // single-shot timers due in the same pass
    QTest::addColumn<int>("startedInside"); // single-shot timers, all due in one nested pass

    QTest::addRow("0 ms timer") << 0 << 0 << 0;
    QTest::addRow("5 ms timer") << 5 << 0 << 0;
    QTest::addRow("5 ms timer, 5 due with it, 40 due together inside") << 5 << 5 << 40;
}

// A timer's slot that runs a nested QEventLoop is not entered again by the same timer while it
// runs, though other timers fire in the nested loop: those due in the same pass as it, and many
// started inside; afterwards the timer goes on.
void tst_EpollDispatcher::nestedLoopDoesNotReenterTheTimer()
{
    QFETCH(int, intervalMs);
    QFETCH(int, dueWithIt);
    QFETCH(int, startedInside);

    int dueWithItFired = 0;
    int insideFired = 0;
    int fires = 0;
    int reentries = 0;
    int otherInNestedLoop = 0;
    bool inSlot = false;
    bool nested = false;
    std::atomic<bool> done = false;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));

    thread.run([&, root = thread.root()] {
        auto *timer = new QTimer(root);
        timer->setTimerType(Qt::PreciseTimer);
        timer->setInterval(intervalMs);
        auto *other = new QTimer(root);
        other->setTimerType(Qt::PreciseTimer);
        other->setInterval(2);
        QObject::connect(other, &QTimer::timeout, other, [&] {
            if (nested)
                ++otherInNestedLoop;
        });
        QObject::connect(timer, &QTimer::timeout, timer, [&, timer, other, root] {
            if (inSlot) {
                ++reentries;
                return;
            }
            inSlot = true;
            ++fires;
            if (fires == 1) {
                QEventLoop loop;
                QTimer::singleShot(40, Qt::PreciseTimer, &loop, &QEventLoop::quit);
                for (int i = 0; i < startedInside; ++i)
                    QTimer::singleShot(10, Qt::PreciseTimer, root, [&] { ++insideFired; });
                nested = true;
                loop.exec();
                nested = false;
            } else if (fires == 3) {
                timer->stop();
                other->stop();
                done = true;
            }
            inSlot = false;
        });
        other->start();
        timer->start();
        for (int i = 0; i < dueWithIt; ++i) {
            auto *due = new QTimer(root);
            due->setTimerType(Qt::PreciseTimer);
            due->setSingleShot(true);
            QObject::connect(due, &QTimer::timeout, due, [&] { ++dueWithItFired; });
            due->start(intervalMs + 1 + i);
        }
        if (dueWithIt > 0)
            holdLoop(intervalMs + dueWithIt + 10);
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, EventTimeoutMs);

    const auto [firesSeen, reentered, otherFires, dueFired, firedInside] = thread.run([&] {
        return std::make_tuple(fires, reentries, otherInNestedLoop, dueWithItFired, insideFired);
    });
    QCOMPARE(reentered, 0);
    QCOMPARE(firesSeen, 3);
    QVERIFY(otherFires > 0);
    QCOMPARE(dueFired, dueWithIt);
    QCOMPARE(firedInside, startedInside);
}

void tst_EpollDispatcher::deletedObjectsTimersAreUnregistered_data()
{
    QTest::addColumn<Deletion>("deletion");

    QTest::addRow("deleteLater() from another thread") << Deletion::DeleteLaterFromAnotherThread;
    QTest::addRow("deleteLater() in its own timer event")
        << Deletion::DeleteLaterInItsOwnTimerEvent;
    QTest::addRow("deleted in the slot of a timer due with its own")
        << Deletion::DeleteInAnotherTimersSlot;
}

// Deleting an object ends its timers (QObject::startTimer ones and a child QTimer): the
// dispatcher knows their ids no more and delivers nothing for them, also when they were due in
// the pass in which it was deleted. (A timer event for the deleted object would be a use after
// free, which the sanitizer build reports.)
void tst_EpollDispatcher::deletedObjectsTimersAreUnregistered()
{
    QFETCH(Deletion, deletion);
    constexpr int IntervalMs = 4;

    TimerEventProbe *probe = nullptr;
    QList<int> ids;
    std::atomic<int> fires = 0;
    bool deleting = false;
    int firesAtDeletion = -1;
    QList<int> remainingAfterDeletion;
    std::atomic<bool> done = false;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));
    QObject *root = thread.root();

    const auto checkGone = [&, root] {
        firesAtDeletion = fires;
        for (int id : ids)
            remainingAfterDeletion.push_back(
                QAbstractEventDispatcher::instance()->remainingTime(id));
        QTimer::singleShot(10 * IntervalMs, Qt::PreciseTimer, root, [&done] { done = true; });
    };
    thread.run([&, root] {
        probe = new TimerEventProbe(root);
        probe->onTimer = [&, root](int) {
            if (++fires >= 5 && deletion == Deletion::DeleteLaterInItsOwnTimerEvent
                && !std::exchange(deleting, true)) {
                probe->deleteLater();
                QMetaObject::invokeMethod(root, checkGone, Qt::QueuedConnection);
            }
        };
        ids.push_back(probe->startTimer(IntervalMs, Qt::PreciseTimer));
        ids.push_back(probe->startTimer(IntervalMs + 1, Qt::CoarseTimer));
        auto *child = new QTimer(probe);
        child->setTimerType(Qt::PreciseTimer);
        QObject::connect(child, &QTimer::timeout, child, [&fires] { ++fires; });
        child->start(IntervalMs);
        ids.push_back(child->timerId());
        if (deletion == Deletion::DeleteInAnotherTimersSlot) {
            auto *killer = new QTimer(root);
            killer->setTimerType(Qt::PreciseTimer);
            killer->setSingleShot(true);
            QObject::connect(killer, &QTimer::timeout, killer, [&] {
                delete probe;
                checkGone();
            });
            killer->start(IntervalMs);
            holdLoop(3 * IntervalMs); // the probe's timers and the killer come due together
        }
    });
    if (deletion == Deletion::DeleteLaterFromAnotherThread) {
        QTRY_VERIFY_WITH_TIMEOUT(fires >= 5, EventTimeoutMs);
        probe->deleteLater();
        // Posted after the deferred delete, so delivered after it.
        QMetaObject::invokeMethod(root, checkGone, Qt::QueuedConnection);
    }
    QTRY_VERIFY_WITH_TIMEOUT(done, EventTimeoutMs);

    const auto [atDeletion, remaining]
        = thread.run([&] { return std::make_pair(firesAtDeletion, remainingAfterDeletion); });
    QCOMPARE(fires.load(), atDeletion);
    QCOMPARE(remaining, QList<int>(ids.size(), -1));
}

void tst_EpollDispatcher::movedObjectKeepsItsTimers_data()
{
    QTest::addColumn<bool>("intoTheDispatcher");

    QTest::addRow("into the dispatcher's thread") << true;
    QTest::addRow("out of the dispatcher's thread") << false;
}

// QObject::moveToThread() carries an object's timers over (through the old thread's
// registeredTimers() and unregisterTimers()): in the new thread they fire with the same ids,
// intervals and types; in the old one they fire no more.
void tst_EpollDispatcher::movedObjectKeepsItsTimers()
{
    QFETCH(bool, intoTheDispatcher);

    QMutex mutex;
    std::map<int, int> firesInItsThread; // by timer id, under mutex
    std::atomic<int> firesInAnotherThread = 0;
    TimerEventProbe *probe = nullptr;
    std::unique_ptr<TimerEventProbe> ownedHere; // while it lives in the test's thread
    int fast = 0;
    int slow = 0;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));

    const auto makeProbe = [&] {
        auto made = std::make_unique<TimerEventProbe>();
        probe = made.get();
        probe->onTimer = [&](int id) {
            if (QThread::currentThread() != probe->thread()) {
                ++firesInAnotherThread;
                return;
            }
            QMutexLocker locker(&mutex);
            ++firesInItsThread[id];
        };
        fast = probe->startTimer(10ms, Qt::PreciseTimer);
        slow = probe->startTimer(25ms, Qt::CoarseTimer);
        return made;
    };
    const auto firedInItsThread = [&](int id) {
        QMutexLocker locker(&mutex);
        return firesInItsThread[id];
    };

    if (intoTheDispatcher) {
        ownedHere = makeProbe();
        QTRY_VERIFY_WITH_TIMEOUT(firedInItsThread(fast) > 0, EventTimeoutMs);
        probe->moveToThread(thread.thread());
        thread.run(
            [&, moved = ownedHere.release(), root = thread.root()] { moved->setParent(root); });
    } else {
        probe = thread.run([&, root = thread.root()] {
            std::unique_ptr<TimerEventProbe> made = makeProbe();
            made->setParent(root); // until it moves
            return made.release();
        });
        QTRY_VERIFY_WITH_TIMEOUT(firedInItsThread(fast) > 0, EventTimeoutMs);
        thread.run([&] {
            probe->setParent(nullptr); // an object with a parent cannot move
            probe->moveToThread(QCoreApplication::instance()->thread());
        });
        ownedHere.reset(probe);
    }
    {
        QMutexLocker locker(&mutex);
        firesInItsThread.clear();
    }
    QTRY_VERIFY_WITH_TIMEOUT(firedInItsThread(fast) >= 5, EventTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(firedInItsThread(slow) >= 2, EventTimeoutMs);
    QCOMPARE(firesInAnotherThread.load(), 0);

    const auto listedIn = [&](bool dispatcherThread) {
        const auto list
            = [&] { return QAbstractEventDispatcher::instance()->registeredTimers(probe); };
        QList<QAbstractEventDispatcher::TimerInfo> timers
            = dispatcherThread ? thread.run(list) : list();
        std::sort(timers.begin(), timers.end(),
            [](const auto &a, const auto &b) { return a.interval < b.interval; });
        return timers;
    };
    const QList<QAbstractEventDispatcher::TimerInfo> inNewThread = listedIn(intoTheDispatcher);
    QCOMPARE(inNewThread.size(), 2);
    QCOMPARE(inNewThread[0].timerId, fast);
    QCOMPARE(inNewThread[0].interval, 10);
    QCOMPARE(inNewThread[0].timerType, Qt::PreciseTimer);
    QCOMPARE(inNewThread[1].timerId, slow);
    QCOMPARE(inNewThread[1].interval, 25);
    QCOMPARE(inNewThread[1].timerType, Qt::CoarseTimer);
    QCOMPARE(listedIn(!intoTheDispatcher).size(), 0);
}

void tst_EpollDispatcher::echoToManyClients_data()
{
    QTest::addColumn<int>("clients");
    QTest::addColumn<int>("bytes");

    QTest::addRow("1 client, 1 byte") << 1 << 1;
    QTest::addRow("200 clients at once, 64 KiB each") << 200 << 64 * 1024;
    QTest::addRow("20 clients at once, 1 MiB each") << 20 << 1024 * 1024;
}

// A QTcpServer in the dispatcher's thread echoes many clients at once, every byte in order.
void tst_EpollDispatcher::echoToManyClients()
{
    QFETCH(int, clients);
    QFETCH(int, bytes);

    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));
    const quint16 port
        = thread.run([root = thread.root()] { return startEchoServer(root)->serverPort(); });
    QVERIFY(port != 0);

    std::vector<std::unique_ptr<TcpClient>> connected;
    for (int i = 0; i < clients; ++i) {
        auto client = std::make_unique<TcpClient>();
        client->sent = pattern(i, bytes);
        client->connectTo(port);
        client->socket->write(client->sent);
        connected.push_back(std::move(client));
    }
    const auto complete = [&] {
        return std::count_if(connected.begin(), connected.end(),
            [](const auto &client) { return client->isComplete(); });
    };
    QTRY_COMPARE_WITH_TIMEOUT(complete(), qsizetype(clients), EventTimeoutMs);
    for (int i = 0; i < clients; ++i)
        QVERIFY2(connected[i]->received == connected[i]->sent, qPrintable(u"client %1"_s.arg(i)));
}

// 16 MiB written at once to a client that reads slowly, through small socket buffers: the
// server's write notifier drains its buffer piece by piece, and the client's bytes hash as
// sent.
void tst_EpollDispatcher::largeTransferToASlowReader()
{
    constexpr qint64 Size = 16 * 1024 * 1024;
    constexpr qint64 ReadBufferSize = 256 * 1024;
    const QByteArray payload = pattern(7, Size);
    const QByteArray expected = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);

    std::atomic<qint64> serverWrote = 0;
    std::atomic<int> writePieces = 0;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));
    const quint16 port = thread.run([&, root = thread.root()] {
        auto *server = new QTcpServer(root);
        server->listen(QHostAddress::LocalHost, 0);
        QObject::connect(server, &QTcpServer::newConnection, server, [&, server] {
            QTcpSocket *socket = server->nextPendingConnection();
            socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 64 * 1024);
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [&](qint64 written) {
                serverWrote += written;
                ++writePieces;
            });
            socket->write(payload);
        });
        return server->serverPort();
    });
    QVERIFY(port != 0);

    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 received = 0;
    qint64 mostBuffered = 0;
    QTcpSocket client;
    client.setReadBufferSize(ReadBufferSize);
    QObject::connect(&client, &QTcpSocket::connected, &client, [&client] {
        client.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 64 * 1024);
    });
    // The slow reader: at most 128 KiB a millisecond, the rest waits in Qt's and TCP's buffers.
    QTimer reader;
    reader.setInterval(1);
    QObject::connect(&reader, &QTimer::timeout, &client, [&] {
        mostBuffered = std::max(mostBuffered, client.bytesAvailable());
        const QByteArray chunk = client.read(128 * 1024);
        hash.addData(chunk);
        received += chunk.size();
    });
    reader.start();
    client.connectToHost(QHostAddress::LocalHost, port);

    QTRY_COMPARE_WITH_TIMEOUT(received, Size, EventTimeoutMs);
    QCOMPARE(hash.result(), expected);
    QVERIFY(mostBuffered <= ReadBufferSize);
    QTRY_COMPARE_WITH_TIMEOUT(serverWrote.load(), Size, EventTimeoutMs);
    QVERIFY2(writePieces > 16, QByteArray::number(writePieces.load()).constData());
}

void tst_EpollDispatcher::reusedDescriptorsGetTheirEvents_data()
{
    QTest::addColumn<int>("clientsPerRound");
    QTest::addColumn<int>("rounds");
    QTest::addColumn<Leave>("leave");

    QTest::addRow("server closes, one client at a time") << 1 << 20 << Leave::ServerCloses;
    QTest::addRow("server closes, eight clients at a time") << 8 << 12 << Leave::ServerCloses;
    QTest::addRow("clients close, eight at a time") << 8 << 12 << Leave::ClientsClose;
    QTest::addRow("clients reset, eight at a time") << 8 << 12 << Leave::ClientsReset;
}

// Clients leave while new ones connect, round after round. The server's thread is held while
// they do, so that in one pass of its loop the old sockets are closed and the new ones accepted,
// and the new descriptors reuse the old numbers: every new socket still gets its events (its
// client's bytes are echoed), and the server sees every old client go, also one that resets.
void tst_EpollDispatcher::reusedDescriptorsGetTheirEvents()
{
    QFETCH(int, clientsPerRound);
    QFETCH(int, rounds);
    QFETCH(Leave, leave);

    std::atomic<int> left = 0;
    int accepted = 0;
    int reused = 0;
    std::set<qintptr> closed;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));
    const quint16 port = thread.run([&, root = thread.root()] {
        auto *server = new QTcpServer(root);
        server->setListenBacklogSize(256);
        server->listen(QHostAddress::LocalHost, 0);
        QObject::connect(server, &QTcpServer::newConnection, server, [&, server] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                const qintptr descriptor = socket->socketDescriptor();
                ++accepted;
                if (closed.erase(descriptor) > 0)
                    ++reused;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    const QByteArray data = socket->readAll();
                    if (data.endsWith("bye\n"))
                        socket->abort();
                    else
                        socket->write(data);
                });
                QObject::connect(
                    socket, &QTcpSocket::disconnected, socket, [&, socket, descriptor] {
                        ++left;
                        closed.insert(descriptor);
                        socket->deleteLater();
                    });
            }
        });
        return server->serverPort();
    });
    QVERIFY(port != 0);

    std::vector<std::unique_ptr<TcpClient>> previous;
    for (int round = 0; round < rounds; ++round) {
        std::vector<std::unique_ptr<TcpClient>> current;
        struct Gate
        {
            QSemaphore open;
            std::atomic<bool> held = false;
        };
        // Shared: the server's thread leaves acquire() after this round's scope may have ended.
        const auto gate = std::make_shared<Gate>();
        QMetaObject::invokeMethod(
            thread.root(),
            [gate] {
                gate->held = true;
                gate->open.acquire();
            },
            Qt::QueuedConnection);
        {
            // Opens the gate also when a check below fails.
            const std::unique_ptr<Gate, void (*)(Gate *)> opener(
                gate.get(), [](Gate *held) { held->open.release(); });
            QTRY_VERIFY_WITH_TIMEOUT(gate->held, EventTimeoutMs);
            for (const auto &old : previous) {
                switch (leave) {
                case Leave::ServerCloses:
                    old->socket->write("bye\n");
                    old->socket->flush();
                    break;
                case Leave::ClientsClose:
                    old->socket->disconnectFromHost();
                    break;
                case Leave::ClientsReset: {
                    const linger hard { 1, 0 }; // close() sends a reset
                    ::setsockopt(int(old->socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                        sizeof hard);
                    old->socket->abort();
                    break;
                }
                }
            }
            for (int i = 0; i < clientsPerRound; ++i) {
                auto client = std::make_unique<TcpClient>();
                client->sent = "round " + QByteArray::number(round) + ", client "
                    + QByteArray::number(i) + '\n';
                client->connectTo(port);
                // The kernel completes the handshake while the server's thread is held.
                QVERIFY(client->socket->waitForConnected(EventTimeoutMs));
                client->socket->write(client->sent);
                client->socket->flush();
                current.push_back(std::move(client));
            }
        }
        const auto complete = [&] {
            return std::count_if(current.begin(), current.end(),
                [](const auto &client) { return client->isComplete(); });
        };
        QTRY_COMPARE_WITH_TIMEOUT(complete(), qsizetype(clientsPerRound), EventTimeoutMs);
        for (const auto &client : current)
            QCOMPARE(client->received, client->sent);
        QTRY_COMPARE_WITH_TIMEOUT(left.load(), round * clientsPerRound, EventTimeoutMs);
        previous = std::move(current);
    }

    const auto [acceptedCount, reusedCount]
        = thread.run([&] { return std::make_pair(accepted, reused); });
    QCOMPARE(acceptedCount, rounds * clientsPerRound);
    // The rounds did what they are for.
    QVERIFY(reusedCount > 0);
}

void tst_EpollDispatcher::webSocketMessages_data()
{
    QTest::addColumn<int>("clients");
    QTest::addColumn<int>("messages"); // of each kind, text and binary
    QTest::addColumn<int>("bytes");

    QTest::addRow("1 client, short messages") << 1 << 20 << 16;
    QTest::addRow("20 clients at once") << 20 << 10 << 2000;
    QTest::addRow("2 clients, 2 MiB messages") << 2 << 2 << 2 * 1024 * 1024;
}

// A QWebSocketServer in the dispatcher's thread echoes the text and binary messages of real
// QWebSocket clients, each message whole and in order.
void tst_EpollDispatcher::webSocketMessages()
{
    QFETCH(int, clients);
    QFETCH(int, messages);
    QFETCH(int, bytes);

    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));
    const quint16 port = thread.run([root = thread.root()] {
        auto *server
            = new QWebSocketServer(u"tst_epolldispatcher"_s, QWebSocketServer::NonSecureMode, root);
        server->listen(QHostAddress::LocalHost, 0);
        QObject::connect(server, &QWebSocketServer::newConnection, server, [server] {
            while (QWebSocket *socket = server->nextPendingConnection()) {
                QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &message) { socket->sendTextMessage(message); });
                QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
                    [socket](const QByteArray &message) { socket->sendBinaryMessage(message); });
                QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return server->serverPort();
    });
    QVERIFY(port != 0);

    struct Client
    {
        QStringList textsSent;
        QStringList textsReceived;
        QList<QByteArray> binariesSent;
        QList<QByteArray> binariesReceived;
        std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>(); // destroyed first
        bool isComplete() const
        {
            return textsReceived.size() >= textsSent.size()
                && binariesReceived.size() >= binariesSent.size();
        }
    };
    std::vector<std::unique_ptr<Client>> connected;
    for (int c = 0; c < clients; ++c) {
        auto client = std::make_unique<Client>();
        for (int m = 0; m < messages; ++m) {
            QString text = u"client %1, message %2 "_s.arg(c).arg(m);
            text += QString(std::max(0, bytes - int(text.size())), QChar(u'a' + m % 26));
            client->textsSent.append(text);
            client->binariesSent.append(pattern(c * 1000 + m, bytes));
        }
        Client *raw = client.get();
        QWebSocket *socket = raw->socket.get();
        QObject::connect(socket, &QWebSocket::connected, socket, [raw, socket] {
            for (qsizetype m = 0; m < raw->textsSent.size(); ++m) {
                socket->sendTextMessage(raw->textsSent[m]);
                socket->sendBinaryMessage(raw->binariesSent[m]);
            }
        });
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
            [raw](const QString &message) { raw->textsReceived.append(message); });
        QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
            [raw](const QByteArray &message) { raw->binariesReceived.append(message); });
        socket->open(QUrl(u"ws://127.0.0.1:%1/"_s.arg(port)));
        connected.push_back(std::move(client));
    }
    const auto complete = [&] {
        return std::count_if(connected.begin(), connected.end(),
            [](const auto &client) { return client->isComplete(); });
    };
    QTRY_COMPARE_WITH_TIMEOUT(complete(), qsizetype(clients), EventTimeoutMs);
    for (int c = 0; c < clients; ++c) {
        QVERIFY2(connected[c]->textsReceived == connected[c]->textsSent,
            qPrintable(u"client %1"_s.arg(c)));
        QVERIFY2(connected[c]->binariesReceived == connected[c]->binariesSent,
            qPrintable(u"client %1"_s.arg(c)));
    }
}

void tst_EpollDispatcher::notifierSwitchedInOneSlot_data()
{
    QTest::addColumn<bool>("write");
    QTest::addColumn<int>("switches");
    QTest::addColumn<bool>("replaced"); // then deleted, and a new one made for the descriptor
    QTest::addColumn<bool>("endsEnabled");

    // A read notifier starts enabled; a write one starts disabled (its descriptor is always
    // writable), beside an enabled read notifier on the same descriptor.
    QTest::addRow("read: off") << false << 1 << false << false;
    QTest::addRow("read: off, on") << false << 2 << false << true;
    QTest::addRow("read: 1001 switches, ends off") << false << 1001 << false << false;
    QTest::addRow("read: 1000 switches, ends on") << false << 1000 << false << true;
    QTest::addRow("read: 3 switches, replaced, ends off") << false << 3 << true << false;
    QTest::addRow("read: 3 switches, replaced, ends on") << false << 3 << true << true;
    QTest::addRow("write: on") << true << 1 << false << true;
    QTest::addRow("write: on, off") << true << 2 << false << false;
    QTest::addRow("write: 1001 switches, ends on") << true << 1001 << false << true;
    QTest::addRow("write: 1000 switches, ends off") << true << 1000 << false << false;
    QTest::addRow("write: 3 switches, replaced, ends off") << true << 3 << true << false;
    QTest::addRow("write: 3 switches, replaced, ends on") << true << 3 << true << true;
}

// A QSocketNotifier enabled and disabled again and again within one slot (on a descriptor the
// kernel already watches) ends up in the last state: it fires if that is on, and not if off,
// though its descriptor is ready through several passes of the loop. Also when it is then
// deleted and a new notifier made for the same descriptor, in the same slot. A read notifier
// beside a switched write one on the same descriptor keeps working.
void tst_EpollDispatcher::notifierSwitchedInOneSlot()
{
    QFETCH(bool, write);
    QFETCH(int, switches);
    QFETCH(bool, replaced);
    QFETCH(bool, endsEnabled);

    const SocketPair watched;
    const SocketPair marker;
    QVERIFY(watched.isValid() && marker.isValid());
    std::atomic<int> watchedFires = 0;
    std::atomic<int> companionFires = 0;
    std::atomic<int> markerFires = 0;
    QSocketNotifier *notifier = nullptr;
    bool enabledAfterSwitches = !endsEnabled;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));

    thread.run([&, root = thread.root()] {
        const auto drain = [](int fd) {
            char buffer[64];
            while (::read(fd, buffer, sizeof buffer) > 0) { }
        };
        const auto makeWatched = [&, root, drain] {
            auto *made = new QSocketNotifier(
                watched.fd[0], write ? QSocketNotifier::Write : QSocketNotifier::Read, root);
            // Once is enough; a write notifier would fire again and again.
            QObject::connect(made, &QSocketNotifier::activated, made, [&, made, drain] {
                ++watchedFires;
                made->setEnabled(false);
                if (!write)
                    drain(watched.fd[0]);
            });
            return made;
        };
        notifier = makeWatched();
        if (write) {
            notifier->setEnabled(false);
            auto *companion = new QSocketNotifier(watched.fd[0], QSocketNotifier::Read, root);
            QObject::connect(companion, &QSocketNotifier::activated, companion, [&, drain] {
                ++companionFires;
                drain(watched.fd[0]);
            });
        }
        // The switches happen in the slot of a socket event: the kernel has been told of the
        // watched notifier before, in the pass that waited for this event.
        auto *markerNotifier = new QSocketNotifier(marker.fd[0], QSocketNotifier::Read, root);
        QObject::connect(
            markerNotifier, &QSocketNotifier::activated, markerNotifier, [&, drain, makeWatched] {
                drain(marker.fd[0]);
                if (++markerFires != 1)
                    return;
                for (int i = 0; i < switches; ++i)
                    notifier->setEnabled(!notifier->isEnabled());
                if (replaced) {
                    delete notifier;
                    notifier = makeWatched();
                    notifier->setEnabled(endsEnabled);
                }
                enabledAfterSwitches = notifier->isEnabled();
            });
    });

    marker.poke();
    QTRY_COMPARE_WITH_TIMEOUT(markerFires.load(), 1, EventTimeoutMs);
    // From now on the watched descriptor is readable and writable; each marker event below is a
    // pass of the loop (at least one after the other) that sees it so.
    watched.poke();
    marker.poke();
    QTRY_COMPARE_WITH_TIMEOUT(markerFires.load(), 2, EventTimeoutMs);
    marker.poke();
    QTRY_COMPARE_WITH_TIMEOUT(markerFires.load(), 3, EventTimeoutMs);

    QCOMPARE(thread.run([&] { return enabledAfterSwitches; }), endsEnabled);
    QCOMPARE(watchedFires.load(), endsEnabled ? 1 : 0);
    if (write)
        QCOMPARE(companionFires.load(), 1);
}

void tst_EpollDispatcher::queuedCallsFromManyThreads_data()
{
    QTest::addColumn<int>("senders");
    QTest::addColumn<int>("calls");
    QTest::addColumn<bool>("oneAtATime"); // each sender waits for a call to run before the next

    QTest::addRow("8 senders, 2000 calls each, at once") << 8 << 2000 << false;
    QTest::addRow("4 senders, 3000 calls each, one at a time") << 4 << 3000 << true;
}

// Queued calls from several threads at once all arrive, each sender's in the order it sent them;
// also when each call finds the loop asleep, so that every one of them must wake it.
void tst_EpollDispatcher::queuedCallsFromManyThreads()
{
    QFETCH(int, senders);
    QFETCH(int, calls);
    QFETCH(bool, oneAtATime);
    const int Senders = senders;
    const int Calls = calls;

    std::vector<std::vector<int>> seen(Senders);
    std::vector<std::unique_ptr<QSemaphore>> arrived;
    for (int s = 0; s < Senders; ++s)
        arrived.push_back(std::make_unique<QSemaphore>());
    std::atomic<int> delivered = 0;
    std::atomic<int> lost = 0; // calls that did not run within 5 s
    std::latch start(Senders);
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));
    QObject *receiver = thread.root();

    std::vector<WorkerThread> threads;
    for (int s = 0; s < Senders; ++s) {
        threads.emplace_back(QThread::create([&, s] {
            start.arrive_and_wait();
            for (int i = 0; i < Calls; ++i) {
                QMetaObject::invokeMethod(
                    receiver,
                    [&, s, i] {
                        seen[s].push_back(i);
                        ++delivered;
                        arrived[s]->release();
                    },
                    Qt::QueuedConnection);
                if (oneAtATime && !arrived[s]->tryAcquire(1, 5000)) {
                    ++lost;
                    return;
                }
            }
        }));
        threads.back()->start();
    }
    for (const WorkerThread &sender : threads)
        QVERIFY(sender->wait(QDeadlineTimer(EventTimeoutMs)));
    QVERIFY2(lost == 0,
        qPrintable(
            u"%1 of %2 senders waited 5 s in vain for a call to run, the loop having nothing "
            "else to do: it slept through the wake-up"_s.arg(lost.load())
                .arg(Senders)));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.load(), Senders * Calls, EventTimeoutMs);

    const auto received = thread.run([&] { return seen; });
    for (int s = 0; s < Senders; ++s) {
        QCOMPARE(int(received[s].size()), Calls);
        for (int i = 0; i < Calls; ++i) {
            if (received[s][i] != i)
                QFAIL(qPrintable(
                    u"sender %1: call %2 arrived as the %3th"_s.arg(s).arg(received[s][i]).arg(i)));
        }
    }
}

void tst_EpollDispatcher::deleteLaterRuns_data()
{
    QTest::addColumn<int>("objects");
    QTest::addColumn<bool>("fromAnotherThread");

    QTest::addRow("one, from its thread") << 1 << false;
    QTest::addRow("one, from another thread") << 1 << true;
    QTest::addRow("1000, from their thread") << 1000 << false;
    QTest::addRow("1000, from another thread") << 1000 << true;
}

// deleteLater() deletes, whether called on the object's thread or from another one.
void tst_EpollDispatcher::deleteLaterRuns()
{
    QFETCH(int, objects);
    QFETCH(bool, fromAnotherThread);

    std::atomic<int> destroyed = 0;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));
    const std::vector<QObject *> made = thread.run([&, root = thread.root()] {
        std::vector<QObject *> children;
        for (int i = 0; i < objects; ++i) {
            children.push_back(new QObject(root));
            QObject::connect(
                children.back(), &QObject::destroyed, root, [&destroyed] { ++destroyed; });
        }
        return children;
    });

    if (fromAnotherThread) {
        for (QObject *object : made)
            object->deleteLater();
    } else {
        thread.run([&] {
            for (QObject *object : made)
                object->deleteLater();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(destroyed.load(), objects, EventTimeoutMs);
}

void tst_EpollDispatcher::quitEndsExecPromptly_data()
{
    QTest::addColumn<bool>("quit"); // else exit(7)
    QTest::addColumn<Pending>("pending");

    QTest::addRow("quit(), idle") << true << Pending::Nothing;
    QTest::addRow("quit(), a 60 s timer pending") << true << Pending::FarTimer;
    QTest::addRow("quit(), a 0 ms timer running") << true << Pending::ZeroTimer;
    QTest::addRow("quit(), a server listening") << true << Pending::ListeningServer;
    QTest::addRow("exit(7), idle") << false << Pending::Nothing;
    QTest::addRow("exit(7), a 60 s timer pending") << false << Pending::FarTimer;
    QTest::addRow("exit(7), a 0 ms timer running") << false << Pending::ZeroTimer;
    QTest::addRow("exit(7), a server listening") << false << Pending::ListeningServer;
}

// QThread::quit() and exit() from another thread end the thread's event loops at once (a
// nested QEventLoop returns the code), whatever the loop is waiting for.
void tst_EpollDispatcher::quitEndsExecPromptly()
{
    QFETCH(bool, quit);
    QFETCH(Pending, pending);

    std::atomic<bool> inLoop = false;
    std::atomic<int> loopCode = -100;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));
    thread.run([&, root = thread.root()] {
        switch (pending) {
        case Pending::Nothing:
            break;
        case Pending::FarTimer:
            (new QTimer(root))->start(60000);
            break;
        case Pending::ZeroTimer:
            (new QTimer(root))->start(0);
            break;
        case Pending::ListeningServer:
            startEchoServer(root);
            break;
        }
    });
    QMetaObject::invokeMethod(
        thread.root(),
        [&] {
            QEventLoop loop;
            QTimer::singleShot(0, &loop, [&inLoop] { inLoop = true; });
            loopCode = loop.exec();
        },
        Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(inLoop, EventTimeoutMs);

    QElapsedTimer clock;
    clock.start();
    if (quit)
        thread.thread()->quit();
    else
        thread.thread()->exit(7);
    QVERIFY2(thread.thread()->wait(QDeadlineTimer(5000)),
        "the thread still runs 5 s after quit() or exit()");
    QVERIFY2(clock.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));
    QCOMPARE(loopCode.load(), quit ? 0 : 7);
}

void tst_EpollDispatcher::interruptReturnsFromProcessEvents_data()
{
    QTest::addColumn<Pending>("pending");

    QTest::addRow("idle") << Pending::Nothing;
    QTest::addRow("a 60 s timer pending") << Pending::FarTimer;
    QTest::addRow("a server listening") << Pending::ListeningServer;
}

// interrupt() from another thread makes processEvents(WaitForMoreEvents), which has nothing else
// to return for, return; each time; and the loop goes on afterwards.
void tst_EpollDispatcher::interruptReturnsFromProcessEvents()
{
    QFETCH(Pending, pending);

    std::atomic<bool> entered = false;
    std::atomic<bool> stop = false;
    std::atomic<int> returns = 0;
    std::atomic<bool> left = false;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));
    thread.run([&, root = thread.root()] {
        if (pending == Pending::FarTimer)
            (new QTimer(root))->start(60000);
        else if (pending == Pending::ListeningServer)
            startEchoServer(root);
    });
    QMetaObject::invokeMethod(
        thread.root(),
        [&] {
            entered = true;
            while (!stop) {
                QAbstractEventDispatcher::instance()->processEvents(QEventLoop::WaitForMoreEvents);
                ++returns;
            }
            left = true;
        },
        Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(entered, EventTimeoutMs);
    // Should a check fail: ends the inner loop through another way of waking it.
    const auto endInnerLoop = qScopeGuard([&] {
        stop = true;
        thread.dispatcher()->wakeUp();
    });

    for (int i = 0; i < 3; ++i) {
        const int before = returns;
        thread.dispatcher()->interrupt();
        QTRY_VERIFY_WITH_TIMEOUT(returns > before, EventTimeoutMs);
    }
    stop = true;
    thread.dispatcher()->interrupt();
    QTRY_VERIFY_WITH_TIMEOUT(left, EventTimeoutMs);
    QVERIFY(thread.run([] { return true; }));
}

void tst_EpollDispatcher::processEventsInsideTheThread_data()
{
    QTest::addColumn<QEventLoop::ProcessEventsFlags>("flags");

    QTest::addRow("AllEvents") << QEventLoop::ProcessEventsFlags(QEventLoop::AllEvents);
    QTest::addRow("WaitForMoreEvents")
        << QEventLoop::ProcessEventsFlags(QEventLoop::WaitForMoreEvents);
    QTest::addRow("ExcludeSocketNotifiers")
        << QEventLoop::ProcessEventsFlags(QEventLoop::ExcludeSocketNotifiers);
}

// QCoreApplication::processEvents() called in a slot on the thread delivers timers, queued calls
// and socket events, but no socket events with ExcludeSocketNotifiers: those come later, once
// the slot has returned.
void tst_EpollDispatcher::processEventsInsideTheThread()
{
    QFETCH(QEventLoop::ProcessEventsFlags, flags);
    const bool excludeSockets = flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    // A queued call is delivered at the start of a processEvents() call, which then waits (with
    // WaitForMoreEvents) for what comes next: the handlers wake the loop, so that the call in
    // which the last of them arrives returns.
    const auto arrived = [](auto &flag) {
        flag = true;
        QAbstractEventDispatcher::instance()->wakeUp();
    };

    QTcpSocket *serverSide = nullptr;
    std::atomic<bool> accepted = false;
    std::atomic<bool> looping = false;
    bool timerFired = false;
    bool queuedRan = false;
    std::atomic<bool> socketDelivered = false;
    bool socketDeliveredInLoop = false;
    bool loopGotAll = false;
    std::atomic<bool> loopDone = false;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));
    QObject *root = thread.root();
    const quint16 port = thread.run([&, root] {
        auto *server = new QTcpServer(root);
        server->listen(QHostAddress::LocalHost, 0);
        QObject::connect(server, &QTcpServer::newConnection, server, [&, server] {
            serverSide = server->nextPendingConnection();
            QObject::connect(serverSide, &QTcpSocket::readyRead, serverSide, [&] {
                serverSide->readAll();
                arrived(socketDelivered);
            });
            accepted = true;
        });
        return server->serverPort();
    });
    QVERIFY(port != 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(EventTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(accepted, EventTimeoutMs);

    QMetaObject::invokeMethod(
        root,
        [&, root] {
            QTimer::singleShot(20, Qt::PreciseTimer, root, [&] { arrived(timerFired); });
            const auto bytesInTheKernel = [&] {
                int bytes = 0;
                ::ioctl(int(serverSide->socketDescriptor()), FIONREAD, &bytes);
                return bytes;
            };
            const auto gotAll = [&] {
                // Excluded, the socket's bytes wait in the kernel (delivered, they fail the test).
                return timerFired && queuedRan
                    && (socketDelivered || (excludeSockets && bytesInTheKernel() > 0));
            };
            looping = true;
            QElapsedTimer clock;
            clock.start();
            while (!gotAll() && !clock.hasExpired(EventTimeoutMs))
                QCoreApplication::processEvents(flags);
            loopGotAll = gotAll();
            // Passes in which the waiting socket event would be delivered, were it not excluded.
            if (excludeSockets) {
                for (int i = 0; i < 10; ++i)
                    QCoreApplication::processEvents(flags);
            }
            socketDeliveredInLoop = socketDelivered;
            loopDone = true;
        },
        Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(looping, EventTimeoutMs);
    client.write("ping");
    client.flush();
    QMetaObject::invokeMethod(
        root, [&] { arrived(queuedRan); }, Qt::QueuedConnection);

    QTRY_VERIFY_WITH_TIMEOUT(loopDone, EventTimeoutMs);
    QVERIFY(thread.run([&] { return loopGotAll; }));
    QCOMPARE(thread.run([&] { return socketDeliveredInLoop; }), !excludeSockets);
    QTRY_VERIFY_WITH_TIMEOUT(socketDelivered, EventTimeoutMs);
}

void tst_EpollDispatcher::eventsPostedFromASlotNeedNoWakeUp_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<Chain>("chain");

    QTest::addRow("queued calls, from a queued call") << Trigger::QueuedCall << Chain::QueuedCalls;
    QTest::addRow("queued calls, from a timer") << Trigger::Timer << Chain::QueuedCalls;
    QTest::addRow("queued calls, from readyRead") << Trigger::SocketReadyRead << Chain::QueuedCalls;
    QTest::addRow("0 ms timers, from a queued call") << Trigger::QueuedCall << Chain::ZeroTimer;
    QTest::addRow("0 ms timers, from a timer") << Trigger::Timer << Chain::ZeroTimer;
    QTest::addRow("0 ms timers, from readyRead") << Trigger::SocketReadyRead << Chain::ZeroTimer;
}

// What a slot on the thread posts to the thread (a queued call, a 0 ms timer), and what that
// posts in turn, a hundred times over, runs without anything from outside waking the loop.
void tst_EpollDispatcher::eventsPostedFromASlotNeedNoWakeUp()
{
    QFETCH(Trigger, trigger);
    QFETCH(Chain, chain);
    constexpr int Links = 100;

    std::atomic<int> links = 0;
    bool started = false;
    QTimer *zeroTimer = nullptr;
    std::function<void()> next;
    DispatcherThread thread;
    QVERIFY2(thread.isValid(), qPrintable(thread.errorString()));
    QObject *root = thread.root();

    const quint16 port = thread.run([&, root] {
        zeroTimer = new QTimer(root);
        zeroTimer->setSingleShot(true);
        zeroTimer->setInterval(0);
        next = [&, root] {
            if (++links >= Links)
                return;
            if (chain == Chain::QueuedCalls)
                QMetaObject::invokeMethod(root, next, Qt::QueuedConnection);
            else
                zeroTimer->start();
        };
        QObject::connect(zeroTimer, &QTimer::timeout, zeroTimer, [&next] { next(); });
        const auto begin = [&] {
            if (!std::exchange(started, true))
                next();
        };
        switch (trigger) {
        case Trigger::QueuedCall:
            break;
        case Trigger::Timer:
            QTimer::singleShot(20, Qt::PreciseTimer, root, begin);
            break;
        case Trigger::SocketReadyRead: {
            auto *server = new QTcpServer(root);
            server->listen(QHostAddress::LocalHost, 0);
            QObject::connect(server, &QTcpServer::newConnection, server, [server, begin] {
                QTcpSocket *socket = server->nextPendingConnection();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, begin] {
                    socket->readAll();
                    begin();
                });
            });
            return server->serverPort();
        }
        }
        return quint16(0);
    });
    QTcpSocket client;
    if (trigger == Trigger::QueuedCall) {
        QMetaObject::invokeMethod(
            root,
            [&] {
                started = true;
                next();
            },
            Qt::QueuedConnection);
    } else if (trigger == Trigger::SocketReadyRead) {
        QVERIFY(port != 0);
        client.connectToHost(QHostAddress::LocalHost, port);
        client.write("go");
    }
    QTRY_COMPARE_WITH_TIMEOUT(links.load(), Links, EventTimeoutMs);
}

QTEST_GUILESS_MAIN(tst_EpollDispatcher)
#include "tst_epolldispatcher.moc"
