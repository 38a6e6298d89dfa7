#include "systemcpu.h"

#include <QByteArrayList>
#include <QFile>

std::optional<qint64> SystemCpu::busyTicks()
{
    QFile file(QStringLiteral("/proc/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"; guest time is
    // already counted in user and nice.
    const QByteArrayList fields = file.readLine().simplified().split(' ');
    if (fields.size() < 9 || fields.first() != "cpu")
        return std::nullopt;
    qint64 busy = 0;
    for (const int column : { 1, 2, 3, 6, 7, 8 }) {
        bool ok = false;
        busy += fields.at(column).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    return busy;
}
