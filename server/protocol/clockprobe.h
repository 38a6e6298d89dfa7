#pragma once

#include <chrono>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "v1client.h"

struct ServerReply;

/// This computer's clock against the server's, from protocol v1 "time" probes (docs/protocol.md,
/// "Takes"): a burst of probes on each connection and again every ReprobeInterval while it
/// lasts, and of the answers of the last MaxAnswerAge the one with the shortest round trip gives
/// the offset. Two clocks drift apart (NTP steers each its own way), so an older answer is worth
/// less than a slower fresh one. The recorder page's TakeClock does the same.
class ClockProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockProbe)

public:
    /// Probes per connection, this far apart (the page's too).
    static constexpr int ProbeCount = 8;
    static constexpr std::chrono::milliseconds ProbeSpacing { 150 };
    /// A connection's probes that have not all come back this long after the last one went are
    /// given up: what came back is what there is.
    static constexpr std::chrono::milliseconds AnswerTimeout { 2000 };
    /// A connection that lasts is probed again this often...
    static constexpr std::chrono::milliseconds ReprobeInterval { 60000 };
    /// ...and the best answer gives way to any newer one once it is this old.
    static constexpr std::chrono::milliseconds MaxAnswerAge { 150000 };

    /// A moment of this computer on the server's clock: Unix ms, within uncertaintyMs.
    struct Placement
    {
        double serverMs = 0;
        double uncertaintyMs = 0;
    };

    explicit ClockProbe(QObject *parent = nullptr);
    ~ClockProbe() override;

    /// Probes on a new connection; finished() once its probes are answered or given up, and
    /// again after each later burst on it. What earlier connections measured is kept while it is
    /// recent: a faster round trip is all a new one can add.
    void probe(V1Client &client);
    /// The connection went: no more probes on it.
    void stop();
    bool isProbing() const { return m_client != nullptr; }

    /// A probe sent at \a clientMs came back at \a receivedMs saying the server's clock read
    /// \a serverMs (all Unix ms). Kept when it is the fastest, or the best so far is older than
    /// MaxAnswerAge.
    void addAnswer(double clientMs, double serverMs, double receivedMs);
    bool isKnown() const { return m_best.has_value(); }
    /// \a localUnixMs on the server's clock; nullopt before the first answer.
    std::optional<Placement> toServerMs(double localUnixMs) const;
    /// The fastest round trip so far; -1 before the first answer.
    double bestRoundTripMs() const { return m_best ? m_best->roundTripMs : -1; }

    /// This computer's clock in Unix ms, finer than a millisecond (the server's is read alike).
    static double unixMsNow();

Q_SIGNALS:
    /// The probes of the current connection are all answered, or the wait for them ended.
    void finished();

private:
    void sendNext();
    void onTime(const ServerReply &reply);
    /// The burst is over: all answered or given up.
    void end();
    /// No more probes of this burst.
    void endBurst();

    struct Best
    {
        double offsetMs = 0;
        double roundTripMs = 0;
        double receivedMs = 0;
    };
    std::optional<Best> m_best;
    /// The connection probed now; the one to probe again when the reprobe timer ends.
    QPointer<V1Client> m_client;
    QPointer<V1Client> m_lastClient;
    QTimer m_spacing;
    QTimer m_timeout;
    QTimer m_reprobe;
    int m_sent = 0;
    int m_answered = 0;
};
