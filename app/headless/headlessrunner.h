#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "logoutput.h"
#include "serverevent.h"
#include "serversettings.h"

class CaptureServer;
class SignalWatcher;
class TakeExportJob;

/// The face without windows: starts the server, logs its events and totals to standard output
/// (LogOutput: a terminal, a pipe or the journal), on SIGHUP reads its config again and applies
/// what can change without a restart, and on SIGINT or SIGTERM stops it gracefully.
class HeadlessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessRunner)

public:
    static constexpr std::chrono::seconds TotalsInterval { 10 };
    /// How long a stopped take's guests have to stop their recordings before the server goes.
    static constexpr std::chrono::milliseconds TakeEndWait { 5000 };
    static constexpr std::chrono::milliseconds TakeEndCheckInterval { 100 };
    /// How long the export at the end may take before it is cancelled and the process exits:
    /// a supervisor's stop timeout (systemd: 90 s) should not run out on it.
    static constexpr std::chrono::seconds ExportAtEndTimeout { 60 };

    /// What the config and the command line say, read at the start and again on SIGHUP.
    struct Config
    {
        ServerSettings settings;
        QString takeName; ///< a take recorded from the start; empty for none
        bool exportAtEnd = false; ///< exports that take aligned once it has stopped
        QString path; ///< the config file read; empty for none
    };
    /// Reads them, or says why it cannot ("FILE:LINE: KEY: problem").
    using ConfigReader = std::function<std::optional<Config>(QString *errorString)>;

    HeadlessRunner(CaptureServer &server, ConfigReader readConfig, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    /// "recordings" in the working directory: a server is started where its files should go.
    static QString defaultRecordingsDir();

    /// Reads the config, starts the server and prints where it answers (and, in a terminal, the
    /// pairing QR code), then records the take the config names. On failure prints the reason
    /// to standard error and returns false.
    bool start();

Q_SIGNALS:
    /// The server has stopped and every recording is finalized; the process may exit.
    void finished(int exitCode);

private:
    /// Makes a take named `name`, starts it for every guest who opens its link (printed), and
    /// stops it when the server is asked to stop. With `exportAtEnd`, once the server has stopped
    /// and every track is final, exports it aligned (TakeExport), prints the files and only then
    /// finishes; a second signal or ExportAtEndTimeout cancels the export. False when the take
    /// cannot be made.
    bool recordTake(const QString &name, bool exportAtEnd);
    void onSignal(int signalNumber);
    void reload();
    void printPairing();
    void onShutdownFinished();
    void exportTake();
    void onExportFinished(bool succeeded, const QStringList &files, const QString &errorString);
    void stopTakeThenShutDown();
    void logEvent(const ServerEvent &event);
    void logTotals();
    void writeLine(const QString &text);
    void writeProblem(const QString &text);

    CaptureServer &m_server;
    ConfigReader m_readConfig;
    QString m_takeName; ///< what the config said at the start
    QString m_takeId; ///< the take recordTake() made, stopped on the way out
    QString m_takeFolder; ///< its folder, absolute
    bool m_exportAtEnd = false;
    std::unique_ptr<TakeExportJob> m_export;
    QTimer m_exportTimeout;
    int m_exportPercentShown = 0;
    QElapsedTimer m_takeEnding;
    std::unique_ptr<SignalWatcher> m_signals;
    QTimer m_totalsTimer;
    LogOutput m_log;
    bool m_stopping = false;
};
