#include "leveldelegate.h"

#include <algorithm>
#include <cmath>

#include <QPainter>

#include "sessiontablemodel.h"

namespace {

// Peaks above this are about to clip.
constexpr double HotLevel = 0.9;
// Meters show decibels, as mixers do: -60 dB is the empty end, 0 dB the full one.
constexpr double MeterFloorDb = -60;
constexpr int MeterHeight = 3;
constexpr int MeterMargin = 3;

} // namespace

LevelDelegate::LevelDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

LevelDelegate::~LevelDelegate() = default;

void LevelDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(SessionTableModel::LiveRole).toBool())
        return;

    const QRect track = option.rect.adjusted(
        MeterMargin, option.rect.height() - MeterHeight - 1, -MeterMargin, -1);
    const QVariant channels = index.data(SessionTableModel::ChannelLevelsRole);
    if (channels.isNull()) {
        paintMeter(painter, track, index.data(SessionTableModel::SortRole).toDouble());
        return;
    }
    // Two sides (a phone call: the caller above, the other side below).
    const QPointF levels = channels.toPointF();
    paintMeter(painter, track.translated(0, -MeterHeight - 1), levels.x());
    paintMeter(painter, track, levels.y());
}

void LevelDelegate::paintMeter(QPainter *painter, const QRect &track, double level)
{
    if (level <= 0)
        return;
    QRect meter = track;
    const double fraction = std::clamp(1 - 20 * std::log10(level) / MeterFloorDb, 0.0, 1.0);
    meter.setWidth(std::max(1, qRound(track.width() * fraction)));
    const QColor color = level > HotLevel ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0xa0, 0x43);
    painter->fillRect(meter, color);
}
