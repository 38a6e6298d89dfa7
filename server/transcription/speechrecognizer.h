#pragma once

#include <span>

#include <QList>
#include <QString>

#include "speechresult.h"

/// A speech recognizer: 16 kHz mono 16-bit samples in, partial and final results out. Earshot's
/// own seam, so that another engine can stand beside PocketSphinx without touching the rest.
/// Not thread-safe: one thread feeds one recognizer.
class SpeechRecognizer
{
public:
    static constexpr int SampleRate = 16000;

    virtual ~SpeechRecognizer() = default;

    /// What this audio produced: partials of the utterance in progress, finals of ended ones.
    virtual QList<SpeechResult> feed(std::span<const qint16> samples) = 0;
    /// Audio was left out (the recognizer fell behind): the utterance in progress ends now and
    /// the clock moves on by `samples`.
    virtual QList<SpeechResult> skip(qint64 samples) = 0;
    /// The audio ended: the final of the utterance in progress, if there is one.
    virtual QList<SpeechResult> finish() = 0;
};
