#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

#include "serverevent.h"

/// The latest server events, oldest first, at most MaxEvents of them.
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column
    {
        Time,
        Peer,
        Session,
        Message,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Enough for a day of a busy classroom; older lines are dropped.
    static constexpr int MaxEvents = 5000;

    explicit EventLogModel(QObject *parent = nullptr);
    ~EventLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Queues an event. Queued events are inserted together a moment later, so that a thousand
    /// devices connecting at once make one insertion, not a thousand.
    void addEvent(const ServerEvent &event);
    /// Inserts the queued events now.
    void flush();

private:
    void dropOldest(int count);

    QList<ServerEvent> m_events;
    QList<ServerEvent> m_pending;
    QTimer m_flushTimer;
};
