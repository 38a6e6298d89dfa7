#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

#include "sessionstats.h"

/// Every session the server reported since the monitor opened, one row each, in order of arrival.
/// Fed with the batches of CaptureServer::sessionsUpdated; sorting is left to SessionSortModel.
class SessionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum Column
    {
        State,
        Name,
        Peer,
        Format,
        Chunks,
        Bytes,
        Rate,
        Duration,
        Level,
        /// Audio the device holds that no ack covers yet ("4.2 s"); empty when none.
        Unsent,
        File,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< the raw value behind the column's text
        SessionIdRole,
        FilePathRole,
        LiveRole,
        /// Stereo PCM: each side's level (QPointF: left, right); null otherwise.
        ChannelLevelsRole,
        /// The take's id when the session is a guest's track in one; empty otherwise.
        TakeRole,
    };
    Q_ENUM(Role)

    explicit SessionTableModel(QObject *parent = nullptr);
    ~SessionTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Takes one batch of CaptureServer::sessionsUpdated: updates the rows of known sessions and
    /// appends the new ones with a single insertion.
    void updateSessions(const QList<SessionStats> &changed);

    /// The roles whose values a batch may change; dataChanged names exactly these.
    static QList<int> changingRoles();
    /// The word the State column shows for \a state ("Recording").
    static QString stateText(SessionStats::State state);

private:
    struct Update
    {
        int row;
        const SessionStats *stats; ///< in the batch being applied
    };

    QVariant displayText(const SessionStats &session, int column) const;
    QVariant sortValue(const SessionStats &session, int column) const;
    QVariant toolTip(const SessionStats &session, int column) const;
    void applyUpdates(QList<Update> updates);

    QList<SessionStats> m_sessions;
    QHash<QString, int> m_rowBySession;
    QLocale m_locale;
};
