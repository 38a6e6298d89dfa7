#include "namedelegate.h"

NameDelegate::NameDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

NameDelegate::~NameDelegate() = default;

void NameDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideRight;
}
