#include "clockprobe.h"

#include "serverreply.h"

ClockProbe::ClockProbe(QObject *parent) : QObject(parent)
{
    m_spacing.setInterval(ProbeSpacing);
    connect(&m_spacing, &QTimer::timeout, this, &ClockProbe::sendNext);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(AnswerTimeout);
    connect(&m_timeout, &QTimer::timeout, this, &ClockProbe::end);
    m_reprobe.setSingleShot(true);
    m_reprobe.setInterval(ReprobeInterval);
    connect(&m_reprobe, &QTimer::timeout, this, [this] {
        if (m_lastClient)
            probe(*m_lastClient);
    });
}

ClockProbe::~ClockProbe() = default;

double ClockProbe::unixMsNow()
{
    return std::chrono::duration<double, std::milli>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void ClockProbe::probe(V1Client &client)
{
    stop();
    m_client = &client;
    m_lastClient = &client;
    m_sent = m_answered = 0;
    connect(&client, &V1Client::timeReceived, this, &ClockProbe::onTime);
    sendNext();
    m_spacing.start();
}

void ClockProbe::stop()
{
    m_reprobe.stop();
    m_lastClient = nullptr;
    endBurst();
}

void ClockProbe::endBurst()
{
    m_spacing.stop();
    m_timeout.stop();
    if (m_client)
        m_client->disconnect(this);
    m_client = nullptr;
}

void ClockProbe::sendNext()
{
    if (!m_client) {
        stop();
        return;
    }
    m_client->sendTimeProbe(unixMsNow());
    if (++m_sent >= ProbeCount)
        m_spacing.stop();
    m_timeout.start();
}

void ClockProbe::onTime(const ServerReply &reply)
{
    addAnswer(reply.clientMs, reply.serverMs, unixMsNow());
    if (++m_answered >= ProbeCount)
        end();
}

void ClockProbe::end()
{
    if (!m_client)
        return;
    endBurst();
    m_reprobe.start();
    Q_EMIT finished();
}

void ClockProbe::addAnswer(double clientMs, double serverMs, double receivedMs)
{
    const double roundTripMs = receivedMs - clientMs;
    // An answer to no probe of ours (or from before a clock step) says nothing.
    if (!(roundTripMs >= 0))
        return;
    const bool recent = m_best && receivedMs - m_best->receivedMs <= double(MaxAnswerAge.count());
    if (recent && m_best->roundTripMs <= roundTripMs)
        return;
    m_best = Best { serverMs - (clientMs + roundTripMs / 2), roundTripMs, receivedMs };
}

std::optional<ClockProbe::Placement> ClockProbe::toServerMs(double localUnixMs) const
{
    if (!m_best)
        return std::nullopt;
    return Placement { localUnixMs + m_best->offsetMs, m_best->roundTripMs / 2 };
}
