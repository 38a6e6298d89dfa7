#pragma once

#include <chrono>
#include <deque>

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include "serverevent.h"

class QProcess;

/// Runs the operator's hook commands as processes of their own, never through a shell: a program
/// and its arguments, with what a client sent only in the environment. At most maxRunning run at
/// once, the others wait in turn; one that runs over the timeout is killed, with every process it
/// started. Failures (cannot start, exit status, signal, timeout) become warnings.
class HookRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HookRunner)

public:
    /// Hooks waiting beyond which a new one is skipped (with a warning) rather than queued.
    static constexpr qsizetype MaxWaiting = 10000;

    explicit HookRunner(QObject *parent = nullptr);
    /// Kills the hooks still running; the waiting ones are dropped.
    ~HookRunner() override;

    /// Counts from the next hook started.
    void setLimits(std::chrono::milliseconds timeout, int maxRunning);

    /// `hook` names it in the log ("on-finish"); `sessionId` and `peer` say whose session it is
    /// run for.
    void run(const QString &hook, const QStringList &command,
        const QProcessEnvironment &environment, const QString &sessionId, const QString &peer);

    int runningCount() const { return m_running; }
    qsizetype waitingCount() const { return qsizetype(m_waiting.size()); }

Q_SIGNALS:
    void eventOccurred(const ServerEvent &event);
    /// A hook's process is over, however it ended.
    void hookFinished(const QString &hook, const QString &sessionId);

private:
    struct Job
    {
        QString hook;
        QStringList command;
        QProcessEnvironment environment;
        QString sessionId;
        QString peer;
    };

    void startNext();
    void start(const Job &job);
    void warn(const Job &job, const QString &text);
    void done(const Job &job);

    std::chrono::milliseconds m_timeout { std::chrono::seconds(60) };
    int m_maxRunning = 4;
    int m_running = 0;
    std::deque<Job> m_waiting;
};
