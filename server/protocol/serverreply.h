#pragma once

#include <optional>

#include <QString>

#include "errorcode.h"

/// One text message from the server as a protocol v1 client reads it: the counterpart of the
/// ServerMessage builders (docs/protocol.md). Only the v1 replies; the older dialects' answers
/// are Unknown.
struct ServerReply
{
    enum class Kind
    {
        Connection, ///< {"type":"connection"}: sent on open
        Started,
        Ack,
        Stopped,
        Resumed,
        Error,
        Caption, ///< "partial", "final" or "transcription" (docs/protocol.md, "Captions")
        Take, ///< where a joined take stands (docs/protocol.md, "Takes")
        Time, ///< the answer to a clock probe
        Unknown, ///< not JSON, not an object with a string "type", a type v1 does not have, or a
                 ///< v1 type without the field a client acts on (text says which)
    };

    Kind kind = Kind::Unknown;
    QString connectionId; ///< Connection
    int protocol = 0; ///< Connection
    QString server; ///< Connection
    QString session; ///< Started, Ack, Stopped, Resumed (may be empty for the last three)
    QString file; ///< Started, Stopped: relative to the recordings folder; empty while unknown
    QString resumeToken; ///< Started
    qint64 bytes = -1; ///< Ack, Stopped, Resumed: the session's bytes the server holds
    qint64 chunks = -1; ///< Ack, Stopped, Resumed; -1 when absent
    qint64 durationMs = -1; ///< Stopped; -1 when absent
    /// Stopped: "verified", "mismatch" or "unverified" (the client sent no totals); empty from a
    /// server that does not verify.
    QString verification;
    QString verificationProblem; ///< Stopped, a mismatch: what differs
    QString errorName; ///< Error: the code as sent
    std::optional<ErrorCode> errorCode; ///< Error: nullopt for a name the table does not have
    QString message; ///< Error: the server's text; Unknown: what is wrong
    QString type; ///< Caption: "partial", "final" or "transcription"
    QString text; ///< Caption: a partial's or a final's words
    QString
        state; ///< Caption: a transcription's state ("on", "done", "busy", ...); Take: its state
    QString take; ///< Take: its id
    QString name; ///< Take: its name
    double clientMs = 0; ///< Time: the probe's own time, sent back
    double serverMs = 0; ///< Time: the server's clock (Unix ms) when the probe came

    /// What the error table says a client does; nullopt for a code it does not have.
    std::optional<ErrorRemedy> remedy() const;

    static ServerReply parse(const QString &text);
};
