#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// What one stream did. Plain value: it crosses from a worker thread to the runner once, at the end.
struct StreamResult
{
    int index = -1;
    QString name;
    bool connected = false; // the opening handshake succeeded
    bool started = false; // the server answered "started"
    // "stopped" arrived, every byte was acked, and the server counted them all.
    bool completed = false;
    QString failure; // why it did not complete; empty when it did
    int errors = 0; // error messages from the server, socket errors, protocol surprises
    QString firstError;
    qint64 chunksSent = 0;
    qint64 bytesSent = 0;
    qint64 chunksAcked = 0;
    qint64 bytesAcked = 0;
    qint64 serverBytes = -1; // "bytes" of the "stopped" answer
    QString file; // relative to the recordings folder
    QByteArray sha256; // of every byte sent
    quint64 seed = 0; // of its payload: the crash phase's check regenerates the acked bytes
    QList<qint64> latenciesUs; // one per acked chunk: ack arrival minus send
    QList<qint64> sendLagUs; // one per sent chunk: how late the bench sent it against its schedule
    qint64 stopLatencyUs = -1; // "stopped" arrival minus "stop" sent; -1: no "stopped"

    // The steady window (--window-s): chunks sent inside it, and acks that arrived inside it.
    qint64 windowChunksSent = 0;
    qint64 windowChunksAcked = 0;
    qint64 windowBytesAcked = 0;
    QList<qint64> windowLatenciesUs; // of the chunks acked inside the window
    QList<qint64> windowSendLagUs; // of the chunks sent inside the window

    // The crash phase. A drop is the connection lost while recording; the figures are of the last.
    int drops = 0;
    int resumes = 0; // "resumed" answers
    qint64 droppedNs = -1; // on the run's clock
    qint64 resumedNs = -1;
    qint64 ackedAtDrop = -1; // bytes acked when the connection dropped
    qint64 sentAtDrop = -1; // bytes handed to the socket by then
    qint64 resumedAtBytes = -1; // "bytes" of "resumed": what the restarted server still had
    // Sent after a resume: what the server lacked of the bytes sent before the drop, and what fell
    // due while the connection was down.
    qint64 bytesAfterResume = 0;
};

Q_DECLARE_METATYPE(StreamResult)
