#include "ackscheduler.h"

#include <QAbstractEventDispatcher>

#include "clientconnection.h"

AckScheduler::AckScheduler(std::chrono::milliseconds spacing, QObject *parent)
    : QObject(parent), m_spacingMs(spacing.count())
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AckScheduler::flush);
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
        &AckScheduler::flush);
}

void AckScheduler::request(ClientConnection *connection)
{
    State &state = m_states[connection];
    if (state.queued)
        return;
    state.queued = true;
    m_queue.push_back(connection);
}

void AckScheduler::forget(ClientConnection *connection)
{
    m_states.erase(connection);
    std::erase(m_queue, connection);
}

void AckScheduler::flush()
{
    if (m_queue.empty())
        return;
    const qint64 now = m_clock.elapsed();
    qint64 nextDue = -1;
    // Sending can end a connection (a failed write), which forgets it: work on a copy and look
    // each one up again.
    m_sending.swap(m_queue);
    for (ClientConnection *connection : m_sending) {
        const auto it = m_states.find(connection);
        if (it == m_states.end())
            continue;
        State &state = it->second;
        const qint64 due = state.lastSentMs + m_spacingMs;
        if (due > now) {
            m_queue.push_back(connection);
            nextDue = nextDue < 0 ? due : std::min(nextDue, due);
            continue;
        }
        state.queued = false;
        state.lastSentMs = now;
        connection->sendAck();
    }
    m_sending.clear();
    if (nextDue >= 0 && (!m_timer.isActive() || m_timer.remainingTime() > nextDue - now))
        m_timer.start(std::chrono::milliseconds(nextDue - now));
}
