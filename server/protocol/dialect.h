#pragma once

#include <optional>

#include <QString>

/// A session as a dialect's replies describe it.
struct SessionFacts
{
    QString id;
    QString file; ///< relative to the recordings folder
    QString resumeToken;
    qint64 bytes = 0;
    qint64 chunks = 0;
    qint64 durationMs = 0;
    /// The file was forced to the disk at its end (false: fdatasync failed).
    bool synced = true;
    /// Stopped: whether the file holds what the client produced ("verified", "mismatch",
    /// "unverified"); empty for a dialect whose clients cannot say.
    QString verification {};
    QString verificationProblem {}; ///< a mismatch: what differs
};

/// The rules and replies of one kind of client. Earshot speaks protocol v1 and the dialects of
/// its predecessors' clients; the message that starts a session chooses one (docs/protocol.md,
/// "Older clients"). A dialect holds no state: each is one constant object.
class Dialect
{
public:
    /// How a client learns that its bytes are on the disk.
    enum class Acks
    {
        None, ///< it does not: closing the connection ends the recording
        Batched, ///< one "ack" for all the chunks of an ack interval
        EveryChunk, ///< a confirmation for each chunk, once it is written
    };
    /// What a closed connection means for the session it carried.
    enum class WhenDropped
    {
        Complete, ///< closing is how the client says it is done
        Interrupt, ///< the session ends interrupted
        KeepResumable, ///< interrupted, and the client may resume it (after a restart too)
    };

    static const Dialect &v1();
    static const Dialect &binaryOnly();
    static const Dialect &textCommands();
    static const Dialect &jsonCommands();
    static const Dialect &transcribeStream();
    static const Dialect &phoneCall();
    static const Dialect &icecastSource();

    virtual ~Dialect() = default;

    virtual Acks acks() const = 0;
    virtual WhenDropped whenDropped() const = 0;
    /// The label of a session whose client named none.
    virtual QString fallbackLabel() const;
    /// Whether audio arriving while no session records is answered with expected_start.
    virtual bool reportsStrayAudio() const;
    /// The reply to a started session; nullopt when the dialect has none.
    virtual std::optional<QString> startedReply(const SessionFacts &session) const = 0;
    /// The reply to one written chunk, for Acks::EveryChunk.
    virtual std::optional<QString> chunkReply(const SessionFacts &session, qint64 chunkBytes) const;
    /// The reply once a stopped session's file is on the disk.
    virtual QString stoppedReply(const SessionFacts &session) const;

protected:
    Dialect() = default;
    Q_DISABLE_COPY_MOVE(Dialect)
};
