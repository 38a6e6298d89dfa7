#pragma once

#include "dialect.h"

/// An Icecast source client (server/senders/icecast/): the body of its PUT or SOURCE request is
/// the stream, nothing is sent back, and hanging up is how it says the stream is over.
class IcecastSourceDialect final : public Dialect
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
