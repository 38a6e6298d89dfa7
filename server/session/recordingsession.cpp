#include "recordingsession.h"

#include <chrono>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include "randomid.h"
#include "serversettings.h"
#include "sidecarfigures.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/wavheader.h"
#include "useragent.h"

namespace {

constexpr int SessionIdBytes = 8;
constexpr int ResumeTokenBytes = 16;

// Peak of 16-bit little-endian samples, 0..1. It runs over every chunk on the socket thread: the
// samples go through a block of fixed size, a loop the compiler turns into vector min/max.
double pcmPeak(const QByteArray &data)
{
    constexpr qsizetype Block = 64;
    const char *bytes = data.constData();
    const qsizetype samples = data.size() / 2;
    qint16 block[Block];
    int low = 0;
    int high = 0;
    qsizetype done = 0;
    for (; done + Block <= samples; done += Block) {
        qFromLittleEndian<qint16>(bytes + 2 * done, Block, block);
        qint16 blockLow = 0;
        qint16 blockHigh = 0;
        for (const qint16 sample : block) {
            blockLow = std::min(blockLow, sample);
            blockHigh = std::max(blockHigh, sample);
        }
        low = std::min<int>(low, blockLow);
        high = std::max<int>(high, blockHigh);
    }
    for (; done < samples; ++done) {
        const int sample = qFromLittleEndian<qint16>(bytes + 2 * done);
        low = std::min(low, sample);
        high = std::max(high, sample);
    }
    return std::max(high, -low) / 32768.0;
}

/// Each channel's peak of interleaved 16-bit stereo.
std::pair<double, double> stereoPeaks(const QByteArray &data)
{
    const char *bytes = data.constData();
    const qsizetype frames = data.size() / 4;
    int left = 0;
    int right = 0;
    for (qsizetype frame = 0; frame < frames; ++frame) {
        left = std::max(left, std::abs(int(qFromLittleEndian<qint16>(bytes + 4 * frame))));
        right = std::max(right, std::abs(int(qFromLittleEndian<qint16>(bytes + 4 * frame + 2))));
    }
    return { std::min(left, 32768) / 32768.0, std::min(right, 32768) / 32768.0 };
}

} // namespace

RecordingSession::RecordingSession(
    const QString &recordingsDir, const Origin &origin, std::optional<AudioFormat> format)
    : m_recordingsDir(recordingsDir)
    , m_sanitizedLabel(RecordingPaths::sanitizeLabel(origin.label, origin.fallbackLabel))
    , m_resumeToken(randomHex(ResumeTokenBytes))
    , m_resumeTokenDigest(secretDigest(m_resumeToken))
    , m_format(std::move(format))
    , m_instance(origin.instance)
{
    const QString label = origin.label.trimmed().left(ServerSettings::MaxLabelChars);
    m_stats.id = randomHex(SessionIdBytes);
    m_stats.label = label.isEmpty() ? origin.fallbackLabel : label;
    m_stats.peer = origin.peer;
    m_stats.userAgent = origin.userAgent;
    m_stats.client = describeUserAgent(origin.userAgent);
    m_stats.startedAt = QDateTime::currentDateTimeUtc();
    m_stats.lastActivity = m_stats.startedAt;
    if (m_format)
        m_stats.format = m_format->mimeType();
}

RecordingSession::~RecordingSession() = default;

std::unique_ptr<RecordingSession> RecordingSession::resume(const QString &recordingsDir,
    const ResumableSession &resumable, const QString &instance, RecordingLock lock,
    QString *errorString)
{
    std::unique_ptr<RecordingSession> session(new RecordingSession);
    session->m_recordingsDir = recordingsDir;
    session->m_instance = instance;
    session->m_lock = std::move(lock);
    session->m_holders = resumable.holders;
    session->m_relativePath = resumable.relativePath;
    session->m_resumeTokenDigest = resumable.resumeTokenDigest;
    session->m_stats = resumable.stats;
    session->m_stats.state = SessionStats::State::Recording;
    session->m_stats.endedAt = {};
    session->m_stats.errorCode.clear();
    session->m_stats.lastActivity = QDateTime::currentDateTimeUtc();
    session->m_sanitizedLabel = RecordingPaths::sanitizeLabel(resumable.stats.label, QString());
    session->m_takeFacts = resumable.takeFacts;
    session->startClockDrift();
    session->m_takeFolder = resumable.takeFolder;
    session->m_trackName = resumable.trackName;

    if (resumable.relativePath.isEmpty()) {
        // Dropped before the first byte: nothing on disk yet, the format is still to be sniffed.
        if (!resumable.stats.format.isEmpty())
            session->m_format = AudioFormat::fromMimeType(resumable.stats.format, nullptr);
        return session;
    }
    session->m_format = AudioFormat::fromMimeType(resumable.stats.format, nullptr);
    if (!session->m_format) {
        *errorString = QStringLiteral("the session's format is unknown");
        return nullptr;
    }
    const QString path = recordingsDir + u'/' + resumable.relativePath;
    if (QFileInfo(path).isSymLink()) {
        *errorString = QStringLiteral("the recording is a symbolic link");
        return nullptr;
    }
    if (!session->m_lock.isHeld()) {
        *errorString = QStringLiteral("the recording is not locked for this instance");
        return nullptr;
    }
    if (!session->m_writer.reopen(path, *session->m_format, resumable.stats.bytes)) {
        *errorString = session->m_writer.errorString();
        return nullptr;
    }
    session->m_holders.append(
        { instance, session->m_stats.lastActivity, {}, resumable.stats.bytes, -1 });
    if (session->m_holders.size() > Sidecar::MaxHolders)
        session->m_holders.removeFirst();
    if (!session->saveSidecar(errorString))
        return nullptr;
    return session;
}

