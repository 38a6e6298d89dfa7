#include "transcriptionservice.h"

#include <QThread>

#include "audio/growingfile.h"
#include "livetranscription.h"
#include "protocol/audioformat.h"
#include "transcriptionjob.h"

namespace {

// Runs `call` on the connection's thread if the connection is still there.
template<typename Call>
void post(const std::shared_ptr<LiveTranscription::Link> &link, Call call)
{
    const std::lock_guard lock(link->mutex);
    if (LiveTranscription *target = link->target)
        QMetaObject::invokeMethod(
            target, [target, call] { call(*target); }, Qt::QueuedConnection);
}

} // namespace

int TranscriptionService::defaultMaxDecoders()
{
    return std::max(1, QThread::idealThreadCount());
}

TranscriptionService::TranscriptionService(Settings settings)
    : m_settings(std::move(settings))
    , m_maxDecoders(m_settings.maxDecoders > 0 ? m_settings.maxDecoders : defaultMaxDecoders())
{ }

TranscriptionService::~TranscriptionService()
{
    const std::lock_guard lock(m_mutex);
    for (Job &job : m_jobs)
        job.cancel();
    for (Job &job : m_jobs)
        job.thread.join();
}

std::unique_ptr<LiveTranscription> TranscriptionService::startLive(const QString &recordingPath,
    const AudioFormat &format, qint64 headerBytes, const QString &vttPath, QString *whyNot)
{
    const std::lock_guard lock(m_mutex);
    reapFinished();
    if (m_running.load() >= m_maxDecoders) {
        *whyNot = QStringLiteral("Earshot transcribes the most recordings it may at once (%1); "
                                 "this one is recorded without a transcript.")
                      .arg(m_maxDecoders);
        return nullptr;
    }
    auto file = std::make_shared<GrowingFile>(recordingPath);
    auto live = std::make_unique<LiveTranscription>(file, vttPath);
    std::shared_ptr<LiveTranscription::Link> link = live->link();
    auto done = std::make_shared<std::atomic<bool>>(false);

    TranscriptionJob::Setup setup { m_settings.modelDir, format, headerBytes, vttPath, true };
    ++m_running;
    std::thread thread([this, setup, file, link, done] {
        TranscriptionJob::Listener listener;
        listener.result = [link](const SpeechResult &result) {
            post(link, [result](LiveTranscription &target) { target.deliverResult(result); });
        };
        listener.skipped = [link](qint64 fromMs, qint64 toMs) {
            post(link,
                [fromMs, toMs](LiveTranscription &target) { target.deliverSkip(fromMs, toMs); });
        };
        TranscriptionJob job(setup, *file, listener);
        const bool ok = job.run();
        const QString error = job.errorString();
        post(link, [ok, error](LiveTranscription &target) { target.deliverEnd(ok, error); });
        --m_running;
        done->store(true);
    });
    m_jobs.push_back({ std::move(thread), done, [file] { file->cancel(); } });
    return live;
}

void TranscriptionService::reapFinished()
{
    for (auto job = m_jobs.begin(); job != m_jobs.end();) {
        if (job->done->load()) {
            job->thread.join();
            job = m_jobs.erase(job);
        } else {
            ++job;
        }
    }
}
