#pragma once

#include "dialect.h"

/// The predecessor's /ws/transcribe-stream: 16 kHz 16-bit mono PCM from the first message on
/// (or a WAV header saying another rate), captions back, closing ends the recording.
class TranscribeStreamDialect final : public Dialect
{
public:
    Acks acks() const override { return Acks::None; }
    WhenDropped whenDropped() const override { return WhenDropped::Complete; }
    QString fallbackLabel() const override;
    bool reportsStrayAudio() const override { return false; }
    std::optional<QString> startedReply(const SessionFacts &) const override
    {
        return std::nullopt;
    }
};
