#pragma once

#include <vector>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include "benchoptions.h"
#include "streamclient.h"
#include "streamresult.h"
#include "workerprogress.h"

// The streams of one client thread. Opens them a few at a time, sends for all of them from one
// timer once the runner says so, and hands every result back in one batch when all are finished.
// Meant to be moved to its own QThread; call its slots through queued connections.
class BenchWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchWorker)

public:
    // streamIndexes: which of the run's streams (0..streams-1) this worker owns.
    // rampWindow: how many opening handshakes this worker keeps in flight at most, resumes
    // included. clock: the runner's, so that the streams' times compare with the crash phase's.
    BenchWorker(const BenchOptions &options, const QList<int> &streamIndexes, int rampWindow,
        const QElapsedTimer &clock, QObject *parent = nullptr);
    ~BenchWorker() override;

    void start();
    void beginSending();
    void abortAll(const QString &reason);

Q_SIGNALS:
    // Every stream has started or failed.
    void rampedUp();
    void progressed(const WorkerProgress &progress);
    // Once, when every stream is done or failed.
    void finished(const QList<StreamResult> &results);

private:
    void openMore();
    void resumeMore();
    void onStreamStateChanged(StreamClient::State from, StreamClient::State to);
    void sendTick();
    void checkDeadlines();
    void reportProgress();
    void finishIfDone();

    BenchOptions m_options;
    QList<int> m_streamIndexes;
    int m_rampWindow = 1;
    QElapsedTimer m_clock;
    std::vector<StreamClient *> m_streams; // children
    QTimer m_sendTimer;
    QTimer m_deadlineTimer;
    QTimer m_progressTimer;
    qint64 m_phaseStartNs = -1; // -1: not sending yet
    qsizetype m_nextToOpen = 0;
    int m_handshakes = 0; // in flight, resumes included
    int m_unsettled = 0; // neither started nor failed yet
    int m_sending = 0; // streams that need the send timer
    int m_finished = 0;
    bool m_rampReported = false;
    bool m_finishReported = false;
};
