#pragma once

#include <QPointer>
#include <QTcpSocket>

#include "clienttransport.h"

/// A connection through a QTcpSocket: the TLS ones, whose QSslSocket decrypts what it reads.
/// Reading is held below the socket: its signals are blocked and its read buffer is bounded (Qt
/// stops taking bytes from the kernel once it is full).
class QtSocketTransport final : public ClientTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtSocketTransport)

public:
    /// Takes `socket` over as a child.
    explicit QtSocketTransport(QTcpSocket *socket, QObject *parent = nullptr);
    ~QtSocketTransport() override;

    qint64 read(char *data, qint64 maxSize) override;
    void write(const char *data, qint64 size) override;
    void flush() override;
    qint64 bytesToWrite() const override;

    bool isConnected() const override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;

    void disconnectFromHost() override;
    void abort() override;

    void holdReading(qint64 bufferBytes) override;
    void releaseReading() override;
    void setReceiveBufferSize(int bytes) override;

private:
    QPointer<QTcpSocket> m_socket;
    bool m_held = false;
};
