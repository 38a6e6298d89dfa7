#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <memory>

#include <QImage>
#include <QTest>

#include "englishplurals.h"
#include "monitor/ratechart.h"
#include "monitor/ratehistory.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// The rate chart's history: batches' totals in, one figure per second out, zero when batches
// stop, and the window's length. Time comes from a clock the test turns by hand.
class tst_RateHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsEmpty();
    void batchesAverageWithinTheirSecond();
    void quarterSecondBatchesGiveOneFigurePerSecond();
    void lastFigureHoldsThenDecays_data();
    void lastFigureHoldsThenDecays();
    void gapBetweenBatchesFallsToZero();
    void oldFiguresLeaveTheWindow();
    void windowLength_data();
    void windowLength();
    void resizingTheWindowKeepsRecentFigures();
    void nonsenseCountsAsZero();
    void clearForgets();
    void axisMaximum_data();
    void axisMaximum();
    void axisTexts();
    void chartPaintsTheRecentArea_data();
    void chartPaintsTheRecentArea();

private:
    EnglishPlurals m_plurals;
    // A clock that only moves when told to.
    struct ManualClock
    {
        std::shared_ptr<std::chrono::milliseconds> now
            = std::make_shared<std::chrono::milliseconds>(0);
        RateHistory::Clock clock() const
        {
            return [now = now] { return *now; };
        }
        void set(std::chrono::milliseconds time) const { *now = time; }
        void advance(std::chrono::milliseconds step) const { *now += step; }
    };
};

void tst_RateHistory::initTestCase()
{
    // The texts asserted below are the English ones, with their plural forms.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::installTranslator(&m_plurals);
}

void tst_RateHistory::startsEmpty()
{
    const ManualClock clock;
    const RateHistory history(clock.clock());
    QCOMPARE(history.window(), RateHistory::DefaultWindow);
    QCOMPARE(history.pointCount(), 300);
    const QList<double> rates = history.rates();
    QCOMPARE(rates.size(), 300);
    QVERIFY(std::all_of(rates.cbegin(), rates.cend(), [](double rate) { return rate == 0; }));
    QCOMPARE(history.peak(), 0.0);
    QCOMPARE(history.currentRate(), 0.0);
}

void tst_RateHistory::batchesAverageWithinTheirSecond()
{
    const ManualClock clock;
    RateHistory history(clock.clock());
    history.addRate(1000);
    clock.set(500ms);
    ServerTotals totals;
    totals.byteRate = 3000;
    history.addTotals(totals);
    QCOMPARE(history.rates().constLast(), 2000.0);
    QCOMPARE(history.currentRate(), 3000.0);

    clock.set(1200ms);
    history.addRate(500);
    const QList<double> rates = history.rates();
    QCOMPARE(rates.at(rates.size() - 2), 2000.0);
    QCOMPARE(rates.constLast(), 500.0);
    QCOMPARE(history.peak(), 2000.0);
}

void tst_RateHistory::quarterSecondBatchesGiveOneFigurePerSecond()
{
    const ManualClock clock;
    RateHistory history(clock.clock());
    // Ten seconds of a rate climbing by 1 KiB/s each second, four batches a second.
    for (int second = 0; second < 10; ++second) {
        for (int quarter = 0; quarter < 4; ++quarter) {
            clock.set(std::chrono::milliseconds(second * 1000 + quarter * 250));
            history.addRate(1024.0 * (second + 1));
        }
    }
    const QList<double> rates = history.rates();
    for (int second = 0; second < 10; ++second)
        QCOMPARE(rates.at(rates.size() - 10 + second), 1024.0 * (second + 1));
    QCOMPARE(rates.at(rates.size() - 11), 0.0);
}

void tst_RateHistory::lastFigureHoldsThenDecays_data()
{
    QTest::addColumn<std::chrono::milliseconds>("silence");
    QTest::addColumn<double>("current");
    QTest::addColumn<double>("lastPoint");

    // Batches come every 250 ms while data arrives: a short pause is not a stop.
    QTest::addRow("next batch due") << 250ms << 4096.0 << 4096.0;
    QTest::addRow("a batch late") << 1500ms << 4096.0 << 4096.0;
    QTest::addRow("stale") << 2000ms << 0.0 << 0.0;
    QTest::addRow("long gone") << 90'000ms << 0.0 << 0.0;
}

