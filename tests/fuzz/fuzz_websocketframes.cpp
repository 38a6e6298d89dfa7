// The WebSocket frame reader (server/net/websocket/websocketframereader.*) fed any bytes: what a
// client on the LAN controls before anything else looks at its stream. The input is a limit, a
// way to cut the stream into pieces, and the stream. Read whole with read() (which copies) and
// in those pieces with readInPlace() (which hands on views of what it unmasks where it lies),
// it must give the same calls; and whatever it gives must hold: every message within the limit,
// every text and close reason UTF-8, a close code a client may send, a protocol error with a code
// of RFC 6455's, and nothing at all after a close or an error.

#include <cstring>

#include <QByteArray>
#include <QList>
#include <QtEndian>

#include "fuzzcheck.h"
#include "net/websocket/websocketframereader.h"

namespace {

using CloseCode = QWebSocketProtocol::CloseCode;

bool isClientCloseCode(quint16 code)
{
    return code == quint16(CloseCode::CloseCodeMissingStatusCode) || (code >= 1000 && code <= 1003)
        || (code >= 1007 && code <= 1011) || (code >= 3000 && code <= 4999);
}

class CheckingReceiver final : public WebSocketFrameReader::Receiver
{
public:
    explicit CheckingReceiver(qint64 maxMessageBytes) : m_maxMessageBytes(maxMessageBytes) { }

    /// One line per call, to compare two readings.
    QList<QByteArray> calls;

    void onTextMessage(const QByteArray &utf8) override
    {
        FUZZ_CHECK(!m_ended);
        FUZZ_CHECK(utf8.size() <= m_maxMessageBytes);
        FUZZ_CHECK(utf8.isValidUtf8());
        calls.append("text " + utf8);
    }
    void onBinaryMessage(const QByteArray &data) override
    {
        FUZZ_CHECK(!m_ended);
        FUZZ_CHECK(data.size() <= m_maxMessageBytes);
        calls.append("binary " + data);
    }
    void onPing(QByteArrayView payload) override
    {
        FUZZ_CHECK(!m_ended);
        FUZZ_CHECK(payload.size() <= 125);
        calls.append("ping " + payload.toByteArray());
    }
    void onClose(quint16 code, QByteArrayView reason) override
    {
        FUZZ_CHECK(!m_ended);
        FUZZ_CHECK(isClientCloseCode(code));
        FUZZ_CHECK(reason.size() <= 123);
        FUZZ_CHECK(reason.isValidUtf8());
        m_ended = true;
        calls.append("close " + QByteArray::number(code) + ' ' + reason.toByteArray());
    }
    void onProtocolError(CloseCode code, const QString &why) override
    {
        FUZZ_CHECK(!m_ended);
        FUZZ_CHECK(code == CloseCode::CloseCodeProtocolError
            || code == CloseCode::CloseCodeWrongDatatype
            || code == CloseCode::CloseCodeTooMuchData);
        FUZZ_CHECK(!why.isEmpty());
        m_ended = true;
        calls.append("error " + QByteArray::number(int(code)));
    }

private:
    qint64 m_maxMessageBytes;
    bool m_ended = false;
};

// The word-wise unmask against the byte-wise definition (RFC 6455, section 5.3).
void checkUnmask(const QByteArray &bytes, const std::array<char, 4> &mask, int phase)
{
    QByteArray fast = bytes;
    WebSocketFrameReader::unmask(fast.data(), fast.size(), mask, phase);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        FUZZ_CHECK(fast.at(i) == char(bytes.at(i) ^ mask[(phase + i) % 4]));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The limit (4 bytes, little-endian, modulo 70001), the pieces' seed (4 bytes), the stream.
    if (size < 8)
        return 0;
    quint32 limit = 0;
    quint32 pieceSeed = 0;
    std::memcpy(&limit, data, 4);
    std::memcpy(&pieceSeed, data + 4, 4);
    const qint64 maxMessageBytes = qint64(qFromLittleEndian(limit) % 70001);
    pieceSeed = qFromLittleEndian(pieceSeed);
    const QByteArray stream(reinterpret_cast<const char *>(data) + 8, qsizetype(size - 8));

    WebSocketFrameReader whole(maxMessageBytes);
    CheckingReceiver wholeCalls(maxMessageBytes);
    whole.read(stream, wholeCalls);

    // The same bytes in pieces of 1 to 4096, unmasked in place as the server reads them (a small
    // generator cuts them, so that the cuts depend on the input without spending its bytes).
    WebSocketFrameReader pieces(maxMessageBytes);
    CheckingReceiver piecesCalls(maxMessageBytes);
    QByteArray writable = stream;
    quint32 state = pieceSeed | 1;
    for (qsizetype at = 0; at < writable.size();) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const qsizetype limit = (state & 0x100) ? 4096 : 64;
        const qsizetype length = std::min<qsizetype>(1 + state % limit, writable.size() - at);
        pieces.readInPlace(writable.data() + at, length, piecesCalls);
        at += length;
    }
    FUZZ_CHECK(wholeCalls.calls == piecesCalls.calls);
    FUZZ_CHECK(whole.isStopped() == pieces.isStopped());

    const std::array<char, 4> mask { char(pieceSeed), char(pieceSeed >> 8), char(pieceSeed >> 16),
        char(pieceSeed >> 24) };
    checkUnmask(stream.left(200), mask, int(pieceSeed % 4));
    return 0;
}
