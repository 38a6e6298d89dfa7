#pragma once

#include <QSortFilterProxyModel>

/// Sorts the sessions by the chosen column, but keeps the live ones above the finished ones in
/// either direction: whoever records now is what a person watching the monitor looks for.
class SessionSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSortModel)

public:
    explicit SessionSortModel(QObject *parent = nullptr);
    ~SessionSortModel() override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
