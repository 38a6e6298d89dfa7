#pragma once

#include <QJsonObject>

/// How fast a device's audio clock runs against the server's, measured from the audio it
/// delivers: each chunk's arrival (server clock) against the samples delivered so far. A line is
/// fitted through those points by least squares, per stretch of connection (a drop and resume
/// starts a new stretch, whose backlog arrives in a burst), the stretches sharing one slope.
/// A phone's clock may be off by about 0.01 % (a third of a second an hour); that slope says by
/// how much, so that the export can stretch the track back onto the server's time.
class ClockDrift final
{
public:
    /// Arrivals this soon after a stretch begins are left out: a resumed connection first
    /// sends what it held back, as fast as it can.
    static constexpr double SettleMs = 1000;
    /// Below this much time the fit says nothing worth correcting by.
    static constexpr double MinSpanMs = 5000;

    /// Carries on from what an earlier connection of the session measured (its toJson()).
    static ClockDrift fromJson(const QJsonObject &saved, int nominalRate);
    explicit ClockDrift(int nominalRate = 0) : m_nominalRate(nominalRate) { }

    /// `samples` (per channel) had been delivered in all when a chunk arrived at `arrivalMs`.
    void add(double arrivalMs, double samples);
    /// The connection dropped: the next arrival starts a new stretch.
    void breakStretch();

    /// Samples per second of the server's clock, as delivered; 0 while not known.
    double measuredRate() const;
    /// measuredRate() against the rate the device said, in parts per million; 0 while not known.
    double ppm() const;
    /// The server time the fit covers, over all stretches.
    double spanMs() const { return m_spanMs + currentSpanMs(); }

    /// {"nominalRate", "measuredRate", "ppm", "spanMs"} and the sums a resumed session goes on
    /// from.
    QJsonObject toJson() const;

private:
    struct Stretch
    {
        double firstMs = -1; ///< the stretch's first arrival, counted or not
        double n = 0;
        double meanT = 0;
        double meanS = 0;
        double stt = 0; ///< sum of (t - mean t)^2
        double sts = 0; ///< sum of (t - mean t)(s - mean s)
        double lastT = 0;
    };
    double currentSpanMs() const;
    double pooledStt() const { return m_stt + m_current.stt; }
    double pooledSts() const { return m_sts + m_current.sts; }

    int m_nominalRate = 0;
    // The stretches before the current one, folded together.
    double m_stt = 0;
    double m_sts = 0;
    double m_spanMs = 0;
    Stretch m_current;
};
