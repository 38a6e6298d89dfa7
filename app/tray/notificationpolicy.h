#pragma once

#include <chrono>

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include "sessionstats.h"

/// Decides which desktop notifications the monitor shows: a device connected (a session
/// started), and a recording ended unexpectedly (interrupted or failed). Fed the same batches as
/// the sessions table; it remembers each session's last state, so a session reported in many
/// batches is news once. Events that come close together are told in one notification
/// ("5 devices connected"). No widgets: Notifier shows what it emits.
class NotificationPolicy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationPolicy)

public:
    /// Events within this time of the first one are told together; also the fastest a second
    /// notification of the same kind can follow.
    static constexpr std::chrono::milliseconds DefaultCoalesceInterval { 1000 };
    /// A coalesced notification names this many sessions, then "and 3 more".
    static constexpr int MaxNamesListed = 3;

    explicit NotificationPolicy(QObject *parent = nullptr);
    ~NotificationPolicy() override;

    /// The setting: off drops what is pending and stays quiet, but keeps following the
    /// sessions, so that turning it on again does not tell old news.
    void setEnabled(bool enabled);
    bool isEnabled() const;
    void setCoalesceInterval(std::chrono::milliseconds interval);

    /// Sessions that exist before the policy starts listening (the server's snapshot): their
    /// states are known, nothing is told about them.
    void setKnownSessions(const QList<SessionStats> &sessions);
    /// A batch of changed sessions, as CaptureServer::sessionsUpdated delivers it.
    void updateSessions(const QList<SessionStats> &changed);

    /// The person ended this session (Disconnect): its end is not news.
    void expectEnd(const QString &sessionId);
    /// While the server stops, every live session ends interrupted on purpose: not news.
    void setServerStopping(bool stopping);

    /// Emits what is pending now instead of when the interval ends.
    void flush();
    bool hasPending() const;

Q_SIGNALS:
    void notify(const QString &title, const QString &text);

private:
    /// A session worth telling about, until the interval ends.
    struct Pending
    {
        QString name; ///< short: the label, or else the browser, or else the address
        QString description; ///< for a notification about this session alone
        SessionStats::State state;
    };

    void queue(QList<Pending> &pending, const SessionStats &stats);
    QString listOf(const QList<Pending> &pending) const;

    QHash<QString, SessionStats::State> m_states;
    QSet<QString> m_expectedEnds;
    QList<Pending> m_connected;
    QList<Pending> m_ended;
    QTimer m_coalesceTimer;
    bool m_enabled = true;
    bool m_serverStopping = false;
};
