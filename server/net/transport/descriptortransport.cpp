#include "descriptortransport.h"

#include <cerrno>
#include <functional>
#include <sys/socket.h>
#include <unistd.h>

#include <QEvent>
#include <QSocketNotifier>

namespace {

// Tells of a readable socket straight from the event the dispatcher sends. QSocketNotifier's
// own handling of it emits activated() twice (its two overloads), each a pass through
// QMetaObject::activate and a guard pointer, and that on every chunk of every connection.
class ReadNotifier final : public QSocketNotifier
{
public:
    ReadNotifier(int descriptor, std::function<void()> readable, QObject *parent)
        : QSocketNotifier(descriptor, QSocketNotifier::Read, parent)
        , m_readable(std::move(readable))
    { }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::SockAct)
            return QSocketNotifier::event(event);
        m_readable();
        return true;
    }

private:
    const std::function<void()> m_readable;
};

// Unsent replies are compacted once this much of the buffer has been sent.
constexpr qsizetype CompactFromBytes = 16 * 1024;
// The largest buffer of unsent replies an idle connection keeps.
constexpr qsizetype KeptUnsentBytes = 4 * 1024;

} // namespace

DescriptorTransport::DescriptorTransport(int descriptor, const QHostAddress &peerAddress,
    quint16 peerPort, QByteArray early, QObject *parent)
    : ClientTransport(parent)
    , m_descriptor(descriptor)
    , m_peerAddress(peerAddress)
    , m_peerPort(peerPort)
    , m_early(std::move(early))
    , m_readNotifier(new ReadNotifier(
          descriptor, [this] { notifyReadyRead(); }, this))
    , m_writeNotifier(new QSocketNotifier(descriptor, QSocketNotifier::Write, this))
{
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &DescriptorTransport::onWritable);
}

DescriptorTransport::~DescriptorTransport()
{
    // Quietly: whoever deletes us no longer listens.
    if (m_descriptor >= 0) {
        m_readNotifier->setEnabled(false);
        m_writeNotifier->setEnabled(false);
        ::close(m_descriptor);
    }
}

qint64 DescriptorTransport::read(char *data, qint64 maxSize)
{
    if (m_descriptor < 0)
        return -1;
    if (m_held || maxSize <= 0)
        return 0;
    if (!m_early.isEmpty()) {
        const qint64 taken = std::min<qint64>(maxSize, m_early.size());
        std::copy_n(m_early.constData(), taken, data);
        m_early.remove(0, taken);
        return taken;
    }
    for (;;) {
        const ssize_t got = ::read(m_descriptor, data, size_t(maxSize));
        if (got > 0)
            return got;
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return 0;
        // The end of the stream, or a reset: the connection is gone.
        closeDescriptor();
        return -1;
    }
}

void DescriptorTransport::write(const char *data, qint64 size)
{
    if (!isConnected() || size <= 0)
        return;
    // They wait for the write notifier (or flush()), as with QTcpSocket: replies made in one
    // pass over a client's messages pile up here, where BackPressure sees them, rather than in
    // the kernel's buffers.
    m_unsent.append(data, size);
    m_writeNotifier->setEnabled(true);
}

void DescriptorTransport::writeNow(const char *data, qint64 size)
{
    if (!isConnected() || size <= 0)
        return;
    if (bytesToWrite() > 0) {
        // Behind what waits: in its turn.
        m_unsent.append(data, size);
        sendUnsent();
        return;
    }
    // Straight from the caller's bytes: neither the buffer nor the write notifier is touched
    // unless the kernel leaves some.
    qint64 sent = 0;
    while (sent < size) {
        const ssize_t n
            = ::send(m_descriptor, data + sent, size_t(size - sent), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        closeDescriptor();
        return;
    }
    if (sent < size) {
        m_unsent.append(data + sent, size - sent);
        m_writeNotifier->setEnabled(true);
    }
}

void DescriptorTransport::flush()
{
    if (m_descriptor >= 0)
        sendUnsent();
}

bool DescriptorTransport::sendUnsent()
{
    while (bytesToWrite() > 0) {
        const ssize_t sent = ::send(m_descriptor, m_unsent.constData() + m_unsentOffset,
            size_t(bytesToWrite()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent > 0) {
            m_unsentOffset += sent;
            continue;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        closeDescriptor();
        return false;
    }
    if (bytesToWrite() == 0) {
        // A small buffer is kept for the next reply (clear() would give it back); one that a
        // large reply grew is not kept by an idle connection.
        if (m_unsent.capacity() > KeptUnsentBytes)
            m_unsent = QByteArray();
        else
            m_unsent.resize(0);
        m_unsentOffset = 0;
    } else if (m_unsentOffset >= CompactFromBytes) {
        m_unsent.remove(0, m_unsentOffset);
        m_unsentOffset = 0;
    }
    m_writeNotifier->setEnabled(bytesToWrite() > 0);
    if (m_closing && bytesToWrite() == 0)
        closeDescriptor();
    return true;
}

void DescriptorTransport::onWritable()
{
    const qint64 waiting = bytesToWrite();
    if (sendUnsent() && bytesToWrite() < waiting)
        Q_EMIT bytesWritten();
}

void DescriptorTransport::disconnectFromHost()
{
    if (m_descriptor < 0 || m_closing)
        return;
    m_closing = true;
    m_readNotifier->setEnabled(false);
    if (bytesToWrite() == 0)
        closeDescriptor();
}

void DescriptorTransport::abort()
{
    m_unsent.clear();
    m_unsentOffset = 0;
    closeDescriptor();
}

void DescriptorTransport::holdReading(qint64)
{
    // Nothing is read while held, so nothing is buffered here: the kernel keeps it.
    m_held = true;
    if (m_descriptor >= 0)
        m_readNotifier->setEnabled(false);
}

void DescriptorTransport::releaseReading()
{
    if (!m_held)
        return;
    m_held = false;
    if (m_descriptor >= 0 && !m_closing)
        m_readNotifier->setEnabled(true);
    // Bytes taken before the hold and not yet read are not announced by the notifier.
    if (!m_early.isEmpty())
        notifyReadyReadLater();
}

void DescriptorTransport::setReceiveBufferSize(int bytes)
{
    if (m_descriptor >= 0)
        (void)::setsockopt(m_descriptor, SOL_SOCKET, SO_RCVBUF, &bytes, sizeof bytes);
}

void DescriptorTransport::closeDescriptor()
{
    if (m_descriptor < 0)
        return;
    // The notifiers go first: once closed, the number can belong to another socket.
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    ::close(m_descriptor);
    m_descriptor = -1;
    m_closing = false;
    // On the next turn: this may run inside a write of the very code that would handle it.
    QMetaObject::invokeMethod(this, &ClientTransport::disconnected, Qt::QueuedConnection);
}
