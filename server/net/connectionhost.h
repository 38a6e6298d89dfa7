#pragma once

#include <functional>

#include <QString>

#include "serverevent.h"

class QHostAddress;
struct ServerSettings;
struct SessionStats;
class SessionRegistry;
class ClientConnection;
class ServerMetrics;
class TakeBook;
class TranscriptionService;
struct HeldPayload;

/// What a client connection asks of the worker it runs on. The worker implements it; every call
/// is made on the worker's thread.
class ConnectionHost
{
public:
    enum class TokenCheck
    {
        Accepted,
        Wrong, ///< counted toward the address's ban
        Banned,
    };

    virtual const ServerSettings &settings() const = 0;
    virtual SessionRegistry &registry() = 0;
    virtual TakeBook &takes() = 0;
    virtual int workerIndex() const = 0;
    /// The counters /metrics shows; thread-safe.
    virtual ServerMetrics &metrics() = 0;
    /// Null when this server does not transcribe (no speech model).
    virtual TranscriptionService *transcription() = 0;
    /// A pairing token that came after the upgrade (a phone call's custom parameter), checked
    /// as the upgrade's would have been: a wrong one counts toward the ban.
    virtual TokenCheck checkPairingToken(const QHostAddress &peer, const QString &token) = 0;

    virtual void log(ServerEvent::Severity severity, const QString &sessionId, const QString &peer,
        const QString &text)
        = 0;
    /// Bytes were written to a recording: the next periodic sync covers them.
    virtual void markDirty() = 0;
    /// `connection` has bytes to acknowledge: its sendAck() is called soon (within the ack
    /// interval), once for all that arrive meanwhile.
    virtual void requestAck(ClientConnection *connection) = 0;
    /// Has a finished file synced to the disk off this thread (taking the duplicated descriptor),
    /// then runs `done` on this thread with why the sync failed (empty: the file is on the disk).
    /// A shutdown waits for these.
    virtual void finishFile(int descriptor, std::function<void(const QString &)> done) = 0;
    /// Reads and hashes a finished file from `offset` to its end off this thread (its payload, to
    /// compare with what the client produced), then runs `done` on this thread. A shutdown waits
    /// for these.
    virtual void checkPayload(
        const QString &path, qint64 offset, std::function<void(const HeldPayload &)> done)
        = 0;
    /// A finished compressed recording, to be remuxed so that players can seek in it.
    virtual void remux(const SessionStats &stats) = 0;
    /// Asks worker `holder` to let go of a live session (it becomes resumable), then runs `then`
    /// on this thread.
    virtual void takeOverSession(int holder, const QString &sessionId, std::function<void()> then)
        = 0;
    /// An Icecast source's metadata request came here for a session that worker `holder` runs:
    /// the title goes there (and is dropped if the session has ended meanwhile).
    virtual void deliverSourceTitle(int holder, const QString &sessionId, const QString &title) = 0;

protected:
    ~ConnectionHost() = default;
};
