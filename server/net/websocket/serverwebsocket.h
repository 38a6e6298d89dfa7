#pragma once

#include <functional>

#include <QByteArrayView>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QWebSocketProtocol>

#include "net/transport/clienttransport.h"
#include "senders/icecast/icecastsource.h"
#include "websocketframereader.h"

/// A client's WebSocket on the server, after the opening handshake: reads its frames straight
/// from the transport beneath (its TCP or TLS connection) and writes the server's frames to it. It
/// takes the place of QWebSocket, whose reading went through many small QIODevice reads per frame
/// and unmasked a byte at a time; the names follow QWebSocket's where they do the same.
///
/// The close handshake: close() sends a close frame and waits for the client's, then closes the
/// connection (or aborts it when none came within CloseTimeoutMs). A client's close frame is
/// answered with the same code, and the connection closes once the answer is written. A client
/// that breaks the protocol is told why in a close frame (protocolError() says so first), and the
/// connection closes once it is written, without waiting for an answer.
///
/// Reading pauses while the transport holds it (BackPressure); what waits is read on the
/// transport's next ready-read call.
///
/// An Icecast source (setSource()) speaks no WebSocket: its request's body is the stream. Then
/// every read is handed on as one binary message, nothing is sent back (a source client reads no
/// replies), and close() closes the connection.
class ServerWebSocket final : public QObject, private WebSocketFrameReader::Receiver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerWebSocket)

public:
    /// How long a close may wait for the client's close frame.
    static constexpr int CloseTimeoutMs = 5000;

    /// Takes `transport` over (it becomes a child); whatever it holds already behind the
    /// handshake is read on the next turn of the event loop, once the caller has connected.
    ServerWebSocket(ClientTransport *transport, qint64 maxMessageBytes, QObject *parent = nullptr);
    ~ServerWebSocket() override;

    ClientTransport *transport() const { return m_transport; }
    bool isConnected() const;
    QHostAddress peerAddress() const;
    quint16 peerPort() const;
    /// The path of the upgrade request ("/ws", "/ws/transcribe-stream"): it chooses the dialect.
    QString requestPath() const { return m_requestPath; }
    void setRequestPath(const QString &path) { m_requestPath = path; }
    /// The upgrade came without the pairing token it needed, on a path whose first message may
    /// carry it (a phone call's custom parameters): nothing may be recorded until it did.
    bool isTokenPending() const { return m_tokenPending; }
    void setTokenPending(bool pending) { m_tokenPending = pending; }
    /// The Icecast source this connection is; nothing for a WebSocket.
    const std::optional<IcecastSource> &source() const { return m_source; }
    void setSource(const IcecastSource &source) { m_source = source; }
    /// Bytes written but not yet taken by the operating system.
    qint64 bytesToWrite() const;

    /// Binary messages (a recording's chunks) go to `handler`, called directly rather than
    /// through a signal: it runs once per chunk, and a signal costs a pass through
    /// QMetaObject::activate each time. `data` may point into the read buffer: valid during the
    /// call only (copy to keep). One handler: the connection the socket belongs to.
    void setBinaryMessageHandler(std::function<void(const QByteArray &data)> handler)
    {
        m_binaryMessageHandler = std::move(handler);
    }

    /// Sends a text message (the bytes must be UTF-8).
    void sendTextMessage(QByteArrayView utf8);
    void sendTextMessage(const QString &text);
    /// Sends a text message and hands it to the operating system at once (the transport's
    /// writeNow()): the ack, once a turn, without the write notifier's round.
    void sendTextMessageNow(QByteArrayView utf8);
    /// Hands what is written to the operating system now, rather than when the socket's write
    /// notifier fires.
    void flush();
    /// Starts the close handshake; nothing more is sent or read after it.
    void close(QWebSocketProtocol::CloseCode code, const QString &reason);
    /// Ends the connection at once, without a close handshake.
    void abort();

Q_SIGNALS:
    void textMessageReceived(const QString &text);
    /// The client broke the protocol; the connection is being closed with `code`.
    void protocolError(QWebSocketProtocol::CloseCode code, const QString &why);
    /// The connection is gone.
    void disconnected();

private:
    void onTextMessage(const QByteArray &utf8) override;
    void onBinaryMessage(const QByteArray &data) override;
    void onPing(QByteArrayView payload) override;
    void onClose(quint16 code, QByteArrayView reason) override;
    void onProtocolError(QWebSocketProtocol::CloseCode code, const QString &why) override;

    void readPending();
    void deliverBinary(const QByteArray &data);
    enum class Delivery
    {
        Queued, ///< waits for the write notifier or flush()
        Now ///< handed to the operating system before returning
    };
    void writeFrame(WebSocketFrameReader::Opcode opcode, QByteArrayView payload,
        Delivery delivery = Delivery::Queued);
    void sendClose(quint16 code, QByteArrayView reason);

    QPointer<ClientTransport> m_transport;
    WebSocketFrameReader m_reader;
    bool m_closeSent = false;
    bool m_closeReceived = false;
    QString m_requestPath;
    bool m_tokenPending = false;
    std::optional<IcecastSource> m_source;
    std::function<void(const QByteArray &)> m_binaryMessageHandler;
};
