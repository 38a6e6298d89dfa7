#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QWidget>

#include "recordinglistmodel.h"

class PlaybackBar;
class QAction;
class QIcon;
class QKeySequence;
class QLabel;
class QLineEdit;
class QMediaPlayer;
class QModelIndex;
class QPlainTextEdit;
class QTableView;
class RecordingFilterModel;
class RecordingTranscriber;

/// The recordings in the recordings folder: search them by name or by what was said, play them in
/// a playback bar, open them, show them in their folder, transcribe them (a WebVTT beside each,
/// shown under the list), rename them (the label in the sidecar; the file keeps its name) and
/// delete them with their transcript (to the trash where the desktop has one).
class RecordingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingsView)

public:
    /// How long requestRefresh() gathers calls into one scan.
    static constexpr int RefreshIntervalMs = 1000;

    explicit RecordingsView(QWidget *parent = nullptr);
    ~RecordingsView() override;

    /// Lists the recordings under \a dir; read at once, on a worker thread.
    void setRecordingsDir(const QString &dir);
    /// Where "Transcribe" finds its speech model.
    void setSpeechModelDir(const QString &dir);
    /// Something may have changed in the folder (a session started or ended, a remux finished):
    /// rescans RefreshIntervalMs later, once for all the calls in between; while the view is
    /// hidden, when it is shown again. Cheap to call often.
    void requestRefresh();
    /// A rescan is waiting for its interval; when false, none happens until the next request
    /// (or, for a hidden view, until it is shown).
    bool isRefreshScheduled() const { return m_refreshTimer.isActive(); }

    RecordingListModel &model() const { return *m_model; }
    /// The playback bar's player. Made on first use, so that a window that never plays does not
    /// start the audio system.
    QMediaPlayer &player();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QAction *makeAction(const QString &objectName, const QIcon &icon, const QString &text,
        const QKeySequence &shortcut);
    /// The selected recording as a row of the list model, or -1.
    int selectedRow() const;
    QString selectedName() const;
    void refreshNow();
    void updateActions();
    void updateSummary();
    void playRow(int row);
    void playSelected();
    void openSelected();
    void showSelectedInFolder();
    void renameSelected();
    void onRenameFailed(const QString &sidecarPath, const QString &problem);
    void deleteSelected();
    void transcribeSelected();
    void onTranscribed(const QString &audioPath, bool ok, const QString &errorString);
    void showTranscriptOfSelected();
    void updateTranscriptionProgress();
    void onRemoved(const QString &sidecarPath, RecordingListModel::Removal how);
    void onRemoveFailed(
        const QString &sidecarPath, RecordingListModel::Removal how, const QString &problem);

    RecordingListModel *m_model;
    RecordingFilterModel *m_filter;
    QLineEdit *m_search;
    QLabel *m_summary;
    QTableView *m_table;

    QAction *m_playAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_showInFolderAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_transcribeAction = nullptr;

    RecordingTranscriber *m_transcriber;
    QLabel *m_transcriptionProgress;
    QTimer m_progressTimer;
    QPlainTextEdit *m_transcript;

    PlaybackBar *m_playback;
    /// The renames asked for here whose results have not come: their failures are shown.
    QSet<QString> m_renaming;
    /// The same for deletions, by sidecar, with the names their messages show.
    QHash<QString, QString> m_deleting;

    QTimer m_refreshTimer;
    bool m_stale = false;
};
