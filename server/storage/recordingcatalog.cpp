#include "recordingcatalog.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "recordingpaths.h"
#include "sidecarrepair.h"

using namespace Qt::StringLiterals;

RecordingCatalog::RecordingCatalog(QString root) : m_root(std::move(root)) { }

std::optional<RecordingCatalog::Entry> RecordingCatalog::load(
    const QString &folder, const QString &name) const
{
    if (name == RecordingPaths::TakeSidecarName)
        return std::nullopt;
    const QString path = QDir(m_root).filePath(folder + u'/' + name);
    QString problem;
    std::optional<Sidecar> sidecar = Sidecar::load(path, &problem);
    if (!sidecar)
        return std::nullopt;
    return Entry { std::move(*sidecar), path, folder };
}

QList<RecordingCatalog::Entry> RecordingCatalog::list() const
{
    QList<Entry> entries;
    for (const QString &folder : SidecarRepair::recordingFolders(m_root)) {
        // Hidden files are work in progress (".name.remux.webm" and the like).
        const QStringList names
            = QDir(QDir(m_root).filePath(folder)).entryList({ u"*.json"_s }, QDir::Files);
        for (const QString &name : names) {
            if (std::optional<Entry> entry = load(folder, name))
                entries.append(std::move(*entry));
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.sidecar.startedAt > b.sidecar.startedAt; });
    return entries;
}

std::optional<RecordingCatalog::Entry> RecordingCatalog::find(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    // A recording's file name ends in its session's id; a take's track is named after its guest,
    // so the others are read too, after.
    const QStringList folders = SidecarRepair::recordingFolders(m_root);
    for (const bool byName : { true, false }) {
        for (const QString &folder : folders) {
            const QStringList names
                = QDir(QDir(m_root).filePath(folder)).entryList({ u"*.json"_s }, QDir::Files);
            for (const QString &name : names) {
                if (name.endsWith(u'_' + id + u".json"_s) != byName)
                    continue;
                std::optional<Entry> entry = load(folder, name);
                if (entry && entry->sidecar.session == id)
                    return entry;
            }
        }
    }
    return std::nullopt;
}

QString RecordingCatalog::audioPath(const Entry &entry)
{
    if (!Sidecar::isPlainFileName(entry.sidecar.file))
        return {};
    return QFileInfo(entry.sidecarPath).dir().filePath(entry.sidecar.file);
}

bool RecordingCatalog::remove(const Entry &entry, QStringList *removed, QString *errorString)
{
    const QDir folder = QFileInfo(entry.sidecarPath).dir();
    const Sidecar &sidecar = entry.sidecar;
    QStringList names;
    // Only plain names, beside the sidecar: a planted sidecar cannot steer a delete elsewhere.
    // A phone call's side tracks are files of their own.
    for (const QString &name : { sidecar.file, sidecar.transcript, sidecar.originalFile,
             sidecar.remux.file, sidecar.call.value(u"inboundFile"_s).toString(),
             sidecar.call.value(u"outboundFile"_s).toString() }) {
        if (!name.isEmpty() && Sidecar::isPlainFileName(name) && !names.contains(name))
            names.append(name);
    }
    // The sidecar last: while any file is left, it still says what the files are.
    names.append(QFileInfo(entry.sidecarPath).fileName());
    for (const QString &name : std::as_const(names)) {
        QFile file(folder.filePath(name));
        if (!file.exists())
            continue;
        if (!file.remove()) {
            *errorString = u"%1: %2"_s.arg(name, file.errorString());
            return false;
        }
        removed->append(name);
    }
    return true;
}
