#include "hookrunner.h"

#include <csignal>
#include <memory>
#include <unistd.h>

#include <QDateTime>
#include <QProcess>
#include <QTimer>

namespace {

// What a failed hook wrote last to its standard error, for the warning.
constexpr qsizetype MaxErrorChars = 300;

void killGroup(QProcess &process)
{
    // The hook leads a process group of its own (setsid in the child): a shell script's own
    // children go with it.
    if (const qint64 pid = process.processId(); pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    process.kill();
}

} // namespace

HookRunner::HookRunner(QObject *parent) : QObject(parent) { }

HookRunner::~HookRunner()
{
    m_waiting.clear();
    const QList<QProcess *> processes = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : processes) {
        process->disconnect(this);
        killGroup(*process);
        process->waitForFinished(1000);
    }
}

void HookRunner::setLimits(std::chrono::milliseconds timeout, int maxRunning)
{
    m_timeout = timeout;
    m_maxRunning = std::max(1, maxRunning);
    startNext();
}

void HookRunner::run(const QString &hook, const QStringList &command,
    const QProcessEnvironment &environment, const QString &sessionId, const QString &peer)
{
    if (command.isEmpty())
        return;
    const Job job { hook, command, environment, sessionId, peer };
    if (waitingCount() >= MaxWaiting) {
        warn(job, tr("Too many hooks are waiting; the %1 hook was skipped.").arg(hook));
        return;
    }
    m_waiting.push_back(job);
    startNext();
}

void HookRunner::startNext()
{
    while (m_running < m_maxRunning && !m_waiting.empty()) {
        const Job job = m_waiting.front();
        m_waiting.pop_front();
        start(job);
    }
}

void HookRunner::start(const Job &job)
{
    auto *process = new QProcess(this);
    process->setProgram(job.command.constFirst());
    process->setArguments(job.command.mid(1));
    process->setProcessEnvironment(job.environment);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(QProcess::nullDevice());
    // Its own process group (killGroup() ends all it starts); and none of Earshot's descriptors
    // past the standard three survive the exec (Qt's own start-up pipe works until then; a
    // kernel before 5.11 refuses the flag and leaves them as they were).
    process->setChildProcessModifier([] {
        ::setsid();
        ::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
    });
    ++m_running;

    auto timedOut = std::make_shared<bool>(false);
    auto said = std::make_shared<QByteArray>();
    connect(process, &QProcess::readyReadStandardError, this, [process, said] {
        *said += process->readAllStandardError();
        if (said->size() > MaxErrorChars)
            *said = said->right(MaxErrorChars);
    });
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [process, timedOut] {
        *timedOut = true;
        killGroup(*process);
    });
    const auto end = [this, process, job](const QString &problem) {
        if (!problem.isEmpty())
            warn(job, problem);
        process->disconnect(this);
        process->deleteLater();
        done(job);
    };
    connect(process, &QProcess::errorOccurred, this, [process, job, end](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            end(tr("The %1 hook could not start: %2").arg(job.hook, process->errorString()));
    });
    connect(process, &QProcess::finished, this,
        [this, process, job, end, timedOut, said](int exitCode, QProcess::ExitStatus status) {
            *said += process->readAllStandardError();
            const QString last = QString::fromLocal8Bit(said->right(MaxErrorChars)).trimmed();
            const QString tail = last.isEmpty() ? QString() : QStringLiteral(": ") + last;
            if (*timedOut)
                end(tr("The %1 hook ran over %2 s and was killed.")
                        .arg(job.hook)
                        .arg(double(m_timeout.count()) / 1000.0));
            else if (status == QProcess::CrashExit)
                end(tr("The %1 hook was ended by a signal%2").arg(job.hook, tail));
            else if (exitCode != 0)
                end(tr("The %1 hook exited with status %2%3")
                        .arg(job.hook)
                        .arg(exitCode)
                        .arg(tail));
            else
                end({});
        });
    timer->start(m_timeout);
    process->start();
}

void HookRunner::warn(const Job &job, const QString &text)
{
    Q_EMIT eventOccurred({ QDateTime::currentDateTime(), ServerEvent::Severity::Warning,
        job.sessionId, job.peer, text });
}

void HookRunner::done(const Job &job)
{
    --m_running;
    Q_EMIT hookFinished(job.hook, job.sessionId);
    startNext();
}
