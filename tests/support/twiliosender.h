#pragma once

// A phone call as Twilio Media Streams sends it, for the tests of Earshot's /twilio endpoint:
// the messages of Twilio's published format, μ-law frames sent at the real pace, and what a
// person checks afterwards (the call's three WAV files and its sidecar).

#include <cmath>
#include <cstring>
#include <functional>
#include <optional>
#include <utility>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include "ffprobe.h"
#include "runprogram.h"
#include "testcheck.h"
#include "testclient.h"
#include "testdata.h"
#include "toneshare.h"

constexpr int SampleRate = 8000;
constexpr int FrameMs = 20;
constexpr int FrameSamples = SampleRate * FrameMs / 1000; // 160 μ-law bytes, 160 PCM samples
// Where the server may be off by one frame: the edges of a gap, the end of a call.
constexpr int EdgeSamples = FrameSamples;

inline const QString Inbound = QStringLiteral("inbound");
inline const QString Outbound = QStringLiteral("outbound");

// Twilio's ids: two letters and 32 hex digits.
inline QString twilioSid(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128);
}

inline QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// One side of a call as Twilio sends it: every message of its Media Streams format, written as
// Twilio writes them (key order included), with its running sequenceNumber and chunk counters.
// The bot's messages are the other form, the one a bot sends to Twilio on a bidirectional stream.
// (Not named TwilioCall: that is the server's class, and the linker would take one for the other.)
class TwilioSender final
{
    Q_DISABLE_COPY_MOVE(TwilioSender)

public:
    TwilioSender() = default;

    void sendConnected()
    {
        send(QStringLiteral(R"({"event":"connected","protocol":"Call","version":"1.0.0"})"));
    }

    void sendStart(const QJsonObject &customParameters,
        const QString &encoding = QStringLiteral("audio/x-mulaw"), int rate = SampleRate)
    {
        send(QStringLiteral(R"({"event":"start","sequenceNumber":"%1","start":{"accountSid":"%2",)"
                            R"("streamSid":"%3","callSid":"%4","tracks":["inbound","outbound"],)"
                            R"("customParameters":%5,"mediaFormat":{"encoding":"%6",)"
                            R"("sampleRate":%7,"channels":1}},"streamSid":"%3"})")
                 .arg(nextSequence(), accountSid, streamSid, callSid, compact(customParameters),
                     encoding, QString::number(rate)));
    }

    // One frame of a track, placed on the call at timestampMs.
    void sendMedia(const QString &track, qint64 timestampMs, const QByteArray &mulaw)
    {
        sendMediaPayload(track, timestampMs, QString::fromLatin1(mulaw.toBase64()));
    }

    void sendMediaPayload(const QString &track, qint64 timestampMs, const QString &payload)
    {
        const int chunk = ++m_chunks[track];
        send(QStringLiteral(R"({"event":"media","sequenceNumber":"%1","media":{"track":"%2",)"
                            R"("chunk":"%3","timestamp":"%4","payload":"%5"},"streamSid":"%6"})")
                 .arg(nextSequence(), track, QString::number(chunk), QString::number(timestampMs),
                     payload, streamSid));
    }

    void sendDtmf(const QString &digit)
    {
        send(QStringLiteral(R"({"event":"dtmf","streamSid":"%1","sequenceNumber":"%2",)"
                            R"("dtmf":{"track":"inbound_track","digit":"%3"}})")
                 .arg(streamSid, nextSequence(), digit));
    }

    void sendMark(const QString &name)
    {
        send(QStringLiteral(R"({"event":"mark","sequenceNumber":"%1","streamSid":"%2",)"
                            R"("mark":{"name":"%3"}})")
                 .arg(nextSequence(), streamSid, name));
    }

    void sendStop()
    {
        send(QStringLiteral(R"({"event":"stop","sequenceNumber":"%1","streamSid":"%2",)"
                            R"("stop":{"accountSid":"%3","callSid":"%4"}})")
                 .arg(nextSequence(), streamSid, accountSid, callSid));
    }

    // A bot's audio: outbound, played from when it arrives, after what is queued.
    void sendBotMedia(const QByteArray &mulaw)
    {
        send(QStringLiteral(R"({"event":"media","streamSid":"%1","media":{"payload":"%2"}})")
                 .arg(streamSid, QString::fromLatin1(mulaw.toBase64())));
    }

    void sendBotMark(const QString &name)
    {
        send(QStringLiteral(R"({"event":"mark","streamSid":"%1","mark":{"name":"%2"}})")
                 .arg(streamSid, name));
    }

    void sendBotClear()
    {
        send(QStringLiteral(R"({"event":"clear","streamSid":"%1"})").arg(streamSid));
    }

