#pragma once

#include <QElapsedTimer>
#include <QPointer>

#include "transport/clienttransport.h"

/// Stops reading from a client whose replies pile up unsent because it does not read its
/// socket, so that it cannot grow the server's memory with them: while reading is held, the
/// client's own sends wait in TCP. Reading goes on once the backlog has drained to half the bound.
///
/// The kernel's receive buffer is bounded, so that what is already read when the hold begins
/// cannot make many replies before the backlog is looked at again.
class BackPressure final
{
public:
    /// The kernel's receive buffer (a chunk of audio is a few KiB; a message at most 1 MiB).
    static constexpr int ReceiveBufferBytes = 256 * 1024;
    /// What a held transport may buffer of what the client keeps sending.
    static constexpr qint64 HeldReadBufferBytes = 64 * 1024;

    BackPressure(ClientTransport *transport, qint64 maxUnsentBytes);
    ~BackPressure();
    BackPressure(const BackPressure &) = delete;
    BackPressure &operator=(const BackPressure &) = delete;

    /// Holds or lets go as the backlog says; after every send, and now and then while held.
    void update();
    /// Lets the transport go on whatever its backlog, e.g. to close it.
    void release();

    bool isHolding() const { return m_heldSince.isValid(); }
    /// How long reading has been held; 0 when it is not.
    qint64 heldMs() const { return isHolding() ? m_heldSince.elapsed() : 0; }

private:
    void hold();

    QPointer<ClientTransport> m_transport;
    qint64 m_maxUnsentBytes;
    QElapsedTimer m_heldSince;
};
