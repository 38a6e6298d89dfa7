#pragma once

#include "dialect.h"

/// Clients that send START_RECORDING and STOP_RECORDING as plain text. They read v1's replies.
class TextCommandsDialect final : public Dialect
{
public:
    Acks acks() const override { return Acks::Batched; }
    WhenDropped whenDropped() const override { return WhenDropped::Interrupt; }
    std::optional<QString> startedReply(const SessionFacts &session) const override;
};
