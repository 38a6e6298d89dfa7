#pragma once

#include <functional>

#include <QHostAddress>
#include <QObject>

/// The byte stream a client's WebSocket runs on once the handshake is done: its plain TCP
/// connection (DescriptorTransport) or its TLS one (QtSocketTransport). Lives on its worker's
/// thread.
class ClientTransport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientTransport)

public:
    using QObject::QObject;

    /// Bytes the client sent, up to `maxSize`: 0 when none are waiting, -1 once the connection
    /// is gone.
    virtual qint64 read(char *data, qint64 maxSize) = 0;
    /// Queues bytes for the client; what the operating system does not take at once waits here.
    virtual void write(const char *data, qint64 size) = 0;
    /// Hands what waits to the operating system now, as far as it takes it.
    virtual void flush() = 0;
    /// Writes and hands to the operating system at once: for the reply of every turn (the ack),
    /// which should cost one system call and nothing more.
    virtual void writeNow(const char *data, qint64 size)
    {
        write(data, size);
        flush();
    }
    /// Bytes written but not yet taken by the operating system.
    virtual qint64 bytesToWrite() const = 0;

    virtual bool isConnected() const = 0;
    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;

    /// Closes once what waits is written.
    virtual void disconnectFromHost() = 0;
    /// Closes at once; what waits is dropped.
    virtual void abort() = 0;

    /// Called whenever bytes are waiting to be read (or the end of the connection is). A
    /// function rather than a signal: it runs for every chunk of every connection, and a signal
    /// costs a pass through QMetaObject::activate each time. One reader: the WebSocket above.
    void setReadyReadHandler(std::function<void()> handler) { m_readyRead = std::move(handler); }

    /// While held, nothing is read and the ready-read handler is not called: what the client
    /// sends waits in the operating system (and in the transport's own buffer, within
    /// `bufferBytes`). On release, the handler is called again if anything waits.
    virtual void holdReading(qint64 bufferBytes) = 0;
    virtual void releaseReading() = 0;
    /// The operating system's receive buffer for the connection.
    virtual void setReceiveBufferSize(int bytes) = 0;

Q_SIGNALS:
    /// Bytes that waited were taken by the operating system.
    void bytesWritten();
    /// The connection is gone; emitted once.
    void disconnected();

protected:
    void notifyReadyRead()
    {
        if (m_readyRead)
            m_readyRead();
    }
    /// On the next turn of the event loop: for bytes that wait where no notifier announces them.
    void notifyReadyReadLater()
    {
        QMetaObject::invokeMethod(
            this, [this] { notifyReadyRead(); }, Qt::QueuedConnection);
    }

private:
    std::function<void()> m_readyRead;
};
