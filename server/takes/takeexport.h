#pragma once

#include <atomic>
#include <functional>
#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "protocol/audioformat.h"

/// "Export aligned": a take's tracks as one WAV each, all starting at the take's start (silence
/// before a late joiner) and all of the take's length, each placed by when its first sample was
/// captured (on the server's clock) and stretched back onto true time by its device clock's
/// measured drift; and one Matroska file with a stream per guest, named, for editors that take
/// that. The originals are only read. Runs on any thread but the socket threads.
class TakeExport final
{
public:
    static constexpr int SampleRate = 48000;
    /// The folder the export writes, inside the take's.
    static constexpr QLatin1StringView FolderName { "aligned" };

    struct Track
    {
        QString guest;
        QString path; ///< the recording, absolute
        QString name; ///< its file's name without extension: the export's is the same
        AudioFormat format;
        double startMs = 0; ///< its first sample, on the server's clock (Unix ms)
        double lengthMs = 0; ///< on the server's clock, drift taken out
        double stretch = 1; ///< samples out per sample in, beyond the rates: 1 / (drift + 1)
        bool drifted = false; ///< the drift was measured (and is corrected)
    };
    struct Plan
    {
        QString folder; ///< the take's, absolute
        QString name;
        double startMs = 0;
        double lengthMs = 0;
        QList<Track> tracks;
    };

    /// What take.json and the tracks' sidecars say; nothing (and why) when the take has no
    /// track to export or its files are not there.
    static std::optional<Plan> plan(const QString &takeFolder, QString *errorString);

    /// Writes aligned/<track>.wav for every track and aligned/<take>.mka, all of them or none:
    /// the files of a previous export are replaced only once the new ones are whole. `progress`
    /// gets 0..1 as it goes; cancel() stops it (false, "cancelled").
    bool write(const Plan &plan, const std::function<void(double)> &progress, QString *errorString);
    /// From any thread, also before write() began; for good: a cancelled exporter writes nothing.
    void cancel() { m_cancelled = true; }
    /// The files the last write() made, absolute.
    QStringList files() const { return m_files; }

private:
    bool writeTrack(const Plan &plan, const Track &track, const QString &path,
        const std::function<void(double)> &progress, QString *errorString);
    bool writeMultitrack(
        const Plan &plan, const QStringList &trackFiles, const QString &path, QString *errorString);

    std::atomic<bool> m_cancelled { false };
    QStringList m_files;
};
