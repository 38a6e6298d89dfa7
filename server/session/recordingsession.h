#pragma once

#include <memory>
#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "protocol/audioformat.h"
#include "ratemeter.h"
#include "sessionregistry.h"
#include "sessionstats.h"
#include "storage/recordinglock.h"
#include "storage/recordingwriter.h"
#include "takes/clockdrift.h"

/// One recording: its file, its sidecar and its figures. Lives on one worker thread.
/// When the format is to be sniffed, the file is created with the first bytes.
class RecordingSession final
{
    Q_DISABLE_COPY_MOVE(RecordingSession)

public:
    struct Origin
    {
        QString label;
        QString fallbackLabel; ///< used when the label sanitizes to nothing
        QString peer;
        QString userAgent;
        /// The instance of Earshot that records it, for the sidecar's holders.
        QString instance;
    };

    /// A new session. format empty: sniff it from the first bytes.
    RecordingSession(
        const QString &recordingsDir, const Origin &origin, std::optional<AudioFormat> format);
    /// Picks up a session that was interrupted; its file is cut to the bytes it had. `lock` is
    /// the recording's, held by the caller (none for a session dropped before its file existed);
    /// the session keeps it until it finishes. `instance` joins the sidecar's holders.
    static std::unique_ptr<RecordingSession> resume(const QString &recordingsDir,
        const ResumableSession &resumable, const QString &instance, RecordingLock lock,
        QString *errorString);
    ~RecordingSession();

    /// Records into a take: the file goes to `folder` (relative to the recordings folder) as
    /// `trackName` plus the format's extension, and the sidecar's "take" says `facts`. Only
    /// before open().
    void placeInTake(const QString &folder, const QString &trackName, const QJsonObject &facts);
    /// The label as it goes into a file name.
    QString sanitizedLabel() const { return m_sanitizedLabel; }

    /// Creates the file and sidecar when the format is known already.
    bool open(QString *errorString);
    /// Removes the file and sidecar open() made: a session that could not start after all (a
    /// phone call without its track files) leaves nothing behind.
    void discard();
    RecordingWriter::Result append(const QByteArray &data);
    /// The client measured its own level (compressed formats cannot be metered here).
    void reportLevel(double level) { m_reportedLevel = std::max(m_reportedLevel, level); }
    /// The client holds this much audio that no ack covers yet (docs/protocol.md, "Unsent").
    void reportUnsent(qint64 bytes, qint64 durationMs)
    {
        m_stats.unsentBytes = bytes;
        m_stats.unsentDurationMs = durationMs;
    }
    /// Makes everything appended so far playable (WAV sizes); true when it worked.
    bool commit();

    /// Ends the session: header, sidecar, close. Returns a duplicate of the file's descriptor
    /// (or -1) for the caller to have synced to disk off this thread.
    int finish(SessionStats::State state, const QString &errorCode = {});

    QString id() const { return m_stats.id; }
    /// Known only to a session started here; a resumed one keeps just the digest.
    QString resumeToken() const { return m_resumeToken; }
    QString resumeTokenDigest() const { return m_resumeTokenDigest; }
    /// Relative to the recordings folder; empty until the file exists.
    QString relativePath() const { return m_relativePath; }
    qint64 bytes() const { return m_stats.bytes; }
    qint64 chunks() const { return m_stats.chunks; }
    const SessionStats &stats() const { return m_stats; }
    QString errorString() const { return m_writer.errorString(); }

    /// The recording is transcribed into `fileName` beside it; the sidecar says so.
    bool setTranscriptFile(const QString &fileName, QString *errorString);
    /// Whether the file holds what the client produced, for the sidecar's "verification", as
    /// known when the session ends (a check of the file afterwards rewrites it).
    void setVerification(const QString &state) { m_verification = state; }
    /// A phone call's facts, for the sidecar's "call".
    bool setCallFacts(const QJsonObject &call, QString *errorString);
    /// An Icecast source's, for the sidecar's "source".
    bool setSourceFacts(const QJsonObject &source, QString *errorString);
    /// An Icecast source's stream title now, for the figures.
    void setTitle(const QString &title) { m_stats.title = title; }
    std::optional<AudioFormat> format() const { return m_format; }
    /// The file's size: the header (Earshot's WAV) and every byte appended.
    qint64 fileBytes() const;

    /// Figures for the faces, with the rate and level brought up to now.
    SessionStats sample(qint64 monotonicMs);
    ResumableSession resumable() const;

private:
    RecordingSession() = default;
    bool createFile(const AudioFormat &format, QString *errorString);
    bool saveSidecar(QString *errorString) const;
    void startClockDrift();
    void updateAudioDuration();

    QString m_recordingsDir;
    QString m_sanitizedLabel;
    QString m_relativePath;
    QString m_resumeToken;
    QString m_resumeTokenDigest;
    std::optional<AudioFormat> m_format;
    RecordingWriter m_writer;
    SessionStats m_stats;
    RateMeter m_rate;
    double m_peak = 0;
    double m_leftPeak = 0; ///< stereo PCM only
    double m_rightPeak = 0;
    /// The byte count of the last sample(): whether audio came since.
    qint64 m_sampledBytes = 0;
    double m_reportedLevel = -1;
    QString m_verification;
    QJsonObject m_callFacts;
    QJsonObject m_sourceFacts;
    QJsonObject m_takeFacts;
    /// A PCM track in a take: how fast its device's clock runs (saved in its take facts).
    std::optional<ClockDrift> m_drift;
    QString m_takeFolder;
    QString m_trackName;
    QString m_instance;
    /// Who wrote which part of the file; the last entry is this instance's while it records.
    QList<Sidecar::Holder> m_holders;
    /// Held from the file's creation (or the resume) until finish(): no other instance writes it.
    RecordingLock m_lock;
};
