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

void DiskSyncer::finishFile(
    int ownedDescriptor, QObject *context, std::function<void(const QString &)> done)
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
    const bool oneForAll = finishing.size() >= SyncfsFromFiles && m_dirDescriptor >= 0;
    QString allError;
    if (oneForAll && ::syncfs(m_dirDescriptor) != 0) {
        allError = QStringLiteral("syncfs: ") + QString::fromLocal8Bit(strerror(errno));
        qWarning("earshot: %s", qPrintable(allError));
    }
    for (const Finish &finish : finishing) {
        QString error = allError;
        if (!oneForAll && ::fdatasync(finish.descriptor) != 0) {
            error = QStringLiteral("fdatasync: ") + QString::fromLocal8Bit(strerror(errno));
            qWarning("earshot: %s", qPrintable(error));
        }
        // A close can report a write-back error too, on file systems that defer them (NFS).
        if (::close(finish.descriptor) != 0 && error.isEmpty())
            error = QStringLiteral("close: ") + QString::fromLocal8Bit(strerror(errno));
        QMetaObject::invokeMethod(finish.context, [error, done = finish.done] { done(error); });
    }
}
