#pragma once

#include <atomic>
#include <functional>
#include <vector>

#include <QObject>
#include <QString>
#include <QTimer>

/// Forces written recordings to the disk, on its own thread so that no socket thread ever
/// waits for the disk. Writers call markDirty() after writing (a relaxed atomic store); every
/// interval one syncfs() of the recordings file system covers all of them at once. Finishing
/// one file syncs just that file, then reports back.
class DiskSyncer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskSyncer)

public:
    explicit DiskSyncer(const QString &recordingsDir, std::chrono::milliseconds interval);
    ~DiskSyncer() override;

    /// Thread-safe.
    void markDirty()
    {
        // Read first: the store alone would take the cache line from every other writer.
        if (!m_dirty.load(std::memory_order_relaxed))
            m_dirty.store(true, std::memory_order_relaxed);
    }

    /// Thread-safe. Takes ownership of a duplicated descriptor: syncs it, closes it, then calls
    /// done on context's thread with why the sync failed (empty when the file is on the disk).
    /// context must outlive the syncer's thread.
    void finishFile(
        int ownedDescriptor, QObject *context, std::function<void(const QString &)> done);

    /// Call on the syncer's thread once it runs.
    void start();
    /// One last sync; call on the syncer's thread.
    void stop();

private:
    struct Finish
    {
        int descriptor;
        QObject *context;
        std::function<void(const QString &)> done;
    };

    void syncAll();
    void finishQueued();

    QString m_recordingsDir;
    std::chrono::milliseconds m_interval;
    int m_dirDescriptor = -1;
    std::atomic<bool> m_dirty { false };
    QTimer *m_timer = nullptr;
    /// Files whose sessions ended since the last pass; a burst (everyone stops at once) is
    /// covered by one syncfs() instead of one fdatasync() each.
    std::vector<Finish> m_finishing;
};
