#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <set>
#include <span>
#include <sys/epoll.h>
#include <unordered_map>
#include <vector>

#include <QAbstractEventDispatcher>

class QSocketNotifier;

/// The dispatcher for a thread that runs many sockets: an EpollEventDispatcher, or nothing (Qt's
/// own) when EARSHOT_EVENT_DISPATCHER=qt asks for it, to compare, or when epoll is not there
/// (with a warning).
std::unique_ptr<QAbstractEventDispatcher> createSocketThreadDispatcher();

/// The event dispatcher of the socket worker threads, on Linux epoll. A wake-up costs what the
/// ready sockets cost, not what every socket costs. Turning a notifier on and off within one
/// turn of the loop costs no system call while its descriptor keeps another one (a socket's
/// write notifier beside its read notifier): the kernel is told the net change once, before the
/// loop waits. A descriptor's last notifier leaving is told at once.
/// Timers are kept in deadline order; posted events and wake-ups from other threads arrive
/// through an eventfd. Install it with QThread::setEventDispatcher() before the thread starts.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpollEventDispatcher)

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    /// False when epoll or the eventfd could not be created; the dispatcher then must not be
    /// installed (errorString() says why).
    bool isValid() const { return m_epoll >= 0 && m_wakeUpFd >= 0; }
    QString errorString() const { return m_errorString; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(
        int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;

    struct Timer
    {
        QObject *object = nullptr;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        Clock::time_point deadline;
        bool active = false; // its event is being delivered
    };

    /// The notifiers of one descriptor, and what the kernel was last told about it.
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        /// Tells this descriptor's events from those of an earlier socket with the same number.
        quint32 generation = 0;
        quint32 told = 0; // the events epoll has for the descriptor (0: not added)
        bool queued = false; // in m_changed
        bool present = false; // a notifier of the descriptor is registered
        quint32 wanted() const;
    };

    /// The descriptor's watch, or null when none of its notifiers is registered.
    Watch *findWatch(int descriptor);

    void queueChange(int descriptor, Watch &watch);
    void applyChanges();
    int waitTimeoutMs(bool canWait, bool includeTimers) const;
    int dispatchSocketEvents(std::span<const epoll_event> ready);
    void drainWakeUpsAmong(std::span<const epoll_event> ready);
    void drainWakeUps();
    /// Sends the events of the timers due now; returns how many.
    int activateTimers();
    void reschedule(int timerId, Timer &timer, Clock::time_point now);

    int m_epoll = -1;
    int m_wakeUpFd = -1;
    QString m_errorString;
    std::atomic<bool> m_wakeUpPending { false };
    std::atomic<bool> m_interrupted { false };

    /// Indexed by descriptor: the lookup of every event and notifier change is one index.
    std::vector<Watch> m_watches;
    quint32 m_lastGeneration = 0;
    std::vector<int> m_changed;

    std::unordered_map<int, Timer> m_timers;
    std::set<std::pair<Clock::time_point, int>> m_deadlines;
};