    void send(const QString &text) { client.socket.sendTextMessage(text); }

    // The first Earshot error with this code, waiting up to timeoutMs for it.
    QJsonObject waitForError(const QString &code, int timeoutMs = 5000)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QJsonObject &message : std::as_const(client.messages)) {
                    if (message.value(QLatin1String("type")).toString() == u"error"
                        && message.value(QLatin1String("code")).toString() == code) {
                        found = message;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }

    // The codes of every Earshot error the call was sent, for failure messages.
    QString errorCodes() const
    {
        QStringList codes;
        for (const QJsonObject &message : client.messages)
            if (message.value(QLatin1String("type")).toString() == u"error")
                codes << message.value(QLatin1String("code")).toString();
        return codes.join(u',');
    }

    const QString accountSid = twilioSid("AC");
    const QString streamSid = twilioSid("MZ");
    const QString callSid = twilioSid("CA");
    TestClient client;

private:
    QString nextSequence() { return QString::number(++m_sequence); }

    int m_sequence = 0;
    QHash<QString, int> m_chunks;
};

// Calls `sendFrame(n)` for frame n when the call is n × 20 ms old, from the event loop, so that
// the test waits for replies meanwhile. A frame held up (the test busy) goes out as soon as it
// can, with the frames after it that are due: a timestamp, not the arrival, places a frame.
class PacedFrames final : public QObject
{
public:
    PacedFrames(int frames, std::function<void(int)> sendFrame)
        : m_frames(frames), m_sendFrame(std::move(sendFrame))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, &PacedFrames::sendDue);
        m_clock.start();
        m_timer.start();
        sendDue();
    }

    int sent() const { return m_sent; }
    bool isDone() const { return m_sent >= m_frames; }
    void stop()
    {
        m_frames = m_sent;
        m_timer.stop();
    }

private:
    void sendDue()
    {
        while (m_sent < m_frames && m_clock.elapsed() >= qint64(m_sent) * FrameMs)
            m_sendFrame(m_sent++);
        if (isDone())
            m_timer.stop();
    }

    int m_frames = 0;
    int m_sent = 0;
    std::function<void(int)> m_sendFrame;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

// A 16-bit PCM WAV file with Earshot's 44-byte header, its samples decoded: what a player plays.
struct PcmWav
{
    int channels = 0;
    int sampleRate = 0;
    QList<qint16> samples; // interleaved
    QString problem; // empty: the header is valid and its sizes are the file's

    qsizetype frames() const { return channels ? samples.size() / channels : 0; }
    double seconds() const { return sampleRate ? double(frames()) / sampleRate : 0; }
    QList<qint16> channel(int index) const
    {
        QList<qint16> one;
        one.reserve(frames());
        for (qsizetype i = index; i < samples.size(); i += channels)
            one.append(samples.at(i));
        return one;
    }

    static PcmWav read(const QString &path)
    {
        PcmWav wav;
        const QByteArray bytes = readFile(path);
        const auto le16
            = [&](qsizetype at) { return quint16(quint8(bytes[at]) | quint8(bytes[at + 1]) << 8); };
        const auto le32
            = [&](qsizetype at) { return quint32(le16(at)) | quint32(le16(at + 2)) << 16; };
        if (bytes.size() < 44 || bytes.left(4) != "RIFF" || bytes.mid(8, 4) != "WAVE"
            || bytes.mid(12, 4) != "fmt " || bytes.mid(36, 4) != "data") {
            wav.problem = QStringLiteral("%1: not a 44-byte-header WAV (%2 bytes)")
                              .arg(path)
                              .arg(bytes.size());
            return wav;
        }
        wav.channels = le16(22);
        wav.sampleRate = int(le32(24));
        const qsizetype dataSize = le32(40);
        if (le16(20) != 1 || le16(34) != 16)
            wav.problem = QStringLiteral("%1: not 16-bit PCM").arg(path);
        else if (dataSize != bytes.size() - 44 || le32(4) != bytes.size() - 8)
            wav.problem = QStringLiteral("%1: the header says %2 bytes of data (RIFF %3), the "
                                         "file has %4 after the header")
                              .arg(path)
                              .arg(dataSize)
                              .arg(le32(4))
                              .arg(bytes.size() - 44);
        wav.samples.resize(qMin(dataSize, bytes.size() - 44) / 2);
        std::memcpy(wav.samples.data(), bytes.constData() + 44, wav.samples.size() * 2);
        return wav;
    }
};

// The 20 ms frames (windows of 160 samples from the start) that `frequency` dominates.
inline QSet<int> framesOf(const QList<qint16> &samples, double frequency)
{
    QSet<int> frames;
    for (qsizetype at = 0; at + FrameSamples <= samples.size(); at += FrameSamples)
        if (toneShare(samples, at, FrameSamples, frequency, SampleRate) > ToneShare)
            frames.insert(int(at / FrameSamples));
    return frames;
}

