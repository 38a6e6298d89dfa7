#include "clienthandshake.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr char acceptGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
constexpr int keyBytes = 16;
constexpr int defaultWsPort = 80;

// The value of the header called name (lower case) in a response head, or a null array.
QByteArray headerValue(QByteArrayView head, QByteArrayView name)
{
    qsizetype line = head.indexOf("\r\n");
    while (line >= 0 && line + 2 < head.size()) {
        const qsizetype start = line + 2;
        line = head.indexOf("\r\n", start);
        const QByteArrayView text = head.sliced(start, (line < 0 ? head.size() : line) - start);
        const qsizetype colon = text.indexOf(':');
        if (colon == name.size() && text.first(colon).compare(name, Qt::CaseInsensitive) == 0)
            return text.sliced(colon + 1).trimmed().toByteArray();
    }
    return {};
}

bool hasToken(const QByteArray &header, QByteArrayView token)
{
    const QList<QByteArray> parts = header.split(',');
    for (const QByteArray &part : parts) {
        if (QByteArrayView(part).trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

ClientHandshake::ClientHandshake(const QUrl &url)
{
    QByteArray random(keyBytes, Qt::Uninitialized);
    for (char &byte : random)
        byte = char(QRandomGenerator::global()->bounded(256));
    m_key = random.toBase64();

    // The Host header with its port, an IPv6 address in brackets, as QWebSocket writes it: Earshot
    // checks it against its own names (server/net/accesspolicy.cpp).
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const QByteArray authority = host.toUtf8() + ':' + QByteArray::number(url.port(defaultWsPort));
    QByteArray resource = url.path(QUrl::FullyEncoded).toUtf8();
    if (resource.isEmpty())
        resource = "/";
    if (url.hasQuery())
        resource += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    m_request = "GET " + resource + " HTTP/1.1\r\nHost: " + authority
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + m_key
        + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
}

QString ClientHandshake::check(QByteArrayView head) const
{
    const qsizetype statusEnd = head.indexOf("\r\n");
    const QByteArrayView status = head.first(statusEnd < 0 ? head.size() : statusEnd);
    if (!status.startsWith("HTTP/1.1 101"))
        return u"the server answered \"%1\""_s.arg(
            QString::fromUtf8(status.first(std::min<qsizetype>(status.size(), 200))));
    if (!hasToken(headerValue(head, "upgrade"), "websocket")
        || !hasToken(headerValue(head, "connection"), "upgrade"))
        return u"the 101 answer lacks \"Upgrade: websocket\" or \"Connection: Upgrade\""_s;
    if (headerValue(head, "sec-websocket-accept") != acceptFor(m_key))
        return u"the server's Sec-WebSocket-Accept does not match the key sent"_s;
    return {};
}

QByteArray ClientHandshake::acceptFor(QByteArrayView key)
{
    const QByteArray input = key.toByteArray() + acceptGuid;
    return QCryptographicHash::hash(input, QCryptographicHash::Sha1).toBase64();
}
