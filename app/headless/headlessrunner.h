#pragma once

#include <chrono>
#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#include "serverevent.h"
#include "serversettings.h"

class CaptureServer;
class SignalWatcher;
class TakeExportJob;

/// The face without windows: starts the server, logs its events and totals to standard output,
/// and on SIGINT or SIGTERM stops it gracefully. Every line is flushed at once, since a
/// supervisor or a test reads them through a pipe.
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

    explicit HeadlessRunner(CaptureServer &server, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    /// "recordings" in the working directory: a server is started where its files should go.
    static QString defaultRecordingsDir();

    /// Starts the server and prints where it answers. On failure prints the reason to standard
    /// error and returns false.
    bool start(const ServerSettings &settings);
    /// Once started: makes a take named `name`, starts it for every guest who opens its link
    /// (printed), and stops it when the server is asked to stop. With `exportAtEnd`, once the
    /// server has stopped and every track is final, exports it aligned (TakeExport), prints the
    /// files and only then finishes; a second signal or ExportAtEndTimeout cancels the export.
    /// False when the take cannot be made.
    bool recordTake(const QString &name, bool exportAtEnd = false);

Q_SIGNALS:
    /// The server has stopped and every recording is finalized; the process may exit.
    void finished(int exitCode);

private:
    void onSignal(int signalNumber);
    void onShutdownFinished();
    void exportTake();
    void onExportFinished(bool succeeded, const QStringList &files, const QString &errorString);
    void stopTakeThenShutDown();
    void logEvent(const ServerEvent &event);
    void logTotals();
    void writeLine(const QString &text);

    CaptureServer &m_server;
    QString m_takeId; ///< the take recordTake() made, stopped on the way out
    QString m_takeFolder; ///< its folder, absolute
    bool m_exportAtEnd = false;
    std::unique_ptr<TakeExportJob> m_export;
    QTimer m_exportTimeout;
    int m_exportPercentShown = 0;
    QElapsedTimer m_takeEnding;
    std::unique_ptr<SignalWatcher> m_signals;
    QTimer m_totalsTimer;
    QTextStream m_out;
    QTextStream m_err;
    bool m_stopping = false;
};
