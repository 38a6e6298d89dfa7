#pragma once

#include <chrono>
#include <limits>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class ClientConnection;

/// Sends the batched acknowledgements of one worker's connections. They leave at the end of the
/// turn of the event loop that wrote their bytes (when the thread's dispatcher is about to
/// wait), so an ack costs one send whatever the number of chunks it covers; a connection acked
/// less than `spacing` ago waits for the rest of it on one timer shared by all.
class AckScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AckScheduler)

public:
    /// A connection's place with the scheduler; each connection keeps its own, so that asking
    /// for an ack costs no lookup.
    struct Ticket
    {
        qint64 lastSentMs = std::numeric_limits<qint64>::min() / 2;
        bool queued = false;
    };

    /// Lives on the thread whose event loop it follows; create it there.
    AckScheduler(std::chrono::milliseconds spacing, QObject *parent = nullptr);

    /// `connection` wrote bytes its client has not been told about; `ticket` is its own.
    void request(ClientConnection *connection, Ticket &ticket);
    /// `connection` ends: nothing more is sent for it.
    void forget(ClientConnection *connection);

    /// Sends what is due now; the rest waits for the timer.
    void flush();

private:
    const qint64 m_spacingMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::vector<ClientConnection *> m_queue;
    std::vector<ClientConnection *> m_sending;
};
