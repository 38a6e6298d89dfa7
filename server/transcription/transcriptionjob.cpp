#include "transcriptionjob.h"

#include <vector>

#include "audio/growingfile.h"
#include "audio/monodecoder.h"
#include "pocketsphinxrecognizer.h"
#include "webvttwriter.h"

namespace {

qint64 samplesToMs(qint64 samples)
{
    return samples * 1000 / SpeechRecognizer::SampleRate;
}

} // namespace

TranscriptionJob::TranscriptionJob(Setup setup, GrowingFile &file, Listener listener)
    : m_setup(std::move(setup)), m_file(file), m_listener(std::move(listener))
{ }

bool TranscriptionJob::run()
{
    std::unique_ptr<PocketSphinxRecognizer> recognizer
        = PocketSphinxRecognizer::create(m_setup.modelDir, &m_errorString);
    if (!recognizer)
        return false;
    WebVttWriter vtt;
    if (!m_setup.vttPath.isEmpty() && !vtt.open(m_setup.vttPath, &m_errorString)) {
        m_errorString = QStringLiteral("cannot write %1: %2").arg(m_setup.vttPath, m_errorString);
        return false;
    }
    std::unique_ptr<MonoDecoder> decoder = MonoDecoder::create(
        m_file, m_setup.format, m_setup.headerBytes, SpeechRecognizer::SampleRate);

    const auto deliver = [&](const QList<SpeechResult> &results) {
        for (const SpeechResult &result : results) {
            if (result.kind == SpeechResult::Kind::Final && !m_setup.vttPath.isEmpty())
                vtt.addCue(result);
            if (m_listener.result)
                m_listener.result(result);
        }
    };

    std::vector<qint16> samples;
    qint64 position = 0; // samples transcribed or skipped
    qint64 skipping = 0; // samples dropped since the skip began
    for (;;) {
        samples.clear();
        const MonoDecoder::Step step = decoder->decode(samples);
        if (step == MonoDecoder::Step::Failed) {
            m_errorString = decoder->errorString();
            deliver(recognizer->finish());
            vtt.close();
            return false;
        }
        // Decoding is cheap next to recognizing: a job that has fallen behind decodes on and
        // drops the audio until it is close to the stream again.
        const qint64 backlog = m_setup.live ? decoder->backlogMs() : 0;
        if (skipping > 0 || backlog > MaxBacklogMs) {
            skipping += qint64(samples.size());
            if (backlog > MaxBacklogMs / 2 && step != MonoDecoder::Step::End)
                continue;
            const qint64 fromMs = samplesToMs(position);
            deliver(recognizer->skip(skipping));
            position += skipping;
            skipping = 0;
            const qint64 toMs = samplesToMs(position);
            if (!m_setup.vttPath.isEmpty())
                vtt.addSkip(fromMs, toMs);
            if (m_listener.skipped)
                m_listener.skipped(fromMs, toMs);
        } else if (!samples.empty()) {
            deliver(recognizer->feed(samples));
            position += qint64(samples.size());
        }
        m_positionMs.store(samplesToMs(position), std::memory_order_relaxed);
        if (step == MonoDecoder::Step::End)
            break;
    }
    deliver(recognizer->finish());
    if (!vtt.close()) {
        m_errorString
            = QStringLiteral("cannot write %1: %2").arg(m_setup.vttPath, vtt.errorString());
        return false;
    }
    return true;
}
