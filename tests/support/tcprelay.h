#pragma once

#include <memory>
#include <sys/socket.h>
#include <vector>

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

/// A network between a client and a server that a test can cut: a loopback TCP relay that
/// forwards every connection it accepts to the server's port, byte for byte both ways. cut()
/// resets every relayed connection at once (RST both ways, as a link that dies does) and stops
/// accepting, so that reconnecting is refused; restore() listens again on the same port.
class TcpRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpRelay)

public:
    explicit TcpRelay(quint16 targetPort, QObject *parent = nullptr)
        : QObject(parent), m_targetPort(targetPort)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &TcpRelay::accept);
    }

    /// Listens on loopback: a free port the first time, the same one after a cut.
    bool listen() { return m_listener.listen(QHostAddress::LocalHost, m_port) && remember(); }
    quint16 port() const { return m_port; }
    /// Connections relayed since the start.
    int accepted() const { return m_accepted; }

    void cut()
    {
        m_listener.close();
        for (const Pair &pair : m_pairs) {
            for (QTcpSocket *socket : { pair.client.data(), pair.server.data() }) {
                if (!socket)
                    continue;
                // SO_LINGER 0: close() sends RST, not FIN; nothing more is read or written.
                const linger hard { 1, 0 };
                ::setsockopt(
                    int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
                socket->abort();
                socket->deleteLater();
            }
        }
        m_pairs.clear();
    }

    bool restore() { return listen(); }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
    };

    bool remember()
    {
        m_port = m_listener.serverPort();
        return true;
    }

    void accept()
    {
        while (QTcpSocket *client = m_listener.nextPendingConnection()) {
            ++m_accepted;
            auto *server = new QTcpSocket(this);
            client->setParent(this);
            // What the client sends before the server's side is connected waits in its socket.
            connect(client, &QTcpSocket::readyRead, server, [client, server] {
                if (server->state() == QAbstractSocket::ConnectedState)
                    server->write(client->readAll());
            });
            connect(server, &QTcpSocket::connected, client,
                [client, server] { server->write(client->readAll()); });
            connect(server, &QTcpSocket::readyRead, client,
                [client, server] { client->write(server->readAll()); });
            // A side that closes closes the other once its bytes are written.
            connect(client, &QTcpSocket::disconnected, server,
                [server] { server->disconnectFromHost(); });
            connect(server, &QTcpSocket::disconnected, client,
                [client] { client->disconnectFromHost(); });
            server->connectToHost(QHostAddress::LocalHost, m_targetPort);
            m_pairs.push_back({ client, server });
        }
    }

    const quint16 m_targetPort;
    quint16 m_port = 0;
    QTcpServer m_listener;
    std::vector<Pair> m_pairs;
    int m_accepted = 0;
};
