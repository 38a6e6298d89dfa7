#include "sidecarrepair.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "recordinglock.h"
#include "recordingpaths.h"
#include "sidecar.h"
#include "wavheader.h"

namespace SidecarRepair {

namespace {

// Brings the WAV header in line with the file's length; returns the payload size.
std::optional<qint64> repairWav(
    const QString &audioPath, const AudioFormat &format, QString *errorString)
{
    QFile file(audioPath);
    if (!file.open(QIODevice::ReadWrite)) {
        *errorString = file.errorString();
        return std::nullopt;
    }
    if (file.size() < WavHeader::Size) {
        // The header itself never made it: write one for an empty recording.
        file.resize(0);
        file.write(WavHeader::build(format.pcm(), 0));
        return 0;
    }
    const qint64 payload = file.size() - WavHeader::Size;
    // Keep whole sample frames only.
    const qint64 frame = qint64(format.pcm().channels) * format.pcm().bitsPerSample / 8;
    const qint64 whole = payload - payload % frame;
    if (whole != payload)
        file.resize(WavHeader::Size + whole);
    file.seek(0);
    if (file.write(WavHeader::build(format.pcm(), whole)) != WavHeader::Size) {
        *errorString = file.errorString();
        return std::nullopt;
    }
    return whole;
}

} // namespace

bool repairRecording(const QString &audioPath, Sidecar &sidecar, QString *problem)
{
    const QFileInfo audio(audioPath);
    std::optional<qint64> bytes = audio.exists() ? audio.size() : 0;
    const std::optional<AudioFormat> format = AudioFormat::fromMimeType(sidecar.format, nullptr);
    if (audio.exists() && format && format->isPcm())
        bytes = repairWav(audioPath, *format, problem);
    if (!bytes)
        return false;
    sidecar.bytes = *bytes;
    sidecar.status = QStringLiteral("interrupted");
    sidecar.endedAt
        = audio.exists() ? audio.lastModified().toUTC() : QDateTime::currentDateTimeUtc();
    // The holder that died holding it wrote up to here.
    if (!sidecar.holders.isEmpty() && sidecar.holders.last().toByte < 0) {
        sidecar.holders.last().to = sidecar.endedAt;
        sidecar.holders.last().toByte = sidecar.bytes;
    }
    return true;
}

QStringList recordingFolders(const QString &root)
{
    static const QRegularExpression dayPattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QStringList days
        = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    days.removeIf([](const QString &name) { return !dayPattern.match(name).hasMatch(); });
    QStringList folders;
    for (const QString &day : days) {
        folders.append(day);
        const QDir dayDir(root + u'/' + day);
        for (const QString &sub :
            dayDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
            if (QFileInfo::exists(dayDir.filePath(sub) + u'/' + RecordingPaths::TakeSidecarName))
                folders.append(day + u'/' + sub);
        }
    }
    return folders;
}

Report repairFolders(
    const QString &root, const QStringList &folders, const QDateTime &resumableSince)
{
    Report report;
    for (const QString &folder : folders) {
        const QDir dir(root + u'/' + folder);
        for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
            if (name == RecordingPaths::TakeSidecarName)
                continue;
            const QString path = dir.filePath(name);
            QString problem;
            std::optional<Sidecar> sidecar = Sidecar::load(path, &problem);
            if (!sidecar) {
                // In a folder of Earshot's own, a sidecar it cannot use is worth a line in the
                // log: damage, or someone trying to steer it.
                report.failed.append(path + QStringLiteral(": ") + problem);
                continue;
            }
            // A link in its place could point anywhere; the audio must be a file of the folder.
            if (QFileInfo(dir.filePath(sidecar->file)).isSymLink()) {
                report.failed.append(path + QStringLiteral(": its file is a symbolic link"));
                continue;
            }
            if (sidecar->status == u"recording") {
                // Another instance sharing the folder records it now: neither ours to repair
                // nor to resume.
                RecordingLock lock;
                if (lock.acquire(dir.filePath(sidecar->file)) == RecordingLock::Outcome::Held)
                    continue;
                if (!repairRecording(dir.filePath(sidecar->file), *sidecar, &problem)
                    || !sidecar->save(path, &problem)) {
                    report.failed.append(path + QStringLiteral(": ") + problem);
                    continue;
                }
                report.repaired.append(path);
            }
            if (sidecar->status == u"interrupted" && !sidecar->resumeTokenSha256.isEmpty()
                && resumableSince.isValid() && sidecar->endedAt >= resumableSince)
                report.resumable.append({ *sidecar, folder + u'/' + sidecar->file });
        }
    }
    return report;
}

Report repairAll(const QString &root)
{
    return repairFolders(root, recordingFolders(root), {});
}

} // namespace SidecarRepair
