#pragma once

#include <chrono>

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "sidecarrepair.h"

/// The pass over the recordings folder when the server starts, in two steps so that clients can
/// be let in between: first the recent day folders, whose interrupted sessions clients may still
/// resume, then the archive. Both steps write files: run them on a socket thread, not the GUI's.
class StartupRepair final
{
public:
    StartupRepair(const QString &recordingsDir, std::chrono::milliseconds resumeWindow);

    /// Today's and yesterday's folders. The report's resumable sessions ended within the resume
    /// window before `now`.
    SidecarRepair::Report repairRecent(const QDateTime &now);
    /// Every folder older than those; call after repairRecent().
    SidecarRepair::Report repairArchive();

    /// Until when a session that repairRecent() found may be resumed.
    QDateTime resumableUntil(const Sidecar &sidecar) const;
    /// The take folders of today's and yesterday's folders, oldest first: their takes are the
    /// ones a guest may come back to. Reads folder names only.
    static QStringList recentTakeFolders(const QString &recordingsDir, const QDateTime &now);

private:
    QString m_recordingsDir;
    std::chrono::milliseconds m_resumeWindow;
    QStringList m_archive;
};
