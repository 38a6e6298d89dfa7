#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

/// A microphone for tests: a PulseAudio daemon of the test's own (its runtime folder in a
/// temporary directory, so tests can run side by side) with a source "sine" that plays a tone.
/// start() must run before anything touches Qt Multimedia: the process's environment points
/// PulseAudio clients at this daemon. The daemon is stopped by its pid at destruction.
///
/// The sine source pushes audio in 2 s blocks ahead of the clock, so a capture gets its first
/// 2 s at once; tests bound a capture by its amount of audio, not by wall time.
class PulseSine final
{
public:
    static constexpr int Frequency = 440;
    static constexpr const char *SourceId = "sine";

    PulseSine() = default;
    ~PulseSine() { stop(); }
    PulseSine(const PulseSine &) = delete;
    PulseSine &operator=(const PulseSine &) = delete;

    bool start()
    {
        if (!m_runtimeDir.isValid()) {
            m_errorString = QStringLiteral("no temporary folder");
            return false;
        }
        const QString runtime = m_runtimeDir.path();
        const QString socket = runtime + QStringLiteral("/pulse/native");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        qputenv("PULSE_SERVER", "unix:" + QFile::encodeName(socket));
        if (qEnvironmentVariableIsEmpty("HOME"))
            qputenv("HOME", QFile::encodeName(QDir::homePath()));

        m_daemon.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        m_daemon.setProgram(QStringLiteral("pulseaudio"));
        m_daemon.setArguments(
            { QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                QStringLiteral("--disallow-exit"), QStringLiteral("-n"),
                QStringLiteral("--log-target=stderr"), QStringLiteral("--log-level=error"),
                QStringLiteral("-L"), QStringLiteral("module-native-protocol-unix"),
                QStringLiteral("-L"), QStringLiteral("module-null-sink sink_name=vsink") });
        m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_daemon.start();
        if (!m_daemon.waitForStarted(5000)) {
            m_errorString = QStringLiteral("pulseaudio did not start: ") + m_daemon.errorString();
            return false;
        }
        if (!QTest::qWaitFor(
                [&] { return QFile::exists(socket) || m_daemon.state() != QProcess::Running; },
                10000)
            || m_daemon.state() != QProcess::Running) {
            m_errorString = QStringLiteral("pulseaudio exited or made no socket");
            return false;
        }
        return pactl({ QStringLiteral("load-module"), QStringLiteral("module-sine-source"),
                   QStringLiteral("source_name=%1").arg(QLatin1String(SourceId)),
                   QStringLiteral("frequency=%1").arg(Frequency), QStringLiteral("rate=48000") })
            && pactl({ QStringLiteral("set-default-source"), QLatin1String(SourceId) });
    }

    void stop()
    {
        if (m_daemon.state() == QProcess::NotRunning)
            return;
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }

    /// Runs pactl against this daemon; its output on success.
    bool pactl(const QStringList &arguments, QByteArray *output = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral("pactl"), arguments);
        if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            m_errorString = QStringLiteral("pactl %1 failed: %2")
                                .arg(arguments.join(QLatin1Char(' ')),
                                    QString::fromLocal8Bit(process.readAllStandardError()));
            return false;
        }
        if (output)
            *output = process.readAllStandardOutput().trimmed();
        return true;
    }

    QString errorString() const { return m_errorString; }

private:
    QTemporaryDir m_runtimeDir { QDir::tempPath() + QStringLiteral("/earshot-pulse-XXXXXX") };
    QProcess m_daemon;
    QString m_errorString;
};
