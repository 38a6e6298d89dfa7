#pragma once

#include <QString>

#include "protocol/producedtotals.h"

/// The payload of a finished recording as Earshot holds it: the client's bytes, without
/// Earshot's own WAV header.
struct HeldPayload
{
    qint64 bytes = -1;
    QString sha256; ///< lowercase hex; empty when the file could not be read
    QString error; ///< why it could not be read

    /// Reads the file from `offset` to its end and hashes it. Blocks on the disk: call it off the
    /// socket threads (a worker's verification pool does).
    static HeldPayload ofFile(const QString &path, qint64 offset);
    /// No file at all: zero bytes.
    static HeldPayload nothing();
};

/// Whether a recording holds exactly what its client produced.
struct PayloadCheck
{
    enum class State
    {
        Unverified, ///< the client sent no totals
        Verified, ///< same length, same SHA-256
        Mismatch, ///< `problem` says what differs
    };

    State state = State::Unverified;
    /// Mismatch: "missing the last 12800 bytes", "content differs", "holds 100 bytes more than
    /// the client produced", or why the file could not be read. For logs and the protocol; the
    /// faces say it in the person's language from the byte counts.
    QString problem;

    static PayloadCheck compare(const ProducedTotals &produced, const HeldPayload &held);
    /// "unverified", "verified", "mismatch": the sidecar's and the stopped reply's `verification`.
    QString stateName() const;
    static State stateFromName(const QString &name);
};
