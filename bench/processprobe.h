#pragma once

#include <optional>

#include <QString>

// Reads a process's CPU time and memory from /proc (Linux).
class ProcessProbe final
{
public:
    struct Sample
    {
        qint64 pid = 0; // figures of two processes do not subtract
        qint64 cpuTicks = 0; // utime + stime, in clock ticks
        // The same of the main thread alone (/proc/PID/task/PID/stat): a GUI's thread. -1: unknown.
        qint64 mainThreadCpuTicks = -1;
        qint64 vmRssKiB = -1;
        qint64 vmHwmKiB = -1; // peak resident set
    };

    // Empty when the process is gone or /proc cannot be read; errorString() says why.
    static std::optional<Sample> sample(qint64 pid, QString *errorString = nullptr);
    // CPU time between two samples as a percentage of one core over wallNs.
    static double cpuPercent(const Sample &before, const Sample &after, qint64 wallNs);
    // Clock ticks per second, the unit of cpuTicks.
    static long ticksPerSecond();
};
