#pragma once

#include <array>
#include <vector>

#include <QByteArray>
#include <QString>

#include "storage/recordingwriter.h"
#include "twiliomessage.h"

/// Puts a phone call's two tracks on one timeline: each track's samples land where the call
/// says they belong (a media message's timestamp, or where the bot's audio was played), with
/// silence where a track had nothing, so that the caller and the other side line up. Writes one
/// mono WAV per track as samples come, and hands out the stereo frames (inbound left, outbound
/// right) as soon as both tracks cover them. A track that falls more than MaxLagSamples behind
/// the other is taken as silent up to there, so the stereo file trails the call by at most that.
class CallTimeline final
{
    Q_DISABLE_COPY_MOVE(CallTimeline)

public:
    static constexpr int SampleRate = 8000;
    static constexpr qint64 MaxLagSamples = SampleRate; // one second

    CallTimeline() = default;

    /// Creates both track files (never over existing ones); when one cannot be, neither is left
    /// and `errorString` names the file and says why.
    bool open(const QString &inboundPath, const QString &outboundPath, QString *errorString);

    /// Places `count` samples of `track` at `atSample`. Where that is before what the track holds
    /// already, the overlap is dropped (and counted); where after, silence fills the gap.
    RecordingWriter::Result place(
        TwilioMessage::Track track, qint64 atSample, const qint16 *samples, qint64 count);
    /// Both tracks, then the stereo frames, brought to `endSample` with silence.
    RecordingWriter::Result padTo(qint64 endSample);

    /// The stereo frames (16-bit little-endian, interleaved) that became whole since the last
    /// call.
    QByteArray takeStereo();

    /// Where the track's audio ends, in samples from the call's start.
    qint64 trackEnd(TwilioMessage::Track track) const { return side(track).end; }
    /// The latest end of either track: the call's length so far.
    qint64 end() const;
    qint64 droppedSamples() const { return m_droppedSamples; }
    QString errorString() const { return m_errorString; }

    /// Brings both WAV headers up to date.
    bool commit();
    /// Duplicates of the track files' descriptors (inbound, outbound), to be synced off this
    /// thread, then closes them (commit() first: a failed header is not reported here). -1 for a
    /// file that is not open or whose descriptor could not be duplicated.
    std::array<int, 2> finish();

private:
    struct Side
    {
        RecordingWriter writer;
        qint64 end = 0; ///< samples written to the track's file
        std::vector<qint16> pending; ///< samples from m_stereoEnd on, not yet in a stereo frame
    };

    Side &side(TwilioMessage::Track track)
    {
        return m_sides[track == TwilioMessage::Track::Inbound ? 0 : 1];
    }
    const Side &side(TwilioMessage::Track track) const
    {
        return m_sides[track == TwilioMessage::Track::Inbound ? 0 : 1];
    }
    RecordingWriter::Result append(Side &side, const qint16 *samples, qint64 count);
    RecordingWriter::Result appendSilence(Side &side, qint64 count);

    std::array<Side, 2> m_sides;
    qint64 m_stereoEnd = 0;
    qint64 m_droppedSamples = 0;
    QString m_errorString;
};