// The frames of [first, last] that are not in `frames`, for a failure message; empty: none.
inline QString missingFrames(const QSet<int> &frames, int first, int last)
{
    QStringList missing;
    for (int frame = first; frame <= last; ++frame)
        if (!frames.contains(frame))
            missing << QString::number(frame);
    return missing.join(u' ');
}

// The first sample of [from, to) that is not 0, or -1 when all are silence.
inline qsizetype firstSound(const QList<qint16> &samples, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < qMin(to, samples.size()); ++i)
        if (samples.at(i) != 0)
            return i;
    return -1;
}

// The recording of one call: its sidecar and the three WAV files it names.
struct CallFiles
{
    QString sidecarPath;
    QJsonObject sidecar;
    QJsonObject call;
    QString stereo;
    QString inbound;
    QString outbound;
};

// The call whose sidecar's "call"."streamSid" is streamSid, anywhere in the recordings folder.
inline std::optional<CallFiles> findCall(const QString &folder, const QString &streamSid)
{
    QDirIterator it(
        folder, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QJsonObject sidecar = QJsonDocument::fromJson(readFile(path)).object();
        const QJsonObject call = sidecar.value(QLatin1String("call")).toObject();
        if (call.value(QLatin1String("streamSid")).toString() != streamSid)
            continue;
        const QDir dir = QFileInfo(path).dir();
        return CallFiles { path, sidecar, call,
            dir.filePath(sidecar.value(QLatin1String("file")).toString()),
            dir.filePath(call.value(QLatin1String("inboundFile")).toString()),
            dir.filePath(call.value(QLatin1String("outboundFile")).toString()) };
    }
    return std::nullopt;
}

// Sends stop and waits for the server to close the call normally, its files on the disk.
inline void stopCall(TwilioSender &call)
{
    call.sendStop();
    QVERIFY2(call.client.waitClosed(10000), "the server did not close the call after stop");
    QCOMPARE(call.client.closeCode, QWebSocketProtocol::CloseCodeNormal);
}

// One file of a call: 16-bit PCM at 8 kHz with `channels`, read by ffprobe without a complaint,
// its header's sizes the file's; what ffprobe says it plays goes to `seconds`.
inline void checkCallWav(const QString &path, int channels, double *seconds)
{
    QString why;
    const std::optional<QJsonObject> probe = ffprobeJson(path, &why);
    QVERIFY2(probe, qPrintable(path + QStringLiteral(": ") + why));
    const QJsonObject stream = probe->value(QLatin1String("streams")).toArray().at(0).toObject();
    QCOMPARE(stream.value(QLatin1String("sample_rate")).toString(), QStringLiteral("8000"));
    QCOMPARE(stream.value(QLatin1String("channels")).toInt(), channels);
    const QByteArray codec = runProgram(QStringLiteral("/usr/bin/ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
            QStringLiteral("a:0"), QStringLiteral("-show_entries"),
            QStringLiteral("stream=codec_name"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
            path });
    QCOMPARE(codec.trimmed(), QByteArray("pcm_s16le"));
    *seconds = probe->value(QLatin1String("format"))
                   .toObject()
                   .value(QLatin1String("duration"))
                   .toString()
                   .toDouble();
    const PcmWav wav = PcmWav::read(path);
    QVERIFY2(wav.problem.isEmpty(), qPrintable(wav.problem));
    QCOMPARE(wav.channels, channels);
}

// The call's three files: playable by ffprobe (16-bit PCM, 8 kHz, stereo and two mono), each of
// `seconds` ± one frame, all with the same number of sample frames.
inline void checkCallPlayable(const CallFiles &files, double seconds)
{
    qsizetype frames = -1;
    for (const auto &[path, channels] :
        { std::pair(files.stereo, 2), std::pair(files.inbound, 1), std::pair(files.outbound, 1) }) {
        double duration = 0;
        CHECK(checkCallWav(path, channels, &duration));
        QVERIFY2(std::abs(duration - seconds) <= double(EdgeSamples) / SampleRate,
            qPrintable(
                QStringLiteral("%1 plays %2 s, not %3 s").arg(path).arg(duration).arg(seconds)));

        const PcmWav wav = PcmWav::read(path);
        if (frames >= 0)
            QVERIFY2(wav.frames() == frames,
                qPrintable(QStringLiteral("%1 has %2 sample frames, the stereo file %3")
                               .arg(path)
                               .arg(wav.frames())
                               .arg(frames)));
        frames = wav.frames();
    }
}
