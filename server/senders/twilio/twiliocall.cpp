#include "twiliocall.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include "mulaw.h"

namespace {

constexpr int PlayTickMs = 20; // Twilio's frame
constexpr qint64 SamplesPerMs = CallTimeline::SampleRate / 1000;
/// DTMF digits and marks a call keeps for its sidecar; a client sending more only has them
/// counted.
constexpr qsizetype MaxEventsKept = 1000;

QString trackFilePath(const QString &stereoPath, const char *track)
{
    const QFileInfo stereo(stereoPath);
    return stereo.dir().filePath(stereo.completeBaseName() + QLatin1Char('.') + QLatin1String(track)
        + QStringLiteral(".wav"));
}

} // namespace

TwilioCall::TwilioCall(Recorder &recorder, QObject *parent) : QObject(parent), m_recorder(recorder)
{
    m_playTimer.setInterval(PlayTickMs);
    connect(&m_playTimer, &QTimer::timeout, this, &TwilioCall::playBotAudio);
}

TwilioCall::~TwilioCall() = default;

bool TwilioCall::mayPrecedePairing(const QString &text)
{
    const TwilioMessage::Event event = TwilioMessage::parse(text).event;
    return event == TwilioMessage::Event::Connected || event == TwilioMessage::Event::Start;
}

void TwilioCall::handle(const QString &text)
{
    if (m_finished)
        return;
    const TwilioMessage message = TwilioMessage::parse(text);
    switch (message.event) {
    case TwilioMessage::Event::Connected:
        return;
    case TwilioMessage::Event::Start:
        start(message);
        return;
    case TwilioMessage::Event::Invalid:
        if (message.eventName == u"media" && m_started)
            ++m_badFrames; // its 20 ms stay silent: the next frame's timestamp places it
        m_recorder.refuse(ErrorCode::BadMessage, message.problem, false);
        return;
    case TwilioMessage::Event::Unknown:
        m_recorder.refuse(ErrorCode::UnknownType,
            QStringLiteral("Unknown Media Streams event \"%1\".").arg(message.eventName), false);
        return;
    default:
        break;
    }
    if (!m_started) {
        m_recorder.refuse(ErrorCode::ExpectedStart,
            QStringLiteral("\"%1\" came before the stream's \"start\".").arg(message.eventName),
            false);
        return;
    }
    switch (message.event) {
    case TwilioMessage::Event::Media:
        media(message);
        break;
    case TwilioMessage::Event::Dtmf:
        keep(m_dtmf,
            QJsonObject { { QStringLiteral("digit"), message.digit },
                { QStringLiteral("atMs"), timelineMs() } });
        break;
    case TwilioMessage::Event::Mark:
        mark(message);
        break;
    case TwilioMessage::Event::Clear:
        clear();
        break;
    case TwilioMessage::Event::Stop:
        finish();
        m_recorder.stopRecording();
        break;
    default:
        break;
    }
}

void TwilioCall::start(const TwilioMessage &message)
{
    if (m_started) {
        m_recorder.refuse(
            ErrorCode::AlreadyRecording, QStringLiteral("This stream has started already."), false);
        return;
    }
    if (message.encoding != u"audio/x-mulaw" || message.sampleRate != CallTimeline::SampleRate
        || message.channels != 1) {
        m_recorder.refuse(ErrorCode::BadFormat,
            QStringLiteral("Only audio/x-mulaw at 8000 Hz, one channel, is taken; this stream "
                           "sends %1 at %2 Hz, %3 channels.")
                .arg(message.encoding)
                .arg(message.sampleRate)
                .arg(message.channels),
            true);
        return;
    }
    QJsonObject parameters = message.customParameters;
    // The pairing code is no fact of the call: it is checked, never kept.
    const QString token = parameters.take(QStringLiteral("t")).toString();
    if (!m_recorder.mayRecord(token))
        return;

    const QString label = parameters.value(QStringLiteral("name")).toString();
    QString inboundPath;
    QString outboundPath;
    const QString stereoPath
        = m_recorder.startRecording(label.isEmpty() && !message.callSid.isEmpty()
                ? QStringLiteral("Call %1").arg(message.callSid)
                : label,
            [&](const QString &stereo, QString *why) {
                inboundPath = trackFilePath(stereo, "inbound");
                outboundPath = trackFilePath(stereo, "outbound");
                return m_timeline.open(inboundPath, outboundPath, why);
            });
    if (stereoPath.isEmpty())
        return;
    m_started = true;
    m_clock.start();
    m_streamSid = message.streamSid;
    m_callSid = message.callSid;
    m_accountSid = message.accountSid;
    m_tracks
        = message.tracks.isEmpty() ? QStringList { QStringLiteral("inbound") } : message.tracks;
    m_customParameters = parameters;
    m_inboundFile = QFileInfo(inboundPath).fileName();
    m_outboundFile = QFileInfo(outboundPath).fileName();
    m_recorder.saveCallFacts(facts());
}

