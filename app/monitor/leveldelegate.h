#pragma once

#include <QStyledItemDelegate>

/// Draws a live session's level as a thin meter under its dB figure: a glance down the column
/// shows which devices hear nothing or clip. A stereo stream (a phone call) gets a meter per
/// side.
class LevelDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelDelegate)

public:
    explicit LevelDelegate(QObject *parent = nullptr);
    ~LevelDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

private:
    static void paintMeter(QPainter *painter, const QRect &track, double level);
};
