#pragma once

#include <functional>
#include <memory>

#include <QSslConfiguration>
#include <QString>

#include "serverevent.h"
#include "serversettings.h"

class AccessGuard;
class DiskSyncer;
class RemuxQueue;
class SessionRegistry;

/// What a connection needs from the worker it runs on. One per worker thread.
struct WorkerContext
{
    ServerSettings settings;
    /// Empty (null) when TLS is off.
    QSslConfiguration tlsConfiguration;
    /// The authority a device downloads at /ca.crt; empty with a user's own certificate.
    QByteArray authorityPem;
    std::shared_ptr<AccessGuard> accessGuard;
    /// Finished compressed recordings go here to become seekable. Outlives the workers.
    RemuxQueue *remuxQueue = nullptr;
    int workerIndex = 0;
    std::shared_ptr<SessionRegistry> registry;
    DiskSyncer *syncer = nullptr;
    /// Has a finished file synced to disk off this thread (taking the duplicated descriptor),
    /// then runs `done` on this worker's thread. The worker waits for these at shutdown.
    std::function<void(int descriptor, std::function<void()> done)> finishFile;
    std::function<void(ServerEvent::Severity, const QString &sessionId, const QString &peer,
                       const QString &text)>
            log;
    /// Asks worker `workerIndex` to let go of a live session (it becomes resumable), then runs
    /// `then` on the calling worker's thread.
    std::function<void(int workerIndex, const QString &sessionId, std::function<void()> then)>
            releaseSession;
};
