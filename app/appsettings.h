#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "serversettings.h"

class QSettings;

/// What the monitor remembers between runs: the server settings a person chose and the window
/// layout. The headless face does not read it; it is configured by its command line alone.
class AppSettings final
{
public:
    /// The user's settings file, named after the application object's organization and name.
    AppSettings();
    /// A settings file of its own (tests).
    explicit AppSettings(const QString &fileName);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    /// The user's Music folder, or the home folder when there is none, plus "Earshot".
    static QString defaultRecordingsDir();

    /// The stored settings; what was never stored, or is out of range, keeps its default.
    ServerSettings serverSettings() const;
    void setServerSettings(const ServerSettings &settings);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

private:
    std::unique_ptr<QSettings> m_store;
};
