#include "serverwebsocket.h"

#include <array>

#include <QTimer>

namespace {

using Opcode = WebSocketFrameReader::Opcode;

constexpr quint8 FinalBit = 0x80;
constexpr qsizetype MaxControlPayload = 125;
// Frames up to this size are written in one piece.
constexpr size_t SmallFrameBytes = 1024;

// What one pass takes from the transport at a time. The reader copies the payload out, so one
// buffer serves every connection of the thread.
constexpr qsizetype ReadBytes = 64 * 1024;

char *readBuffer()
{
    thread_local std::array<char, ReadBytes> buffer;
    return buffer.data();
}

} // namespace

ServerWebSocket::ServerWebSocket(
    ClientTransport *transport, qint64 maxMessageBytes, QObject *parent)
    : QObject(parent), m_transport(transport), m_reader(maxMessageBytes)
{
    transport->setParent(this);
    transport->setReadyReadHandler([this] { readPending(); });
    connect(transport, &ClientTransport::disconnected, this, &ServerWebSocket::disconnected);
    // What came behind the handshake, once the caller listens.
    QMetaObject::invokeMethod(this, &ServerWebSocket::readPending, Qt::QueuedConnection);
}

ServerWebSocket::~ServerWebSocket()
{
    // The transport is a child, deleted after this object's part of the destruction.
    if (m_transport)
        m_transport->setReadyReadHandler({});
}

bool ServerWebSocket::isConnected() const
{
    return m_transport && m_transport->isConnected();
}

QHostAddress ServerWebSocket::peerAddress() const
{
    return m_transport ? m_transport->peerAddress() : QHostAddress();
}

quint16 ServerWebSocket::peerPort() const
{
    return m_transport ? m_transport->peerPort() : 0;
}

qint64 ServerWebSocket::bytesToWrite() const
{
    return m_transport ? m_transport->bytesToWrite() : 0;
}

void ServerWebSocket::sendTextMessage(QByteArrayView utf8)
{
    if (!m_closeSent && !m_source)
        writeFrame(Opcode::Text, utf8);
}

void ServerWebSocket::sendTextMessage(const QString &text)
{
    sendTextMessage(QByteArrayView(text.toUtf8()));
}

void ServerWebSocket::sendTextMessageNow(QByteArrayView utf8)
{
    if (!m_closeSent && !m_source)
        writeFrame(Opcode::Text, utf8, Delivery::Now);
}

void ServerWebSocket::flush()
{
    if (isConnected())
        m_transport->flush();
}

void ServerWebSocket::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    // Reading goes on, for the client's close frame; its messages are dropped from here on.
    if (m_closeSent || !isConnected())
        return;
    if (m_source) {
        m_closeSent = true;
        m_transport->disconnectFromHost();
        return;
    }
    // The reason must fit the frame with the code; cut it on a character boundary.
    QByteArray utf8 = reason.toUtf8();
    for (qsizetype keep = reason.size(); utf8.size() > MaxControlPayload - 2 && keep > 0;)
        utf8 = reason.left(--keep).toUtf8();
    sendClose(quint16(code), utf8);
    if (m_closeReceived) {
        m_transport->disconnectFromHost();
        return;
    }
    QTimer::singleShot(CloseTimeoutMs, this, [this] {
        if (m_transport)
            m_transport->abort();
    });
}

void ServerWebSocket::abort()
{
    m_reader.stop();
    if (m_transport)
        m_transport->abort();
}

void ServerWebSocket::readPending()
{
    // A message's handler may abort, or hold reading (BackPressure): then read() gives nothing.
    // Once the reader has stopped (a close frame or an error), what still comes is read and
    // dropped, so that it does not pile up in a buffer.
    while (m_transport) {
        const qint64 got = m_transport->read(readBuffer(), ReadBytes);
        if (got <= 0)
            return;
        if (m_source) {
            if (!m_closeSent)
                deliverBinary(QByteArray::fromRawData(readBuffer(), got));
        } else if (!m_reader.isStopped())
            m_reader.readInPlace(readBuffer(), got, *this);
        // Less than asked for: that was all. The next ready-read call says when more comes, which
        // spares the read that would only find nothing.
        if (got < ReadBytes)
            return;
    }
}

