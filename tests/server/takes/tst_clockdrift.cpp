#include <QRandomGenerator>
#include <QTest>

#include "takes/clockdrift.h"

namespace {

// A device whose clock runs at `rate` samples per server second, sending a chunk every
// `everyMs`, each arriving late by up to `jitterMs` (from a fixed seed), from `startMs` for
// `durationMs`, having delivered `samplesBefore` already.
void deliver(ClockDrift &drift, double rate, double startMs, double durationMs, double everyMs,
    double jitterMs, double samplesBefore = 0, quint32 seed = 1)
{
    QRandomGenerator random(seed);
    for (double t = 0; t <= durationMs; t += everyMs) {
        const double late = jitterMs * random.generateDouble();
        drift.add(startMs + t + late, samplesBefore + rate * t / 1000.0);
    }
}

} // namespace

class tst_ClockDrift final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresTheRateDelivered_data();
    void measuresTheRateDelivered();
    void saysNothingOverAShortSpan();
    void aResumedBacklogDoesNotCount();
    void aResumedSessionMeasuresOn();
};

void tst_ClockDrift::measuresTheRateDelivered_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("jitterMs");
    QTest::addColumn<double>("durationMs");
    QTest::addColumn<double>("ppmWithin");

    QTest::newRow("exact, on time") << 16000.0 << 0.0 << 30000.0 << 0.01;
    QTest::newRow("0.1 % fast, exact") << 16016.0 << 0.0 << 30000.0 << 0.01;
    QTest::newRow("0.1 % slow, exact") << 15984.0 << 0.0 << 30000.0 << 0.01;
    // Network delays spread the arrivals; over longer takes the fit sharpens.
    QTest::newRow("0.1 % fast, 20 ms jitter, 30 s") << 16016.0 << 20.0 << 30000.0 << 150.0;
    QTest::newRow("0.01 % fast, 20 ms jitter, 10 min") << 16001.6 << 20.0 << 600000.0 << 10.0;
}

void tst_ClockDrift::measuresTheRateDelivered()
{
    QFETCH(double, rate);
    QFETCH(double, jitterMs);
    QFETCH(double, durationMs);
    QFETCH(double, ppmWithin);

    ClockDrift drift(16000);
    deliver(drift, rate, 1000, durationMs, 100, jitterMs);
    const double expectedPpm = (rate / 16000 - 1) * 1e6;
    QVERIFY2(std::abs(drift.ppm() - expectedPpm) <= ppmWithin,
        qPrintable(QStringLiteral("%1 ppm, expected %2").arg(drift.ppm()).arg(expectedPpm)));
    QVERIFY(std::abs(drift.measuredRate() - rate) <= rate * ppmWithin / 1e6 + 1e-9);
    QCOMPARE(drift.spanMs() > durationMs - ClockDrift::SettleMs - 100, true);
}

void tst_ClockDrift::saysNothingOverAShortSpan()
{
    ClockDrift drift(48000);
    deliver(drift, 48048, 0, 4000, 100, 0);
    QCOMPARE(drift.measuredRate(), 0.0);
    QCOMPARE(drift.ppm(), 0.0);
    QVERIFY(drift.toJson().value(QLatin1String("measuredRate")).toDouble() == 0.0);
}

void tst_ClockDrift::aResumedBacklogDoesNotCount()
{
    // 20 s at 0.1 % fast, a 10 s drop, then the 10 s held back arrives within 300 ms, then on.
    ClockDrift drift(16000);
    const double rate = 16016;
    deliver(drift, rate, 0, 20000, 100, 0);
    drift.breakStretch();
    const double resumedAtMs = 30000;
    for (int i = 0; i < 100; ++i)
        drift.add(resumedAtMs + 3 * i, rate * (20.0 + i * 0.1));
    deliver(drift, rate, resumedAtMs + 300, 20000, 100, 0, rate * 30.0);
    QVERIFY2(std::abs(drift.ppm() - 1000) < 1, qPrintable(QString::number(drift.ppm())));
}

void tst_ClockDrift::aResumedSessionMeasuresOn()
{
    ClockDrift whole(16000);
    deliver(whole, 16016, 0, 20000, 100, 10, 0, 3);

    ClockDrift first(16000);
    deliver(first, 16016, 0, 10000, 100, 10, 0, 3);
    ClockDrift second = ClockDrift::fromJson(first.toJson(), 16000);
    deliver(second, 16016, 50000, 10000, 100, 10, 16016 * 10.0, 4);
    // Two halves measure what the whole measures, though the second came after a gap.
    QVERIFY2(std::abs(second.ppm() - whole.ppm()) < 100,
        qPrintable(QStringLiteral("%1 ppm, the whole %2").arg(second.ppm()).arg(whole.ppm())));
    QVERIFY(std::abs(second.spanMs() - 2 * first.spanMs()) < 200);

    // What a damaged sidecar says is not believed: measuring starts afresh.
    const ClockDrift fresh = ClockDrift::fromJson({ { QStringLiteral("stt"), -4 } }, 16000);
    QCOMPARE(fresh.spanMs(), 0.0);
}

QTEST_GUILESS_MAIN(tst_ClockDrift)
#include "tst_clockdrift.moc"
