#pragma once

#include <chrono>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include "sessionstats.h"
#include "takealarm.h"
#include "takes/take.h"

class CaptureServer;
class QAbstractItemModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class TakeExportJob;

/// The take the host made last: its link and QR code for the guests, Start and Stop for
/// everyone, its state, and a row per guest (the sessions table's rows of this take). Watches
/// the guests' connections while the take records (TakeAlarm) and says who was lost. Once the
/// take is stopped and its guests' recordings have ended, "Export aligned" writes its aligned
/// folder (TakeExportJob) with progress and Cancel, by itself too when setExportWhenStopped().
class TakeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TakeView)

public:
    /// How often the guests' silence is looked at: a lost connection sends no batch.
    static constexpr std::chrono::milliseconds AlarmCheckInterval { 250 };
    /// How long an export by itself waits, after the host stopped the take, for the guests'
    /// recordings to end: their pages stop when told, and send what they still hold first. A
    /// guest still recording after that is not cut short: the export is left to the button.
    static constexpr std::chrono::seconds ExportWaitForGuests { 30 };
    static constexpr std::chrono::milliseconds ExportWaitCheckInterval { 200 };

    /// \a sessions is the window's SessionTableModel; the view shows the rows of its take.
    TakeView(CaptureServer &server, QAbstractItemModel &sessions, QWidget *parent = nullptr);
    ~TakeView() override;

    /// Makes a take and shows it; false (and why) when the server could not.
    bool createTake(const QString &name, QString *errorString);
    /// Shows the newest take of the server that is not stopped (one the server took up again
    /// at its start); false when there is none.
    bool showUnfinishedTake();
    std::optional<Take> take() const { return m_take; }
    /// The guests whose connection is lost now (empty while the take does not record).
    QStringList lostGuests() const { return m_lost; }

    /// A batch of CaptureServer::sessionsUpdated.
    void updateSessions(const QList<SessionStats> &changed);

    /// Export aligned by itself when the host stops the take (the setting).
    void setExportWhenStopped(bool exportWhenStopped);
    /// "Export aligned" of the take now; false (and why) when it cannot start: not stopped yet,
    /// no tracks, a guest still recording, or an export of it running.
    bool exportAligned(QString *errorString);
    bool isExporting() const;

Q_SIGNALS:
    /// The lost guests changed; \a newlyLost are the ones lost since the last time.
    void lostGuestsChanged(const QStringList &lost, const QStringList &newlyLost);
    /// An export ended: the files it wrote, or why it did not ("cancelled" when cancelled).
    void exportFinished(bool succeeded, const QStringList &files, const QString &errorString);

private:
    void adopt(Take take);
    void onTakeChanged(const Take &take);
    void showTake();
    void startTake();
    void confirmStopTake();
    void setTakeState(Take::State state);
    void checkGuests();
    void copyLink();
    QString takeFolder() const;
    bool guestsRecording() const;
    void updateExportControls();
    void checkExportWait();
    void onExportClicked();
    void onExportFinished(bool succeeded, const QStringList &files, const QString &errorString);
    void openExportFolder();
    void showExportStatus(const QString &text, bool error);

    CaptureServer &m_server;
    std::optional<Take> m_take;
    TakeAlarm m_alarm;
    QStringList m_lost;
    QTimer m_alarmTimer;
    std::unique_ptr<TakeExportJob> m_export;
    bool m_exportWhenStopped = false;
    bool m_exportPending = false; ///< waiting for the guests, to export by itself
    QTimer m_exportWaitTimer;
    QElapsedTimer m_exportWaiting;
    QString m_exportedFolder;

    QLabel *m_nameLabel;
    QLabel *m_stateLabel;
    QLabel *m_qrCode;
    QLabel *m_linkLabel;
    QPushButton *m_copyButton;
    QPushButton *m_startButton;
    QPushButton *m_stopButton;
    QPushButton *m_exportButton;
    QProgressBar *m_exportProgress;
    QPushButton *m_cancelExportButton;
    QLabel *m_exportStatus;
    QPushButton *m_openFolderButton;
    QSortFilterProxyModel *m_guests;
    QTableView *m_table;
};
