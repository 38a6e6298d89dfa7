#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QUrl;

// The client's side of the WebSocket opening handshake (RFC 6455, 4.1): the upgrade request with
// a fresh Sec-WebSocket-Key, and the check of the server's answer (101, Upgrade, Connection, and
// the Sec-WebSocket-Accept that this key calls for). No Origin, no subprotocol, no extension: the
// bench is no browser, and the servers it drives agree on none.
class ClientHandshake final
{
public:
    explicit ClientHandshake(const QUrl &url);

    const QByteArray &request() const { return m_request; }
    // head: the server's answer up to and with its blank line. Empty when it accepts the upgrade,
    // else why not.
    QString check(QByteArrayView head) const;

    // base64(SHA-1(key + the protocol's GUID)).
    static QByteArray acceptFor(QByteArrayView key);

private:
    QByteArray m_key; // base64 of 16 random bytes
    QByteArray m_request;
};
