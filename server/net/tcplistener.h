#pragma once

#include <QTcpServer>

/// Accepts connections and hands each descriptor on, unwrapped: the socket object is made on
/// the worker thread that will own it (a QTcpSocket cannot change threads once it has notifiers).
class TcpListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpListener)

public:
    using QTcpServer::QTcpServer;

Q_SIGNALS:
    void descriptorAccepted(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override { Q_EMIT descriptorAccepted(descriptor); }
};
