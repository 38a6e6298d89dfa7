#pragma once

#include <atomic>
#include <functional>

#include <QString>

#include "protocol/audioformat.h"
#include "speechresult.h"

class GrowingFile;

/// Transcribes one recording from its file, start to end, on the thread that calls run(): decodes
/// it, feeds the recognizer, writes every final to a WebVTT file and hands every result on. Live,
/// it keeps up with the stream and skips what it cannot (the transcript says where).
class TranscriptionJob final
{
    Q_DISABLE_COPY_MOVE(TranscriptionJob)

public:
    /// A live job that is this far behind the stream jumps to where the stream is.
    static constexpr qint64 MaxBacklogMs = 10'000;

    struct Setup
    {
        QString modelDir;
        AudioFormat format;
        qint64 headerBytes = 0; ///< before the audio (Earshot's WAV header)
        QString vttPath; ///< empty: no file
        bool live = false; ///< the file is still being written: skip rather than fall behind
    };
    /// Called on the job's thread.
    struct Listener
    {
        std::function<void(const SpeechResult &)> result;
        std::function<void(qint64 fromMs, qint64 toMs)> skipped;
    };

    TranscriptionJob(Setup setup, GrowingFile &file, Listener listener);

    /// Runs to the end of the file; false with errorString() when it could not. A cancelled
    /// job returns false too, keeping the cues written so far.
    bool run();
    QString errorString() const { return m_errorString; }
    /// Audio transcribed or skipped so far; readable from any thread.
    qint64 positionMs() const { return m_positionMs.load(std::memory_order_relaxed); }

private:
    Setup m_setup;
    GrowingFile &m_file;
    Listener m_listener;
    QString m_errorString;
    std::atomic<qint64> m_positionMs { 0 };
};
