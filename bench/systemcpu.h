#pragma once

#include <optional>

#include <QtGlobal>

// CPU time the whole machine has spent busy, from /proc/stat. Compared with the server's and the
// bench's own time, it shows whether other work (a build, a test) competed with a run.
class SystemCpu final
{
public:
    // Busy clock ticks over all cores since boot (everything but idle and iowait).
    static std::optional<qint64> busyTicks();
};
