#include "remuxqueue.h"

#include <unistd.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include "statsboard.h"
#include "storage/mp4repair.h"
#include "storage/oggchains.h"
#include "storage/recordingpaths.h"
#include "storage/recordingwriter.h"
#include "storage/remuxer.h"
#include "storage/sidecar.h"

namespace {

struct Digest
{
    qint64 bytes = -1;
    QString sha256;
};

Digest digestOf(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return { file.size(), QString::fromLatin1(hash.result().toHex()) };
}

bool syncFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && ::fdatasync(file.handle()) == 0;
}

} // namespace

RemuxQueue::RemuxQueue(std::shared_ptr<StatsBoard> board, bool keepOriginals, QObject *parent)
    : QObject(parent), m_board(std::move(board)), m_keepOriginals(keepOriginals)
{
    // One at a time: remuxing is disk-bound, and the sockets need the CPU more.
    m_pool.setMaxThreadCount(1);
}

RemuxQueue::~RemuxQueue()
{
    m_pool.waitForDone();
}

void RemuxQueue::enqueue(const SessionStats &stats)
{
    if (stats.filePath.isEmpty())
        return;
    if (!Remuxer::containerOf(stats.format)) {
        Q_EMIT recordingFinal(stats);
        return;
    }
    {
        const std::lock_guard lock(m_pendingMutex);
        m_pending.insert(stats.id);
    }
    m_pool.start([this, stats] {
        const SessionStats final = run(stats);
        {
            const std::lock_guard lock(m_pendingMutex);
            m_pending.remove(stats.id);
        }
        Q_EMIT recordingFinal(final);
    });
}

bool RemuxQueue::isPending(const QString &id) const
{
    const std::lock_guard lock(m_pendingMutex);
    return m_pending.contains(id);
}

void RemuxQueue::waitForDone()
{
    m_pool.waitForDone();
}

void RemuxQueue::log(ServerEvent::Severity severity, const SessionStats &stats, const QString &text)
{
    Q_EMIT eventOccurred({ QDateTime::currentDateTime(), severity, stats.id, stats.peer, text });
}

SessionStats RemuxQueue::run(SessionStats stats)
{
    const QFileInfo raw(stats.filePath);
    const QString sidecarPath = RecordingPaths::sidecarPath(stats.filePath);
    QString problem;
    std::optional<Sidecar> sidecar = Sidecar::load(sidecarPath, &problem);
    if (!sidecar) {
        log(ServerEvent::Severity::Warning, stats,
            tr("Not remuxing %1: its sidecar is unreadable (%2).").arg(raw.fileName(), problem));
        return stats;
    }
    // The session is over for good (a dropped one's resume window is past): whatever happens to
    // its file now, it must never be resumed, which would cut it to the streamed size.
    sidecar->resumeTokenSha256.clear();

    const Digest original = digestOf(stats.filePath);
    const QString temporary = raw.path() + QStringLiteral("/.") + raw.completeBaseName()
        + QStringLiteral(".remux.") + raw.suffix();
    const Remuxer::Container container = *Remuxer::containerOf(stats.format);
    const MendedStream mended = mend(stats.filePath, container);
    Remuxer::Result result = mended.problem.isEmpty()
        ? Remuxer::remux(mended.path, temporary, container)
        : Remuxer::Result { .reason = mended.problem };
    if (mended.path != stats.filePath)
        QFile::remove(mended.path);
    sidecar->remux.repairs = mended.repairs;
    if (result.outcome != Remuxer::Result::Outcome::Failed && !syncFile(temporary)) {
        result.outcome = Remuxer::Result::Outcome::Failed;
        result.reason = QStringLiteral("the remuxed copy could not be synced to the disk");
    }
    sidecar->remux.reason = result.reason;
    sidecar->remux.packetsIn = result.packetsIn;
    sidecar->remux.packetsOut = result.packetsOut;
    if (result.outcome == Remuxer::Result::Outcome::Failed
        && container == Remuxer::Container::Ogg) {
        // Chains with headers of their own (an ices2 playlist) cannot become one Ogg stream;
        // players read the chain as it is, so it is not a failure to keep it.
        if (const int chains = OggChains::count(stats.filePath); chains > 1) {
            QFile::remove(temporary);
            sidecar->remux.state = QStringLiteral("skipped");
            sidecar->remux.reason
                = QStringLiteral("a chained Ogg stream (%1 chains) that cannot be one stream: "
                                 "%2; players read it as it is")
                      .arg(chains)
                      .arg(result.reason);
            saveSidecar(*sidecar, sidecarPath, stats);
            return stats;
        }
    }
    if (result.outcome == Remuxer::Result::Outcome::Failed) {
        QFile::remove(temporary);
        sidecar->remux.state = QStringLiteral("failed");
        sidecar->remuxError = result.reason;
        saveSidecar(*sidecar, sidecarPath, stats);
        log(ServerEvent::Severity::Warning, stats,
            tr("%1 stays as it was streamed; remuxing failed: %2")
                .arg(raw.fileName(), result.reason));
        return stats;
    }
    // libavformat made the copy with the umask's mode; a recording has Earshot's own.
    QFile::setPermissions(temporary, RecordingWriter::FilePermissions);

    if (result.outcome == Remuxer::Result::Outcome::Partial) {
        keepBoth(stats, *sidecar, temporary, result);
        return stats;
    }

    // The raw stream stays in place until its verified copy replaces it in one rename.
    if (m_keepOriginals) {
        const QString kept = raw.path() + u'/' + raw.completeBaseName()
            + QStringLiteral(".original.") + raw.suffix();
        QFile::remove(kept);
        if (QFile::copy(stats.filePath, kept))
            sidecar->originalFile = QFileInfo(kept).fileName();
    }
    if (::rename(
            QFile::encodeName(temporary).constData(), QFile::encodeName(stats.filePath).constData())
        != 0) {
        QFile::remove(temporary);
        log(ServerEvent::Severity::Warning, stats,
            tr("Could not swap in the remuxed %1.").arg(raw.fileName()));
        return stats;
    }

    sidecar->remuxed = true;
    sidecar->remux.state = QStringLiteral("replaced");
    sidecar->durationMs = result.durationMs;
    sidecar->originalBytes = original.bytes;
    sidecar->originalSha256 = original.sha256;
    saveSidecar(*sidecar, sidecarPath, stats);

    stats.audioDurationMs = result.durationMs;
    m_board->post({ stats });
    log(ServerEvent::Severity::Info, stats,
        tr("%1 remuxed: %L2 s long, seekable.")
            .arg(raw.fileName())
            .arg(result.durationMs / 1000.0, 0, 'f', 1));
    Q_EMIT remuxed(stats.filePath);
    return stats;
}

