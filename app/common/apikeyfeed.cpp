#include "apikeyfeed.h"

#include <QDir>
#include <QFileInfo>

#include "captureserver.h"

ApiKeyFeed::ApiKeyFeed(CaptureServer &server, const QString &fileName, QObject *parent)
    : QObject(parent), m_server(server), m_store(fileName)
{
    // The folder is watched, not only the file: the file is replaced (renamed over) on each
    // save, and may not exist yet. So the folder must, owner-only like the settings' own.
    const QString folder = QFileInfo(m_store.fileName()).absolutePath();
    if (!QFileInfo::exists(folder)) {
        QDir().mkpath(QFileInfo(folder).absolutePath());
        QDir().mkdir(folder,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    }
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ApiKeyFeed::reload);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ApiKeyFeed::reload);
    reload();
}

void ApiKeyFeed::reload()
{
    if (m_store.load()) {
        m_server.setApiKeyDigests(m_store.digests());
    } else {
        m_server.setApiKeyDigests({});
        Q_EMIT loadFailed(m_store.errorString());
    }
    watch();
    Q_EMIT keysChanged();
}

void ApiKeyFeed::watch()
{
    const QString folder = QFileInfo(m_store.fileName()).absolutePath();
    if (QFileInfo::exists(folder) && !m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    if (QFileInfo::exists(m_store.fileName()) && !m_watcher.files().contains(m_store.fileName()))
        m_watcher.addPath(m_store.fileName());
}
