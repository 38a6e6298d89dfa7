#pragma once

#include "dialect.h"

/// The oldest clients: audio from the first message on, no text at all; closing the connection
/// ends the recording. They get no replies.
class BinaryOnlyDialect final : public Dialect
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