RemuxQueue::MendedStream RemuxQueue::mend(const QString &path, Remuxer::Container container)
{
    MendedStream mended { path, {}, {} };
    if (container != Remuxer::Container::Mp4)
        return mended;
    // The mended copy is what the remux reads; the stream as it arrived stays as it was.
    const QFileInfo raw(path);
    const QString copy = raw.path() + QStringLiteral("/.") + raw.completeBaseName()
        + QStringLiteral(".mended.") + raw.suffix();
    QString problem;
    const std::optional<QStringList> repairs = Mp4Repair::repairFile(path, copy, &problem);
    if (!repairs) {
        QFile::remove(copy);
        mended.problem = QStringLiteral("cannot mend the MP4 stream: ") + problem;
        return mended;
    }
    if (repairs->isEmpty()) {
        QFile::remove(copy);
        return mended;
    }
    mended.path = copy;
    // A sidecar's strings are bounded: a stream in pieces says so in its first few.
    mended.repairs = repairs->mid(0, MaxRepairsNoted);
    if (repairs->size() > MaxRepairsNoted)
        mended.repairs.append(
            QStringLiteral("and %1 more repairs").arg(repairs->size() - MaxRepairsNoted));
    return mended;
}

void RemuxQueue::keepBoth(
    SessionStats stats, Sidecar &sidecar, const QString &temporary, const Remuxer::Result &result)
{
    // The stream as it arrived holds something the copy lacks (damage the demuxer skipped, bytes
    // after what it could read): it stays as the recording, byte for byte, and the copy goes
    // beside it for players.
    const QFileInfo raw(stats.filePath);
    const QString copy
        = raw.path() + u'/' + raw.completeBaseName() + QStringLiteral(".remuxed.") + raw.suffix();
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(copy).constData())
        != 0) {
        QFile::remove(temporary);
        sidecar.remux.state = QStringLiteral("failed");
        sidecar.remuxError = QStringLiteral("cannot keep the remuxed copy: ") + result.reason;
        saveSidecar(sidecar, RecordingPaths::sidecarPath(stats.filePath), stats);
        log(ServerEvent::Severity::Warning, stats,
            tr("%1 stays as it was streamed; remuxing failed: %2")
                .arg(raw.fileName(), sidecar.remuxError));
        return;
    }
    sidecar.remux.state = QStringLiteral("kept_original");
    sidecar.remux.file = QFileInfo(copy).fileName();
    sidecar.remuxError = result.reason;
    sidecar.durationMs = result.durationMs;
    saveSidecar(sidecar, RecordingPaths::sidecarPath(stats.filePath), stats);

    stats.audioDurationMs = result.durationMs;
    m_board->post({ stats });
    // The reason is libav's and the remuxer's, in English, as for a failure.
    log(ServerEvent::Severity::Warning, stats,
        tr("%1 stays as it was streamed; remuxing failed: %2")
            .arg(raw.fileName(),
                QStringLiteral("its copy %1 lacks part of it: %2")
                    .arg(sidecar.remux.file, result.reason)));
}

void RemuxQueue::saveSidecar(
    const Sidecar &sidecar, const QString &sidecarPath, const SessionStats &stats)
{
    QString problem;
    if (!sidecar.save(sidecarPath, &problem))
        log(ServerEvent::Severity::Warning, stats,
            tr("Could not update the sidecar of %1: %2")
                .arg(QFileInfo(stats.filePath).fileName(), problem));
}
