#include "crashphase.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <signal.h>

#include <QTextStream>

#include "benchlimits.h"

using namespace Qt::StringLiterals;

CrashPhase::CrashPhase(
    const ServerPid &server, const QUrl &url, const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_url(url)
    , m_clock(clock)
    , m_killTimer(this)
    , m_pollTimer(this)
    , m_probe(this)
{
    m_killTimer.setSingleShot(true);
    m_killTimer.setTimerType(Qt::PreciseTimer);
    m_pollTimer.setInterval(BenchLimits::restartPollInterval);
    connect(&m_killTimer, &QTimer::timeout, this, &CrashPhase::kill);
    connect(&m_pollTimer, &QTimer::timeout, this, &CrashPhase::poll);
    connect(&m_probe, &QTcpSocket::connected, this, [this] {
        m_figures.acceptingAtNs = m_clock.nsecsElapsed();
        m_pollTimer.stop();
        m_probe.abort();
        Q_EMIT serverBack();
    });
}

void CrashPhase::arm(qint64 delayMs)
{
    m_killTimer.start(std::max<qint64>(0, delayMs));
}

void CrashPhase::kill()
{
    const qint64 pid = m_server.current();
    if (pid <= 0) {
        giveUp(u"no server pid to kill"_s);
        return;
    }
    if (::kill(pid_t(pid), SIGKILL) != 0) {
        giveUp(
            u"kill -9 %1: %2"_s.arg(QString::number(pid), QString::fromLocal8Bit(strerror(errno))));
        return;
    }
    m_figures.killedPid = pid;
    m_figures.killAtNs = m_clock.nsecsElapsed();
    QTextStream(stderr) << "crash phase: kill -9 of the server (pid " << pid << ")" << Qt::endl;
    Q_EMIT killed();
    m_pollTimer.start();
}

void CrashPhase::poll()
{
    const qint64 nowNs = m_clock.nsecsElapsed();
    if (nowNs - m_figures.killAtNs > std::chrono::nanoseconds(BenchLimits::resumeTimeout).count()) {
        giveUp(u"the server was not back within %1 ms of the kill"_s.arg(
            BenchLimits::resumeTimeout.count()));
        return;
    }
    if (m_figures.restartedPid == 0) {
        const qint64 pid = m_server.current();
        if (pid <= 0 || pid == m_figures.killedPid)
            return;
        m_figures.restartedPid = pid;
        m_figures.restartedAtNs = nowNs;
        QTextStream(stderr) << "crash phase: the server was restarted (pid " << pid << ")"
                            << Qt::endl;
    }
    // One attempt at a time; a refused one ends in UnconnectedState and the next poll tries again.
    if (m_probe.state() == QAbstractSocket::UnconnectedState)
        m_probe.connectToHost(m_url.host(), quint16(m_url.port(80)));
}

void CrashPhase::giveUp(const QString &error)
{
    m_pollTimer.stop();
    m_probe.abort();
    m_figures.error = error;
    QTextStream(stderr) << "crash phase: " << error << Qt::endl;
}
