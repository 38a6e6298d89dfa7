#pragma once

#include <optional>

#include <QObject>
#include <QString>

#include "producedtotals.h"
#include "serverreply.h"

class QByteArray;
class QWebSocket;

/// The client side of protocol v1 (docs/protocol.md) on a QWebSocket that the caller owns and
/// configures (TLS, Origin, message limits): sends start, stop, resume, level and the audio, and
/// turns every text message of the server into one typed signal. It holds no policy (retries,
/// spooling, timing, which session an ack belongs to): each client keeps its own.
///
/// The socket must outlive the client; making the client the socket's child, or a member
/// declared after it, does that. Messages that arrive on the socket are read in the order of
/// its connections: a slot connected to textMessageReceived before the client was made runs
/// before the client's signal.
class V1Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(V1Client)

public:
    explicit V1Client(QWebSocket &socket, QObject *parent = nullptr);
    ~V1Client() override;

    QWebSocket &socket() { return m_socket; }

    /// An empty format lets the server sniff it from the first bytes; transcribe asks for captions.
    /// take: record into that take (docs/protocol.md, "Takes"); empty: the joined one, if any.
    /// In a take, captureStartMs is when the first sample was captured on the server's clock
    /// (ClockProbe) and clockUncertaintyMs how far off that may be; -1: not told.
    void sendStart(const QString &format, const QString &name, bool transcribe = false,
        const QString &take = {}, double captureStartMs = -1, double clockUncertaintyMs = -1);
    /// Follows a take: the server answers, and tells every change the host makes, with take().
    void sendJoin(const QString &take);
    /// Asks for the server's clock; `clientMs` comes back with it in timeReceived().
    void sendTimeProbe(double clientMs);
    /// produced: every byte sent for the session (across resumes) and its SHA-256, for the server
    /// to verify the file; the stopped reply says what it found.
    void sendStop(const std::optional<ProducedTotals> &produced = std::nullopt);
    void sendResume(const QString &session, const QString &resumeToken);
    /// The client's own input level, 0..1, for formats the server cannot meter.
    void sendLevel(double value);
    /// What the client holds that no ack covers yet (bytes, and how much audio that is), for the
    /// monitor; docs/protocol.md says how often.
    void sendUnsent(qint64 bytes, qint64 durationMs);
    /// One binary message of audio; the bytes the socket took, as QWebSocket::sendBinaryMessage.
    qint64 sendAudio(const QByteArray &bytes);

Q_SIGNALS:
    void connectionReceived(const ServerReply &reply);
    void started(const ServerReply &reply);
    void acknowledged(const ServerReply &reply);
    void stopped(const ServerReply &reply);
    void resumed(const ServerReply &reply);
    /// reply.errorCode and reply.remedy() come from the error table.
    void errorReceived(const ServerReply &reply);
    /// Live captions of a transcribed session; a client that did not ask gets none.
    void captionReceived(const ServerReply &reply);
    void takeReceived(const ServerReply &reply);
    void timeReceived(const ServerReply &reply);
    /// A text that is no v1 reply (see ServerReply::Kind::Unknown); reason says why.
    void unexpectedMessage(const QString &text, const QString &reason);

private:
    void onTextMessage(const QString &text);
    void send(const QString &text);

    QWebSocket &m_socket;
};