void TwilioCall::media(const TwilioMessage &message)
{
    m_samples.resize(size_t(message.payload.size()));
    MuLaw::decode(message.payload, m_samples.data());
    if (!message.fromTwilio && !message.timestampMs) {
        if (qint64(m_botQueue.size() + m_samples.size()) > MaxBotQueueSamples) {
            m_recorder.refuse(ErrorCode::BadMessage,
                QStringLiteral("The bot has queued more audio than the call may hold (%1 s); "
                               "this message was dropped.")
                    .arg(MaxBotQueueSamples / CallTimeline::SampleRate),
                false);
            return;
        }
        // A bot's audio: Twilio plays it after what it has queued, from when it arrives.
        if (m_botQueue.empty())
            m_botPlayhead = std::max(m_botPlayhead, clockSamples());
        m_botQueue.insert(m_botQueue.end(), m_samples.begin(), m_samples.end());
        m_botQueued += qint64(m_samples.size());
        if (!m_playTimer.isActive())
            m_playTimer.start();
        playBotAudio();
        return;
    }
    if (message.timestampMs && *message.timestampMs > m_clock.elapsed() + MaxLeadMs) {
        // Placing it would write the silence before it: a clock far ahead is a client's error.
        ++m_badFrames;
        m_recorder.refuse(ErrorCode::BadMessage,
            QStringLiteral("A media timestamp of %1 ms is ahead of the call, %2 ms old; the "
                           "frame was dropped.")
                .arg(*message.timestampMs)
                .arg(m_clock.elapsed()),
            false);
        return;
    }
    const qint64 at = message.timestampMs ? *message.timestampMs * SamplesPerMs
                                          : m_timeline.trackEnd(message.track);
    place(message.track, at, m_samples);
}

void TwilioCall::mark(const TwilioMessage &message)
{
    keep(m_marks,
        QJsonObject { { QStringLiteral("name"), message.markName },
            { QStringLiteral("atMs"), timelineMs() } });
    if (message.fromTwilio)
        return; // Twilio telling its bot that a mark was played: nothing to answer
    if (m_botPlayed >= m_botQueued) {
        m_recorder.reply(markReply(message.markName));
        return;
    }
    if (m_pendingMarks.size() >= size_t(MaxPendingMarks)) {
        m_recorder.refuse(ErrorCode::BadMessage,
            QStringLiteral("%1 marks wait to be played already; this one was dropped.")
                .arg(MaxPendingMarks),
            false);
        return;
    }
    m_pendingMarks.push_back({ m_botQueued, message.markName });
}

void TwilioCall::clear()
{
    // What the bot queued and was not played yet is never heard: it stays out of the files.
    m_botPlayed += qint64(m_botQueue.size());
    m_botQueue.clear();
    m_playTimer.stop();
    answerMarksUpTo(m_botPlayed);
}

void TwilioCall::playBotAudio()
{
    const qint64 due = std::min(qint64(m_botQueue.size()), clockSamples() - m_botPlayhead);
    if (due > 0) {
        m_samples.assign(m_botQueue.begin(), m_botQueue.begin() + due);
        m_botQueue.erase(m_botQueue.begin(), m_botQueue.begin() + due);
        const qint64 at = m_botPlayhead;
        m_botPlayhead += due;
        m_botPlayed += due;
        if (!place(TwilioMessage::Track::Outbound, at, m_samples))
            return;
        answerMarksUpTo(m_botPlayed);
    }
    if (m_botQueue.empty())
        m_playTimer.stop();
}

