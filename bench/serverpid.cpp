#include "serverpid.h"

#include <QFile>

ServerPid::ServerPid(qint64 pid, const QString &pidFile) : m_pid(pid), m_pidFile(pidFile) { }

qint64 ServerPid::current() const
{
    if (m_pidFile.isEmpty())
        return m_pid;
    QFile file(m_pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 pid = file.readAll().trimmed().toLongLong(&ok);
    return ok && pid > 0 ? pid : 0;
}
