#include "processprobe.h"

#include <unistd.h>

#include <QByteArrayList>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

std::optional<QByteArray> readProcFile(qint64 pid, const QString &name, QString *errorString)
{
    QFile file(u"/proc/%1/%2"_s.arg(QString::number(pid), name));
    // /proc files report a size of 0: read until the end instead of by size.
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = file.fileName() + u": "_s + file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

qint64 statusKiB(const QByteArray &status, QByteArrayView field)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(field)) {
            // "VmRSS:	   12345 kB"
            const QByteArrayList parts = line.mid(field.size()).simplified().split(' ');
            bool ok = false;
            const qint64 value = parts.value(0).toLongLong(&ok);
            return ok ? value : -1;
        }
    }
    return -1;
}

// utime + stime of a stat line (/proc/PID/stat or /proc/PID/task/TID/stat); -1 if it has no such.
qint64 cpuTicksOf(const QByteArray &stat)
{
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    const QByteArrayList fields = stat.mid(close + 2).split(' ');
    // Fields 14 and 15 of the whole line (utime, stime) are 11 and 12 after the name.
    bool utimeOk = false;
    bool stimeOk = false;
    const qint64 utime = fields.value(11).toLongLong(&utimeOk);
    const qint64 stime = fields.value(12).toLongLong(&stimeOk);
    return close < 0 || !utimeOk || !stimeOk ? -1 : utime + stime;
}

} // namespace

std::optional<ProcessProbe::Sample> ProcessProbe::sample(qint64 pid, QString *errorString)
{
    const auto stat = readProcFile(pid, u"stat"_s, errorString);
    if (!stat)
        return std::nullopt;
    const qint64 ticks = cpuTicksOf(*stat);
    if (ticks < 0) {
        if (errorString)
            *errorString = u"/proc/%1/stat: unexpected layout"_s.arg(pid);
        return std::nullopt;
    }

    Sample sample;
    sample.pid = pid;
    sample.cpuTicks = ticks;
    if (const auto thread = readProcFile(pid, u"task/%1/stat"_s.arg(pid), nullptr))
        sample.mainThreadCpuTicks = cpuTicksOf(*thread);
    if (const auto status = readProcFile(pid, u"status"_s, errorString)) {
        sample.vmRssKiB = statusKiB(*status, "VmRSS:");
        sample.vmHwmKiB = statusKiB(*status, "VmHWM:");
    }
    return sample;
}

long ProcessProbe::ticksPerSecond()
{
    static const long ticks = sysconf(_SC_CLK_TCK);
    return ticks;
}

double ProcessProbe::cpuPercent(const Sample &before, const Sample &after, qint64 wallNs)
{
    if (wallNs <= 0 || ticksPerSecond() <= 0 || before.pid != after.pid)
        return 0;
    const double cpuSeconds = double(after.cpuTicks - before.cpuTicks) / double(ticksPerSecond());
    return 100.0 * cpuSeconds / (double(wallNs) / 1e9);
}
