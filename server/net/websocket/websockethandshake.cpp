#include "websockethandshake.h"

#include <QCryptographicHash>

#include "net/httprequest.h"

namespace {

// RFC 6455, section 1.3: appended to the client's key before hashing.
constexpr char AcceptGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
constexpr char Version[] = "13";
constexpr qsizetype KeyBytes = 16;

bool hasToken(const QByteArray &header, const QByteArray &token)
{
    const QList<QByteArray> parts = header.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().toLower() == token)
            return true;
    }
    return false;
}

QByteArray refusal(
    int status, const char *reason, const QByteArray &extraHeaders, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n"
        + body;
}

} // namespace

QByteArray WebSocketHandshake::acceptKey(const QByteArray &key)
{
    return QCryptographicHash::hash(QByteArray(key + AcceptGuid), QCryptographicHash::Sha1)
        .toBase64();
}

WebSocketHandshake::Response WebSocketHandshake::respond(const HttpRequest &request)
{
    if (request.header("sec-websocket-version").trimmed() != Version)
        return { false,
            refusal(426, "Upgrade Required", "Sec-WebSocket-Version: 13\r\n",
                "This server speaks WebSocket version 13.\n") };

    const QByteArray key = request.header("sec-websocket-key").trimmed();
    const auto decoded
        = QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
    const bool upgrade = request.method == "GET" && hasToken(request.header("upgrade"), "websocket")
        && hasToken(request.header("connection"), "upgrade");
    if (!upgrade || !decoded || decoded.decoded.size() != KeyBytes)
        return { false,
            refusal(400, "Bad Request", {},
                "A WebSocket upgrade needs GET, Upgrade: websocket, Connection: Upgrade and a "
                "16-byte Sec-WebSocket-Key.\n") };

    return { true,
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Accept: "
            + acceptKey(key) + "\r\nServer: Earshot\r\n\r\n" };
}
