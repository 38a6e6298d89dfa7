#pragma once

#include <csignal>
#include <sys/types.h>
#include <utility>

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// One real `earshot --headless` of a scale-out test: its own config folder, the shared
// recordings folder, a name of its own; its log is kept for the test to read.
class ScaleoutInstance final
{
    Q_DISABLE_COPY_MOVE(ScaleoutInstance)

public:
    ScaleoutInstance(QString name, QString recordingsDir, QString configDir)
        : m_name(std::move(name))
        , m_recordingsDir(std::move(recordingsDir))
        , m_configDir(std::move(configDir))
    { }
    ~ScaleoutInstance()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // Starts it on a free loopback port and waits for the address it prints; false (and what it
    // printed, as a warning) when it did not come up.
    bool start()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configDir);
        environment.remove(QStringLiteral("JOURNAL_STREAM"));
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(EARSHOT_BINARY),
            { QStringLiteral("--headless"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dir"),
                m_recordingsDir, QStringLiteral("--no-tls"), QStringLiteral("--speech-model"),
                QStringLiteral("none"), QStringLiteral("--instance-name"), m_name });
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression url(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
        QRegularExpressionMatch match;
        (void)QTest::qWaitFor(
            [&] {
                match = url.match(log());
                return match.hasMatch() || m_process.state() == QProcess::NotRunning;
            },
            20000);
        if (!match.hasMatch()) {
            qWarning().noquote() << m_name << "printed:" << log();
            return false;
        }
        m_port = quint16(match.captured(1).toUInt());
        return true;
    }

    // kill -9: the process dies where it is, as a crash or an OOM kill leaves it.
    void kill9()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
    }

    // Everything it printed so far.
    QString log()
    {
        m_output += QString::fromUtf8(m_process.readAll());
        return m_output;
    }

    QString name() const { return m_name; }
    quint16 port() const { return m_port; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

private:
    QString m_name;
    QString m_recordingsDir;
    QString m_configDir;
    QProcess m_process;
    QString m_output;
    quint16 m_port = 0;
};
