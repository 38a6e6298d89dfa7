#pragma once

#include <QMetaType>

// A worker's running figures, sent to the runner once a second for the progress line.
struct WorkerProgress
{
    int streams = 0;
    int connected = 0;
    int started = 0;
    int finished = 0;
    int failed = 0;
    int interrupted = 0; // waiting to resume after a drop
    int resumed = 0; // resumed at least once
    qint64 chunksSent = 0;
    qint64 chunksAcked = 0;

    WorkerProgress &operator+=(const WorkerProgress &other)
    {
        streams += other.streams;
        connected += other.connected;
        started += other.started;
        finished += other.finished;
        failed += other.failed;
        interrupted += other.interrupted;
        resumed += other.resumed;
        chunksSent += other.chunksSent;
        chunksAcked += other.chunksAcked;
        return *this;
    }
};

Q_DECLARE_METATYPE(WorkerProgress)
