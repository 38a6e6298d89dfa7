#pragma once

#include <QFileSystemWatcher>
#include <QObject>

#include "apikeystore.h"

class CaptureServer;

/// Keeps a server's accepted API keys those of the key store: loads them now and again whenever
/// the file changes (a key made or revoked from the command line or the monitor), so that a
/// running server takes the change up without a restart.
class ApiKeyFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyFeed)

public:
    ApiKeyFeed(CaptureServer &server, const QString &fileName, QObject *parent = nullptr);

    /// Reads the file again and hands the server its digests (none when it cannot be read).
    void reload();
    ApiKeyStore &store() { return m_store; }

Q_SIGNALS:
    /// The keys were read again (they may be the same).
    void keysChanged();
    /// The file could not be read: no key is accepted until it can.
    void loadFailed(const QString &errorString);

private:
    void watch();

    CaptureServer &m_server;
    ApiKeyStore m_store;
    QFileSystemWatcher m_watcher;
};
