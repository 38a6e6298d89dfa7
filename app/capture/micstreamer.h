#pragma once

#include <chrono>
#include <memory>
#include <optional>

#include <QAudioDevice>
#include <QByteArray>
#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include "localrecorder.h"
#include "microphonecapture.h"
#include "pcmformat.h"
#include "spool.h"
#include "streamuploader.h"

class CertificatePins;

/// What to stream, where, and what to keep.
struct MicStreamConfig
{
    QByteArray deviceId; ///< empty: the system's default input
    PcmFormat format;
    /// ws:// or wss://, see StreamTarget; a take's link (with take=) records into that take.
    QUrl target;
    /// The take to record into; empty: the one \a target names, if any (StreamTarget::take()).
    QString take;
    QString name; ///< the label the receiver shows; empty: this computer's name
    /// Stop by itself after exactly this much audio.
    std::optional<std::chrono::milliseconds> duration;
    QString localCopyPath; ///< empty: no local copy
    LocalRecorder::Format localCopyFormat = LocalRecorder::Format::OggOpus;
    QString digestPath; ///< where to write the SHA-256 of the captured audio at stop
    QString spoolParentDir; ///< empty: Spool::defaultParentDir()
};

/// The figures a face shows, a few times a second.
struct MicStreamFigures
{
    StreamUploader::State connection = StreamUploader::State::Idle;
    qint64 elapsedMs = 0;
    qint64 bytesCaptured = 0;
    qint64 bytesSent = 0;
    qint64 bytesAcked = 0;
    qint64 bytesSpooled = 0; ///< captured but not acknowledged yet
    int reconnects = 0;
};
Q_DECLARE_METATYPE(MicStreamFigures)

/// The desktop's microphone as a source: capture -> disk spool -> protocol v1 upload, with an
/// optional local copy recorded beside it. In a take it follows the host as the recorder page
/// does: it waits while the take waits, captures once the host starts it (at once when it records
/// already), and stops when the host stops it; its first sample is placed on the take's clock. Both
/// faces (the monitor's panel and `earshot --stream-mic`) drive this. The spool's manifest says
/// where its audio goes and in which session, so that what a crash leaves undelivered can be sent
/// by the next run (SpoolRecovery).
class MicStreamer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MicStreamer)

public:
    enum class State
    {
        Idle,
        Running,
        Stopping,
        Finished,
        Failed
    };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds FiguresInterval { 250 };
    /// How much captured audio a power cut may cost at most; a crash costs none.
    static constexpr std::chrono::milliseconds SpoolSyncInterval { 1000 };

    /// \a pins may be null (see StreamUploader).
    explicit MicStreamer(CertificatePins *pins, QObject *parent = nullptr);
    ~MicStreamer() override;

    /// Returns false with errorString() when the microphone, spool or local copy cannot start.
    bool start(const MicStreamConfig &config);
    /// Stops capturing; delivers what is left, then finished().
    void stop();
    /// Gives up at once on what is not delivered yet.
    void abort();

    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Running || m_state == State::Stopping; }
    /// Why it failed; when several parts failed, their reasons one per line.
    QString errorString() const { return m_errors.join(QLatin1Char('\n')); }
    MicStreamFigures figures() const;
    MicStreamConfig config() const { return m_config; }

    MicrophoneCapture &capture() { return m_capture; }
    StreamUploader &uploader() { return m_uploader; }
    /// The local copy's file once finished; empty without one.
    QString localCopyPath() const;

Q_SIGNALS:
    void stateChanged(MicStreamer::State state);
    void figuresChanged(const MicStreamFigures &figures);
    void levelChanged(double peak);
    /// A line for people (drops, retries, resumes, the result).
    void notice(const QString &text);
    void certificateNotTrusted(
        const QString &hostPort, const QString &fingerprint, const QStringList &errors);
    void certificateChanged(const QString &hostPort, const QString &pinnedFingerprint,
        const QString &presentedFingerprint);
    /// Everything is done: \a ok when every byte was delivered and the local copy (if any) is
    /// complete.
    void finished(bool ok);

private:
    bool writeManifest(const QString &session, const QString &resumeToken, qint64 sessionBase,
        QString *errorString);
    /// Opens the microphone (and the local copy); false with m_errors set.
    bool startCapture();
    void onTakeState(TakeFollower::State state, TakeFollower::State previous);
    void onChunk(const QByteArray &pcm);
    void onCaptureStopped();
    void onCaptureFailed(const QString &reason);
    void onUploaderFinished(bool delivered);
    void onLocalCopyFinished(bool ok);
    void maybeFinish();
    void setState(State state);
    void publishFigures();

    MicrophoneCapture m_capture;
    Spool m_spool;
    StreamUploader m_uploader;
    std::unique_ptr<LocalRecorder> m_localRecorder;
    QTimer m_figuresTimer;
    QTimer m_syncTimer;
    QElapsedTimer m_elapsed;
    qint64 m_elapsedAtEnd = 0;
    MicStreamConfig m_config;
    QAudioDevice m_device;
    State m_state = State::Idle;
    QStringList m_errors;
    bool m_captureDone = false;
    bool m_captureStarted = false; ///< in a take, not before the host started it
    bool m_uploadDone = false;
    bool m_localDone = false;
    bool m_delivered = false;
    bool m_localOk = true;
    bool m_spoolFailed = false;
};
