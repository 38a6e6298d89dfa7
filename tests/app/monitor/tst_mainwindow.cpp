#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include "captureserver.h"
#include "common/appsettings.h"
#include "monitor/mainwindow.h"
#include "monitor/sessiontablemodel.h"
#include "testclient.h"
#include "testserver.h"

using namespace Qt::StringLiterals;

// The desktop monitor on a real server, watched the way a person watches it: the address in the
// status bar, a row per device in the table, its figures as displayed.
class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsWhereToConnect();
    void showsAStreamingDevice();
    void closingFinishesRecordings();
    void busyPortIsShownInTheWindow();

private:
    ServerSettings serverSettings() const;
    /// The table row showing the session labelled \a name; -1 when there is none.
    int rowOf(const QString &name) const;
    QString cell(int row, int column) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<MainWindow> m_window;
    QTableView *m_table = nullptr;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The figures asserted below are the English ones.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The last window closing must not end the test run.
    QApplication::setQuitOnLastWindowClosed(false);
}

void tst_MainWindow::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
    m_appSettings = std::make_unique<AppSettings>(m_server->filePath(u"earshot.ini"_s));
    m_window = std::make_unique<MainWindow>(m_server->server(), *m_appSettings, serverSettings());
    m_table = m_window->findChild<QTableView *>(u"sessionTable"_s);
    QVERIFY(m_table);
    m_window->show();
}

void tst_MainWindow::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_window.reset();
    m_appSettings.reset();
    m_server.reset();
}

ServerSettings tst_MainWindow::serverSettings() const
{
    ServerSettings settings;
    settings.port = 0; // any free port
    settings.bindAddress = QHostAddress::LocalHost;
    settings.recordingsDir = m_server->filePath(u"recordings"_s);
    return settings;
}

int tst_MainWindow::rowOf(const QString &name) const
{
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SessionTableModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

QString tst_MainWindow::cell(int row, int column) const
{
    return m_table->model()->index(row, column).data().toString();
}

void tst_MainWindow::showsWhereToConnect()
{
    const auto *urls = m_window->statusBar()->findChild<QLabel *>(u"urlsLabel"_s);
    QVERIFY(urls);
    QVERIFY(!urls->text().contains(u"http://"_s));

    QVERIFY(m_window->startServer());
    QVERIFY(m_server->port() != 0);
    const QString url = u"http://127.0.0.1:%1/"_s.arg(m_server->port());
    QTRY_VERIFY2(urls->text().contains(url), qPrintable(urls->text()));
    QVERIFY(urls->isVisible());

    const auto *disk = m_window->statusBar()->findChild<QLabel *>(u"diskLabel"_s);
    QVERIFY(disk);
    QTRY_VERIFY2(disk->text().contains(u"free"_s), qPrintable(disk->text()));
}

void tst_MainWindow::showsAStreamingDevice()
{
    QVERIFY(m_window->startServer());
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendJson(
        { { u"type"_s, u"start"_s }, { u"format"_s, u"audio/pcm;rate=16000;channels=1;bits=16"_s },
            { u"name"_s, u"Guest 1"_s } });
    const QJsonObject started = client.waitFor(u"started"_s);
    QVERIFY(!started.isEmpty());

    // Ten chunks of 100 ms: one second of 16 kHz mono, 32000 bytes.
    QByteArray chunk(3200, '\0');
    for (int i = 0; i < chunk.size(); ++i)
        chunk[i] = char(i * 7);
    for (int i = 0; i < 10; ++i)
        client.socket.sendBinaryMessage(chunk);
    QTRY_COMPARE(client.ackedBytes(), 32000);

    QTRY_VERIFY(rowOf(u"Guest 1"_s) >= 0);
    QTRY_COMPARE(cell(rowOf(u"Guest 1"_s), SessionTableModel::Bytes), u"31.3 KiB"_s);
    int row = rowOf(u"Guest 1"_s);
    QCOMPARE(cell(row, SessionTableModel::State), u"Recording"_s);
    QCOMPARE(cell(row, SessionTableModel::Chunks), u"10"_s);
    QCOMPARE(cell(row, SessionTableModel::Format), u"PCM, 16 kHz, mono"_s);
    QCOMPARE(cell(row, SessionTableModel::File),
        QFileInfo(started.value(u"file"_s).toString()).fileName());
    const auto *live = m_window->statusBar()->findChild<QLabel *>(u"liveLabel"_s);
    QVERIFY(live);
    QTRY_COMPARE(live->text(), u"Live sessions: 1"_s);

    client.sendJson({ { u"type"_s, u"stop"_s } });
    const QJsonObject stopped = client.waitFor(u"stopped"_s);
    QCOMPARE(stopped.value(u"bytes"_s).toInteger(), 32000);
    QTRY_COMPARE(cell(rowOf(u"Guest 1"_s), SessionTableModel::State), u"Complete"_s);
    row = rowOf(u"Guest 1"_s);
    QCOMPARE(cell(row, SessionTableModel::Bytes), u"31.3 KiB"_s);
    QCOMPARE(cell(row, SessionTableModel::Duration), u"0:01"_s);
    QCOMPARE(cell(row, SessionTableModel::Rate), QString());
    QTRY_COMPARE(live->text(), u"Live sessions: 0"_s);
}

void tst_MainWindow::closingFinishesRecordings()
{
    QVERIFY(m_window->startServer());
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendJson(
        { { u"type"_s, u"start"_s }, { u"format"_s, u"audio/pcm;rate=16000;channels=1;bits=16"_s },
            { u"name"_s, u"Guest 2"_s } });
    QVERIFY(!client.waitFor(u"started"_s).isEmpty());
    client.socket.sendBinaryMessage(QByteArray(3200, '\1'));
    QTRY_COMPARE(client.ackedBytes(), 3200);
    QTRY_VERIFY(rowOf(u"Guest 2"_s) >= 0);

    QSignalSpy finished(&m_server->server(), &CaptureServer::shutdownFinished);
    m_window->endSession();
    // The window waits for the server: files are finalized and devices told before it goes.
    if (finished.count() == 0)
        QVERIFY(m_window->isVisible());
    QTRY_COMPARE(finished.count(), 1);
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(!m_server->server().isListening());
    QVERIFY(client.waitClosed());
    QCOMPARE(client.closeCode, QWebSocketProtocol::CloseCodeGoingAway);
    QTRY_COMPARE(cell(rowOf(u"Guest 2"_s), SessionTableModel::State), u"Interrupted"_s);
}

void tst_MainWindow::busyPortIsShownInTheWindow()
{
    QVERIFY(m_window->startServer());
    CaptureServer second;
    ServerSettings settings = serverSettings();
    settings.port = m_server->port();
    AppSettings secondSettings(m_server->filePath(u"second.ini"_s));
    MainWindow secondWindow(second, secondSettings, settings);
    secondWindow.show();
    QVERIFY(!secondWindow.startServer());

    const auto *banner = secondWindow.findChild<QLabel *>(u"errorBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(second.errorString()), qPrintable(banner->text()));
    const auto *urls = secondWindow.statusBar()->findChild<QLabel *>(u"urlsLabel"_s);
    QVERIFY(!urls->text().contains(u"http://"_s));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
