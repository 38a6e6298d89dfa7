#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>

#include "servermetrics.h"
#include "sessionstats.h"

/// What GET /metrics answers (docs/api.md, "Metrics"): the server's figures in the Prometheus
/// text format, made from values already in memory.
class MetricsReport final
{
public:
    struct TranscriberLoad
    {
        int running = 0;
        int max = 0;
    };
    struct Figures
    {
        ServerMetrics::Snapshot counters;
        ServerTotals totals;
        std::optional<TranscriberLoad> transcriber; ///< none: this server does not transcribe
        QDateTime startedAt;
    };

    static QByteArray render(const Figures &figures);
};
