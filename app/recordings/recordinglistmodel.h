#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include "recordingfileworker.h"
#include "recordinginfo.h"
#include "workerthread.h"

class RecordingScanner;

/// Every recording in the recordings folder, from the sidecars, newest first. The folder is read
/// on a worker thread; the first scan arrives as one insertion, and refresh() changes only the
/// rows that changed (insertions, removals, ranged dataChanged), so selections and scroll
/// positions survive it. Sorting and searching are left to RecordingFilterModel.
///
/// Renaming and deleting happen on the same thread, in the order asked with the scans: the rows
/// change when an operation's result arrives.
class RecordingListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingListModel)

public:
    enum Column
    {
        Name,
        Device,
        Format,
        Length,
        Size,
        Status,
        Verification, ///< whether the file holds what the device produced (docs/protocol.md)
        Started,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< the raw value behind the column's text
        FilePathRole, ///< the audio file
        SessionIdRole,
        SidecarPathRole,
        LabelRole, ///< the label alone, empty when the recording has none
        LiveRole, ///< still being recorded
        FileExistsRole,
    };
    Q_ENUM(Role)

    using Removal = RecordingFileWorker::Removal;

    /// As long as the server keeps a label a device sends.
    static constexpr int MaxLabelLength = 100;

    explicit RecordingListModel(QObject *parent = nullptr);
    ~RecordingListModel() override;

    QString recordingsDir() const { return m_dir; }
    /// Shows the recordings under \a dir instead; the list is reset and scanned anew.
    void setRecordingsDir(const QString &dir);
    /// Reads the folder again on the worker thread and applies the differences. A call while a
    /// scan runs makes one more scan after it.
    void refresh();
    bool isScanning() const { return m_scanning; }
    /// Whether the folder was read at least once since it was set.
    bool hasScanned() const { return m_hasScanned; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const RecordingInfo &recording(int row) const { return m_recordings.at(row); }
    /// The row of the recording with this sidecar, or -1. Rows move when a scan is applied, so a
    /// caller that waited for a person (a dialog) finds its recording again with this.
    int rowOf(const QString &sidecarPath) const;
    /// The sum of the audio files' sizes.
    qint64 totalSize() const;

    /// Writes a new label into the recording's sidecar, on the worker thread; the audio file
    /// keeps its name. An empty label is allowed: the file name stands in for it. The row takes
    /// the label when it is written: renamed() follows, or renameFailed() with the reason (at
    /// once for a recording still being recorded).
    void rename(int row, const QString &label);
    /// The files that make up a recording and exist: the audio, a kept original, the sidecar.
    QStringList filesOf(int row) const;
    /// Deletes a recording's files, the sidecar last, on the worker thread; its row goes when they
    /// are gone, and removed() follows. On failure removeFailed() says why; the files that are
    /// left stay, and so does the row; a second call with Permanently finishes the job.
    void remove(int row, Removal how);

    /// The worker that renames and deletes, on the model's worker thread; its signals are
    /// emitted there.
    const RecordingFileWorker *fileWorker() const { return m_files; }

    /// The roles whose values a scan may change; dataChanged names exactly these.
    static QList<int> changingRoles();

Q_SIGNALS:
    /// A scan was applied to the rows.
    void scanFinished();
    /// The recording's row shows its new label.
    void renamed(const QString &sidecarPath);
    /// \a errorString says why, for the message a person reads.
    void renameFailed(const QString &sidecarPath, const QString &errorString);
    /// The recording's files are gone, and so is its row.
    void removed(const QString &sidecarPath, Removal how);
    /// \a errorString names the file that stayed and why.
    void removeFailed(const QString &sidecarPath, Removal how, const QString &errorString);

private:
    void onScanned(const QString &root, const QList<RecordingInfo> &scanned);
    void applyScan(const QList<RecordingInfo> &scanned);
    void onRenamed(const QString &sidecarPath, const QString &label);
    void onRemoved(const QString &sidecarPath, Removal how);
    QVariant displayText(const RecordingInfo &recording, int column) const;
    QVariant sortValue(const RecordingInfo &recording, int column) const;
    QVariant verificationToolTip(const RecordingInfo &recording) const;
    QVariant toolTip(const RecordingInfo &recording, int column) const;

    QList<RecordingInfo> m_recordings;
    QString m_dir;
    QLocale m_locale;
    bool m_scanning = false;
    bool m_rescan = false;
    bool m_hasScanned = false;
    RecordingScanner *m_scanner; ///< lives on m_thread, deleted when it finishes
    RecordingFileWorker *m_files; ///< the same
    WorkerThread m_thread;
};
