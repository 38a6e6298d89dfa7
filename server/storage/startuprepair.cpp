#include "startuprepair.h"

#include <utility>

#include <QDate>

StartupRepair::StartupRepair(const QString &recordingsDir, std::chrono::milliseconds resumeWindow)
    : m_recordingsDir(recordingsDir), m_resumeWindow(resumeWindow)
{ }

SidecarRepair::Report StartupRepair::repairRecent(const QDateTime &now)
{
    const QString yesterday = now.toLocalTime().date().addDays(-1).toString(Qt::ISODate);
    QStringList recent = SidecarRepair::recordingFolders(m_recordingsDir);
    m_archive.clear();
    while (!recent.isEmpty() && recent.last() < yesterday)
        m_archive.prepend(recent.takeLast());
    return SidecarRepair::repairFolders(
        m_recordingsDir, recent, now.addMSecs(-m_resumeWindow.count()));
}

SidecarRepair::Report StartupRepair::repairArchive()
{
    return SidecarRepair::repairFolders(m_recordingsDir, std::exchange(m_archive, {}), {});
}

QDateTime StartupRepair::resumableUntil(const Sidecar &sidecar) const
{
    return sidecar.endedAt.addMSecs(m_resumeWindow.count());
}