void tst_RateHistory::lastFigureHoldsThenDecays()
{
    QFETCH(std::chrono::milliseconds, silence);
    QFETCH(double, current);
    QFETCH(double, lastPoint);

    const ManualClock clock;
    RateHistory history(clock.clock());
    history.addRate(4096);
    clock.advance(silence);
    QCOMPARE(history.currentRate(), current);
    QCOMPARE(history.rates().constLast(), lastPoint);
    QCOMPARE(history.rates().size(), history.pointCount());
}

void tst_RateHistory::gapBetweenBatchesFallsToZero()
{
    const ManualClock clock;
    RateHistory history(clock.clock());
    clock.set(100ms);
    history.addRate(4096);
    clock.set(5200ms);
    history.addRate(1024);

    const QList<double> rates = history.rates();
    const QList<double> lastSix = rates.sliced(rates.size() - 6);
    QCOMPARE(lastSix, QList<double>({ 4096, 4096, 0, 0, 0, 1024 }));
}

void tst_RateHistory::oldFiguresLeaveTheWindow()
{
    const ManualClock clock;
    RateHistory history(clock.clock());
    history.addRate(2048);
    clock.set(299s);
    QCOMPARE(history.rates().constFirst(), 2048.0);
    QCOMPARE(history.peak(), 2048.0);

    // The figure is held through the next second (a batch may be late), then both are gone.
    clock.set(300s);
    QCOMPARE(history.rates().constFirst(), 2048.0);
    clock.set(301s);
    QCOMPARE(history.rates().constFirst(), 0.0);
    QCOMPARE(history.peak(), 0.0);

    // Writing after a silence longer than the window leaves no trace of the old figures.
    clock.set(1h);
    history.addRate(100);
    QCOMPARE(history.peak(), 100.0);
    QCOMPARE(history.rates().size(), 300);
}

void tst_RateHistory::windowLength_data()
{
    QTest::addColumn<std::chrono::minutes>("asked");
    QTest::addColumn<std::chrono::minutes>("window");
    QTest::addColumn<int>("points");

    QTest::addRow("1 min") << 1min << 1min << 60;
    QTest::addRow("5 min") << 5min << 5min << 300;
    QTest::addRow("15 min") << 15min << 15min << 900;
    QTest::addRow("0 is at least 1 min") << 0min << 1min << 60;
    QTest::addRow("a day is at most 1 h")
        << std::chrono::minutes(24h) << std::chrono::minutes(1h) << 3600;
}

void tst_RateHistory::windowLength()
{
    QFETCH(std::chrono::minutes, asked);
    QFETCH(std::chrono::minutes, window);
    QFETCH(int, points);

    const ManualClock clock;
    RateHistory history(clock.clock());
    history.setWindow(asked);
    QCOMPARE(history.window(), window);
    QCOMPARE(history.pointCount(), points);
    QCOMPARE(history.rates().size(), points);

    // A figure just inside the window is still there; once it and the second it was held
    // through have passed, it is gone.
    history.addRate(777);
    clock.set(std::chrono::milliseconds(window) - 1s);
    QCOMPARE(history.rates().constFirst(), 777.0);
    clock.advance(2s);
    QCOMPARE(history.peak(), 0.0);
}

void tst_RateHistory::resizingTheWindowKeepsRecentFigures()
{
    const ManualClock clock;
    RateHistory history(clock.clock());
    for (int second = 0; second < 300; ++second) {
        clock.set(std::chrono::seconds(second));
        history.addRate(second);
    }

    history.setWindow(1min);
    QList<double> rates = history.rates();
    QCOMPARE(rates.size(), 60);
    QCOMPARE(rates.constFirst(), 240.0);
    QCOMPARE(rates.constLast(), 299.0);

    // Growing again cannot bring back what was dropped.
    history.setWindow(5min);
    rates = history.rates();
    QCOMPARE(rates.size(), 300);
    QCOMPARE(rates.at(239), 0.0);
    QCOMPARE(rates.at(240), 240.0);
    QCOMPARE(rates.constLast(), 299.0);
}

