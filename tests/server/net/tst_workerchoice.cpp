#include <vector>

#include <QTest>

#include "net/workerchoice.h"

/// Which worker thread a new connection goes to (CaptureServer::distribute).
class tst_WorkerChoice : public QObject
{
    Q_OBJECT

private slots:
    void picksTheLeastLoaded_data();
    void picksTheLeastLoaded();
    void dealsABurstRound();
    void fillsTheWorkerThatLostItsConnections();
};

void tst_WorkerChoice::picksTheLeastLoaded_data()
{
    QTest::addColumn<std::vector<int>>("loads");
    QTest::addColumn<int>("next");
    QTest::addColumn<int>("expected");

    QTest::newRow("none") << std::vector<int> {} << 0 << -1;
    QTest::newRow("one worker") << std::vector<int> { 7 } << 0 << 0;
    QTest::newRow("one worker, next past the end") << std::vector<int> { 7 } << 3 << 0;
    QTest::newRow("lighter second") << std::vector<int> { 5, 2 } << 0 << 1;
    QTest::newRow("lighter first, next is second") << std::vector<int> { 1, 4 } << 1 << 0;
    QTest::newRow("equal: next in turn") << std::vector<int> { 3, 3, 3 } << 1 << 1;
    QTest::newRow("equal: next wraps") << std::vector<int> { 3, 3, 3 } << 3 << 0;
    QTest::newRow("two lightest: the first from next") << std::vector<int> { 0, 9, 0, 9 } << 1 << 2;
    QTest::newRow("two lightest, next on one") << std::vector<int> { 0, 9, 0, 9 } << 2 << 2;
    QTest::newRow("lightest before next") << std::vector<int> { 0, 9, 9, 9 } << 2 << 0;
    QTest::newRow("negative next") << std::vector<int> { 4, 4 } << -1 << 1;
}

void tst_WorkerChoice::picksTheLeastLoaded()
{
    QFETCH(std::vector<int>, loads);
    QFETCH(int, next);
    QFETCH(int, expected);
    QCOMPARE(leastLoadedWorker(loads, next), expected);
}

void tst_WorkerChoice::dealsABurstRound()
{
    // As CaptureServer does it: a connection counts as soon as it is handed out.
    std::vector<int> loads(4, 0);
    int next = 0;
    std::vector<int> order;
    for (int connection = 0; connection < 8; ++connection) {
        const int chosen = leastLoadedWorker(loads, next);
        ++loads[size_t(chosen)];
        next = (chosen + 1) % int(loads.size());
        order.push_back(chosen);
    }
    QCOMPARE(order, (std::vector<int> { 0, 1, 2, 3, 0, 1, 2, 3 }));
}

void tst_WorkerChoice::fillsTheWorkerThatLostItsConnections()
{
    // Worker 1's clients all left; the next connections go there until it catches up.
    std::vector<int> loads { 50, 0, 50 };
    int next = 2;
    for (int connection = 0; connection < 50; ++connection) {
        const int chosen = leastLoadedWorker(loads, next);
        QCOMPARE(chosen, 1);
        ++loads[size_t(chosen)];
        next = (chosen + 1) % int(loads.size());
    }
    QCOMPARE(loads, (std::vector<int> { 50, 50, 50 }));
    QCOMPARE(leastLoadedWorker(loads, next), 2);
}

QTEST_APPLESS_MAIN(tst_WorkerChoice)
#include "tst_workerchoice.moc"
