#pragma once

#include "dialect.h"

/// Clients that send {"type":"start_recording"} and {"type":"stop_recording"} and expect a
/// confirmation of every chunk.
class JsonCommandsDialect final : public Dialect
{
public:
    Acks acks() const override { return Acks::EveryChunk; }
    WhenDropped whenDropped() const override { return WhenDropped::Interrupt; }
    std::optional<QString> startedReply(const SessionFacts &session) const override;
    std::optional<QString> chunkReply(
        const SessionFacts &session, qint64 chunkBytes) const override;
    QString stoppedReply(const SessionFacts &session) const override;
};