void tst_RateHistory::nonsenseCountsAsZero()
{
    const ManualClock clock;
    RateHistory history(clock.clock());
    history.addRate(-5);
    QCOMPARE(history.currentRate(), 0.0);
    history.addRate(std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(history.currentRate(), 0.0);
    history.addRate(std::numeric_limits<double>::infinity());
    QCOMPARE(history.currentRate(), 0.0);
    QCOMPARE(history.peak(), 0.0);
}

void tst_RateHistory::clearForgets()
{
    const ManualClock clock;
    RateHistory history(clock.clock());
    history.addRate(5000);
    history.clear();
    QCOMPARE(history.peak(), 0.0);
    QCOMPARE(history.currentRate(), 0.0);
}

void tst_RateHistory::axisMaximum_data()
{
    QTest::addColumn<double>("peak");
    QTest::addColumn<double>("maximum");

    constexpr double KiB = 1024;
    constexpr double MiB = 1024 * KiB;
    QTest::addRow("nothing") << 0.0 << KiB;
    QTest::addRow("a trickle") << 100.0 << KiB;
    QTest::addRow("exactly 1 KiB") << KiB << KiB;
    QTest::addRow("just above") << KiB + 1 << 2 * KiB;
    QTest::addRow("one PCM stream") << 32000.0 << 50 * KiB;
    QTest::addRow("exactly 200 KiB") << 200 * KiB << 200 * KiB;
    QTest::addRow("above 500 KiB") << 600 * KiB << MiB;
    QTest::addRow("1.5 MiB") << 1.5 * MiB << 2 * MiB;
    QTest::addRow("many streams") << 42 * MiB << 50 * MiB;
}

void tst_RateHistory::axisMaximum()
{
    QFETCH(double, peak);
    QFETCH(double, maximum);
    QCOMPARE(RateChart::axisMaximum(peak), maximum);
}

void tst_RateHistory::axisTexts()
{
    const RateChart chart;
    QCOMPARE(chart.rateText(2.5 * 1024), u"2.5 KiB/s"_s);
    QCOMPARE(chart.rateText(5 * 1024 * 1024), u"5 MiB/s"_s);
    QCOMPARE(chart.rateText(512), u"512 bytes/s"_s);
    QCOMPARE(RateChart::minutesAgoText(5), u"-5 min"_s);
    QCOMPARE(RateChart::minutesAgoText(1), u"-1 min"_s);
    QCOMPARE(RateChart::minutesAgoText(0), u"now"_s);
}

void tst_RateHistory::chartPaintsTheRecentArea_data()
{
    QTest::addColumn<QPalette>("palette");

    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    QTest::addRow("light") << light;

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    QTest::addRow("dark") << dark;
}

// The last minute carried data, the four before it none: the area is on the right only.
void tst_RateHistory::chartPaintsTheRecentArea()
{
    QFETCH(QPalette, palette);

    const ManualClock clock;
    RateChart chart(clock.clock());
    chart.setPalette(palette);
    chart.resize(420, 120);
    clock.set(4min);
    for (int quarter = 0; quarter < 4 * 60; ++quarter) {
        clock.advance(250ms);
        chart.addTotals(ServerTotals { 1, 1, 1, 0, 40'000 });
    }

    const QImage image = chart.grab().toImage();
    const QColor highlight = palette.color(QPalette::Highlight);
    const auto isLine = [&highlight](QColor pixel) {
        return std::abs(pixel.red() - highlight.red()) < 12
            && std::abs(pixel.green() - highlight.green()) < 12
            && std::abs(pixel.blue() - highlight.blue()) < 12;
    };
    int lineInRightFifth = 0;
    int lineInLeftHalf = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (!isLine(image.pixelColor(x, y)))
                continue;
            if (x > image.width() * 4 / 5)
                ++lineInRightFifth;
            else if (x < image.width() / 2)
                ++lineInLeftHalf;
        }
    }
    // The line runs along the top of the last minute and along the bottom before it.
    QVERIFY2(lineInRightFifth > 40, qPrintable(QString::number(lineInRightFifth)));
    QVERIFY(lineInLeftHalf > 0);
}

QTEST_MAIN(tst_RateHistory)
#include "tst_ratehistory.moc"
