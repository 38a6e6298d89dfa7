#pragma once

#include <optional>

#include <QStringList>
#include <QTimer>
#include <QWidget>

#include "sessionstats.h"
#include "takealarm.h"
#include "takes/take.h"

class CaptureServer;
class QAbstractItemModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// The take the host made last: its link and QR code for the guests, Start and Stop for
/// everyone, its state, and a row per guest (the sessions table's rows of this take). Watches
/// the guests' connections while the take records (TakeAlarm) and says who was lost.
class TakeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TakeView)

public:
    /// How often the guests' silence is looked at: a lost connection sends no batch.
    static constexpr std::chrono::milliseconds AlarmCheckInterval { 250 };

    /// \a sessions is the window's SessionTableModel; the view shows the rows of its take.
    TakeView(CaptureServer &server, QAbstractItemModel &sessions, QWidget *parent = nullptr);
    ~TakeView() override;

    /// Makes a take and shows it; false (and why) when the server could not.
    bool createTake(const QString &name, QString *errorString);
    std::optional<Take> take() const { return m_take; }
    /// The guests whose connection is lost now (empty while the take does not record).
    QStringList lostGuests() const { return m_lost; }

    /// A batch of CaptureServer::sessionsUpdated.
    void updateSessions(const QList<SessionStats> &changed);

Q_SIGNALS:
    /// The lost guests changed; \a newlyLost are the ones lost since the last time.
    void lostGuestsChanged(const QStringList &lost, const QStringList &newlyLost);

private:
    void onTakeChanged(const Take &take);
    void showTake();
    void startTake();
    void confirmStopTake();
    void setTakeState(Take::State state);
    void checkGuests();
    void copyLink();

    CaptureServer &m_server;
    std::optional<Take> m_take;
    TakeAlarm m_alarm;
    QStringList m_lost;
    QTimer m_alarmTimer;

    QLabel *m_nameLabel;
    QLabel *m_stateLabel;
    QLabel *m_qrCode;
    QLabel *m_linkLabel;
    QPushButton *m_copyButton;
    QPushButton *m_startButton;
    QPushButton *m_stopButton;
    QSortFilterProxyModel *m_guests;
    QTableView *m_table;
};
