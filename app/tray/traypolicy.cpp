#include "traypolicy.h"

#include <algorithm>

TrayPolicy::TrayPolicy(QObject *parent) : QObject(parent) { }

TrayPolicy::~TrayPolicy() = default;

void TrayPolicy::setLiveSessions(int liveSessions)
{
    m_liveSessions = std::max(liveSessions, 0);
}

int TrayPolicy::liveSessions() const
{
    return m_liveSessions;
}

void TrayPolicy::setMinimizeToTray(bool minimize)
{
    m_minimizeToTray = minimize;
}

bool TrayPolicy::minimizeToTray() const
{
    return m_minimizeToTray;
}

void TrayPolicy::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
}

bool TrayPolicy::isTrayAvailable() const
{
    return m_trayAvailable;
}

TrayPolicy::Decision TrayPolicy::decide(Request request) const
{
    if (m_closing || request == Request::EndOfSession)
        return Decision::Close;
    // Without a tray icon a hidden window could not be brought back.
    if (request == Request::CloseWindow && m_minimizeToTray && m_trayAvailable)
        return Decision::HideToTray;
    return m_liveSessions > 0 ? Decision::Confirm : Decision::Close;
}

TrayPolicy::Decision TrayPolicy::requestClose(Request request)
{
    const Decision decision = decide(request);
    switch (decision) {
    case Decision::Close:
        m_closing = true;
        Q_EMIT closeApproved();
        break;
    case Decision::HideToTray:
        Q_EMIT hideToTrayRequested();
        break;
    case Decision::Confirm:
        Q_EMIT confirmationRequested(m_liveSessions);
        break;
    }
    return decision;
}

void TrayPolicy::confirmClose()
{
    m_closing = true;
    Q_EMIT closeApproved();
}

bool TrayPolicy::isClosing() const
{
    return m_closing;
}