void RecordingSession::placeInTake(
    const QString &folder, const QString &trackName, const QJsonObject &facts)
{
    Q_ASSERT(m_relativePath.isEmpty());
    m_takeFolder = folder;
    m_trackName = trackName;
    m_takeFacts = facts;
    m_stats.take = facts.value(QLatin1String("take")).toString();
    startClockDrift();
}

void RecordingSession::startClockDrift()
{
    // Sample counts are known on arrival only for PCM; a sniffed format is known at its first
    // bytes (createFile() calls this again).
    if (m_takeFacts.isEmpty() || !m_format || !m_format->isPcm()) {
        m_drift.reset();
        return;
    }
    m_drift = ClockDrift::fromJson(
        m_takeFacts.value(QLatin1String("clock")).toObject(), m_format->pcm().sampleRate);
}

bool RecordingSession::open(QString *errorString)
{
    return !m_format || createFile(*m_format, errorString);
}

void RecordingSession::discard()
{
    if (m_relativePath.isEmpty())
        return;
    m_writer.discard();
    QFile::remove(RecordingPaths::sidecarPath(m_recordingsDir + u'/' + m_relativePath));
    m_lock.release(true);
    m_holders.clear();
    m_stats.filePath.clear();
    m_relativePath.clear();
}

bool RecordingSession::createFile(const AudioFormat &format, QString *errorString)
{
    m_format = format;
    m_stats.format = format.mimeType();
    if (!m_drift)
        startClockDrift();
    m_relativePath = m_takeFolder.isEmpty()
        ? RecordingPaths::relativeAudioPath(
            m_stats.startedAt, m_sanitizedLabel, m_stats.id, format.extension())
        : m_takeFolder + u'/' + m_trackName + u'.' + format.extension();
    const QString path = m_recordingsDir + u'/' + m_relativePath;
    if (!QDir().mkpath(QFileInfo(path).path())) {
        *errorString = QStringLiteral("cannot create the folder %1").arg(QFileInfo(path).path());
        return false;
    }
    // Before the file: another instance's startup repair must not take it for a crash's.
    if (m_lock.acquire(path) != RecordingLock::Outcome::Acquired) {
        *errorString = m_lock.errorString();
        return false;
    }
    if (!m_writer.create(path, format)) {
        *errorString = m_writer.errorString();
        m_lock.release(true);
        return false;
    }
    m_stats.filePath = path;
    m_holders = { { m_instance, QDateTime::currentDateTimeUtc(), {}, 0, -1 } };
    if (saveSidecar(errorString))
        return true;
    // Without its sidecar nothing would say what the file is: it goes.
    m_writer.discard();
    m_lock.release(true);
    m_holders.clear();
    m_stats.filePath.clear();
    m_relativePath.clear();
    return false;
}

RecordingWriter::Result RecordingSession::append(const QByteArray &data)
{
    if (!m_writer.isOpen()) {
        QString problem;
        if (!createFile(m_format ? *m_format : AudioFormat::sniff(data), &problem))
            return RecordingWriter::Result::Failed;
    }
    const RecordingWriter::Result result = m_writer.append(data);
    if (result != RecordingWriter::Result::Ok)
        return result;
    m_stats.bytes = m_writer.payloadBytes();
    ++m_stats.chunks;
    if (m_drift) {
        const double nowMs = std::chrono::duration<double, std::milli>(
            std::chrono::steady_clock::now().time_since_epoch())
                                 .count();
        const AudioFormat::Pcm &pcm = m_format->pcm();
        m_drift->add(nowMs, double(m_stats.bytes) / (pcm.channels * pcm.bitsPerSample / 8));
    }
    if (m_format->isPcm() && m_format->pcm().channels == 2) {
        const auto [left, right] = stereoPeaks(data);
        m_leftPeak = std::max(m_leftPeak, left);
        m_rightPeak = std::max(m_rightPeak, right);
        m_peak = std::max({ m_peak, left, right });
    } else if (m_format->isPcm()) {
        m_peak = std::max(m_peak, pcmPeak(data));
    }
    return result;
}

