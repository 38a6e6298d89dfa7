#include "sidecarrepair.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include "sidecar.h"
#include "wavheader.h"

namespace SidecarRepair {

namespace {

// Brings the WAV header in line with the file's length; returns the payload size.
std::optional<qint64> repairWav(const QString &audioPath, const AudioFormat &format, QString *errorString)
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

Report repairAll(const QString &root)
{
    Report report;
    QDirIterator it(root, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QString problem;
        std::optional<Sidecar> sidecar = Sidecar::load(path, &problem);
        if (!sidecar || sidecar->status != u"recording")
            continue;

        const QString audioPath = QFileInfo(path).path() + u'/' + sidecar->file;
        const QFileInfo audio(audioPath);
        std::optional<qint64> bytes = audio.exists() ? audio.size() : 0;
        const std::optional<AudioFormat> format = AudioFormat::fromMimeType(sidecar->format, nullptr);
        if (audio.exists() && format && format->isPcm())
            bytes = repairWav(audioPath, *format, &problem);
        if (!bytes) {
            report.failed.append(path + QStringLiteral(": ") + problem);
            continue;
        }

        sidecar->bytes = *bytes;
        sidecar->status = QStringLiteral("interrupted");
        sidecar->endedAt = audio.exists() ? audio.lastModified() : QFileInfo(path).lastModified();
        if (!sidecar->save(path, &problem)) {
            report.failed.append(path + QStringLiteral(": ") + problem);
            continue;
        }
        report.repaired.append(path);
    }
    return report;
}

} // namespace SidecarRepair
