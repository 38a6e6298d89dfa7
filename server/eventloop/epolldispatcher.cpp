#include "epolldispatcher.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <limits>
#include <sys/eventfd.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QSocketNotifier>

namespace {

// Ready descriptors taken per wait; more stay ready for the next turn (epoll is level-triggered).
constexpr int MaxReadyPerWait = 512;

constexpr quint32 ReadEvents = EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR;
constexpr quint32 WriteEvents = EPOLLOUT | EPOLLERR | EPOLLHUP;

// The wake-up descriptor's key in epoll; sockets are keyed by generation and descriptor, and a
// generation is never 0.
constexpr quint64 WakeUpKey = 0;

quint64 keyOf(quint32 generation, int descriptor)
{
    return (quint64(generation) << 32) | quint32(descriptor);
}

QString systemError(const char *call)
{
    return QString::fromLatin1(call) + QStringLiteral(": ")
        + QString::fromLocal8Bit(strerror(errno));
}

} // namespace

std::unique_ptr<QAbstractEventDispatcher> createSocketThreadDispatcher()
{
    if (qEnvironmentVariable("EARSHOT_EVENT_DISPATCHER") == u"qt")
        return {};
    auto dispatcher = std::make_unique<EpollEventDispatcher>();
    if (!dispatcher->isValid()) {
        qWarning("earshot: %s; Qt's event dispatcher runs the thread instead",
            qPrintable(dispatcher->errorString()));
        return {};
    }
    return dispatcher;
}

quint32 EpollEventDispatcher::Watch::wanted() const
{
    return (read ? quint32(EPOLLIN | EPOLLRDHUP) : 0u) | (write ? quint32(EPOLLOUT) : 0u)
        | (exception ? quint32(EPOLLPRI) : 0u);
}

EpollEventDispatcher::EpollEventDispatcher(QObject *parent) : QAbstractEventDispatcher(parent)
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        m_errorString = systemError("epoll_create1");
        return;
    }
    m_wakeUpFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_wakeUpFd < 0) {
        m_errorString = systemError("eventfd");
        return;
    }
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.u64 = WakeUpKey;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeUpFd, &event) != 0) {
        m_errorString = systemError("epoll_ctl");
        ::close(m_wakeUpFd);
        m_wakeUpFd = -1;
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wakeUpFd >= 0)
        ::close(m_wakeUpFd);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false, std::memory_order_relaxed);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool canWait
        = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.load(std::memory_order_relaxed);
    if (canWait)
        Q_EMIT aboutToBlock();
    if (m_interrupted.load(std::memory_order_relaxed))
        return false;

    // What was switched on and off while events were handled reaches the kernel only now, so a
    // write notifier that went on and off again in one turn costs nothing.
    applyChanges();
    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    // On the stack: a slot may run a nested event loop, whose turns must not overwrite the
    // events this turn has yet to deliver.
    std::array<epoll_event, MaxReadyPerWait> events;
    int ready = 0;
    do {
        ready = ::epoll_wait(
            m_epoll, events.data(), int(events.size()), waitTimeoutMs(canWait, includeTimers));
    } while (ready < 0 && errno == EINTR);
    if (ready < 0) {
        qWarning("EpollEventDispatcher: epoll_wait failed: %s", strerror(errno));
        ready = 0;
    }

    int delivered = 0;
    const std::span<const epoll_event> readyEvents(events.data(), size_t(ready));
    if (!(flags & QEventLoop::ExcludeSocketNotifiers))
        delivered += dispatchSocketEvents(readyEvents);
    else
        drainWakeUpsAmong(readyEvents);
    if (includeTimers)
        delivered += activateTimers();
    return delivered > 0;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int descriptor = int(notifier->socket());
    if (size_t(descriptor) >= m_watches.size())
        m_watches.resize(size_t(descriptor) + 1);
    Watch &watch = m_watches[size_t(descriptor)];
    if (!watch.present) {
        watch.present = true;
        if (++m_lastGeneration == 0) // 0 belongs to the wake-up descriptor's key
            ++m_lastGeneration;
        watch.generation = m_lastGeneration;
    }
    QSocketNotifier **slot = notifier->type() == QSocketNotifier::Read ? &watch.read
        : notifier->type() == QSocketNotifier::Write                   ? &watch.write
                                                                       : &watch.exception;
    if (*slot && *slot != notifier)
        qWarning(
            "EpollEventDispatcher: a second notifier of the same type for socket %d", descriptor);
    *slot = notifier;
    queueChange(descriptor, watch);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int descriptor = int(notifier->socket());
    Watch *found = findWatch(descriptor);
    if (!found)
        return;
    Watch &watch = *found;
    for (QSocketNotifier **slot : { &watch.read, &watch.write, &watch.exception }) {
        if (*slot == notifier)
            *slot = nullptr;
    }
    if (watch.wanted() != 0) {
        queueChange(descriptor, watch);
        return;
    }
    // The last notifier of the descriptor: tell the kernel now, while the descriptor is still
    // open. Once it is closed its number can come back for another socket, which must not find
    // this one's registration.
    if (watch.told != 0 && ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, descriptor, nullptr) != 0
        && errno != ENOENT && errno != EBADF)
        qWarning("EpollEventDispatcher: cannot stop watching socket %d: %s", descriptor,
            strerror(errno));
    // Queued changes of the descriptor find no watch and are dropped.
    watch = Watch {};
}

