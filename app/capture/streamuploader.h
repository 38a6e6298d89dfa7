#pragma once

#include <chrono>
#include <memory>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include "deletelater.h"
#include "protocol/clockprobe.h"
#include "protocol/takefollower.h"

class CertificatePins;
class QWebSocket;
class Spool;
class V1Client;
struct ServerReply;

/// Sends what a Spool holds to an Earshot over protocol v1 (V1Client), and keeps every byte until
/// an ack covers it. In a take (setTake()), every connection joins the take (TakeFollower) and
/// measures the clock (ClockProbe), and the session starts once the capture has started
/// (setCaptureStart()), with its first sample placed on the server's clock. A dropped connection is
/// retried with exponential backoff and jitter; the session is resumed and sending goes on from the
/// offset the receiver reports, so the receiver's file ends byte-identical to what was spooled.
///
/// wss:// with a certificate nobody vouches for: the fingerprint is checked against the pins
/// (CertificatePins). Pinned: the connection goes on. Not pinned: certificateNotTrusted() and
/// the uploader waits for acceptCertificate() or rejectCertificate(). Pinned to another
/// fingerprint: certificateChanged(), and it fails.
class StreamUploader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamUploader)

public:
    enum class State
    {
        Idle,
        Connecting, ///< first connection
        WaitingForTake, ///< in the take, nothing captured yet: the host has not started it
        Starting, ///< "start" sent, waiting for "started"
        Streaming,
        Reconnecting, ///< waiting out the backoff after a drop
        Resuming, ///< "resume" sent, waiting for "resumed"
        AwaitingApproval, ///< the certificate must be accepted first
        Stopping, ///< everything sent; waiting for the last ack and "stopped"
        Finished, ///< "stopped" received: the receiver has every byte
        Failed,
    };
    Q_ENUM(State)

    /// One binary message; the server takes up to 1 MiB.
    static constexpr qint64 MaxMessageBytes = 64 * 1024;
    /// Bytes sent but not acknowledged at most, so a long backlog does not pile up in memory.
    static constexpr qint64 MaxUnackedBytes = 1024 * 1024;
    static constexpr std::chrono::milliseconds InitialBackoff { 250 };
    static constexpr std::chrono::milliseconds MaxBackoff { 10000 };
    /// Waiting longer than this for the server (handshake, reply or ack) drops the connection.
    static constexpr std::chrono::milliseconds ServerTimeout { 10000 };
    /// How often the receiver is told what the spool holds that no ack covers (protocol v1
    /// "unsent"), at most: while something is held, and once more when nothing is.
    static constexpr std::chrono::milliseconds UnsentReportInterval { 1000 };
    /// The server sends nothing longer than this.
    static constexpr qint64 MaxIncomingMessageBytes = 64 * 1024;

    /// \a pins may be null: then an accepted certificate is trusted for this run only.
    StreamUploader(Spool &spool, CertificatePins *pins, QObject *parent = nullptr);
    ~StreamUploader() override;

    /// Connects to \a url (ws:// or wss://, see StreamTarget) and starts a session with
    /// \a format (MIME) labelled \a name.
    void start(const QUrl &url, const QString &format, const QString &name);
    /// Records into the take \a take (an id, as StreamTarget::take() reads it from a take's
    /// link); empty: none. Before start().
    void setTake(const QString &take);
    QString take() const { return m_take ? m_take->take() : QString(); }
    /// In a take: its name as the server told it, else its id.
    QString takeName() const
    {
        return !m_take ? QString() : m_take->name().isEmpty() ? m_take->take() : m_take->name();
    }
    /// In a take: the take as the server last told it.
    TakeFollower::State takeState() const
    {
        return m_take ? m_take->state() : TakeFollower::State::Unknown;
    }
    /// In a take: the first byte of the spool was captured at \a unixMs on this computer's clock
    /// (MicrophoneCapture::firstSampleUnixMs()); the session may start.
    void setCaptureStart(double unixMs);
    const ClockProbe &clock() const { return m_clock; }
    /// Goes back into the receiver's session \a sessionId, whose first byte is at spool offset
    /// \a sessionBase, as an earlier run of this program left it (SpoolRecovery). Only that
    /// session will do: a receiver that no longer knows it fails the upload (unknown_session)
    /// instead of getting the rest as a new recording.
    void resume(const QUrl &url, const QString &format, const QString &name,
        const QString &sessionId, const QString &resumeToken, qint64 sessionBase);
    /// New bytes are in the spool.
    void pump();
    /// No more bytes will come: once all are acknowledged, stop the session. finished() follows.
    void finish();
    /// Closes at once; what is not acknowledged is not delivered.
    void abort();
    /// Connects now instead of waiting out the backoff.
    void retryNow();

    /// Pins the certificate that certificateNotTrusted() reported and connects again.
    void acceptCertificate();
    void rejectCertificate();

    State state() const { return m_state; }
    static QString stateText(State state);
    /// `url` naming the session a connection resumes (?session=...), so that a balancer in front
    /// of several servers (docs/scaling.md) keeps it on the one that records it; `url` as it is
    /// when there is none.
    static QUrl sessionUrl(const QUrl &url, const QString &sessionId);
    QString errorString() const { return m_errorString; }
    /// The server's error code when it refused (bad_token, disk_full, ...).
    QString errorCode() const { return m_errorCode; }
    QUrl url() const { return m_url; }
    qint64 bytesSent() const { return m_sent; }
    qint64 bytesAcked() const { return m_acked; }
    QString sessionId() const { return m_sessionId; }
    /// What a later run needs to resume the session (see SpoolManifest).
    QString resumeToken() const { return m_resumeToken; }
    qint64 sessionBase() const { return m_sessionBase; }
    /// The receiver's file, relative to its recordings folder.
    QString remoteFile() const { return m_remoteFile; }
    int reconnects() const { return m_reconnects; }
    /// Once finished: whether the receiver's file holds every byte sent for the session
    /// ("verified", "mismatch", "unverified"; empty from a receiver that does not check), and a
    /// mismatch's problem (docs/protocol.md, "Stop").
    QString verification() const { return m_verification; }
    QString verificationProblem() const { return m_verificationProblem; }

