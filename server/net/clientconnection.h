#pragma once

#include <chrono>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include "ackscheduler.h"
#include "backpressure.h"
#include "protocol/dialect.h"
#include "protocol/errorcode.h"
#include "protocol/producedtotals.h"
#include "senders/icecast/oggcommentscanner.h"
#include "senders/icecast/sourcetitles.h"
#include "senders/twilio/twiliocall.h"
#include "session/recordingsession.h"
#include "session/sessiontakeover.h"
#include "takes/take.h"
#include "websocket/serverwebsocket.h"

class ConnectionHost;
class LiveTranscription;
struct PayloadCheck;

/// A session that records into a take, as its start asked.
struct TakeRequest
{
    QString take;
    double captureStartMs = -1; ///< the client's first sample, on our clock; -1: not told
    double clockUncertaintyMs = -1;
};

/// One WebSocket client: turns its messages into the recording session's events and sends the
/// replies its dialect (protocol v1 or an older client's) gives. A phone call (the request's path
/// is /twilio) speaks Twilio's messages through a TwilioCall. Lives on its worker's thread.
class ClientConnection final : public QObject, private TwilioCall::Recorder
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientConnection)

public:
    /// Takes `socket` as a child. With a refusal, the client is told why and the connection
    /// closes at once (1008).
    ClientConnection(ServerWebSocket *socket, const QByteArray &userAgent, ConnectionHost &host,
        std::optional<ErrorCode> refusal, QObject *parent = nullptr);
    ~ClientConnection() override;

    QString id() const { return m_id; }
    QString peer() const { return m_peer; }
    QString sessionId() const { return m_session ? m_session->id() : QString(); }
    qint64 idleMs() const { return m_lastMessage.elapsed(); }
    /// A close has been asked for; the socket may not be gone yet.
    bool isClosing() const { return m_closing; }

    /// Figures of the live session, if there is one.
    std::optional<SessionStats> sample(qint64 monotonicMs);

    /// Closes with an error (idle timeout), ending the session as a dropped connection would.
    void closeWithError(ErrorCode code, const QString &message);
    /// While reading from the client is held for its unread replies: lets go once they are read,
    /// or closes it (not_reading) when it has not read them for too long.
    void checkBackPressure();
    /// Server shutdown: the session ends interrupted, the client is told 1001.
    void shutdown();
    /// Another connection resumes our session: it becomes resumable, this connection closes.
    void releaseSession();
    /// The person in the monitor disconnects this client.
    void disconnectByUser();
    /// The host started or stopped a take: a connection that follows it is told.
    void takeChanged(const Take &take);
    /// Acknowledges what was written since the last ack (the worker's AckScheduler decides when).
    void sendAck();
    AckScheduler::Ticket &ackTicket() { return m_ackTicket; }
    /// An Icecast source's stream has a new title (its metadata request, or its Ogg comments):
    /// the sidecar, the figures and the log say so. Nothing for any other connection.
    void setSourceTitle(const QString &title);

Q_SIGNALS:
    /// A new session began recording (not a resumed one).
    void sessionStarted(const SessionStats &stats);
    /// The session ended; its final figures, to be published once. `resumable`: it was
    /// interrupted and may still be resumed.
    void sessionEnded(const SessionStats &stats, bool resumable);
    /// The socket is gone and nothing is left to do; delete this.
    void finished();

