#pragma once

#include <memory>

#include <QMainWindow>

#include "serversettings.h"
#include "sessionstats.h"
#include "tray/traypolicy.h"

class ApiKeyFeed;
class AppSettings;
class CaptureServer;
class AudioInputs;
class CertificatePins;
class ConnectDevicePanel;
class MicrophonePanel;
class NotificationPolicy;
class RateChart;
class CaptionPanel;
class TrayIcon;
class TakeView;
class Notifier;
class EventLogDock;
class QDockWidget;
class QAction;
class QLabel;
class QTabWidget;
class RecordingsView;
class QTableView;
class ServerStatusBar;
class SessionActions;
class SessionSortModel;
class SessionTableModel;

/// The desktop monitor: the sessions table, the events log, and the controls of the server.
/// It only shows figures the server publishes; sockets and files stay on the server's threads.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// \a settings are the ones to listen with: the stored ones with the command line on top.
    MainWindow(CaptureServer &server, AppSettings &appSettings, const ServerSettings &settings,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts listening with the current settings. A failure is shown in the window.
    bool startServer();
    /// Stops listening and finalizes every recording; the server reports when it is done.
    void stopServer();
    /// File > Quit and the tray's Quit: never hides to the tray; asks while devices record.
    void quit();
    /// Logout or a signal: closes without asking (the recordings are still finalized).
    void endSession();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// What to do once the server has shut down.
    enum class AfterShutdown
    {
        Nothing,
        Restart,
        Close
    };

    void createActions();
    void createMenusAndToolBar();
    void setUpTable();
    void onSessionsUpdated(const QList<SessionStats> &changed, const ServerTotals &totals);
    void onShutdownFinished();
    void updateServerState();
    void showSettings();
    void showApiKeys();
    void openRecordingsFolder();
    void makeNewPairingCode();
    void setUpMicrophone();
    void setUpTray();
    void showFromTray();
    void confirmClose(int liveSessions);
    void setUpTakeView();
    void newTake();
    void onLostGuestsChanged(const QStringList &lost, const QStringList &newlyLost);
    QUrl localStreamUrl() const;

    CaptureServer &m_server;
    AppSettings &m_appSettings;
    ServerSettings m_settings;

    SessionTableModel *m_model;
    SessionSortModel *m_sortModel;
    QTableView *m_table;
    QTabWidget *m_tabs = nullptr;
    RecordingsView *m_recordingsView = nullptr;
    QLabel *m_banner;
    /// A take's guest lost while the take records; apart from m_banner, which is the server's.
    QLabel *m_takeAlarmBanner;
    TakeView *m_takeView = nullptr;
    ServerStatusBar *m_statusBar;
    EventLogDock *m_eventDock;
    ConnectDevicePanel *m_connectPanel;
    QDockWidget *m_connectDock;
    std::unique_ptr<AudioInputs> m_audioInputs;
    std::unique_ptr<CertificatePins> m_certificatePins;
    std::unique_ptr<ApiKeyFeed> m_apiKeys;
    MicrophonePanel *m_microphonePanel = nullptr;
    QDockWidget *m_microphoneDock;
    SessionActions *m_sessionActions = nullptr;
    RateChart *m_rateChart;
    CaptionPanel *m_captionPanel;
    TrayPolicy *m_trayPolicy = nullptr;
    TrayIcon *m_trayIcon = nullptr;
    NotificationPolicy *m_notificationPolicy = nullptr;
    Notifier *m_notifier = nullptr;
    TrayPolicy::Request m_closeRequest = TrayPolicy::Request::CloseWindow;

    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_newTakeAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_apiKeysAction = nullptr;
    QAction *m_quitAction = nullptr;

    bool m_shuttingDown = false;
    AfterShutdown m_afterShutdown = AfterShutdown::Nothing;
};
