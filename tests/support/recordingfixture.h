#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include "protocol/audioformat.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/wavheader.h"

/// A recording as Earshot leaves it in the recordings folder: the audio file at its usual path
/// and the sidecar beside it, written with the server's own Sidecar::save.
struct RecordingFixture
{
    QString session;
    QString label;
    QString format = QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16");
    QString extension = QStringLiteral("wav");
    QString status = QStringLiteral("complete");
    QString error;
    QString peer = QStringLiteral("192.168.1.23:50412");
    QString userAgent;
    QDateTime startedAt;
    qint64 bytes = 0; ///< received; for PCM, the samples after the WAV header
    qint64 fileSize = -1; ///< -1: the header and `bytes` for WAV, `bytes` otherwise
    qint64 durationMs = -1; ///< set: the recording was remuxed
    bool keepOriginal = false;
    bool writeAudio = true;
    QByteArray audio; ///< the file's bytes; empty: a sparse file of fileSize

    /// Writes the files under root; returns the audio file's path.
    QString write(const QString &root) const
    {
        const QString relative = RecordingPaths::relativeAudioPath(startedAt,
            RecordingPaths::sanitizeLabel(label, QStringLiteral("recording")), session, extension);
        const QString audioPath = QDir(root).filePath(relative);
        QDir().mkpath(QFileInfo(audioPath).absolutePath());

        Sidecar sidecar;
        sidecar.session = session;
        sidecar.label = label;
        sidecar.peer = peer;
        sidecar.userAgent = userAgent;
        sidecar.format = format;
        sidecar.file = QFileInfo(audioPath).fileName();
        sidecar.startedAt = startedAt;
        sidecar.endedAt = startedAt.addSecs(60);
        sidecar.bytes = bytes;
        sidecar.chunks = bytes / 3200;
        sidecar.status = status;
        sidecar.error = error;
        if (durationMs >= 0) {
            sidecar.remuxed = true;
            sidecar.durationMs = durationMs;
            sidecar.originalBytes = bytes;
            sidecar.originalSha256 = QStringLiteral("00");
        }

        if (writeAudio) {
            QFile file(audioPath);
            if (!file.open(QIODevice::WriteOnly))
                return {};
            if (!audio.isEmpty()) {
                file.write(audio);
            } else {
                const bool pcm = extension == u"wav";
                const qint64 size = fileSize >= 0 ? fileSize : bytes + (pcm ? WavHeader::Size : 0);
                if (pcm) {
                    const std::optional<AudioFormat> parsed
                        = AudioFormat::fromMimeType(format, nullptr);
                    file.write(WavHeader::build(parsed->pcm(), size - WavHeader::Size));
                }
                // Sparse: an hour of audio costs no disk.
                file.resize(size);
            }
        }
        if (keepOriginal) {
            const QFileInfo info(audioPath);
            const QString original = info.absolutePath() + u'/' + info.completeBaseName()
                + QStringLiteral(".original.") + info.suffix();
            QFile file(original);
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write(QByteArray(1000, 'o'));
            sidecar.originalFile = QFileInfo(original).fileName();
        }
        if (!sidecar.save(RecordingPaths::sidecarPath(audioPath), nullptr))
            return {};
        return audioPath;
    }
};
