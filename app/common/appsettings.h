#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "serversettings.h"

class QSettings;

/// What the monitor remembers between runs: the server settings a person chose and the window
/// layout. The headless face reads only the installation's identity from it (the pairing token),
/// so that phones paired with one face work with the other. The file holds that token: it is
/// the owner's only (0600), and so is its folder when Earshot makes it (0700).
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

    /// The settings file (~/.config/Earshot/Earshot.conf for the user's).
    QString fileName() const;

    /// The user's Music folder, or the home folder when there is none, plus "Earshot".
    static QString defaultRecordingsDir();

    /// The stored settings; what was never stored, or is out of range, keeps its default.
    ServerSettings serverSettings() const;
    void setServerSettings(const ServerSettings &settings);

    /// Random per installation, made on first use; in the URL phones open (?t=...).
    QString pairingToken() const;
    /// A new token: devices paired with the old one must scan the new QR code.
    QString regeneratePairingToken();
    /// Where Earshot keeps its certificate authority and server certificate.
    static QString tlsDir();
    /// The API keys' file (ApiKeyStore), beside this settings file and its pairing code.
    QString apiKeysFile() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// Closing the window hides it in the tray (when there is one) instead of quitting.
    bool minimizeToTrayOnClose() const;
    void setMinimizeToTrayOnClose(bool minimize);
    /// Desktop notifications when a device connects or a recording ends unexpectedly.
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    /// The language chosen in the settings (AppLanguage's code, "de"), or "" for the system's.
    /// It applies at the next start.
    QString uiLanguage() const;
    void setUiLanguage(const QString &code);
    /// "Export aligned" by itself when the host stops a take (off by default).
    bool exportAlignedAtTakeEnd() const;
    void setExportAlignedAtTakeEnd(bool exportAtEnd);
    /// How many minutes the rate chart shows, 1..60.
    int rateChartMinutes() const;
    void setRateChartMinutes(int minutes);

private:
    void protect();

    std::unique_ptr<QSettings> m_store;
};
