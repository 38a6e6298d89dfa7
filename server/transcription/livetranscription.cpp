#include "livetranscription.h"

#include "audio/growingfile.h"

namespace {

// What the monitor keeps of the finals: the last few lines' worth.
constexpr qsizetype MaxCaptionChars = 400;

} // namespace

LiveTranscription::LiveTranscription(std::shared_ptr<GrowingFile> file, QString vttPath)
    : m_file(std::move(file)), m_link(std::make_shared<Link>()), m_vttPath(std::move(vttPath))
{
    m_link->target = this;
}

LiveTranscription::~LiveTranscription()
{
    end();
    const std::lock_guard lock(m_link->mutex);
    m_link->target = nullptr;
}

void LiveTranscription::grewTo(qint64 fileBytes)
{
    m_file->grewTo(fileBytes);
}

void LiveTranscription::end()
{
    if (m_ended)
        return;
    m_ended = true;
    m_file->end();
}

void LiveTranscription::deliverResult(const SpeechResult &result)
{
    if (result.kind == SpeechResult::Kind::Final) {
        m_partialText.clear();
        m_finalText = m_finalText.isEmpty() ? result.text : m_finalText + u' ' + result.text;
        if (m_finalText.size() > MaxCaptionChars)
            m_finalText = m_finalText.right(MaxCaptionChars);
    } else {
        m_partialText = result.text;
    }
    Q_EMIT resultArrived(result);
}

void LiveTranscription::deliverSkip(qint64 fromMs, qint64 toMs)
{
    Q_EMIT skipped(fromMs, toMs);
}

void LiveTranscription::deliverEnd(bool ok, const QString &errorString)
{
    m_partialText.clear();
    Q_EMIT finished(ok, errorString);
}