private:
    void onTextMessage(const QString &text);
    void onBinaryMessage(const QByteArray &data);
    void appendAudio(const QByteArray &data);
    void onDisconnected();

    /// A phone call's `createTrackFiles` makes its track files once the stereo one exists; when
    /// it cannot, the session does not start and leaves nothing behind.
    void startSession(const Dialect &dialect, const QString &format, const QString &label,
        bool transcribe = false, const TakeRequest &take = {},
        const TwilioCall::Recorder::CreateTrackFiles &createTrackFiles = {});
    /// Gives the new session its track in the take; false (the client told why) when it may not.
    bool seatInTake(RecordingSession &session, const TakeRequest &request, const QString &guest);
    /// The take learns the name of its track's file once the file exists.
    void tellTakeOfTrackFile();
    void joinTake(const QString &take);
    bool isTranscribeStream() const;
    /// /ws/transcribe-stream's first message: 16 kHz mono PCM, or a WAV header that says what
    /// else. Returns where its audio begins, or nothing when the session could not start.
    std::optional<qsizetype> startTranscribeStream(const QByteArray &firstMessage);
    void startTranscription();
    bool isPhoneCall() const;
    /// An Icecast source's stream: its session, named by the stream or its mount.
    void startSource();
    /// The sidecar's "source": what the source said of its stream, and its titles.
    QJsonObject sourceFacts() const;

    // TwilioCall::Recorder
    QString startRecording(const QString &label, const CreateTrackFiles &createTracks) override;
    bool appendRecording(const QByteArray &stereo) override;
    void writeFailed(RecordingWriter::Result result, const QString &errorString) override;
    void saveCallFacts(const QJsonObject &call) override;
    void stopRecording() override;
    void finishTrackFile(int descriptor, const QString &fileName) override;
    void reply(const QString &text) override;
    void refuse(ErrorCode code, const QString &message, bool close) override;
    bool mayRecord(const QString &parameterToken) override;

    void resumeSession(const QString &sessionId, const QString &token);
    /// A resume of a session this instance does not know: one of the instances sharing the
    /// recordings folder held it (docs/scaling.md).
    void resumeFromSharedFolder(const QString &sessionId, const QString &token);
    /// Records on into a session claimed for this connection (counted live, its lock held).
    void continueSession(const ResumableSession &resumable, RecordingLock lock);
    void refuseResumeToken(const QString &sessionId);
    void refuseTakeover(const QString &sessionId, const SessionTakeover::Result &taken);
    /// A v1 stop, which may carry what the client produced.
    struct Verification
    {
        std::optional<ProducedTotals> produced;
    };
    /// verification: the stopped reply says whether the file holds what the client produced
    /// (unverified when it sent no totals); nullopt for an older dialect's stop.
    void stopSession(const std::optional<Verification> &verification);
    using ReplyWhenSynced = std::function<void(
        const SessionStats &, const QString &syncError, const PayloadCheck &check)>;
    /// Ends the live session; `replyWhenSynced` runs once its file is on the disk, or with why
    /// it could not be put there, and, when the client sent `produced`, once the file has been
    /// compared with it (off this thread).
    /// An ack went out: how long its first byte waited for it goes to the metrics.
    void observeAckLatency();
    void endSession(SessionStats::State state, const QString &errorCode, bool keepResumable,
        ReplyWhenSynced replyWhenSynced = {},
        const std::optional<ProducedTotals> &produced = std::nullopt);
    SessionFacts facts() const;
    QString sidecarPathOf(const RecordingSession &session) const;
    void fail(ErrorCode code, const QString &message);
    /// A write to the session's files failed: it ends failed, with disk_full or write_error.
    void failWrite(RecordingWriter::Result result, const QString &errorString);
    void sendError(ErrorCode code, const QString &message);
    void send(const QString &text);

    ConnectionHost &m_host;
    QPointer<ServerWebSocket> m_socket;
    BackPressure m_backPressure;
    QString m_id;
    QString m_peer;
    QString m_userAgent;
    /// Chosen by the message that started the current session; null until one did.
    const Dialect *m_dialect = nullptr;
    std::unique_ptr<RecordingSession> m_session;
    qint64 m_ackedBytes = -1;
    /// When the first byte not acknowledged yet arrived: an ack's latency runs from there.
    std::optional<std::chrono::steady_clock::time_point> m_unackedSince;
    QElapsedTimer m_lastMessage;
    bool m_closing = false;
    QString m_take; ///< the take this connection follows (joined, or recording a track in)
    bool m_takeToldOfFile = false;
    AckScheduler::Ticket m_ackTicket;
    /// The live session's transcription; a child, kept after the session until its job is done.
    QPointer<LiveTranscription> m_transcription;
    /// Asked for, to start once the session's file exists (a sniffed format waits for audio).
    bool m_transcriptionWanted = false;
    /// The client asked for captions; one transcribed only because the server transcribes every
    /// session gets no messages it does not know.
    bool m_captionsToClient = false;
    /// The phone call this connection carries (path /twilio).
    std::unique_ptr<TwilioCall> m_call;
    /// The call is bringing its files to their end, as its session ends.
    bool m_endingCall = false;
    /// An Ogg source's stream, read for the titles in its comment headers.
    std::unique_ptr<OggCommentScanner> m_oggComments;
    SourceTitles m_sourceTitles;
};
