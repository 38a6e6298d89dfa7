#pragma once

#include <chrono>
#include <memory>

#include <QIcon>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUrl>

#include "sessionstats.h"

class QAction;
class QMenu;

/// Earshot in the system tray: whether anything records (a red dot while devices record), how
/// many and how fast in the tooltip, and a menu to bring the window back, copy the address
/// phones open, and quit. It only shows and asks; the window decides what happens.
class TrayIcon final : public QSystemTrayIcon
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    /// The rate changes with every batch, and a tray's tooltip goes over D-Bus: once a second.
    static constexpr std::chrono::milliseconds ToolTipInterval { 1000 };
    static constexpr std::chrono::milliseconds StillRunningMessageTime { 6000 };

    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    void setTotals(const ServerTotals &totals);
    /// What a phone should open; empty while the server does not listen.
    void setConnectUrl(const QUrl &url);
    bool isRecording() const;
    /// Tells, the first time the window hides to the tray, where Earshot went and how to quit.
    void showStillRunningMessage();

    QAction *showWindowAction() const;
    QAction *copyUrlAction() const;
    QAction *quitAction() const;

    /// The tray's picture: Earshot's icon with a grey dot, or a red one while recording.
    static QIcon drawIcon(bool recording);

Q_SIGNALS:
    void showWindowRequested();
    void quitRequested();

private:
    void updateToolTip();
    void copyConnectUrl();
    void onActivated(QSystemTrayIcon::ActivationReason reason);

    std::unique_ptr<QMenu> m_menu; ///< QSystemTrayIcon does not own its menu
    QAction *m_showWindow;
    QAction *m_copyUrl;
    QAction *m_quit;
    QIcon m_idleIcon;
    QIcon m_recordingIcon;
    QTimer m_toolTipTimer;
    ServerTotals m_totals;
    QUrl m_url;
    QLocale m_locale;
    bool m_toldStillRunning = false;
};
