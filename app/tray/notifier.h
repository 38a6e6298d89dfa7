#pragma once

#include <chrono>

#include <QObject>

class NotificationPolicy;
class QSystemTrayIcon;

/// Shows what a NotificationPolicy decides as desktop notifications, through the tray icon
/// (which uses the freedesktop notification service where there is one). A tray that is not
/// shown shows nothing: without one there is nowhere to click to bring the window back.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    /// Long enough to read two lines; desktops may keep it in their notification list after.
    static constexpr std::chrono::milliseconds DisplayTime { 8000 };

    /// Neither the policy nor the tray is owned; both must outlive the notifier (give them, or
    /// their owner, as parent).
    Notifier(NotificationPolicy &policy, QSystemTrayIcon &tray, QObject *parent = nullptr);
    ~Notifier() override;

    /// Shows a notification that is no policy's (a take's lost guest).
    void show(const QString &title, const QString &text);

private:
    QSystemTrayIcon &m_tray;
};
