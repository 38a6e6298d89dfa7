#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

/// Renames and deletes recordings' files. Lives on RecordingListModel's worker thread, beside the
/// scanner, so that a slow disk or a trash on another device never stalls the window, and so that
/// a scan asked for after an operation reads the folder as the operation left it. Each operation
/// reports its result with a signal; nothing is shared with the caller.
class RecordingFileWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingFileWorker)

public:
    enum class Removal
    {
        ToTrash,
        Permanently
    };
    Q_ENUM(Removal)

    explicit RecordingFileWorker(QObject *parent = nullptr);
    ~RecordingFileWorker() override;

    /// Writes \a label into the sidecar at \a sidecarPath, read afresh (the server may have written
    /// it since the last scan); nothing else in it changes. Reports with renamed() or
    /// renameFailed().
    void rename(const QString &sidecarPath, const QString &label);
    /// Deletes \a files (a recording's, the sidecar last) in their order; the first that cannot go
    /// stops the job, and the rest stay. Reports with removed() or removeFailed().
    void remove(const QString &sidecarPath, const QStringList &files, Removal how);

Q_SIGNALS:
    void renamed(const QString &sidecarPath, const QString &label);
    void renameFailed(const QString &sidecarPath, const QString &errorString);
    void removed(const QString &sidecarPath, Removal how);
    /// \a errorString names the file that stayed and why.
    void removeFailed(const QString &sidecarPath, Removal how, const QString &errorString);
};
