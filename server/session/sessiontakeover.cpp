#include "sessiontakeover.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include "randomid.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/sidecarrepair.h"

namespace SessionTakeover {

QString findRecording(const QString &root, const QString &id, const QDateTime &now)
{
    // The id becomes part of a name pattern: it must be one of ours (RecordingSession's).
    static const QRegularExpression sessionId(QStringLiteral("^[0-9a-f]{16}$"));
    if (!sessionId.match(id).hasMatch())
        return {};
    const QDate today = now.toLocalTime().date();
    for (const QDate &day : { today, today.addDays(-1) }) {
        const QString folder = day.toString(Qt::ISODate);
        const QDir dir(root + u'/' + folder);
        const QStringList sidecars
            = dir.entryList({ QStringLiteral("*_") + id + QStringLiteral(".json") },
                QDir::Files | QDir::NoSymLinks);
        for (const QString &name : sidecars) {
            const std::optional<Sidecar> sidecar = Sidecar::load(dir.filePath(name), nullptr);
            if (sidecar && sidecar->session == id)
                return folder + u'/' + sidecar->file;
        }
    }
    return {};
}

Result take(const QString &root, const QString &relativeAudioPath, const QString &token,
    std::chrono::milliseconds resumeWindow, const QDateTime &now)
{
    using enum Result::Outcome;
    Result result;
    const QString audioPath = root + u'/' + relativeAudioPath;
    if (QFileInfo(audioPath).isSymLink()) {
        result.outcome = Failed;
        result.errorString = QStringLiteral("the recording is a symbolic link");
        return result;
    }
    switch (result.lock.acquire(audioPath)) {
    case RecordingLock::Outcome::Acquired:
        break;
    case RecordingLock::Outcome::Held:
        result.outcome = Held;
        result.errorString = result.lock.errorString();
        return result;
    case RecordingLock::Outcome::Failed:
        result.outcome = Failed;
        result.errorString = result.lock.errorString();
        return result;
    }
    // Under the lock: the last holder saved it before letting go, or died.
    const QString sidecarPath = RecordingPaths::sidecarPath(audioPath);
    QString problem;
    std::optional<Sidecar> sidecar = Sidecar::load(sidecarPath, &problem);
    if (!sidecar || sidecar->resumeTokenSha256.isEmpty()
        || QFileInfo(sidecar->file).fileName() != QFileInfo(audioPath).fileName()) {
        result.lock.release();
        return result;
    }
    if (sidecar->resumeTokenSha256 != secretDigest(token)) {
        result.lock.release();
        result.outcome = BadToken;
        return result;
    }
    if (sidecar->status == u"recording") {
        if (!SidecarRepair::repairRecording(audioPath, *sidecar, &problem)
            || !sidecar->save(sidecarPath, &problem, Sidecar::Sync::ByTheSyncer)) {
            result.lock.release();
            result.outcome = Failed;
            result.errorString = problem;
            return result;
        }
    }
    if (sidecar->status != u"interrupted"
        || sidecar->endedAt.addMSecs(resumeWindow.count()) < now) {
        result.lock.release();
        return result;
    }
    result.outcome = Taken;
    result.session = ResumableSession::fromSidecar(*sidecar, root, relativeAudioPath);
    return result;
}

} // namespace SessionTakeover
