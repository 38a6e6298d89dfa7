#pragma once

#include <array>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QWebSocketProtocol>

/// Reads what a client sends on a WebSocket (RFC 6455, section 5) out of the bytes of its
/// connection, as they arrive in pieces of any size, and hands on whole messages and control
/// frames. A server's reader: every frame must be masked. No extension is ever agreed, so the
/// reserved bits must be clear.
///
/// The payload is unmasked a machine word at a time. A message that comes whole within one
/// readInPlace() (an audio chunk, nearly always) is unmasked where it lies and handed on from
/// there: no copy, no allocation, and no buffer kept per connection. Only a message fragmented
/// or cut across reads is gathered, in a buffer that goes once it is handed on.
///
/// A violation of the protocol (an unmasked frame, an unknown opcode, a fragmented control frame,
/// a message over the limit, a text that is not UTF-8, a malformed close) is reported once, with
/// the close code that RFC 6455 gives it; the reader then takes nothing more.
class WebSocketFrameReader final
{
public:
    enum class Opcode : quint8
    {
        Continuation = 0x0,
        Text = 0x1,
        Binary = 0x2,
        Close = 0x8,
        Ping = 0x9,
        Pong = 0xA,
    };

    /// What the reader hands on. The views and references are valid during the call only.
    class Receiver
    {
    public:
        virtual ~Receiver() = default;
        /// A whole text message, checked to be UTF-8.
        virtual void onTextMessage(const QByteArray &utf8) = 0;
        virtual void onBinaryMessage(const QByteArray &data) = 0;
        virtual void onPing(QByteArrayView payload) = 0;
        /// The client's close frame: its code (1005, CloseCodeMissingStatusCode, when it gave
        /// none) and reason (UTF-8). A number, not a CloseCode: a client may send codes of its
        /// own (3000-4999), which the enumeration cannot hold. Nothing is read after it.
        virtual void onClose(quint16 code, QByteArrayView reason) = 0;
        /// The client broke the protocol: close with `code`; `why` is for the log and the close
        /// frame. Nothing is read after it.
        virtual void onProtocolError(QWebSocketProtocol::CloseCode code, const QString &why) = 0;
    };

    /// The largest message (all of its frames) a client may send; a larger one is refused with
    /// CloseCodeTooMuchData as soon as a frame header announces it.
    explicit WebSocketFrameReader(qint64 maxMessageBytes);

    /// Takes in the next bytes of the connection and calls `receiver` for everything they
    /// complete. The receiver may call stop() from any of its calls, e.g. when it closes the
    /// connection; read() then returns at once.
    void read(QByteArrayView bytes, Receiver &receiver);
    /// The same, allowed to unmask `data` where it lies and to hand on views into it.
    void readInPlace(char *data, qsizetype size, Receiver &receiver);
    /// Takes nothing more, for good.
    void stop() { m_stopped = true; }
    /// A close frame or an error came, or stop() was called.
    bool isStopped() const { return m_stopped; }

    /// What a gathered message reserves at first, whatever its header announces.
    static constexpr qsizetype ReservedMessageBytes = 64 * 1024;

    /// XORs `data` with the four-byte `mask`, the first byte with mask byte `phase` (0-3).
    static void unmask(char *data, qsizetype size, const std::array<char, 4> &mask, int phase);

private:
    /// Parses the header gathered in m_header, once complete; false when it broke the protocol
    /// (then reported).
    bool beginFrame(Receiver &receiver);
    void endFrame(Receiver &receiver);
    /// A whole data message of the kind m_messageOpcode says.
    void deliver(const QByteArray &message, Receiver &receiver);
    void readBytes(char *writable, const char *data, qsizetype size, Receiver &receiver);
    void fail(Receiver &receiver, QWebSocketProtocol::CloseCode code, const QString &why);
    /// Bytes a header needs, going by its first two (or 2 until they are there).
    qsizetype headerSize() const;

    qint64 m_maxMessageBytes;
    /// The frame header being gathered: 2 to 14 bytes.
    std::array<char, 14> m_header {};
    qsizetype m_headerBytes = 0;
    /// The frame whose payload is being read.
    Opcode m_opcode = Opcode::Continuation;
    bool m_final = false;
    std::array<char, 4> m_mask {};
    quint64 m_payloadLeft = 0;
    quint64 m_payloadRead = 0;
    bool m_inPayload = false;
    /// The data message being gathered over its frames, and its kind (Text or Binary).
    QByteArray m_message;
    Opcode m_messageOpcode = Opcode::Continuation;
    bool m_inMessage = false;
    /// A control frame's payload (at most 125 bytes).
    std::array<char, 125> m_control {};
    bool m_stopped = false;
};
