#pragma once

#include <functional>
#include <memory>
#include <mutex>

#include <QObject>

/// Where work done on another thread (a disk read for the API) hands its result back: to an
/// object on its own thread, as long as that object lives. The object closes the box when it
/// goes; what is posted after that is dropped. Thread-safe.
class ReplyBox final
{
    Q_DISABLE_COPY_MOVE(ReplyBox)

public:
    explicit ReplyBox(QObject *target) : m_target(target) { }

    /// Runs `work` on the target's thread, if the target still lives when it gets there.
    void post(std::function<void()> work)
    {
        const std::lock_guard lock(m_mutex);
        // Queued while the target is known to live; an event left for a target that goes is
        // deleted with it.
        if (m_target)
            QMetaObject::invokeMethod(m_target, std::move(work), Qt::QueuedConnection);
    }
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_target = nullptr;
    }

private:
    std::mutex m_mutex;
    QObject *m_target;
};
