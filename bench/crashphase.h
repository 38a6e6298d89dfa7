#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include "serverpid.h"

// The crash phase: kill -9 of the server at a set moment of the send phase, then the wait for the
// restarted one (run-bench.sh restarts it on the same folder and writes its pid): first its new
// pid, then its port accepting. The streams find their way back on their own; this measures the
// server's side.
class CrashPhase final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrashPhase)

public:
    struct Figures
    {
        qint64 killedPid = 0; // 0: the kill did not happen
        qint64 killAtNs = -1; // on the runner's clock
        qint64 restartedPid = 0;
        qint64 restartedAtNs = -1; // the new pid was seen
        qint64 acceptingAtNs = -1; // the new server's port accepted a connection
        QString error; // why the kill or the restart did not happen
    };

    CrashPhase(const ServerPid &server, const QUrl &url, const QElapsedTimer &clock,
        QObject *parent = nullptr);

    // Kills the server delayMs from now.
    void arm(qint64 delayMs);
    const Figures &figures() const { return m_figures; }

Q_SIGNALS:
    void killed();
    void serverBack();

private:
    void kill();
    void poll();
    void giveUp(const QString &error);

    ServerPid m_server;
    QUrl m_url;
    const QElapsedTimer &m_clock;
    QTimer m_killTimer;
    QTimer m_pollTimer;
    QTcpSocket m_probe; // tries the restarted server's port
    Figures m_figures;
};
