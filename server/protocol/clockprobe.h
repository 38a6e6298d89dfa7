#pragma once

#include <chrono>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "v1client.h"

struct ServerReply;

/// This computer's clock against the server's, from protocol v1 "time" probes (docs/protocol.md,
/// "Takes"): a few probes on each connection, and of all the answers so far the one with the
/// shortest round trip gives the offset. The recorder page's TakeClock does the same.
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

    /// A moment of this computer on the server's clock: Unix ms, within uncertaintyMs.
    struct Placement
    {
        double serverMs = 0;
        double uncertaintyMs = 0;
    };

    explicit ClockProbe(QObject *parent = nullptr);
    ~ClockProbe() override;

    /// Probes on a new connection; finished() once its probes are answered or given up. What
    /// earlier connections measured is kept: a faster round trip is all a new one can add.
    void probe(V1Client &client);
    /// The connection went: no more probes on it.
    void stop();
    bool isProbing() const { return m_client != nullptr; }

    /// A probe sent at \a clientMs came back at \a receivedMs saying the server's clock read
    /// \a serverMs (all Unix ms).
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
    void end();

    struct Best
    {
        double offsetMs = 0;
        double roundTripMs = 0;
    };
    std::optional<Best> m_best;
    QPointer<V1Client> m_client;
    QTimer m_spacing;
    QTimer m_timeout;
    int m_sent = 0;
    int m_answered = 0;
};
