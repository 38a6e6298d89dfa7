#include "memorysampler.h"

#include "processprobe.h"

MemorySampler::MemorySampler(const ServerPid &server, const QElapsedTimer &clock,
    std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent), m_server(server), m_clock(clock), m_timer(this)
{
    // The samples are meant to be evenly spaced over an hour; a coarse timer may drift by 5 %.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &MemorySampler::takeSample);
}

void MemorySampler::start()
{
    takeSample();
    m_timer.start();
}

void MemorySampler::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    takeSample();
}

void MemorySampler::takeSample()
{
    Sample sample;
    sample.atNs = m_clock.nsecsElapsed();
    sample.pid = m_server.current();
    if (sample.pid > 0) {
        if (const auto probe = ProcessProbe::sample(sample.pid))
            sample.vmRssKiB = probe->vmRssKiB;
    }
    m_samples.append(sample);
}
