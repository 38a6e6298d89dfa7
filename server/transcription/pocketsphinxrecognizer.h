#pragma once

#include <memory>

#include "speechrecognizer.h"

struct ps_decoder_s;
struct cmd_ln_s;

/// CMU PocketSphinx (Debian's 5prealpha API) behind SpeechRecognizer. Its voice activity detector
/// cuts the audio into utterances: partials while one goes on, a final when it ends. About 100 MiB
/// and half a core per recognizer on this kind of machine; English (US).
class PocketSphinxRecognizer final : public SpeechRecognizer
{
    Q_DISABLE_COPY_MOVE(PocketSphinxRecognizer)

public:
    static constexpr const char *DefaultModelDir = "/usr/share/pocketsphinx/model/en-us";

    /// Loads the model (it takes about a second); null with a reason when it cannot.
    static std::unique_ptr<PocketSphinxRecognizer> create(
        const QString &modelDir, QString *errorString);
    ~PocketSphinxRecognizer() override;

    QList<SpeechResult> feed(std::span<const qint16> samples) override;
    QList<SpeechResult> skip(qint64 samples) override;
    QList<SpeechResult> finish() override;

private:
    PocketSphinxRecognizer(cmd_ln_s *config, ps_decoder_s *decoder);
    void startUtterance();
    /// Ends the utterance and appends its final (if it heard words) to `results`.
    void endUtterance(QList<SpeechResult> &results);
    std::optional<SpeechResult> hypothesis(SpeechResult::Kind kind);

    cmd_ln_s *m_config = nullptr;
    ps_decoder_s *m_decoder = nullptr;
    qint64 m_samples = 0; ///< fed or skipped so far
    qint64 m_utteranceStart = 0; ///< in samples
    qint64 m_streamStart = 0; ///< in samples: where the decoder's frame count began
    qint64 m_lastPartialAt = 0; ///< in samples
    QString m_lastPartial;
    bool m_inSpeech = false;
};