bool RecordingSession::commit()
{
    return m_writer.commit();
}

int RecordingSession::finish(SessionStats::State state, const QString &errorCode)
{
    m_stats.state = state;
    m_stats.errorCode = errorCode;
    m_stats.endedAt = QDateTime::currentDateTimeUtc();
    m_stats.byteRate = 0;
    m_stats.level = -1;
    m_stats.leftLevel = -1;
    m_stats.rightLevel = -1;
    // A client stops once every byte is acknowledged; an interrupted one still holds what it said
    // (and more), which is worth seeing until it resumes.
    if (state != SessionStats::State::Interrupted)
        m_stats.unsentBytes = m_stats.unsentDurationMs = 0;
    updateAudioDuration();
    if (!m_writer.isOpen())
        return -1;
    m_writer.commit();
    const int descriptor = ::dup(m_writer.handle());
    m_writer.close();
    if (!m_holders.isEmpty()) {
        m_holders.last().to = m_stats.endedAt;
        m_holders.last().toByte = m_stats.bytes;
    }
    QString problem;
    if (!saveSidecar(&problem))
        qWarning("earshot: session %s: cannot write its sidecar: %s", qPrintable(m_stats.id),
            qPrintable(problem));
    // After the sidecar: whoever takes the recording over next reads the sidecar as it ends
    // here. A recording that cannot be resumed keeps no lock file.
    m_lock.release(state != SessionStats::State::Interrupted);
    return descriptor;
}

void RecordingSession::updateAudioDuration()
{
    if (m_format && m_format->isPcm())
        m_stats.audioDurationMs = m_stats.bytes * 1000 / m_format->pcm().bytesPerSecond();
}

SessionStats RecordingSession::sample(qint64 monotonicMs)
{
    if (m_stats.isLive()) {
        // Once per sample rather than per chunk: a clock read and a QDateTime less on the path
        // of every chunk.
        if (m_stats.bytes != m_sampledBytes) {
            m_stats.lastActivity = QDateTime::currentDateTimeUtc();
            m_sampledBytes = m_stats.bytes;
        }
        m_rate.sample(m_stats.bytes, monotonicMs);
        m_stats.byteRate = m_rate.bytesPerSecond();
        if (m_format && m_format->isPcm()) {
            m_stats.level = m_peak;
            m_peak = 0;
            if (m_format->pcm().channels == 2) {
                m_stats.leftLevel = std::exchange(m_leftPeak, 0);
                m_stats.rightLevel = std::exchange(m_rightPeak, 0);
            }
        } else if (m_reportedLevel >= 0) {
            m_stats.level = m_reportedLevel;
            m_reportedLevel = 0;
        }
        updateAudioDuration();
    }
    return m_stats;
}

ResumableSession RecordingSession::resumable() const
{
    QJsonObject takeFacts = m_takeFacts;
    // The next connection measures on from here, in a stretch of its own.
    if (m_drift)
        takeFacts.insert(QStringLiteral("clock"), m_drift->toJson());
    return { m_stats, m_relativePath, m_resumeTokenDigest, takeFacts, m_takeFolder, m_trackName,
        m_holders };
}

bool RecordingSession::setTranscriptFile(const QString &fileName, QString *errorString)
{
    m_stats.transcriptFile = fileName;
    return saveSidecar(errorString);
}

bool RecordingSession::setCallFacts(const QJsonObject &call, QString *errorString)
{
    m_callFacts = call;
    return saveSidecar(errorString);
}

bool RecordingSession::setSourceFacts(const QJsonObject &source, QString *errorString)
{
    m_sourceFacts = source;
    return saveSidecar(errorString);
}

qint64 RecordingSession::fileBytes() const
{
    return (m_format && m_format->isPcm() ? WavHeader::Size : 0) + m_stats.bytes;
}

bool RecordingSession::saveSidecar(QString *errorString) const
{
    Sidecar sidecar = SidecarFigures::toSidecar(
        m_stats, QFileInfo(m_relativePath).fileName(), m_resumeTokenDigest);
    sidecar.call = m_callFacts;
    sidecar.verification = m_verification;
    sidecar.source = m_sourceFacts;
    sidecar.take = m_takeFacts;
    sidecar.holders = m_holders;
    if (m_drift)
        sidecar.take.insert(QStringLiteral("clock"), m_drift->toJson());
    // On a socket thread: the connection marks the syncer dirty after each save.
    return sidecar.save(RecordingPaths::sidecarPath(m_recordingsDir + u'/' + m_relativePath),
        errorString, Sidecar::Sync::ByTheSyncer);
}
