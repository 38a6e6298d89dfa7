#include <cmath>

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include "englishplurals.h"
#include "tray/trayicon.h"
#include "tray/traypolicy.h"

using namespace Qt::StringLiterals;

using Request = TrayPolicy::Request;
using Decision = TrayPolicy::Decision;

// What closing the window does (TrayPolicy), and what the tray icon shows and offers.
class tst_TrayPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void closing_data();
    void closing();
    void decidingDoesNotAct();
    void confirmedCloseStaysClosing();
    void declinedCloseAsksAgain();
    void trayDotTurnsRedWhileRecording();
    void toolTipTellsWhatHappens();
    void toolTipRateFollowsWithinASecond();
    void copiesTheConnectUrl();
    void menuAndClickAskForTheWindowOrQuit();

private:
    EnglishPlurals m_plurals;
};

void tst_TrayPolicy::initTestCase()
{
    // The texts asserted below are the English ones, with their plural forms.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::installTranslator(&m_plurals);
}

void tst_TrayPolicy::closing_data()
{
    QTest::addColumn<Request>("request");
    QTest::addColumn<int>("live");
    QTest::addColumn<bool>("minimize");
    QTest::addColumn<bool>("tray");
    QTest::addColumn<Decision>("decision");

    QTest::addRow("close, nothing live")
        << Request::CloseWindow << 0 << false << true << Decision::Close;
    QTest::addRow("close, live") << Request::CloseWindow << 2 << false << true << Decision::Confirm;
    QTest::addRow("close, live, minimize")
        << Request::CloseWindow << 2 << true << true << Decision::HideToTray;
    QTest::addRow("close, nothing live, minimize")
        << Request::CloseWindow << 0 << true << true << Decision::HideToTray;
    // Hidden without a tray icon, the window could never come back.
    QTest::addRow("close, live, minimize, no tray")
        << Request::CloseWindow << 2 << true << false << Decision::Confirm;
    QTest::addRow("close, nothing live, minimize, no tray")
        << Request::CloseWindow << 0 << true << false << Decision::Close;
    QTest::addRow("close, live, no tray")
        << Request::CloseWindow << 1 << false << false << Decision::Confirm;
    // Quit means quit, tray or not.
    QTest::addRow("quit, live, minimize")
        << Request::Quit << 3 << true << true << Decision::Confirm;
    QTest::addRow("quit, nothing live, minimize")
        << Request::Quit << 0 << true << true << Decision::Close;
    // Nobody is there to answer a logout's question.
    QTest::addRow("logout, live") << Request::EndOfSession << 3 << false << true << Decision::Close;
    QTest::addRow("logout, live, minimize")
        << Request::EndOfSession << 3 << true << true << Decision::Close;
}

void tst_TrayPolicy::closing()
{
    QFETCH(Request, request);
    QFETCH(int, live);
    QFETCH(bool, minimize);
    QFETCH(bool, tray);
    QFETCH(Decision, decision);

    TrayPolicy policy;
    policy.setLiveSessions(live);
    policy.setMinimizeToTray(minimize);
    policy.setTrayAvailable(tray);
    QSignalSpy closeApproved(&policy, &TrayPolicy::closeApproved);
    QSignalSpy hide(&policy, &TrayPolicy::hideToTrayRequested);
    QSignalSpy confirm(&policy, &TrayPolicy::confirmationRequested);

    QCOMPARE(policy.requestClose(request), decision);
    QCOMPARE(closeApproved.count(), decision == Decision::Close ? 1 : 0);
    QCOMPARE(hide.count(), decision == Decision::HideToTray ? 1 : 0);
    QCOMPARE(confirm.count(), decision == Decision::Confirm ? 1 : 0);
    if (decision == Decision::Confirm)
        QCOMPARE(confirm.at(0).at(0).toInt(), live);
    QCOMPARE(policy.isClosing(), decision == Decision::Close);
}

void tst_TrayPolicy::decidingDoesNotAct()
{
    TrayPolicy policy;
    policy.setLiveSessions(1);
    QSignalSpy confirm(&policy, &TrayPolicy::confirmationRequested);
    QSignalSpy closeApproved(&policy, &TrayPolicy::closeApproved);
    QCOMPARE(policy.decide(Request::CloseWindow), Decision::Confirm);
    QCOMPARE(policy.decide(Request::EndOfSession), Decision::Close);
    QCOMPARE(confirm.count(), 0);
    QCOMPARE(closeApproved.count(), 0);
    QVERIFY(!policy.isClosing());
}

// The window ignores the first close while the server finishes the recordings, then closes
// again: that second close must not ask again nor hide.
void tst_TrayPolicy::confirmedCloseStaysClosing()
{
    TrayPolicy policy;
    policy.setLiveSessions(2);
    policy.setMinimizeToTray(true);
    policy.setTrayAvailable(true);
    QSignalSpy closeApproved(&policy, &TrayPolicy::closeApproved);

    QCOMPARE(policy.requestClose(Request::Quit), Decision::Confirm);
    policy.confirmClose();
    QCOMPARE(closeApproved.count(), 1);
    QVERIFY(policy.isClosing());

    QCOMPARE(policy.requestClose(Request::CloseWindow), Decision::Close);
    QCOMPARE(closeApproved.count(), 2);
}

