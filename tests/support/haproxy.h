#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// Debian's HAProxy for the tests that put it in front of Earshot (tst_behindproxy, tst_scaleout).

// How long HAProxy is given to start listening, and to stop.
inline constexpr int ProxyTimeoutMs = 10000;

// A port on 127.0.0.1 that nothing listens on right now, for HAProxy to take: the kernel's pick
// for a listener that is closed again at once.
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Whether something accepts connections on 127.0.0.1:port.
inline bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool connected = socket.waitForConnected(1000);
    socket.abort();
    return connected;
}

// Debian's haproxy, started in the foreground with a configuration of the test's own, and
// stopped (by this object, its own child) when the test is over.
class HaProxy final
{
    Q_DISABLE_COPY_MOVE(HaProxy)

public:
    HaProxy() = default;
    ~HaProxy() { stop(); }

    static QString program()
    {
        return QStandardPaths::findExecutable(QStringLiteral("haproxy"),
            { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"),
                QStringLiteral("/usr/bin") });
    }

    // Starts HAProxy on `configPath` and waits until it accepts connections on `port`; false
    // with the reason in errorString() when it exits or does not listen in time.
    bool start(const QString &configPath, quint16 port)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // -db: in the foreground, not as a daemon, so that the test owns the process.
        m_process.start(program(), { QStringLiteral("-db"), QStringLiteral("-f"), configPath });
        const bool listening = QTest::qWaitFor(
            [&] { return m_process.state() == QProcess::NotRunning || accepts(port); },
            ProxyTimeoutMs);
        if (listening && m_process.state() == QProcess::Running)
            return true;
        m_errorString = QStringLiteral("haproxy did not listen on port %1 (%2): %3")
                            .arg(port)
                            .arg(m_process.state() == QProcess::NotRunning
                                    ? QStringLiteral("it exited with %1").arg(m_process.exitCode())
                                    : QStringLiteral("timed out"),
                                output());
        return false;
    }

    // Stops HAProxy as its service manager does (SIGTERM) and waits for it to go.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(ProxyTimeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(ProxyTimeoutMs);
        }
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString output() { return QString::fromLocal8Bit(m_process.readAll()).right(4000); }
    QString errorString() const { return m_errorString; }

private:
    QProcess m_process;
    QString m_errorString;
};
