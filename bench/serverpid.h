#pragma once

#include <QString>

// Which process is the server now. run-bench.sh restarts the server after the crash phase's kill,
// so its pid changes during a run; the script keeps the current one in a file.
class ServerPid final
{
public:
    // pid: the server's at the start (0: not known); pidFile: empty when the pid never changes.
    ServerPid(qint64 pid, const QString &pidFile);

    // 0 when there is no server to measure (no pid given, or the file is missing or empty, as it
    // is for a moment while the script restarts the server).
    qint64 current() const;

private:
    qint64 m_pid = 0;
    QString m_pidFile;
};
