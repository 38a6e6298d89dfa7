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

QStringList StartupRepair::recentTakeFolders(const QString &recordingsDir, const QDateTime &now)
{
    const QString yesterday = now.toLocalTime().date().addDays(-1).toString(Qt::ISODate);
    QStringList takes;
    // Newest first there; a take's folder is the one below a day's.
    for (const QString &folder : SidecarRepair::recordingFolders(recordingsDir)) {
        if (folder < yesterday)
            break;
        if (folder.contains(u'/'))
            takes.prepend(folder);
    }
    return takes;
}

QDateTime StartupRepair::resumableUntil(const Sidecar &sidecar) const
{
    return sidecar.endedAt.addMSecs(m_resumeWindow.count());
}
