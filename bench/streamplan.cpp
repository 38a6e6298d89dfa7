#include "streamplan.h"

StreamClient::Plan streamPlan(const BenchOptions &options, int index, qint64 position)
{
    const qint64 intervalNs = qint64(options.intervalMs) * 1'000'000;
    const qint64 tickNs = qint64(options.sendTickMs()) * 1'000'000;
    StreamClient::Plan plan;
    plan.url = options.url;
    plan.index = index;
    plan.format = options.format();
    plan.chunkBytes = options.chunkBytes;
    // Bulk: as many as the time allows; the stream counts them.
    plan.chunkCount = options.bulk ? 0 : options.chunksPerStream();
    plan.intervalNs = intervalNs;
    // Offsets fall on the timer's ticks, so how late a chunk leaves measures the worker's own
    // delay; consecutive streams take consecutive slots.
    plan.offsetNs = (position % options.sendSlots()) * tickNs;
    // Seeds far apart per stream, so that no two streams send the same bytes.
    plan.seed = options.seed * 0x100000001b3ULL + quint64(index);
    plan.resumable = options.crashPhase();
    if (options.hasWindow()) {
        plan.windowFromNs = qint64(options.windowAfterS * 1e9);
        plan.windowToNs = qint64((options.windowAfterS + options.windowS) * 1e9);
    }
    plan.bulk = options.bulk;
    plan.maxUnackedBytes = options.bulkUnackedBytes;
    plan.sendForNs = options.chunksPerStream() * intervalNs;
    return plan;
}
