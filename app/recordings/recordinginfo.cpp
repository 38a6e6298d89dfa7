#include "recordinginfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "protocol/audioformat.h"
#include "session/useragent.h"
#include "storage/sidecar.h"

using namespace Qt::StringLiterals;

namespace {

// A sidecar names its files by name only. Taking the name alone keeps a tampered sidecar from
// pointing the view (and its Delete) at a file outside the recording's folder.
QString besideSidecar(const QDir &folder, const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    return name.isEmpty() ? QString() : folder.absoluteFilePath(name);
}

qint64 lengthOf(const Sidecar &sidecar)
{
    if (sidecar.durationMs >= 0)
        return sidecar.durationMs;
    // PCM has a fixed rate, so its length is in its size; a compressed stream's is known only
    // once it was remuxed.
    const std::optional<AudioFormat> format = AudioFormat::fromMimeType(sidecar.format, nullptr);
    if (!format || !format->isPcm() || format->pcm().bytesPerSecond() <= 0)
        return -1;
    return sidecar.bytes * 1000 / format->pcm().bytesPerSecond();
}

} // namespace

bool RecordingInfo::isLive() const
{
    return sidecar.status == u"recording";
}

QString RecordingInfo::readTranscript(const QString &vttPath)
{
    QFile file(vttPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // "00:00:01.230 --> 00:00:04.560" then the cue's text: "0:01  the text".
    QString text;
    QString time;
    const QStringList lines = QString::fromUtf8(file.read(MaxTranscriptBytes)).split(u'\n');
    for (const QString &line : lines) {
        const qsizetype arrow = line.indexOf(u" --> "_s);
        if (arrow > 0) {
            const QStringList parts = line.left(arrow).split(u':');
            time = parts.size() == 3 ? QString::number(parts[0].toInt() * 60 + parts[1].toInt())
                    + u':' + parts[2].left(2)
                                     : QString();
            continue;
        }
        if (!time.isEmpty() && !line.trimmed().isEmpty()) {
            text += time + u"  "_s + line.trimmed() + u'\n';
            time.clear();
        }
    }
    return text;
}

RecordingInfo RecordingInfo::fromSidecar(const Sidecar &sidecar, const QString &sidecarPath)
{
    const QFileInfo sidecarInfo(sidecarPath);
    const QDir folder = sidecarInfo.absoluteDir();

    RecordingInfo info;
    info.sidecarPath = sidecarInfo.absoluteFilePath();
    info.filePath = besideSidecar(folder, sidecar.file);
    info.originalFilePath = besideSidecar(folder, sidecar.originalFile);
    info.remuxedCopyPath = besideSidecar(folder, sidecar.remux.file);
    info.sidecar = sidecar;
    info.device = describeUserAgent(sidecar.userAgent);
    info.durationMs = lengthOf(sidecar);
    const QFileInfo audio(info.filePath);
    info.fileSize = !info.filePath.isEmpty() && audio.isFile() ? audio.size() : -1;
    info.transcriptPath = besideSidecar(folder, sidecar.transcript);
    for (const char *key : { "inboundFile", "outboundFile" }) {
        const QString track
            = besideSidecar(folder, sidecar.call.value(QLatin1String(key)).toString());
        if (!track.isEmpty())
            info.trackPaths.append(track);
    }
    return info;
}

bool RecordingInfo::newerFirst(const RecordingInfo &left, const RecordingInfo &right)
{
    // An invalid start (a damaged sidecar) counts as the oldest.
    const QDateTime &leftStart = left.sidecar.startedAt;
    const QDateTime &rightStart = right.sidecar.startedAt;
    if (leftStart != rightStart) {
        if (!leftStart.isValid() || !rightStart.isValid())
            return leftStart.isValid();
        return leftStart > rightStart;
    }
    return left.sidecarPath > right.sidecarPath;
}
