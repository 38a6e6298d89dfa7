#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// The JSON file beside each recording that says what it is and how it ended.
struct Sidecar
{
    QString session;
    QString label;
    QString peer;
    QString userAgent;
    QString format;
    QString file; ///< the audio file's name, in the same folder
    QDateTime startedAt;
    QDateTime endedAt;
    qint64 bytes = 0;
    qint64 chunks = 0;
    QString status; ///< recording, complete, interrupted, failed
    QString error; ///< why it failed, when it did
    QString resumeTokenSha256; ///< lets a client resume after a restart of the server

    /// One stretch of the recording written by one instance of Earshot (docs/scaling.md): the
    /// instances that share a recordings folder take a dropped session over from each other.
    struct Holder
    {
        QString instance; ///< --instance-name, or "host:port"
        QDateTime from;
        QDateTime to; ///< invalid while it holds the recording, or when it died holding it
        qint64 fromByte = 0; ///< of the client's bytes (the audio after Earshot's WAV header)
        qint64 toByte = -1; ///< -1 while it holds the recording
        bool operator==(const Holder &other) const = default;
    };
    /// Oldest first; at most MaxHolders (the latest ones).
    QList<Holder> holders;
    static constexpr qsizetype MaxHolders = 64;
    /// Why the finished file could not be forced to the disk (fdatasync failed): its bytes
    /// reached the operating system, but a power loss may still take some of them.
    QString syncError;
    /// Whether the file holds what the client produced (docs/protocol.md, "Stop"): "verified",
    /// "mismatch" (verificationProblem says what differs) or "unverified" (the client sent no
    /// totals); empty for a recording whose client cannot say (an older dialect).
    QString verification;
    QString verificationProblem;
    qint64 producedBytes = -1; ///< what the client said it produced, when it did
    QString producedSha256;
    QString payloadSha256; ///< of the client's bytes as the file holds them, when checked
    /// The WebVTT transcript beside it, when it was transcribed.
    QString transcript;
    /// A phone call's facts (ids, track files, DTMF digits, marks: docs/protocol.md, "Phone
    /// calls"), kept as the call gave them.
    QJsonObject call;
    /// An Icecast source's mount and what it said of its stream (Ice-Name and the like).
    QJsonObject source;
    /// A guest's track in a take: the take's id and name, the guest (docs/protocol.md, "Takes").
    QJsonObject take;
    // After a compressed recording was remuxed for players:
    bool remuxed = false; ///< `file` is the remuxed copy (its length and cues are in it)
    qint64 durationMs = -1; ///< the audio's length, when a remux found it
    qint64 originalBytes = -1; ///< the stream as it arrived
    QString originalSha256;
    QString originalFile; ///< kept beside it, when the settings say so
    QString remuxError; ///< why `file` is still the stream as it arrived (for older readers)

    /// What the remux step made of a compressed recording.
    struct Remux
    {
        /// Empty when there was none (yet). "replaced": the copy took the stream's place
        /// (`remuxed`). "kept_original": the copy lacks part of what arrived, so `file` stays the
        /// stream as it arrived and the copy is `file` here. "failed": there is no copy.
        QString state;
        QString reason; ///< kept_original and failed
        QString file; ///< kept_original: the remuxed copy, beside the recording
        qint64 packetsIn = -1; ///< what the demuxer read from the stream as it arrived
        qint64 packetsOut = -1; ///< what the copy holds
        /// What was mended in the stream before it was read (Mp4Repair: a browser's doubled
        /// boxes, a fragment cut short); the stream as it arrived stays as it was.
        QStringList repairs;

        bool operator==(const Remux &other) const = default;
    };
    Remux remux;

    /// Whether \a name may stand in `file`, `original.file` or `remux.file`: a plain file name, so
    /// that the file is beside the sidecar. A sidecar is data anyone who can write the folder (a
    /// shared or synced one) may have placed; it must never steer Earshot to a file elsewhere.
    static bool isPlainFileName(const QString &name);

    /// When a saved sidecar reaches the disk: before save() returns, or at the disk syncer's
    /// next syncfs() (within a second; the caller marks the syncer dirty), for a socket thread,
    /// which must not wait for the disk.
    enum class Sync
    {
        Now,
        ByTheSyncer
    };

    /// Written atomically (a temporary file renamed over it): a crash leaves the old sidecar or
    /// the new one. Its mode is RecordingWriter::FilePermissions. Each sidecar keeps 4 KiB of
    /// disk reserved, so that on a disk that has filled up since (the recording ran out of
    /// room) the new one is written over the old in that reserve instead; if it does not fit,
    /// the old one stays.
    bool save(const QString &path, QString *errorString, Sync sync = Sync::Now) const;
    static std::optional<Sidecar> load(const QString &path, QString *errorString);

    bool operator==(const Sidecar &other) const = default;
};
