#include "disksyncer.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QDebug>
#include <QFile>

namespace {
// From this many files ending together, one syncfs() is cheaper than an fdatasync() each.
constexpr size_t SyncfsFromFiles = 4;
} // namespace

DiskSyncer::DiskSyncer(const QString &recordingsDir, std::chrono::milliseconds interval)
    : m_recordingsDir(recordingsDir), m_interval(interval)
{ }

DiskSyncer::~DiskSyncer()
{
    if (m_dirDescriptor >= 0)
        ::close(m_dirDescriptor);
}

void DiskSyncer::start()
{
    m_dirDescriptor = ::open(
        QFile::encodeName(m_recordingsDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_dirDescriptor < 0)
        qWarning("earshot: cannot open %s for syncing", qPrintable(m_recordingsDir));
    m_timer = new QTimer(this);
    m_timer->setInterval(m_interval);
    connect(m_timer, &QTimer::timeout, this, &DiskSyncer::syncAll);
    m_timer->start();
}

void DiskSyncer::stop()
{
    if (m_timer)
        m_timer->stop();
    syncAll();
}

void DiskSyncer::syncAll()
{
    if (m_dirDescriptor < 0 || !m_dirty.exchange(false, std::memory_order_relaxed))
        return;
    if (::syncfs(m_dirDescriptor) != 0)
        qWarning("earshot: syncfs failed: %s", strerror(errno));
}

void DiskSyncer::finishFile(int ownedDescriptor, QObject *context, std::function<void(bool)> done)
{
    QMetaObject::invokeMethod(this, [this, ownedDescriptor, context, done = std::move(done)] {
        m_finishing.push_back({ ownedDescriptor, context, done });
        // Queued behind the requests already posted, so that a burst is taken in one pass.
        if (m_finishing.size() == 1)
            QMetaObject::invokeMethod(this, &DiskSyncer::finishQueued, Qt::QueuedConnection);
    });
}

void DiskSyncer::finishQueued()
{
    const std::vector<Finish> finishing = std::exchange(m_finishing, {});
    bool allOk = true;
    if (finishing.size() >= SyncfsFromFiles && m_dirDescriptor >= 0) {
        allOk = ::syncfs(m_dirDescriptor) == 0;
        if (!allOk)
            qWarning("earshot: syncfs failed: %s", strerror(errno));
    }
    for (const Finish &finish : finishing) {
        bool ok = allOk;
        if (finishing.size() < SyncfsFromFiles || m_dirDescriptor < 0) {
            ok = ::fdatasync(finish.descriptor) == 0;
            if (!ok)
                qWarning("earshot: fdatasync failed: %s", strerror(errno));
        }
        ::close(finish.descriptor);
        QMetaObject::invokeMethod(finish.context, [ok, done = finish.done] { done(ok); });
    }
}
