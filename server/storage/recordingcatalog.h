#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "sidecar.h"

/// The recordings of a folder as their sidecars tell them, for the HTTP API: listed, found by
/// session id, deleted with the files beside them. Reads and deletes files: call it off the
/// socket threads.
class RecordingCatalog final
{
public:
    struct Entry
    {
        Sidecar sidecar;
        QString sidecarPath; ///< absolute
        QString folder; ///< the folder both are in, relative to the root
    };

    explicit RecordingCatalog(QString root);

    /// Every readable sidecar's recording (a take's take.json is none), newest first.
    QList<Entry> list() const;
    /// The recording of session `id`; nothing when there is none.
    std::optional<Entry> find(const QString &id) const;
    /// The audio file's absolute path; empty when the sidecar names no plain file.
    static QString audioPath(const Entry &entry);
    /// Deletes the sidecar and the files it names beside it (audio, transcript, the original and
    /// remuxed copies, a phone call's track files); returns their names. False (and why) when one
    /// could not be deleted.
    static bool remove(const Entry &entry, QStringList *removed, QString *errorString);

private:
    std::optional<Entry> load(const QString &folder, const QString &name) const;

    QString m_root;
};