bool TwilioCall::place(
    TwilioMessage::Track track, qint64 atSample, const std::vector<qint16> &samples)
{
    if (const RecordingWriter::Result result
        = m_timeline.place(track, atSample, samples.data(), qint64(samples.size()));
        result != RecordingWriter::Result::Ok) {
        failWrite(result);
        return false;
    }
    return flushStereo();
}

bool TwilioCall::flushStereo()
{
    if (!m_timeline.commit()) {
        failWrite(RecordingWriter::Result::Failed);
        return false;
    }
    const QByteArray stereo = m_timeline.takeStereo();
    return stereo.isEmpty() || m_recorder.appendRecording(stereo);
}

void TwilioCall::failWrite(RecordingWriter::Result result)
{
    m_recorder.writeFailed(result, m_timeline.errorString());
    // Ending the session has finished the call; should it not have, nothing more is written.
    finish(Ending::WhereTheyAre);
}

void TwilioCall::answerMarksUpTo(qint64 played)
{
    while (!m_pendingMarks.empty() && m_pendingMarks.front().queueEnd <= played) {
        m_recorder.reply(markReply(m_pendingMarks.front().name));
        m_pendingMarks.pop_front();
    }
}

void TwilioCall::finish(Ending ending)
{
    if (!m_started || m_finished)
        return;
    m_finished = true;
    m_playTimer.stop();
    RecordingWriter::Result result = RecordingWriter::Result::Ok;
    QByteArray stereo;
    if (ending == Ending::AtTheCallsLength) {
        // The bot's audio still queued was never played; the call ends where its audio does.
        result = m_timeline.padTo(std::max(m_timeline.end(), m_botPlayhead));
        // What both tracks cover, also where padding stopped on the way.
        stereo = m_timeline.takeStereo();
    }
    QString problem = m_timeline.errorString();
    // The headers say what the files hold, also after a failed write: each stays playable.
    if (!m_timeline.commit() && result == RecordingWriter::Result::Ok) {
        result = RecordingWriter::Result::Failed;
        problem = m_timeline.errorString();
    }
    m_recorder.saveCallFacts(facts());
    const std::array<int, 2> descriptors = m_timeline.finish();
    m_recorder.finishTrackFile(descriptors[0], m_inboundFile);
    m_recorder.finishTrackFile(descriptors[1], m_outboundFile);
    // Last, since either ends the session: a failed write of the stereo file, then of a track.
    if (!stereo.isEmpty() && !m_recorder.appendRecording(stereo))
        return;
    if (result != RecordingWriter::Result::Ok && ending == Ending::AtTheCallsLength)
        m_recorder.writeFailed(result, problem);
}

void TwilioCall::keep(QJsonArray &events, const QJsonObject &event)
{
    if (events.size() >= MaxEventsKept) {
        ++m_eventsNotKept;
        return;
    }
    events.append(event);
    m_recorder.saveCallFacts(facts());
}

qint64 TwilioCall::clockSamples() const
{
    return m_clock.elapsed() * SamplesPerMs;
}

QJsonObject TwilioCall::facts() const
{
    QJsonObject call { { QStringLiteral("streamSid"), m_streamSid },
        { QStringLiteral("callSid"), m_callSid }, { QStringLiteral("accountSid"), m_accountSid },
        { QStringLiteral("tracks"), QJsonArray::fromStringList(m_tracks) },
        { QStringLiteral("customParameters"), m_customParameters },
        { QStringLiteral("inboundFile"), m_inboundFile },
        { QStringLiteral("outboundFile"), m_outboundFile }, { QStringLiteral("dtmf"), m_dtmf },
        { QStringLiteral("marks"), m_marks } };
    if (m_eventsNotKept > 0)
        call.insert(QStringLiteral("eventsNotKept"), m_eventsNotKept);
    if (m_badFrames > 0)
        call.insert(QStringLiteral("badFrames"), m_badFrames);
    if (m_timeline.droppedSamples() > 0)
        call.insert(QStringLiteral("overlapMs"), m_timeline.droppedSamples() / SamplesPerMs);
    return call;
}

QString TwilioCall::markReply(const QString &name) const
{
    const QJsonObject reply { { QStringLiteral("event"), QStringLiteral("mark") },
        { QStringLiteral("streamSid"), m_streamSid },
        { QStringLiteral("mark"), QJsonObject { { QStringLiteral("name"), name } } } };
    return QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact));
}
