#include "websocketframereader.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace {

using CloseCode = QWebSocketProtocol::CloseCode;

constexpr quint8 FinalBit = 0x80;
constexpr quint8 ReservedBits = 0x70;
constexpr quint8 OpcodeBits = 0x0F;
constexpr quint8 MaskBit = 0x80;
constexpr quint8 LengthBits = 0x7F;
constexpr quint8 Length16 = 126;
constexpr quint8 Length64 = 127;
constexpr qsizetype MaxControlPayload = 125;

bool isControl(WebSocketFrameReader::Opcode opcode)
{
    return quint8(opcode) >= 0x8;
}

bool isKnown(quint8 opcode)
{
    return opcode <= 0x2 || (opcode >= 0x8 && opcode <= 0xA);
}

// The codes a close frame may carry (RFC 6455, section 7.4): the defined ones that an endpoint
// may send, and the ranges for libraries (3000-3999) and applications (4000-4999).
bool isValidCloseCode(quint16 code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011)
        || (code >= 3000 && code <= 4999);
}

} // namespace

WebSocketFrameReader::WebSocketFrameReader(qint64 maxMessageBytes)
    : m_maxMessageBytes(maxMessageBytes)
{ }

void WebSocketFrameReader::unmask(
    char *data, qsizetype size, const std::array<char, 4> &mask, int phase)
{
    // The mask as it lines up with data[0], repeated over a 64-bit word.
    std::array<char, 8> rotated {};
    for (int i = 0; i < 8; ++i)
        rotated[i] = mask[(phase + i) % 4];
    quint64 word = 0;
    std::memcpy(&word, rotated.data(), sizeof word);

    qsizetype at = 0;
    for (; at + 8 <= size; at += 8) {
        quint64 chunk = 0;
        std::memcpy(&chunk, data + at, sizeof chunk);
        chunk ^= word;
        std::memcpy(data + at, &chunk, sizeof chunk);
    }
    for (; at < size; ++at)
        data[at] = char(data[at] ^ rotated[at % 8]);
}

qsizetype WebSocketFrameReader::headerSize() const
{
    if (m_headerBytes < 2)
        return 2;
    const quint8 length = quint8(m_header[1]) & LengthBits;
    const qsizetype lengthBytes = length == Length16 ? 2 : length == Length64 ? 8 : 0;
    const qsizetype maskBytes = (quint8(m_header[1]) & MaskBit) ? 4 : 0;
    return 2 + lengthBytes + maskBytes;
}

void WebSocketFrameReader::read(QByteArrayView bytes, Receiver &receiver)
{
    readBytes(nullptr, bytes.data(), bytes.size(), receiver);
}

void WebSocketFrameReader::readInPlace(char *data, qsizetype size, Receiver &receiver)
{
    readBytes(data, data, size, receiver);
}

void WebSocketFrameReader::readBytes(
    char *writable, const char *data, qsizetype size, Receiver &receiver)
{
    const char *const begin = data;
    qsizetype left = size;
    while (left > 0 && !m_stopped) {
        if (!m_inPayload) {
            // The header comes in pieces too: gather it, then take the frame on.
            const qsizetype wanted = headerSize();
            const qsizetype taken = std::min(left, wanted - m_headerBytes);
            std::memcpy(m_header.data() + m_headerBytes, data, size_t(taken));
            m_headerBytes += taken;
            data += taken;
            left -= taken;
            if (m_headerBytes < headerSize())
                continue;
            if (!beginFrame(receiver))
                return;
            if (m_payloadLeft == 0)
                endFrame(receiver);
            continue;
        }

        // The usual case, an unfragmented message whose bytes are all here: unmasked where they
        // lie and handed on from there, without a copy or a buffer of this connection's.
        if (writable && !isControl(m_opcode) && m_final && m_opcode != Opcode::Continuation
            && m_payloadRead == 0 && m_payloadLeft <= quint64(left)) {
            char *payload = writable + (data - begin);
            const qsizetype length = qsizetype(m_payloadLeft);
            unmask(payload, length, m_mask, 0);
            m_payloadRead = quint64(length);
            m_payloadLeft = 0;
            data += length;
            left -= length;
            m_inPayload = false;
            deliver(QByteArray::fromRawData(payload, length), receiver);
            continue;
        }

        const qsizetype taken = qsizetype(std::min<quint64>(quint64(left), m_payloadLeft));
        char *target = nullptr;
        if (isControl(m_opcode)) {
            target = m_control.data() + m_payloadRead;
        } else {
            const qsizetype at = m_message.size();
            if (at == 0) {
                // Room for what this frame announces, but not on its word alone: many
                // connections announcing large frames must not take the memory before sending.
                m_message.reserve(qsizetype(
                    std::min<quint64>(m_payloadRead + m_payloadLeft, ReservedMessageBytes)));
            }
            m_message.resize(at + taken);
            target = m_message.data() + at;
        }
        std::memcpy(target, data, size_t(taken));
        unmask(target, taken, m_mask, int(m_payloadRead % 4));
        m_payloadRead += quint64(taken);
        m_payloadLeft -= quint64(taken);
        data += taken;
        left -= taken;
        if (m_payloadLeft == 0)
            endFrame(receiver);
    }
}

