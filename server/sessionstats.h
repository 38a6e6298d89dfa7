#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

/// The figures of one recording session, as the faces show them.
/// Plain value: it crosses threads in batches.
struct SessionStats
{
    enum class State
    {
        Recording, ///< bytes are arriving
        Interrupted, ///< the connection dropped or the server stopped; may be resumed
        Complete, ///< the client said stop
        Failed, ///< stopped by an error (disk full, write error)
    };

    QString id;
    QString label;
    QString peer;
    QString userAgent;
    QString client; ///< the browser, readable: "Chrome 131 on Android"; empty when unknown
    QString format; ///< MIME type as sent or sniffed
    QString filePath; ///< absolute path of the recording
    QString take; ///< the take's id when the session is a guest's track in one
    State state = State::Recording;
    qint64 chunks = 0;
    qint64 bytes = 0;
    double byteRate = 0; ///< bytes per second, smoothed over about 2 s
    QDateTime startedAt;
    QDateTime endedAt; ///< invalid while recording
    QDateTime lastActivity; ///< when audio last came, to the figures' sampling (about 250 ms)
    qint64 audioDurationMs = -1; ///< -1 when the format does not tell
    double level = -1; ///< peak of recent audio, 0..1; -1 when unknown
    /// Stereo PCM: the peak of each side (a phone call's caller and other side), 0..1; -1 for
    /// any other format.
    double leftLevel = -1;
    double rightLevel = -1;
    /// What the client said it holds that no ack covers yet (protocol v1 "unsent"): bytes, and
    /// how much audio they are; 0 when it holds nothing or never said. Kept while interrupted.
    qint64 unsentBytes = 0;
    qint64 unsentDurationMs = 0;
    QString errorCode; ///< why it failed, if it did
    /// The WebVTT transcript's file name, beside the recording; empty when not transcribed.
    QString transcriptFile;
    /// Live captions: the latest finals, and the utterance in progress (replaced as it goes).
    QString captionFinal;
    QString captionPartial;
    /// An Icecast source's stream title now, as the source said it; empty when it said none.
    QString title;

    bool isLive() const { return state == State::Recording; }
    qint64 wallDurationMs(const QDateTime &now) const
    {
        return startedAt.msecsTo(endedAt.isValid() ? endedAt : now);
    }
};

/// Figures over all sessions.
struct ServerTotals
{
    int liveSessions = 0;
    qint64 sessions = 0; ///< since the server started
    qint64 connections = 0; ///< open WebSocket connections
    qint64 bytes = 0;
    double byteRate = 0;
};

QString sessionStateName(SessionStats::State state);

Q_DECLARE_METATYPE(SessionStats)
Q_DECLARE_METATYPE(ServerTotals)
