#include "notifier.h"

#include <QSystemTrayIcon>

#include "notificationpolicy.h"

Notifier::Notifier(NotificationPolicy &policy, QSystemTrayIcon &tray, QObject *parent)
    : QObject(parent), m_tray(tray)
{
    connect(&policy, &NotificationPolicy::notify, this, &Notifier::show);
}

Notifier::~Notifier() = default;

void Notifier::show(const QString &title, const QString &text)
{
    if (!m_tray.isVisible() || !QSystemTrayIcon::supportsMessages())
        return;
    m_tray.showMessage(title, text, m_tray.icon(), int(DisplayTime.count()));
}
