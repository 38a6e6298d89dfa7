#include "disksyncer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <QDebug>
#include <QFile>

DiskSyncer::DiskSyncer(const QString &recordingsDir, std::chrono::milliseconds interval)
    : m_recordingsDir(recordingsDir)
    , m_interval(interval)
{
}

DiskSyncer::~DiskSyncer()
{
    if (m_dirDescriptor >= 0)
        ::close(m_dirDescriptor);
}

void DiskSyncer::start()
{
    m_dirDescriptor = ::open(QFile::encodeName(m_recordingsDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
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
    QMetaObject::invokeMethod(this, [ownedDescriptor, context, done = std::move(done)] {
        const bool ok = ::fdatasync(ownedDescriptor) == 0;
        if (!ok)
            qWarning("earshot: fdatasync failed: %s", strerror(errno));
        ::close(ownedDescriptor);
        QMetaObject::invokeMethod(context, [ok, done] { done(ok); });
    });
}
