#include <QTest>

#include "session/sidecarfigures.h"

// The one mapping between a session's figures and its sidecar: what a session writes is what a
// resume after a restart reads back.
class tst_SidecarFigures final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresSurviveTheSidecar_data();
    void figuresSurviveTheSidecar();
    void damagedStatusReadsAsInterrupted();
};

void tst_SidecarFigures::figuresSurviveTheSidecar_data()
{
    QTest::addColumn<SessionStats::State>("state");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("errorCode");

    QTest::addRow("recording") << SessionStats::State::Recording << QStringLiteral("recording")
                               << QString();
    QTest::addRow("interrupted") << SessionStats::State::Interrupted
                                 << QStringLiteral("interrupted") << QString();
    QTest::addRow("complete") << SessionStats::State::Complete << QStringLiteral("complete")
                              << QString();
    QTest::addRow("failed") << SessionStats::State::Failed << QStringLiteral("failed")
                            << QStringLiteral("disk_full");
}

void tst_SidecarFigures::figuresSurviveTheSidecar()
{
    QFETCH(SessionStats::State, state);
    QFETCH(QString, status);
    QFETCH(QString, errorCode);

    SessionStats stats;
    stats.id = QStringLiteral("5f0c1e2a9b3d4c71");
    stats.label = QStringLiteral("Guest 1");
    stats.peer = QStringLiteral("192.168.1.23:50412");
    stats.userAgent = QStringLiteral("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                                     "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36");
    stats.format = QStringLiteral("audio/pcm;rate=16000;channels=1;bits=16");
    stats.state = state;
    stats.bytes = 480000;
    stats.chunks = 150;
    stats.startedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 15), Qt::UTC);
    if (state != SessionStats::State::Recording)
        stats.endedAt = stats.startedAt.addSecs(15);
    stats.errorCode = errorCode;
    stats.byteRate = 32000; // not kept: a figure of the live session only

    const Sidecar sidecar = SidecarFigures::toSidecar(
        stats, QStringLiteral("101500_Guest_1.wav"), QStringLiteral("ab12"));
    QCOMPARE(sidecar.status, status);
    QCOMPARE(sidecar.file, QStringLiteral("101500_Guest_1.wav"));
    QCOMPARE(sidecar.resumeTokenSha256, QStringLiteral("ab12"));
    QCOMPARE(sidecar.error, errorCode);

    const SessionStats back
        = SidecarFigures::toStats(sidecar, QStringLiteral("/rec/2026-11-21/101500_Guest_1.wav"));
    QCOMPARE(back.id, stats.id);
    QCOMPARE(back.label, stats.label);
    QCOMPARE(back.peer, stats.peer);
    QCOMPARE(back.userAgent, stats.userAgent);
    QCOMPARE(back.client, QStringLiteral("Chrome 131 on Android"));
    QCOMPARE(back.format, stats.format);
    QCOMPARE(back.state, state);
    QCOMPARE(back.bytes, stats.bytes);
    QCOMPARE(back.chunks, stats.chunks);
    QCOMPARE(back.startedAt, stats.startedAt);
    QCOMPARE(back.endedAt, stats.endedAt);
    QCOMPARE(back.errorCode, errorCode);
    QCOMPARE(back.filePath, QStringLiteral("/rec/2026-11-21/101500_Guest_1.wav"));
    QCOMPARE(back.byteRate, 0.0);
}

void tst_SidecarFigures::damagedStatusReadsAsInterrupted()
{
    Sidecar sidecar;
    sidecar.status = QStringLiteral("recordin");
    QCOMPARE(SidecarFigures::toStats(sidecar, {}).state, SessionStats::State::Interrupted);
}

QTEST_GUILESS_MAIN(tst_SidecarFigures)
#include "tst_sidecarfigures.moc"
