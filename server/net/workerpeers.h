#pragma once

#include <functional>

#include <QString>

/// How one socket worker reaches the others; the server that owns them all implements it.
class WorkerPeers
{
public:
    /// Called on the requester's thread: worker `holder` lets go of a live session (it becomes
    /// resumable), then `then` runs on the requester's thread.
    virtual void releaseSessionOn(
        int holder, int requester, const QString &sessionId, std::function<void()> then)
        = 0;
    /// Worker `holder`'s session `sessionId`, an Icecast source's, has a new title.
    virtual void setSourceTitleOn(int holder, const QString &sessionId, const QString &title) = 0;

protected:
    ~WorkerPeers() = default;
};
