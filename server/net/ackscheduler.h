#pragma once

#include <chrono>
#include <limits>
#include <unordered_map>
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
    /// Lives on the thread whose event loop it follows; create it there.
    AckScheduler(std::chrono::milliseconds spacing, QObject *parent = nullptr);

    /// `connection` wrote bytes its client has not been told about.
    void request(ClientConnection *connection);
    /// `connection` ends: nothing more is sent for it.
    void forget(ClientConnection *connection);

    /// Sends what is due now; the rest waits for the timer.
    void flush();

private:
    struct State
    {
        qint64 lastSentMs = std::numeric_limits<qint64>::min() / 2;
        bool queued = false;
    };

    const qint64 m_spacingMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::unordered_map<ClientConnection *, State> m_states;
    std::vector<ClientConnection *> m_queue;
    std::vector<ClientConnection *> m_sending;
};
