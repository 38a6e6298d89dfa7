#pragma once

#include "dialect.h"

/// A phone call streamed by Twilio Media Streams (server/senders/twilio/): Twilio's own
/// messages, none of Earshot's replies but errors and the bot's marks; `stop` ends the call,
/// a connection dropped without it ends it interrupted.
class PhoneCallDialect final : public Dialect
{
public:
    Acks acks() const override { return Acks::None; }
    WhenDropped whenDropped() const override { return WhenDropped::Interrupt; }
    QString fallbackLabel() const override;
    bool reportsStrayAudio() const override { return false; }
    std::optional<QString> startedReply(const SessionFacts &) const override
    {
        return std::nullopt;
    }
};
