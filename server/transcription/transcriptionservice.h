#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <QString>

class AudioFormat;
class LiveTranscription;

/// Runs the transcription jobs of the capture server, each on a thread of its own (a recognizer
/// blocks for most of a second at the end of an utterance; socket threads never wait for one).
/// At most maxDecoders at once: a recognizer takes about 100 MiB and half a core. Shared by
/// every socket thread.
class TranscriptionService final
{
    Q_DISABLE_COPY_MOVE(TranscriptionService)

public:
    struct Settings
    {
        QString modelDir;
        int maxDecoders = 0; ///< 0: defaultMaxDecoders()
    };

    /// One recognizer a core: each takes half of one on read speech here, and two on one core
    /// fall behind the stream (bench/transcription.sh).
    static int defaultMaxDecoders();

    explicit TranscriptionService(Settings settings);
    /// Cancels the jobs still running and waits for them (their cues so far stay).
    ~TranscriptionService();

    /// Transcribes a recording while it is written, beside it in `vttPath`. Null, with a reason
    /// for the client, when maxDecoders jobs run already.
    std::unique_ptr<LiveTranscription> startLive(const QString &recordingPath,
        const AudioFormat &format, qint64 headerBytes, const QString &vttPath, QString *whyNot);

    int maxDecoders() const { return m_maxDecoders; }
    int running() const { return m_running.load(); }

private:
    struct Job
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> done;
        std::function<void()> cancel;
    };
    void reapFinished();

    Settings m_settings;
    int m_maxDecoders = 0;
    std::atomic<int> m_running { 0 };
    std::mutex m_mutex;
    std::vector<Job> m_jobs;
};
