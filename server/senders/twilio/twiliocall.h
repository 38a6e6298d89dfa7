#pragma once

#include <array>
#include <deque>
#include <functional>
#include <vector>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

#include "calltimeline.h"
#include "protocol/errorcode.h"
#include "twiliomessage.h"

/// One phone call streamed by Twilio Media Streams (docs/protocol.md, "Phone calls"): the
/// messages of one WebSocket turned into a recording of both sides. The connection's session
/// records the stereo file; the call writes a file per track beside it (CallTimeline), keeps
/// the call's facts for the sidecar, and plays a bot's audio back on the call's clock the way
/// Twilio would, answering its marks and honouring clear. Lives on the connection's thread.
class TwilioCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TwilioCall)

public:
    /// What a call needs from the connection it arrived on.
    class Recorder
    {
    public:
        /// Creates the files a call writes beside its stereo one (the tracks), given the stereo
        /// file's path; false with why when one could not be made, having removed those it made.
        using CreateTrackFiles = std::function<bool(const QString &stereoPath, QString *why)>;

        /// Starts the session with the stereo file, then has `createTracks` make the track files;
        /// returns the stereo file's path, or empty when the session could not start (the
        /// client was told, and nothing of it is left on the disk).
        virtual QString startRecording(const QString &label, const CreateTrackFiles &createTracks)
            = 0;
        /// False when the session ended on it (the client was told).
        virtual bool appendRecording(const QByteArray &stereo) = 0;
        /// A track file could not be written: the session ends failed as it does when its own
        /// file cannot be (disk_full or write_error), calling finish(Ending::WhereTheyAre).
        virtual void writeFailed(RecordingWriter::Result result, const QString &errorString) = 0;
        virtual void saveCallFacts(const QJsonObject &call) = 0;
        /// The call is over: the session ends complete and the connection closes once the files
        /// are on the disk.
        virtual void stopRecording() = 0;
        /// Has the track file `fileName` synced and closed off this thread; -1: its descriptor
        /// could not be duplicated, it cannot be synced.
        virtual void finishTrackFile(int descriptor, const QString &fileName) = 0;
        virtual void reply(const QString &text) = 0;
        /// An error to the client; with `close`, the connection ends with it.
        virtual void refuse(ErrorCode code, const QString &message, bool close) = 0;
        /// Whether this connection may record. A pairing token the URL did not carry may come
        /// in the call's custom parameters (Twilio cannot put one in a stream's URL).
        virtual bool mayRecord(const QString &parameterToken) = 0;

    protected:
        ~Recorder() = default;
    };

    /// How finish() leaves the files.
    enum class Ending
    {
        /// Stop, a dropped connection, shutdown: both tracks and the stereo file are brought to
        /// the call's length. A write that fails on the way ends the session failed.
        AtTheCallsLength,
        /// A write failed and ends the session: nothing more is written (a full disk would
        /// refuse it anyway), each file keeps what it holds.
        WhereTheyAre,
    };

    explicit TwilioCall(Recorder &recorder, QObject *parent = nullptr);
    ~TwilioCall() override;

    /// Bounds on what a client may make a call hold: how far ahead of the call's clock a frame
    /// may be placed (Twilio stamps frames as they happen), and how much of a bot's audio and
    /// how many of its marks may wait to be played.
    static constexpr qint64 MaxLeadMs = 5000;
    static constexpr qint64 MaxBotQueueSamples = qint64(CallTimeline::SampleRate) * 120;
    static constexpr qsizetype MaxPendingMarks = 1000;

    /// Whether `text` may come before the call has proved its pairing code: `connected` and
    /// `start` only.
    static bool mayPrecedePairing(const QString &text);

    void handle(const QString &text);
    /// The session is ending: the files are ended as `ending` says, their WAV headers brought up
    /// to date (each stays playable), the facts saved, the track files handed to be synced.
    /// Idempotent.
    void finish(Ending ending = Ending::AtTheCallsLength);

private:
    struct PendingMark
    {
        qint64 queueEnd; ///< answered once the bot's audio has been played up to here
        QString name;
    };

    void start(const TwilioMessage &message);
    void media(const TwilioMessage &message);
    void mark(const TwilioMessage &message);
    void clear();
    void playBotAudio();
    bool place(TwilioMessage::Track track, qint64 atSample, const std::vector<qint16> &samples);
    bool flushStereo();
    /// A track file could not be written: the session ends, the files where they are.
    void failWrite(RecordingWriter::Result result);
    void answerMarksUpTo(qint64 played);
    /// Keeps a DTMF digit or a mark for the sidecar (up to a limit) and saves it.
    void keep(QJsonArray &events, const QJsonObject &event);
    qint64 clockSamples() const;
    qint64 timelineMs() const { return m_timeline.end() * 1000 / CallTimeline::SampleRate; }
    QJsonObject facts() const;
    QString markReply(const QString &name) const;

    Recorder &m_recorder;
    CallTimeline m_timeline;
    bool m_started = false;
    bool m_finished = false;
    QElapsedTimer m_clock; ///< from the start message on: Twilio plays audio in real time

    QString m_streamSid;
    QString m_callSid;
    QString m_accountSid;
    QStringList m_tracks;
    QJsonObject m_customParameters;
    QString m_inboundFile;
    QString m_outboundFile;
    QJsonArray m_dtmf;
    QJsonArray m_marks;
    qint64 m_badFrames = 0;
    qint64 m_eventsNotKept = 0;

    /// The bot's audio not played yet, decoded, and where on the timeline playing goes on.
    std::deque<qint16> m_botQueue;
    qint64 m_botQueued = 0; ///< samples ever queued
    qint64 m_botPlayed = 0; ///< samples ever played (or cleared)
    qint64 m_botPlayhead = 0;
    std::deque<PendingMark> m_pendingMarks;
    QTimer m_playTimer;

    std::vector<qint16> m_samples; ///< one message's, kept so that decoding allocates nothing
};
