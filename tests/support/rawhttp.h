#pragma once

#include <QByteArray>
#include <QDebug>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

// One raw HTTP exchange with a server on this machine: sends `head` as it is, over TLS when a
// configuration is given, from the local address `from` when one is (127.0.0.2: another client
// on this machine), and returns all the server sent until it closed (empty when the connection
// or the handshake failed). Waits on the socket's state, never on a clock.
inline QByteArray rawHttpExchange(quint16 port, const QByteArray &head,
    const QSslConfiguration *tls = nullptr, const QHostAddress &from = QHostAddress())
{
    QSslSocket socket;
    if (!from.isNull() && !socket.bind(from)) {
        qWarning() << "cannot bind to" << from << socket.errorString();
        return {};
    }
    if (tls) {
        socket.setSslConfiguration(*tls);
        socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        // Not waitForEncrypted(): the server's listener may run on this thread's event loop.
        if (!QTest::qWaitFor(
                [&] {
                    return socket.isEncrypted()
                        || socket.state() == QAbstractSocket::UnconnectedState;
                },
                5000)
            || !socket.isEncrypted()) {
            qWarning() << "TLS failed:" << socket.errorString() << socket.sslHandshakeErrors();
            return {};
        }
    } else {
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return {};
    }
    socket.write(head);
    QByteArray response;
    (void)QTest::qWaitFor(
        [&] {
            response += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return response + socket.readAll();
}

// The status code of an HTTP response; 0 when there is none.
inline int statusCode(const QByteArray &response)
{
    return response.left(response.indexOf("\r\n")).split(' ').value(1).toInt();
}
