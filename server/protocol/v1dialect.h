#pragma once

#include "dialect.h"

/// Protocol v1 ({"type":"start"}, acks, resume): Earshot's own clients and anyone's new ones.
class V1Dialect final : public Dialect
{
public:
    Acks acks() const override { return Acks::Batched; }
    WhenDropped whenDropped() const override { return WhenDropped::KeepResumable; }
    std::optional<QString> startedReply(const SessionFacts &session) const override;
};
