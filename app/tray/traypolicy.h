#pragma once

#include <QObject>

/// What closing the window does. Closing while devices record would end their recordings, so
/// the person is asked first, unless they chose to keep Earshot running in the tray. No widgets:
/// the window shows the question and hides itself when the policy says so. The caller keeps the
/// setting and tells the policy how things stand.
class TrayPolicy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayPolicy)

public:
    /// Who wants the window closed.
    enum class Request
    {
        CloseWindow, ///< the window's close button or Alt+F4
        Quit, ///< File > Quit or the tray's Quit: the person means to end the program
        EndOfSession, ///< logout or a signal: nobody is there to answer, and the tray goes too
    };
    enum class Decision
    {
        Close,
        HideToTray,
        Confirm, ///< ask the person; confirmClose() when they say yes
    };

    explicit TrayPolicy(QObject *parent = nullptr);
    ~TrayPolicy() override;

    void setLiveSessions(int liveSessions);
    int liveSessions() const;
    /// The setting "minimize to tray on close".
    void setMinimizeToTray(bool minimize);
    bool minimizeToTray() const;
    /// Whether a tray shows Earshot's icon now, so that a hidden window can be brought back.
    void setTrayAvailable(bool available);
    bool isTrayAvailable() const;

    /// What the request would do now, without acting on it.
    Decision decide(Request request) const;
    /// Decides and emits the matching signal: closeApproved(), hideToTrayRequested() or
    /// confirmationRequested(). Once a close is approved, every later request closes: the
    /// window may ignore a close event while it finishes the recordings and close again after.
    Decision requestClose(Request request);
    /// The person answered yes to the question; emits closeApproved().
    void confirmClose();
    bool isClosing() const;

Q_SIGNALS:
    void closeApproved();
    void hideToTrayRequested();
    void confirmationRequested(int liveSessions);

private:
    int m_liveSessions = 0;
    bool m_minimizeToTray = false;
    bool m_trayAvailable = false;
    bool m_closing = false;
};
