#pragma once

#include <QString>

/// What a client says it produced for a session, sent with its stop: every audio byte across
/// resumes, counted and hashed, for Earshot to compare with what it holds (docs/protocol.md,
/// "Stop").
struct ProducedTotals
{
    qint64 bytes = 0;
    QString sha256; ///< 64 hex digits

    /// Whether sha256 is 64 hex digits (either case) and bytes is not negative.
    bool isWellFormed() const
    {
        if (bytes < 0 || sha256.size() != 64)
            return false;
        for (const QChar c : sha256) {
            const bool hex
                = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
            if (!hex)
                return false;
        }
        return true;
    }
};