void ServerWebSocket::onTextMessage(const QByteArray &utf8)
{
    if (!m_closeSent)
        Q_EMIT textMessageReceived(QString::fromUtf8(utf8));
}

void ServerWebSocket::onBinaryMessage(const QByteArray &data)
{
    if (!m_closeSent)
        deliverBinary(data);
}

void ServerWebSocket::onPing(QByteArrayView payload)
{
    if (!m_closeSent)
        writeFrame(Opcode::Pong, payload);
}

void ServerWebSocket::onClose(quint16 code, QByteArrayView reason)
{
    m_closeReceived = true;
    if (!m_closeSent) {
        // The client's code is answered as it came (none, when it gave none).
        if (code == quint16(QWebSocketProtocol::CloseCodeMissingStatusCode))
            writeFrame(Opcode::Close, {});
        else
            sendClose(code, reason);
        m_closeSent = true;
    }
    if (isConnected())
        m_transport->disconnectFromHost();
}

void ServerWebSocket::onProtocolError(QWebSocketProtocol::CloseCode code, const QString &why)
{
    Q_EMIT protocolError(code, why);
    // Failing the connection (RFC 6455, 7.1.7): the close frame, and then the connection goes
    // without waiting for the client's answer, which the stopped reader would not see.
    close(code, why);
    if (isConnected())
        m_transport->disconnectFromHost();
}

void ServerWebSocket::sendClose(quint16 code, QByteArrayView reason)
{
    std::array<char, MaxControlPayload> payload {};
    payload[0] = char(code >> 8);
    payload[1] = char(code & 0xFF);
    const qsizetype reasonBytes = std::min<qsizetype>(reason.size(), MaxControlPayload - 2);
    std::copy_n(reason.data(), reasonBytes, payload.data() + 2);
    writeFrame(Opcode::Close, QByteArrayView(payload.data(), 2 + reasonBytes));
    m_closeSent = true;
}

void ServerWebSocket::writeFrame(
    WebSocketFrameReader::Opcode opcode, QByteArrayView payload, Delivery delivery)
{
    if (!isConnected())
        return;
    // A server's frames are not masked: the header is 2, 4 or 10 bytes.
    std::array<char, 10> header {};
    header[0] = char(FinalBit | quint8(opcode));
    qsizetype headerBytes = 2;
    const quint64 size = quint64(payload.size());
    if (size < 126) {
        header[1] = char(size);
    } else if (size <= 0xFFFF) {
        header[1] = char(126);
        header[2] = char(size >> 8);
        header[3] = char(size);
        headerBytes = 4;
    } else {
        header[1] = char(127);
        for (int i = 0; i < 8; ++i)
            header[2 + i] = char(size >> (56 - 8 * i));
        headerBytes = 10;
    }
    // A small frame (an ack, a reply) goes in one write, so that a plain connection sends it with
    // one system call; a large one is not copied for that.
    if (headerBytes + payload.size() <= qsizetype(SmallFrameBytes)) {
        std::array<char, SmallFrameBytes> frame;
        std::copy_n(header.data(), headerBytes, frame.data());
        std::copy_n(payload.data(), payload.size(), frame.data() + headerBytes);
        if (delivery == Delivery::Now)
            m_transport->writeNow(frame.data(), headerBytes + payload.size());
        else
            m_transport->write(frame.data(), headerBytes + payload.size());
        return;
    }
    m_transport->write(header.data(), headerBytes);
    m_transport->write(payload.data(), payload.size());
    if (delivery == Delivery::Now)
        m_transport->flush();
}

void ServerWebSocket::deliverBinary(const QByteArray &data)
{
    if (m_binaryMessageHandler)
        m_binaryMessageHandler(data);
}
