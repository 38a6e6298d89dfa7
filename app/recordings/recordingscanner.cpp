#include "recordingscanner.h"

#include <algorithm>
#include <optional>

#include <QDir>
#include <QFileInfo>

#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/sidecarrepair.h"

using namespace Qt::StringLiterals;

RecordingScanner::RecordingScanner(QObject *parent) : QObject(parent) { }

RecordingScanner::~RecordingScanner() = default;

QList<RecordingInfo> RecordingScanner::scanFolder(const QString &root)
{
    QList<RecordingInfo> recordings;
    if (root.isEmpty())
        return recordings;
    const QDir rootDir(root);
    for (const QString &subfolder : SidecarRepair::recordingFolders(root)) {
        const QDir folder(rootDir.filePath(subfolder));
        // Hidden files are left out: ".name.remux.webm" and the like are work in progress.
        const QStringList names = folder.entryList({ u"*.json"_s }, QDir::Files);
        for (const QString &name : names) {
            if (name == RecordingPaths::TakeSidecarName)
                continue;
            const QString path = folder.filePath(name);
            QString problem;
            const std::optional<Sidecar> sidecar = Sidecar::load(path, &problem);
            if (!sidecar) {
                qWarning(
                    "earshot: recordings: skipping %s: %s", qPrintable(path), qPrintable(problem));
                continue;
            }
            RecordingInfo info = RecordingInfo::fromSidecar(*sidecar, path);
            if (!info.transcriptPath.isEmpty())
                info.transcriptText = transcriptText(info.transcriptPath);
            recordings.append(std::move(info));
        }
    }
    std::sort(recordings.begin(), recordings.end(), &RecordingInfo::newerFirst);
    return recordings;
}

QString RecordingScanner::transcriptText(const QString &vttPath)
{
    const QFileInfo file(vttPath);
    if (!file.isFile()) {
        m_transcripts.remove(vttPath);
        return {};
    }
    Transcript &cached = m_transcripts[vttPath];
    if (cached.size != file.size() || cached.modified != file.lastModified()) {
        cached.size = file.size();
        cached.modified = file.lastModified();
        cached.text = RecordingInfo::readTranscript(vttPath);
    }
    return cached.text;
}

void RecordingScanner::scan(const QString &root)
{
    Q_EMIT scanned(root, scanFolder(root));
}