EpollEventDispatcher::Watch *EpollEventDispatcher::findWatch(int descriptor)
{
    if (descriptor < 0 || size_t(descriptor) >= m_watches.size())
        return nullptr;
    Watch &watch = m_watches[size_t(descriptor)];
    return watch.present ? &watch : nullptr;
}

void EpollEventDispatcher::queueChange(int descriptor, Watch &watch)
{
    if (watch.queued)
        return;
    watch.queued = true;
    m_changed.push_back(descriptor);
}

void EpollEventDispatcher::applyChanges()
{
    for (const int descriptor : m_changed) {
        Watch *found = findWatch(descriptor);
        if (!found)
            continue;
        Watch &watch = *found;
        watch.queued = false;
        const quint32 wanted = watch.wanted();
        if (wanted == watch.told)
            continue;
        epoll_event event {};
        event.events = wanted;
        event.data.u64 = keyOf(watch.generation, descriptor);
        int result = ::epoll_ctl(
            m_epoll, watch.told == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, descriptor, &event);
        if (result != 0 && watch.told == 0 && errno == EEXIST)
            result = ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, descriptor, &event);
        else if (result != 0 && watch.told != 0 && errno == ENOENT)
            result = ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, descriptor, &event);
        if (result != 0) {
            qWarning(
                "EpollEventDispatcher: cannot watch socket %d: %s", descriptor, strerror(errno));
            continue;
        }
        watch.told = wanted;
    }
    m_changed.clear();
}

int EpollEventDispatcher::waitTimeoutMs(bool canWait, bool includeTimers) const
{
    if (!canWait)
        return 0;
    if (!includeTimers || m_deadlines.empty())
        return -1;
    const Clock::duration left = m_deadlines.begin()->first - Clock::now();
    if (left <= Clock::duration::zero())
        return 0;
    // Rounded up: waking before the deadline would only mean waiting again.
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(left).count();
    return int(std::min<qint64>(ms, std::numeric_limits<int>::max()));
}

int EpollEventDispatcher::dispatchSocketEvents(std::span<const epoll_event> ready)
{
    int delivered = 0;
    // Handling one socket can end another, or close it and hand its number to a new socket:
    // each notifier is looked up again, and an event of an older generation is dropped.
    const auto activate = [this, &delivered](quint64 key, QSocketNotifier *Watch::*slot) {
        const int descriptor = int(quint32(key));
        const Watch *watch = findWatch(descriptor);
        if (!watch || keyOf(watch->generation, descriptor) != key)
            return;
        if (QSocketNotifier *notifier = watch->*slot) {
            QEvent event(QEvent::SockAct);
            QCoreApplication::sendEvent(notifier, &event);
            ++delivered;
        }
    };
    for (const epoll_event &event : ready) {
        if (event.data.u64 == WakeUpKey) {
            drainWakeUps();
            continue;
        }
        if (event.events & ReadEvents)
            activate(event.data.u64, &Watch::read);
        if (event.events & WriteEvents)
            activate(event.data.u64, &Watch::write);
        if (event.events & EPOLLPRI)
            activate(event.data.u64, &Watch::exception);
    }
    return delivered;
}

