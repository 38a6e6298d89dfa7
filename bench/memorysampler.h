#pragma once

#include <chrono>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include "serverpid.h"

// The soak's memory record: the server's VmRSS at a steady interval while the load runs. A sample
// names the process it read, so that a run with a restart shows which server each one is.
class MemorySampler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySampler)

public:
    struct Sample
    {
        qint64 atNs = 0; // on the runner's clock
        qint64 pid = 0;
        qint64 vmRssKiB = -1; // -1: the server could not be read (between kill and restart)
    };

    MemorySampler(const ServerPid &server, const QElapsedTimer &clock,
        std::chrono::milliseconds interval, QObject *parent = nullptr);

    // Takes a sample now and then one every interval, until stop(), which takes a last one.
    void start();
    void stop();

    const QList<Sample> &samples() const { return m_samples; }

private:
    void takeSample();

    ServerPid m_server;
    const QElapsedTimer &m_clock;
    QTimer m_timer;
    QList<Sample> m_samples;
};
