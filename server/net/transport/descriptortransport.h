#pragma once

#include <QByteArray>

#include "clienttransport.h"

class QSocketNotifier;

/// A plain TCP connection read and written with the system calls themselves on its descriptor:
/// one read() per wake-up into the caller's buffer and one send() for what a turn of the event
/// loop wrote, with no buffer of Qt's in between (QTcpSocket asks the kernel how much is waiting
/// before every read, and copies everything through buffers of its own that each connection
/// keeps). What is written waits in this object until the socket is writable or flush().
class DescriptorTransport final : public ClientTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescriptorTransport)

public:
    /// Takes `descriptor` (connected, non-blocking) over; `early` are bytes already read from it,
    /// which read() gives first.
    DescriptorTransport(int descriptor, const QHostAddress &peerAddress, quint16 peerPort,
        QByteArray early, QObject *parent = nullptr);
    ~DescriptorTransport() override;

    qint64 read(char *data, qint64 maxSize) override;
    void write(const char *data, qint64 size) override;
    void flush() override;
    void writeNow(const char *data, qint64 size) override;
    qint64 bytesToWrite() const override { return m_unsent.size() - m_unsentOffset; }

    bool isConnected() const override { return m_descriptor >= 0 && !m_closing; }
    QHostAddress peerAddress() const override { return m_peerAddress; }
    quint16 peerPort() const override { return m_peerPort; }

    void disconnectFromHost() override;
    void abort() override;

    void holdReading(qint64 bufferBytes) override;
    void releaseReading() override;
    void setReceiveBufferSize(int bytes) override;

private:
    void onWritable();
    /// Sends what waits; false when the connection broke.
    bool sendUnsent();
    void closeDescriptor();

    int m_descriptor = -1;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QByteArray m_early;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    /// Replies the kernel has not taken yet, from m_unsentOffset on.
    QByteArray m_unsent;
    qsizetype m_unsentOffset = 0;
    bool m_held = false;
    bool m_closing = false;
};
