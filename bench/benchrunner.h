#pragma once

#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include "benchoptions.h"
#include "benchreport.h"
#include "serverpid.h"
#include "streamresult.h"
#include "workerprogress.h"

class CrashPhase;
class MemorySampler;
class QThread;

// Runs one bench: spreads the streams over worker threads, starts the send phase when they are
// all ready, measures the server (its memory over a soak, a kill -9 in the crash phase), collects
// the results, checks the files and prints the report.
class BenchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchRunner)

public:
    explicit BenchRunner(const BenchOptions &options, QObject *parent = nullptr);
    ~BenchRunner() override;

    void start();

Q_SIGNALS:
    // The run is over and reported; exitCode is 0 only if every stream and every file passed.
    void finished(int exitCode);
    // To the workers.
    void sendingRequested();
    void abortRequested(const QString &reason);

private:
    static void stopThread(QThread *thread);
    using ThreadPointer = std::unique_ptr<QThread, decltype(&stopThread)>;

    // Makes the worker of one client thread (a BenchWorker, or a RawLoaderWorker with
    // --raw-client: the same slots and signals), wires it to the runner and starts it there.
    template<typename Worker>
    QObject *startWorker(
        int index, QThread &thread, const QList<int> &streamIndexes, int rampWindow);
    BenchReport::Checkpoint checkpoint();
    void onWorkerRampedUp();
    void beginSending();
    void onWorkerFinished(int worker, const QList<StreamResult> &results);
    void printProgress();
    void abortRun();
    void finishRun();

    BenchOptions m_options;
    ServerPid m_server;
    QElapsedTimer m_clock;
    MemorySampler *m_memory = nullptr; // child; only in a soak
    CrashPhase *m_crash = nullptr; // child; only with --kill-at
    std::vector<ThreadPointer> m_threads;
    QList<QObject *> m_workers; // each deleted by its thread when the thread finishes
    QList<WorkerProgress> m_progress; // latest per worker
    QList<bool> m_workerDone;
    QList<StreamResult> m_results; // indexed by stream
    BenchReport::Run m_run;
    QTimer m_rampTimer; // starts the send phase if the ramp-up drags on
    QTimer m_sendEndTimer; // marks the end of the send phase for the CPU figure
    QTimer m_windowStartTimer; // the steady window's two ends (--window-s)
    QTimer m_windowEndTimer;
    QTimer m_watchdog; // aborts what is left, then gives up waiting
    QTimer m_progressTimer;
    int m_workersRampedUp = 0;
    int m_workersDone = 0;
    bool m_sending = false;
    bool m_aborted = false;
    bool m_finished = false;
};