void EpollEventDispatcher::drainWakeUpsAmong(std::span<const epoll_event> ready)
{
    for (const epoll_event &event : ready) {
        if (event.data.u64 == WakeUpKey)
            drainWakeUps();
    }
}

void EpollEventDispatcher::drainWakeUps()
{
    // Read, then clear: a wake-up that comes in between finds the flag still set and writes
    // nothing, and its events are delivered by the next turn's sendPostedEvents(). Cleared first,
    // the read could swallow the write of a wake-up that had set the flag again, and no wake-up
    // would write again.
    eventfd_t count = 0;
    ::eventfd_read(m_wakeUpFd, &count);
    m_wakeUpPending.store(false, std::memory_order_release);
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wakeUpPending.exchange(true, std::memory_order_acq_rel))
        return;
    ::eventfd_write(m_wakeUpFd, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true, std::memory_order_relaxed);
    wakeUp();
}

void EpollEventDispatcher::registerTimer(
    int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    if (m_timers.contains(timerId))
        unregisterTimer(timerId);
    Timer &timer = m_timers[timerId];
    timer.object = object;
    timer.intervalMs = std::max<qint64>(0, interval);
    timer.type = timerType;
    timer.deadline = Clock::now() + std::chrono::milliseconds(timer.intervalMs);
    m_deadlines.emplace(timer.deadline, timerId);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_deadlines.erase({ it->second.deadline, timerId });
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool found = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->second.object != object) {
            ++it;
            continue;
        }
        m_deadlines.erase({ it->second.deadline, it->first });
        it = m_timers.erase(it);
        found = true;
    }
    return found;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(
    QObject *object) const
{
    QList<TimerInfo> timers;
    for (const auto &[id, timer] : m_timers) {
        if (timer.object == object)
            timers.append(TimerInfo(id, int(timer.intervalMs), timer.type));
    }
    return timers;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    const Clock::duration left = it->second.deadline - Clock::now();
    if (left <= Clock::duration::zero())
        return 0;
    return int(std::chrono::ceil<std::chrono::milliseconds>(left).count());
}

int EpollEventDispatcher::activateTimers()
{
    const Clock::time_point now = Clock::now();
    // The timers due now, each sent once: a slot may stop, start or re-arm any timer, and a
    // timer re-armed with a deadline in the past must wait for the next turn. A local list, since
    // a slot may run a nested event loop that activates timers too.
    std::vector<int> due;
    for (const auto &[deadline, id] : m_deadlines) {
        if (deadline > now)
            break;
        due.push_back(id);
    }
    int delivered = 0;
    for (const int id : due) {
        const auto it = m_timers.find(id);
        if (it == m_timers.end() || it->second.active || it->second.deadline > now)
            continue;
        Timer &timer = it->second;
        reschedule(id, timer, now);
        timer.active = true;
        QObject *object = timer.object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++delivered;
        // The slot may have stopped the timer (and the id may even belong to a new one).
        if (const auto after = m_timers.find(id); after != m_timers.end())
            after->second.active = false;
    }
    return delivered;
}

void EpollEventDispatcher::reschedule(int timerId, Timer &timer, Clock::time_point now)
{
    m_deadlines.erase({ timer.deadline, timerId });
    const std::chrono::milliseconds interval(timer.intervalMs);
    // On time from the last deadline, so that a repeating timer does not drift; from now when
    // the thread was busy for longer than an interval, so that missed ones are not fired in a
    // burst.
    timer.deadline += interval;
    if (timer.deadline <= now)
        timer.deadline = now + interval;
    m_deadlines.emplace(timer.deadline, timerId);
}