bool WebSocketFrameReader::beginFrame(Receiver &receiver)
{
    const quint8 first = quint8(m_header[0]);
    const quint8 second = quint8(m_header[1]);
    m_headerBytes = 0;

    if (first & ReservedBits) {
        fail(receiver, CloseCode::CloseCodeProtocolError,
            QStringLiteral("A frame has reserved bits set, but no extension was agreed."));
        return false;
    }
    const quint8 opcode = first & OpcodeBits;
    if (!isKnown(opcode)) {
        fail(receiver, CloseCode::CloseCodeProtocolError,
            QStringLiteral("A frame has the unknown opcode %1.").arg(opcode));
        return false;
    }
    if (!(second & MaskBit)) {
        fail(receiver, CloseCode::CloseCodeProtocolError,
            QStringLiteral("A client's frame must be masked."));
        return false;
    }

    quint64 length = second & LengthBits;
    qsizetype at = 2;
    if (length == Length16 || length == Length64) {
        const int lengthBytes = length == Length16 ? 2 : 8;
        length = 0;
        for (int i = 0; i < lengthBytes; ++i)
            length = (length << 8) | quint8(m_header[at++]);
        if (length >> 63) {
            fail(receiver, CloseCode::CloseCodeProtocolError,
                QStringLiteral("A frame's length has its most significant bit set."));
            return false;
        }
    }
    std::memcpy(m_mask.data(), m_header.data() + at, m_mask.size());

    m_opcode = Opcode(opcode);
    m_final = first & FinalBit;
    m_payloadLeft = length;
    m_payloadRead = 0;
    m_inPayload = length > 0;

    if (isControl(m_opcode)) {
        if (!m_final || length > quint64(MaxControlPayload)) {
            fail(receiver, CloseCode::CloseCodeProtocolError,
                QStringLiteral("A control frame must be whole and at most 125 bytes."));
            return false;
        }
        return true;
    }
    if (m_opcode == Opcode::Continuation && !m_inMessage) {
        fail(receiver, CloseCode::CloseCodeProtocolError,
            QStringLiteral("A continuation frame came without a message to continue."));
        return false;
    }
    if (m_opcode != Opcode::Continuation && m_inMessage) {
        fail(receiver, CloseCode::CloseCodeProtocolError,
            QStringLiteral("A new message began before the last one ended."));
        return false;
    }
    const quint64 messageBytes = quint64(m_inMessage ? m_message.size() : 0) + length;
    if (messageBytes > quint64(m_maxMessageBytes)) {
        fail(receiver, CloseCode::CloseCodeTooMuchData,
            QStringLiteral("A message is larger than %1 bytes.").arg(m_maxMessageBytes));
        return false;
    }
    if (m_opcode != Opcode::Continuation) {
        m_messageOpcode = m_opcode;
        m_inMessage = true;
    }
    return true;
}

void WebSocketFrameReader::endFrame(Receiver &receiver)
{
    m_inPayload = false;
    const QByteArrayView control(m_control.data(), qsizetype(m_payloadRead));
    switch (m_opcode) {
    case Opcode::Ping:
        receiver.onPing(control);
        return;
    case Opcode::Pong:
        return;
    case Opcode::Close: {
        if (control.size() == 1) {
            fail(receiver, CloseCode::CloseCodeProtocolError,
                QStringLiteral("A close frame's code must have two bytes."));
            return;
        }
        if (control.isEmpty()) {
            m_stopped = true;
            receiver.onClose(quint16(CloseCode::CloseCodeMissingStatusCode), {});
            return;
        }
        const quint16 code = quint16((quint8(control[0]) << 8) | quint8(control[1]));
        const QByteArrayView reason = control.sliced(2);
        if (!isValidCloseCode(code)) {
            fail(receiver, CloseCode::CloseCodeProtocolError,
                QStringLiteral("A close frame has the invalid code %1.").arg(code));
            return;
        }
        if (!reason.isValidUtf8()) {
            fail(receiver, CloseCode::CloseCodeWrongDatatype,
                QStringLiteral("A close frame's reason is not UTF-8."));
            return;
        }
        m_stopped = true;
        receiver.onClose(code, reason);
        return;
    }
    case Opcode::Continuation:
    case Opcode::Text:
    case Opcode::Binary:
        break;
    }

    if (!m_final)
        return;
    // Gathered over frames or reads, which is rare: the buffer goes with the message, so that an
    // idle connection holds none.
    const QByteArray message = std::exchange(m_message, QByteArray());
    deliver(message, receiver);
}

void WebSocketFrameReader::deliver(const QByteArray &message, Receiver &receiver)
{
    m_inMessage = false;
    if (m_messageOpcode == Opcode::Text) {
        if (!message.isValidUtf8()) {
            fail(receiver, CloseCode::CloseCodeWrongDatatype,
                QStringLiteral("A text message is not UTF-8."));
            return;
        }
        receiver.onTextMessage(message);
    } else {
        receiver.onBinaryMessage(message);
    }
}

void WebSocketFrameReader::fail(
    Receiver &receiver, QWebSocketProtocol::CloseCode code, const QString &why)
{
    m_stopped = true;
    receiver.onProtocolError(code, why);
}
