#pragma once

#include <QStyledItemDelegate>

/// The Name column's cells, cut at their end when too long: a stream's name stays whole before
/// what it plays ("Morning show · The Testers - Op…"). The table cuts its other columns in the
/// middle, which suits file names and addresses.
class NameDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameDelegate)

public:
    explicit NameDelegate(QObject *parent = nullptr);
    ~NameDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
