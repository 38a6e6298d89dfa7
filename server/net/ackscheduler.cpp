#include "ackscheduler.h"

#include <algorithm>

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

void AckScheduler::request(ClientConnection *connection, Ticket &ticket)
{
    if (ticket.queued)
        return;
    ticket.queued = true;
    m_queue.push_back(connection);
}

void AckScheduler::forget(ClientConnection *connection)
{
    std::erase(m_queue, connection);
    // flush() may be walking m_sending: leave a hole rather than shift the rest.
    std::replace(
        m_sending.begin(), m_sending.end(), connection, static_cast<ClientConnection *>(nullptr));
}

void AckScheduler::flush()
{
    if (m_queue.empty())
        return;
    const qint64 now = m_clock.elapsed();
    qint64 nextDue = -1;
    // Sending can end a connection (a failed write), which forgets it: then its entry here is
    // null.
    m_sending.swap(m_queue);
    for (size_t i = 0; i < m_sending.size(); ++i) {
        ClientConnection *connection = m_sending[i];
        if (!connection)
            continue;
        Ticket &state = connection->ackTicket();
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
