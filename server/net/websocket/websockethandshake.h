#pragma once

#include <QByteArray>

struct HttpRequest;

/// The server's side of the opening handshake (RFC 6455, section 4.2): whether a request may
/// become a WebSocket, and the response that says so. Earshot agrees no subprotocol and no
/// extension (a browser's offer of permessage-deflate is declined by not answering it).
class WebSocketHandshake final
{
public:
    /// The response to send: 101 Switching Protocols, or the refusal when the request is not a
    /// version 13 upgrade with a valid key (400 Bad Request, or 426 Upgrade Required naming the
    /// version this server speaks).
    struct Response
    {
        bool accepted = false;
        QByteArray bytes;
    };

    static Response respond(const HttpRequest &request);
    /// Sec-WebSocket-Accept for a client's Sec-WebSocket-Key.
    static QByteArray acceptKey(const QByteArray &key);
};