void tst_TrayPolicy::declinedCloseAsksAgain()
{
    TrayPolicy policy;
    policy.setLiveSessions(1);
    QSignalSpy confirm(&policy, &TrayPolicy::confirmationRequested);
    QCOMPARE(policy.requestClose(Request::CloseWindow), Decision::Confirm);
    // The person said no; later they close again.
    QCOMPARE(policy.requestClose(Request::CloseWindow), Decision::Confirm);
    QCOMPARE(confirm.count(), 2);

    // The devices finished in between: nothing to lose any more.
    policy.setLiveSessions(0);
    QCOMPARE(policy.requestClose(Request::CloseWindow), Decision::Close);
}

void tst_TrayPolicy::trayDotTurnsRedWhileRecording()
{
    TrayIcon tray;
    const auto dotColor = [&tray] {
        // The dot's centre on the icon's 128-unit grid: (42, 64).
        const QImage image = tray.icon().pixmap(64, 64).toImage();
        return image.pixelColor(21, 32);
    };
    QVERIFY(!tray.isRecording());
    const QColor idle = dotColor();

    ServerTotals totals;
    totals.liveSessions = 1;
    tray.setTotals(totals);
    QVERIFY(tray.isRecording());
    const QColor recording = dotColor();
    QVERIFY2(recording.red() > 200 && recording.green() < 100 && recording.blue() < 100,
        qPrintable(recording.name()));
    QVERIFY2(std::abs(idle.red() - idle.green()) < 40, qPrintable(idle.name()));

    totals.liveSessions = 0;
    tray.setTotals(totals);
    QCOMPARE(dotColor(), idle);
}

void tst_TrayPolicy::toolTipTellsWhatHappens()
{
    TrayIcon tray;
    QCOMPARE(tray.toolTip(), u"Earshot\nNot listening"_s);

    tray.setConnectUrl(QUrl(u"https://192.168.1.20:8443/?t=abc"_s));
    QCOMPARE(tray.toolTip(), u"Earshot\nWaiting for devices"_s);

    ServerTotals totals;
    totals.liveSessions = 2;
    totals.byteRate = 1.5 * 1024;
    tray.setTotals(totals);
    QCOMPARE(tray.toolTip(), u"Earshot\n2 devices recording\n1.5 KiB/s"_s);

    totals.liveSessions = 1;
    tray.setTotals(totals);
    QCOMPARE(tray.toolTip(), u"Earshot\n1 device recording\n1.5 KiB/s"_s);
}

void tst_TrayPolicy::toolTipRateFollowsWithinASecond()
{
    TrayIcon tray;
    tray.setConnectUrl(QUrl(u"http://127.0.0.1:8080/"_s));
    ServerTotals totals;
    totals.liveSessions = 1;
    totals.byteRate = 1024;
    tray.setTotals(totals);
    QCOMPARE(tray.toolTip(), u"Earshot\n1 device recording\n1.0 KiB/s"_s);

    // Only the rate changed: the tooltip follows at the next second, not at every batch.
    totals.byteRate = 2048;
    tray.setTotals(totals);
    QCOMPARE(tray.toolTip(), u"Earshot\n1 device recording\n1.0 KiB/s"_s);
    QTRY_COMPARE(tray.toolTip(), u"Earshot\n1 device recording\n2.0 KiB/s"_s);
}

void tst_TrayPolicy::copiesTheConnectUrl()
{
    TrayIcon tray;
    QVERIFY(!tray.copyUrlAction()->isEnabled());

    const QUrl url(u"https://192.168.1.20:8443/?t=Zq3_x&lang=de"_s);
    tray.setConnectUrl(url);
    QAction *copy = tray.copyUrlAction();
    QVERIFY(copy->isEnabled());
    // The ampersand is doubled so that the menu shows it instead of underlining a letter.
    QCOMPARE(copy->text(), u"Copy https://192.168.1.20:8443/?t=Zq3_x&&lang=de"_s);

    QGuiApplication::clipboard()->clear();
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), url.toString());

    tray.setConnectUrl({});
    QVERIFY(!copy->isEnabled());
}

void tst_TrayPolicy::menuAndClickAskForTheWindowOrQuit()
{
    TrayIcon tray;
    QSignalSpy show(&tray, &TrayIcon::showWindowRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);

    tray.showWindowAction()->trigger();
    Q_EMIT tray.activated(QSystemTrayIcon::Trigger);
    Q_EMIT tray.activated(QSystemTrayIcon::Context);
    QCOMPARE(show.count(), 2);
    QCOMPARE(quit.count(), 0);

    tray.quitAction()->trigger();
    QCOMPARE(quit.count(), 1);
    QCOMPARE(tray.contextMenu()->actions().size(), 4); // show, copy, separator, quit
}

QTEST_MAIN(tst_TrayPolicy)
#include "tst_traypolicy.moc"
