#pragma once

#include <chrono>

#include <QLocale>
#include <QTimer>
#include <QWidget>

#include "ratehistory.h"
#include "sessionstats.h"

/// A small area chart of the total incoming rate over the last minutes: how busy the server is
/// and whether data still arrives, at a glance. Painted with QPainter in the palette's colours,
/// so it reads in light and dark themes alike. It keeps its own RateHistory.
class RateChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateChart)

public:
    /// The lowest top of the y axis: a trickle should not fill the chart.
    static constexpr double MinimumAxisMaximum = 1024;

    explicit RateChart(QWidget *parent = nullptr);
    /// With the clock the history reads (tests).
    explicit RateChart(RateHistory::Clock clock, QWidget *parent = nullptr);
    ~RateChart() override;

    /// Takes the batch's total rate and repaints.
    void addTotals(const ServerTotals &totals);
    void setWindow(std::chrono::minutes window);
    const RateHistory &history() const;

    /// The top of the y axis for a peak: 1, 2, 5, 10, 20, 50, 100, 200 or 500 of the binary unit
    /// QLocale::formattedDataSize shows the peak in, so the axis reads in round figures.
    static double axisMaximum(double peak);
    /// A rate as the axis labels it: "2.5 KiB/s", "5 MiB/s".
    QString rateText(double bytesPerSecond) const;
    /// "-5 min" … "now".
    static QString minutesAgoText(int minutes);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Layout
    {
        QRectF plot;
        double axisMaximum = 0;
        QString topLabel;
        QString middleLabel;
    };

    Layout layout(const QFontMetricsF &metrics, double peak) const;
    QFont axisFont() const;
    void paintTimeAxis(QPainter &painter, const QRectF &plot, const QFontMetricsF &metrics) const;

    RateHistory m_history;
    QTimer m_scrollTimer;
    QLocale m_locale;
};
