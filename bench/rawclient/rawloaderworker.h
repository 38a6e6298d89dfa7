#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

#include "benchoptions.h"
#include "epollset.h"
#include "rawstream.h"
#include "serveraddress.h"
#include "streamresult.h"
#include "uniquefd.h"
#include "workerprogress.h"

// The streams of one client thread of the raw loader (--raw-client): BenchWorker's job, with the
// same slots and signals, so that BenchRunner drives either. Its streams are RawStreams in one
// epoll set; the thread's Qt event loop watches only that set's descriptor, and a timerfd in the
// set ticks the send schedule. It opens the streams a few at a time (the ramp window), sends for
// all of them once the runner says so, and hands every result back in one batch when all are
// finished. Meant to be moved to its own QThread; call its slots through queued connections.
class RawLoaderWorker final : public QObject, private RawStream::Listener
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawLoaderWorker)

public:
    // As BenchWorker's: streamIndexes are the run's streams this worker owns, rampWindow the
    // opening handshakes it keeps in flight at most, clock the runner's.
    RawLoaderWorker(const BenchOptions &options, const QList<int> &streamIndexes, int rampWindow,
        const QElapsedTimer &clock, QObject *parent = nullptr);
    ~RawLoaderWorker() override;

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
    void streamStateChanged(RawStream &stream, RawStream::State from, RawStream::State to) override;
    QString setUp();
    void onEpollReady();
    void armSendTimer(bool on);
    void openMore();
    void sendTick();
    void checkDeadlines();
    void reportProgress();
    void finishIfDone();

    BenchOptions m_options;
    QList<int> m_streamIndexes;
    int m_rampWindow = 1;
    QElapsedTimer m_clock;
    ServerAddress m_server;
    EpollSet m_epoll;
    UniqueFd m_sendTimer; // a timerfd in m_epoll
    // Goes before the set whose descriptor it watches (members end in reverse order).
    std::unique_ptr<QSocketNotifier> m_epollNotifier;
    std::vector<std::unique_ptr<RawStream>> m_streams; // a stream's tag is its position here
    QByteArray m_chunk; // where every stream of the thread makes its next chunk
    QByteArray m_readBuffer; // where every stream of the thread reads
    QTimer m_deadlineTimer;
    QTimer m_progressTimer;
    qint64 m_phaseStartNs = -1; // -1: not sending yet
    qsizetype m_nextToOpen = 0;
    int m_handshakes = 0; // in flight
    int m_unsettled = 0; // neither started nor failed yet
    int m_sending = 0; // streams that need the send timer
    int m_finished = 0;
    bool m_opening = false; // openMore() is running: a stream failing at once must not re-enter it
    bool m_rampReported = false;
    bool m_finishReported = false;
};
