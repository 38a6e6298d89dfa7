#pragma once

#include <atomic>
#include <functional>
#include <mutex>

#include <QString>

#include "speechresult.h"

class GrowingFile;

/// Transcribes a finished recording (any file FFmpeg reads) into a WebVTT file beside it, and
/// names it in the recording's sidecar if it has one. Blocks the calling thread: run it on a
/// thread of its own (the Recordings tab) or from a command (`earshot --transcribe`).
class FileTranscriber final
{
    Q_DISABLE_COPY_MOVE(FileTranscriber)

public:
    explicit FileTranscriber(QString modelDir);
    ~FileTranscriber();

    /// "<name>.vtt" beside "<name>.<extension>".
    static QString transcriptPathFor(const QString &audioPath);

    /// Transcribes `audioPath`; `onFinal` is called on this thread for every final as it comes.
    bool transcribe(
        const QString &audioPath, const std::function<void(const SpeechResult &)> &onFinal = {});
    QString errorString() const { return m_errorString; }

    // Any thread.
    /// How much of the current file has been read, 0..1.
    double progress() const;
    /// Stops the current file soon; transcribe() returns false.
    void cancel();

private:
    QString m_modelDir;
    QString m_errorString;
    mutable std::mutex m_mutex;
    GrowingFile *m_file = nullptr; // the current one, while transcribe() runs
    qint64 m_fileBytes = 0;
    bool m_cancelled = false;
};
