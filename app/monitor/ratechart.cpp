#include "ratechart.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

constexpr double Margin = 4;
constexpr double LabelGap = 6;
constexpr double LineWidth = 1.5;
// Axis labels a little smaller than the text around the chart, as in most charts.
constexpr double AxisFontScale = 0.85;
constexpr int AreaAlpha = 80;
constexpr int GridAlpha = 45;
constexpr double TextOpacity = 0.75;
constexpr int MaxTimeTicks = 6;

// The binary units formattedDataSize uses by default (KiB, MiB, …).
constexpr double UnitBase = 1024;
constexpr std::array<double, 9> NiceSteps { 1, 2, 5, 10, 20, 50, 100, 200, 500 };
constexpr std::array<int, 6> MinuteSteps { 1, 2, 5, 10, 15, 30 };

// The unit formattedDataSize picks for a figure: the largest power of 1024 not above it.
double unitFor(double bytes)
{
    double unit = 1;
    while (bytes >= unit * UnitBase)
        unit *= UnitBase;
    return unit;
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

RateChart::RateChart(QWidget *parent) : RateChart(RateHistory::Clock(), parent) { }

RateChart::RateChart(RateHistory::Clock clock, QWidget *parent)
    : QWidget(parent), m_history(std::move(clock))
{
    setObjectName(u"rateChart"_s);
    setAccessibleName(tr("Incoming data rate"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Scrolls while no batch comes, so that a stopped stream is seen falling to zero.
    m_scrollTimer.setInterval(RateHistory::Resolution);
    connect(&m_scrollTimer, &QTimer::timeout, this, qOverload<>(&RateChart::update));
}

RateChart::~RateChart() = default;

void RateChart::addTotals(const ServerTotals &totals)
{
    m_history.addTotals(totals);
    update();
}

void RateChart::setWindow(std::chrono::minutes window)
{
    m_history.setWindow(window);
    update();
}

const RateHistory &RateChart::history() const
{
    return m_history;
}

double RateChart::axisMaximum(double peak)
{
    if (!(peak > MinimumAxisMaximum))
        return MinimumAxisMaximum;
    const double unit = unitFor(peak);
    const double inUnit = peak / unit;
    for (double step : NiceSteps) {
        if (inUnit <= step)
            return step * unit;
    }
    return unit * UnitBase;
}

QString RateChart::rateText(double bytesPerSecond) const
{
    const double unit = unitFor(bytesPerSecond);
    const double inUnit = bytesPerSecond / unit;
    // Round figures without a decimal: "5 MiB/s", but "2.5 KiB/s".
    const int precision = std::abs(inUnit - std::round(inUnit)) < 0.05 ? 0 : 1;
    return tr("%1/s", "data rate on the chart's axis, e.g. 1.5 KiB/s")
        .arg(m_locale.formattedDataSize(qRound64(bytesPerSecond), precision));
}

QString RateChart::minutesAgoText(int minutes)
{
    if (minutes == 0)
        return tr("now", "time axis of the rate chart");
    return tr("-%n min", "time axis of the rate chart: minutes ago", minutes);
}

QSize RateChart::sizeHint() const
{
    const QFontMetrics metrics(font());
    return { metrics.horizontalAdvance(u'0') * 50, metrics.height() * 6 };
}

QSize RateChart::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return { metrics.horizontalAdvance(u'0') * 24, metrics.height() * 4 };
}

bool RateChart::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);

    const auto *help = static_cast<QHelpEvent *>(event);
    const QList<double> rates = m_history.rates();
    const QFontMetricsF metrics(axisFont());
    const QRectF plot = layout(metrics, m_history.peak()).plot;
    if (rates.size() < 2 || !plot.contains(help->pos())) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const double fraction = (help->pos().x() - plot.left()) / plot.width();
    const auto index = qsizetype(std::lround(fraction * double(rates.size() - 1)));
    const auto secondsAgo
        = int((rates.size() - 1 - index) * RateHistory::Resolution.count() / 1000);
    const QString rate = rateText(rates.at(index));
    const QString text = secondsAgo == 0
        ? tr("Now: %1", "rate chart tooltip; %1 is a data rate").arg(rate)
        : tr("%n second(s) ago: %1", "rate chart tooltip; %1 is a data rate", secondsAgo).arg(rate);
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

void RateChart::paintEvent(QPaintEvent *)
{
    const QList<double> rates = m_history.rates();
    const double peak = rates.isEmpty() ? 0.0 : *std::max_element(rates.cbegin(), rates.cend());
    const QFont font = axisFont();
    const QFontMetricsF metrics(font);
    const Layout frame = layout(metrics, peak);
    const QRectF &plot = frame.plot;
    if (plot.width() < 2 || plot.height() < 2)
        return;

    QPainter painter(this);
    painter.setFont(font);
    const QPalette colors = palette();
    QColor textColor = colors.color(QPalette::WindowText);
    textColor.setAlphaF(float(TextOpacity));
    const QColor gridColor = withAlpha(colors.color(QPalette::Text), GridAlpha);
    const QColor lineColor = colors.color(QPalette::Highlight);

    painter.fillRect(plot, colors.color(QPalette::Base));
    painter.setPen(QPen(colors.color(QPalette::Mid), 1));
    painter.drawRect(plot);

    // Grid at half and full scale, labelled on the left.
    const double middleY = plot.top() + plot.height() / 2;
    painter.setPen(QPen(gridColor, 1));
    painter.drawLine(QPointF(plot.left(), middleY), QPointF(plot.right(), middleY));
    painter.setPen(textColor);
    const double labelRight = plot.left() - LabelGap;
    const auto drawRateLabel = [&](double y, const QString &text) {
        const QRectF box(0, y - metrics.height() / 2, labelRight, metrics.height());
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
    };
    drawRateLabel(plot.top(), frame.topLabel);
    // A short chart has room for one label only; the grid line still marks the half.
    if (plot.height() / 2 > metrics.height() * 1.2)
        drawRateLabel(middleY, frame.middleLabel);
    paintTimeAxis(painter, plot, metrics);

    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(plot);
    const qsizetype last = rates.size() - 1;
    // A peak at full scale keeps its whole stroke inside the frame.
    const double dataHeight = plot.height() - LineWidth;
    if (last > 0) {
        QPainterPath line;
        for (qsizetype index = 0; index <= last; ++index) {
            const QPointF point(plot.left() + plot.width() * double(index) / double(last),
                plot.bottom() - dataHeight * std::min(rates.at(index) / frame.axisMaximum, 1.0));
            if (index == 0)
                line.moveTo(point);
            else
                line.lineTo(point);
        }
        QPainterPath area = line;
        area.lineTo(plot.bottomRight());
        area.lineTo(plot.bottomLeft());
        area.closeSubpath();
        painter.fillPath(area, withAlpha(lineColor, AreaAlpha));
        painter.strokePath(
            line, QPen(lineColor, LineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    painter.setClipping(false);
    painter.setRenderHint(QPainter::Antialiasing, false);

    if (peak <= 0) {
        painter.setPen(textColor);
        // In the upper half, clear of the grid line and the baseline.
        painter.drawText(plot.adjusted(0, 0, 0, -plot.height() / 2), Qt::AlignCenter,
            tr("No audio arriving", "rate chart, when the rate is zero"));
    }
}

void RateChart::showEvent(QShowEvent *event)
{
    m_scrollTimer.start();
    QWidget::showEvent(event);
}

void RateChart::hideEvent(QHideEvent *event)
{
    m_scrollTimer.stop();
    QWidget::hideEvent(event);
}

RateChart::Layout RateChart::layout(const QFontMetricsF &metrics, double peak) const
{
    Layout frame;
    frame.axisMaximum = axisMaximum(peak);
    frame.topLabel = rateText(frame.axisMaximum);
    frame.middleLabel = rateText(frame.axisMaximum / 2);
    const double labelWidth = std::max(
        metrics.horizontalAdvance(frame.topLabel), metrics.horizontalAdvance(frame.middleLabel));
    // Pixel centres: a 1 px line on x.5 is sharp.
    const double left = std::ceil(Margin + labelWidth + LabelGap) + 0.5;
    const double top = std::ceil(metrics.height() / 2 + Margin / 2) + 0.5;
    const double right = width() - Margin - 0.5;
    const double bottom = std::floor(height() - Margin - metrics.height() - 2) - 0.5;
    frame.plot = QRectF(QPointF(left, top), QPointF(right, bottom));
    return frame;
}

QFont RateChart::axisFont() const
{
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * AxisFontScale);
    else
        small.setPixelSize(std::max(8, int(small.pixelSize() * AxisFontScale)));
    return small;
}

void RateChart::paintTimeAxis(
    QPainter &painter, const QRectF &plot, const QFontMetricsF &metrics) const
{
    const int minutes = int(m_history.window().count());
    const auto step = *std::find_if(MinuteSteps.cbegin(), MinuteSteps.cend() - 1,
        [minutes](int candidate) { return minutes / candidate <= MaxTimeTicks; });
    const double secondsShown = std::max(
        1.0, double((m_history.pointCount() - 1) * RateHistory::Resolution.count()) / 1000.0);
    const auto xFor = [&](int minutesAgo) {
        return std::max(plot.left(), plot.right() - plot.width() * minutesAgo * 60 / secondsShown);
    };

    // The ends are always labelled; the ticks between only where their label fits.
    const double textTop = plot.bottom() + 2;
    const double gap = metrics.horizontalAdvance(u"  "_s);
    QList<QRectF> taken;
    const auto place = [&](int minutesAgo, Qt::Alignment alignment) {
        const QString text = minutesAgoText(minutesAgo);
        const double textWidth = metrics.horizontalAdvance(text);
        const double x = xFor(minutesAgo);
        double textLeft = x - textWidth / 2;
        if (alignment & Qt::AlignLeft)
            textLeft = x;
        else if (alignment & Qt::AlignRight)
            textLeft = x - textWidth;
        const QRectF box(textLeft, textTop, textWidth, metrics.height());
        const QRectF padded = box.adjusted(-gap, 0, gap, 0);
        if (std::any_of(taken.cbegin(), taken.cend(),
                [&padded](const QRectF &other) { return other.intersects(padded); }))
            return;
        taken.append(box);
        painter.drawText(box, Qt::AlignCenter, text);
    };

    QColor textColor = palette().color(QPalette::WindowText);
    textColor.setAlphaF(float(TextOpacity));
    painter.setPen(textColor);
    place(minutes, Qt::AlignLeft);
    place(0, Qt::AlignRight);
    for (int minutesAgo = step; minutesAgo < minutes; minutesAgo += step)
        place(minutesAgo, Qt::AlignHCenter);

    painter.setPen(QPen(withAlpha(palette().color(QPalette::Text), GridAlpha), 1));
    for (int minutesAgo = step; minutesAgo < minutes; minutesAgo += step) {
        const double x = std::round(xFor(minutesAgo) - 0.5) + 0.5;
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}