Q_SIGNALS:
    void stateChanged(StreamUploader::State state);
    void acknowledged(qint64 bytes);
    void sessionStarted(const QString &sessionId, const QString &remoteFile);
    void resumed(qint64 offset);
    /// A line for people: a drop, a retry, a resume.
    void notice(const QString &text);
    void certificateNotTrusted(
        const QString &hostPort, const QString &fingerprint, const QStringList &errors);
    void certificateChanged(const QString &hostPort, const QString &pinnedFingerprint,
        const QString &presentedFingerprint);
    /// Finished (true) or Failed (false).
    void finished(bool delivered);
    /// In a take: where it stands, as the server told it on this connection.
    void takeStateChanged(TakeFollower::State state, TakeFollower::State previous);

private:
    void begin(const QUrl &url, const QString &format, const QString &name);
    void connectNow();
    void onConnected();
    void sendStart();
    /// Sends the start once it can go: in a take, when the capture has started and the clock
    /// is measured.
    void maybeSendStart();
    void onStarted(const ServerReply &reply);
    void onAck(const ServerReply &reply);
    void onResumed(const ServerReply &reply);
    void onStopped(const ServerReply &reply);
    void onServerError(const ServerReply &reply);
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketGone(const QString &reason);
    void checkServer();
    void scheduleReconnect(const QString &reason);
    void setAcked(qint64 offset);
    void maybeSendStop();
    /// Tells the receiver what the spool holds unacknowledged; \a always also when that is
    /// nothing and the receiver was told nothing else on this connection (after a resume).
    void reportUnsent(bool always = false);
    void dropSocket();
    void setState(State state);
    void fail(const QString &reason, const QString &code = {});
    bool waitingForServer() const;

    Spool &m_spool;
    CertificatePins *m_pins;
    DeleteLaterPtr<QWebSocket> m_socket;
    V1Client *m_client = nullptr; ///< the socket's child: the protocol on it
    QTimer m_retryTimer;
    QTimer m_watchdog;
    QTimer m_unsentTimer;
    QElapsedTimer m_lastHeard;

    QUrl m_url;
    QString m_format;
    QString m_name;
    State m_state = State::Idle;
    QString m_errorString;
    QString m_errorCode;

    QString m_sessionId;
    QString m_resumeToken;
    QString m_remoteFile;
    /// Spool offset of the session's first byte: the server counts from there.
    qint64 m_sessionBase = 0;
    qint64 m_sent = 0;
    qint64 m_acked = 0;
    /// Every byte of the session, hashed the first time it is sent, for the stop to carry.
    QCryptographicHash m_produced { QCryptographicHash::Sha256 };
    /// The spool offset the hash has reached; -1 when it cannot cover the session (resumed from
    /// an earlier run, whose first bytes this one never saw).
    qint64 m_hashedUpTo = -1;
    QString m_verification;
    QString m_verificationProblem;
    bool m_finishing = false;
    bool m_stopSent = false;
    bool m_startSent = false; ///< on this connection
    bool m_sessionRequired = false; ///< resume(): no new session in its place
    /// The format's bytes per second (PCM), for how long the unsent audio is; 0 when unknown.
    qint64 m_bytesPerSecond = 0;
    bool m_unsentShown = false; ///< the last "unsent" said something is held
    int m_attempt = 0;
    int m_reconnects = 0;

    std::unique_ptr<TakeFollower> m_take; ///< null outside a take
    ClockProbe m_clock;
    double m_captureStartUnixMs = -1; ///< the spool's first byte, this computer's clock

    QString m_pendingHostPort;
    QString m_pendingFingerprint;
    QString m_acceptedFingerprint; ///< for this run, when there are no pins
};
