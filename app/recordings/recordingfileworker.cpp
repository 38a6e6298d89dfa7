#include "recordingfileworker.h"

#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "storage/sidecar.h"

using namespace Qt::StringLiterals;

namespace {

bool moveToTrash(const QString &path, QString *errorString)
{
    QFile file(path);
    if (!file.moveToTrash()) {
        *errorString = file.errorString();
        return false;
    }
    // Qt 6.4 reports success where it finds no trash folder (a home without ~/.local/share): it
    // moved the file to "./files/" under the working directory. Put it back and say so.
    const QFileInfo trashed(file.fileName());
    if (trashed.isAbsolute())
        return true;
    QFile::rename(trashed.filePath(), path);
    const QDir trashFiles = trashed.dir();
    const QString info = trashFiles.filePath(u"../info/"_s + trashed.fileName() + u".trashinfo"_s);
    QFile::remove(info);
    QDir().rmdir(QFileInfo(info).path());
    QDir().rmdir(trashFiles.path());
    // The model's context: the text was its own before the files moved to this thread.
    *errorString
        = QCoreApplication::translate("RecordingListModel", "this desktop has no trash for it");
    return false;
}

} // namespace

RecordingFileWorker::RecordingFileWorker(QObject *parent) : QObject(parent) { }

RecordingFileWorker::~RecordingFileWorker() = default;

void RecordingFileWorker::rename(const QString &sidecarPath, const QString &label)
{
    QString problem;
    std::optional<Sidecar> sidecar = Sidecar::load(sidecarPath, &problem);
    if (!sidecar) {
        Q_EMIT renameFailed(sidecarPath, problem);
        return;
    }
    sidecar->label = label;
    if (!sidecar->save(sidecarPath, &problem)) {
        Q_EMIT renameFailed(sidecarPath, problem);
        return;
    }
    Q_EMIT renamed(sidecarPath, sidecar->label);
}

void RecordingFileWorker::remove(const QString &sidecarPath, const QStringList &files, Removal how)
{
    for (const QString &path : files) {
        QString problem;
        QFile file(path);
        const bool removed = how == Removal::ToTrash ? moveToTrash(path, &problem) : file.remove();
        if (!removed) {
            Q_EMIT removeFailed(sidecarPath, how,
                u"%1: %2"_s.arg(QDir::toNativeSeparators(path),
                    how == Removal::ToTrash ? problem : file.errorString()));
            return;
        }
    }
    Q_EMIT removed(sidecarPath, how);
}
