#include "sessionsortmodel.h"

#include "sessiontablemodel.h"

SessionSortModel::SessionSortModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Raw values, so that "9.8 KiB" sorts below "10.0 MiB". Dynamic sorting re-sorts only the
    // rows of a dataChanged that names this role.
    setSortRole(SessionTableModel::SortRole);
}

SessionSortModel::~SessionSortModel() = default;

bool SessionSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftLive = left.data(SessionTableModel::LiveRole).toBool();
    const bool rightLive = right.data(SessionTableModel::LiveRole).toBool();
    if (leftLive != rightLive) {
        // The view reverses lessThan for a descending order; reverse it first to stay on top.
        return sortOrder() == Qt::AscendingOrder ? leftLive : rightLive;
    }

    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue.typeId() == QMetaType::QString && rightValue.typeId() == QMetaType::QString) {
        const int order = leftValue.toString().compare(rightValue.toString(), Qt::CaseInsensitive);
        if (order != 0)
            return order < 0;
    } else {
        const QPartialOrdering order = QVariant::compare(leftValue, rightValue);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    // Equal values keep the order of arrival, so rows do not swap places between updates.
    return left.row() < right.row();
}
