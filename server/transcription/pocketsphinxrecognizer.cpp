#include "pocketsphinxrecognizer.h"

#include <pocketsphinx.h>

#include <QDir>
#include <QFileInfo>

namespace {

// PocketSphinx counts its feature frames at 100 a second.
constexpr qint64 SamplesPerFrame = SpeechRecognizer::SampleRate / 100;
// A partial every quarter of a second of speech at most: a hypothesis costs a search of the
// lattice so far, and people do not read faster.
constexpr qint64 PartialEverySamples = SpeechRecognizer::SampleRate / 4;
// Someone who never pauses still gets finals: an utterance is cut after this long.
constexpr qint64 LongestUtteranceSamples = 20LL * SpeechRecognizer::SampleRate;

qint64 samplesToMs(qint64 samples)
{
    return samples * 1000 / SpeechRecognizer::SampleRate;
}

// "<s>", "</s>", "<sil>", "[NOISE]", "++breath++" are not words.
bool isFiller(const char *word)
{
    return word[0] == '<' || word[0] == '[' || word[0] == '+';
}

// Alternative pronunciations come back as "read(2)".
QString spokenWord(const char *word)
{
    QString text = QString::fromUtf8(word);
    const qsizetype paren = text.indexOf(u'(');
    return paren > 0 ? text.left(paren) : text;
}

} // namespace

std::unique_ptr<PocketSphinxRecognizer> PocketSphinxRecognizer::create(
    const QString &modelDir, QString *errorString)
{
    const QDir dir(modelDir);
    const QString acousticModel = dir.filePath(QStringLiteral("en-us"));
    const QString languageModel = dir.filePath(QStringLiteral("en-us.lm.bin"));
    const QString dictionary = dir.filePath(QStringLiteral("cmudict-en-us.dict"));
    for (const QString &path : { acousticModel, languageModel, dictionary }) {
        if (!QFileInfo::exists(path)) {
            *errorString = QStringLiteral("the speech model is missing (%1; Debian's package "
                                          "pocketsphinx-en-us installs it)")
                               .arg(path);
            return nullptr;
        }
    }
    const QByteArray hmm = QFile::encodeName(acousticModel);
    const QByteArray lm = QFile::encodeName(languageModel);
    const QByteArray dict = QFile::encodeName(dictionary);
    cmd_ln_t *config = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmm.constData(), "-lm",
        lm.constData(), "-dict", dict.constData(), "-logfn", "/dev/null", nullptr);
    if (!config) {
        *errorString = QStringLiteral("PocketSphinx refused its configuration");
        return nullptr;
    }
    ps_decoder_t *decoder = ps_init(config);
    if (!decoder) {
        cmd_ln_free_r(config);
        *errorString = QStringLiteral("PocketSphinx could not load the model in %1").arg(modelDir);
        return nullptr;
    }
    return std::unique_ptr<PocketSphinxRecognizer>(new PocketSphinxRecognizer(config, decoder));
}

PocketSphinxRecognizer::PocketSphinxRecognizer(cmd_ln_s *config, ps_decoder_s *decoder)
    : m_config(config), m_decoder(decoder)
{
    startUtterance();
}

PocketSphinxRecognizer::~PocketSphinxRecognizer()
{
    ps_free(m_decoder);
    cmd_ln_free_r(m_config);
}

QList<SpeechResult> PocketSphinxRecognizer::feed(std::span<const qint16> samples)
{
    QList<SpeechResult> results;
    ps_process_raw(m_decoder, samples.data(), samples.size(), FALSE, FALSE);
    m_samples += qint64(samples.size());

    const bool inSpeech = ps_get_in_speech(m_decoder);
    if (inSpeech && !m_inSpeech) {
        m_inSpeech = true;
        m_lastPartialAt = m_samples;
    } else if (!inSpeech && m_inSpeech) {
        endUtterance(results);
        return results;
    }
    if (!m_inSpeech)
        return results;

    if (m_samples - m_utteranceStart >= LongestUtteranceSamples) {
        endUtterance(results);
        return results;
    }
    if (m_samples - m_lastPartialAt >= PartialEverySamples) {
        m_lastPartialAt = m_samples;
        if (std::optional<SpeechResult> partial = hypothesis(SpeechResult::Kind::Partial);
            partial && partial->text != m_lastPartial) {
            m_lastPartial = partial->text;
            results.append(*partial);
        }
    }
    return results;
}

QList<SpeechResult> PocketSphinxRecognizer::skip(qint64 samples)
{
    QList<SpeechResult> results;
    ps_end_utt(m_decoder);
    if (std::optional<SpeechResult> final = hypothesis(SpeechResult::Kind::Final))
        results.append(*final);
    m_samples += samples;
    // The decoder counts frames from the start of its stream, across utterances: the audio
    // after the gap starts a new stream.
    ps_start_stream(m_decoder);
    m_streamStart = m_samples;
    startUtterance();
    return results;
}

QList<SpeechResult> PocketSphinxRecognizer::finish()
{
    QList<SpeechResult> results;
    endUtterance(results);
    return results;
}

void PocketSphinxRecognizer::startUtterance()
{
    ps_start_utt(m_decoder);
    m_utteranceStart = m_samples;
    m_lastPartial.clear();
    m_inSpeech = false;
}

void PocketSphinxRecognizer::endUtterance(QList<SpeechResult> &results)
{
    ps_end_utt(m_decoder);
    if (std::optional<SpeechResult> final = hypothesis(SpeechResult::Kind::Final))
        results.append(*final);
    startUtterance();
}

std::optional<SpeechResult> PocketSphinxRecognizer::hypothesis(SpeechResult::Kind kind)
{
    QStringList words;
    int firstFrame = -1;
    int lastFrame = -1;
    for (ps_seg_t *segment = ps_seg_iter(m_decoder); segment; segment = ps_seg_next(segment)) {
        const char *word = ps_seg_word(segment);
        if (!word || isFiller(word))
            continue;
        int start = 0;
        int end = 0;
        ps_seg_frames(segment, &start, &end);
        if (firstFrame < 0)
            firstFrame = start;
        lastFrame = end;
        words.append(spokenWord(word));
    }
    if (words.isEmpty())
        return std::nullopt;
    SpeechResult result;
    result.kind = kind;
    result.text = words.join(u' ');
    result.startMs = samplesToMs(m_streamStart + firstFrame * SamplesPerFrame);
    result.endMs = samplesToMs(m_streamStart + (lastFrame + 1) * SamplesPerFrame);
    return result;
}
