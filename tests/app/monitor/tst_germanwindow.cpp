#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "captureserver.h"
#include "common/applanguage.h"
#include "common/appsettings.h"
#include "monitor/mainwindow.h"
#include "monitor/sessiontablemodel.h"
#include "monitor/settingsdialog.h"
#include "testclient.h"
#include "testserver.h"
#include "tray/trayicon.h"

using namespace Qt::StringLiterals;

// The monitor started the way main() starts it, on a system whose locale is German (ctest sets
// LANG and LC_ALL to de_DE.UTF-8): what a German-speaking person sees in the window.
class tst_GermanWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menusTabsAndHeadersAreGerman();
    void statusBarIsGerman();
    void aStreamingDeviceReadsInGerman();
    void languageIsChosenInTheSettings();
    void acceleratorsAreUnique_data();
    void acceleratorsAreUnique();

private:
    ServerSettings serverSettings() const;
    int rowOf(const QString &name) const;
    QString cell(int row, int column, int role = Qt::DisplayRole) const;

    AppLanguage m_language;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<MainWindow> m_window;
    QTableView *m_table = nullptr;
};

namespace {

QStringList actionTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

// The texts among \a texts whose accelerator another one has too.
QStringList clashingAccelerators(const QStringList &texts)
{
    QHash<QKeySequence, QString> taken;
    QStringList clashes;
    for (const QString &text : texts) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (mnemonic.isEmpty())
            continue;
        if (taken.contains(mnemonic))
            clashes.append(taken.value(mnemonic) + u" / "_s + text);
        taken.insert(mnemonic, text);
    }
    return clashes;
}

} // namespace

void tst_GermanWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setQuitOnLastWindowClosed(false);
    QCOMPARE(QLocale::system().language(), QLocale::German);
    // What main() does when the settings say "System default".
    m_language.apply(AppLanguage::localeFor(QString()));
    QVERIFY(m_language.isTranslated());
    QCOMPARE(QLocale().language(), QLocale::German);
}

void tst_GermanWindow::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
    m_appSettings = std::make_unique<AppSettings>(m_server->filePath(u"earshot.ini"_s));
    m_window = std::make_unique<MainWindow>(m_server->server(), *m_appSettings, serverSettings());
    m_table = m_window->findChild<QTableView *>(u"sessionTable"_s);
    QVERIFY(m_table);
    m_window->show();
}

void tst_GermanWindow::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_window.reset();
    m_appSettings.reset();
    m_server.reset();
}

ServerSettings tst_GermanWindow::serverSettings() const
{
    ServerSettings settings;
    settings.port = 0;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.recordingsDir = m_server->filePath(u"recordings"_s);
    return settings;
}

int tst_GermanWindow::rowOf(const QString &name) const
{
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SessionTableModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

QString tst_GermanWindow::cell(int row, int column, int role) const
{
    return m_table->model()->index(row, column).data(role).toString();
}

void tst_GermanWindow::menusTabsAndHeadersAreGerman()
{
    QCOMPARE(actionTexts(m_window->menuBar()->actions()),
        QStringList({ u"&Datei"_s, u"&Server"_s, u"S&itzung"_s, u"&Take"_s, u"&Ansicht"_s }));
    const QMenu *fileMenu = m_window->menuBar()->actions().constFirst()->menu();
    QVERIFY(fileMenu);
    QCOMPARE(actionTexts(fileMenu->actions()),
        QStringList({ u"&Aufnahmeordner öffnen"_s, u"&Einstellungen…"_s, u"A&PI-Schlüssel…"_s,
            u"&Beenden"_s }));

    const auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), u"Live-Sitzungen"_s);
    QCOMPARE(tabs->tabText(1), u"Aufnahmen"_s);
    QCOMPARE(tabs->tabText(2), u"Take"_s);

    QStringList docks;
    for (const QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        docks.append(dock->windowTitle());
    docks.sort();
    QCOMPARE(docks, QStringList({ u"Ereignisse"_s, u"Gerät verbinden"_s, u"Mikrofon"_s }));

    QStringList headers;
    const QAbstractItemModel *model = m_table->model();
    for (int column = 0; column < model->columnCount(); ++column)
        headers.append(model->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers,
        QStringList({ u"Zustand"_s, u"Name"_s, u"Gerät"_s, u"Format"_s, u"Blöcke"_s, u"Empfangen"_s,
            u"Datenrate"_s, u"Dauer"_s, u"Pegel"_s, u"Ungesendet"_s, u"Datei"_s }));
}

void tst_GermanWindow::statusBarIsGerman()
{
    const auto *urls = m_window->statusBar()->findChild<QLabel *>(u"urlsLabel"_s);
    const auto *live = m_window->statusBar()->findChild<QLabel *>(u"liveLabel"_s);
    const auto *disk = m_window->statusBar()->findChild<QLabel *>(u"diskLabel"_s);
    QVERIFY(urls && live && disk);
    QCOMPARE(urls->text(), u"Empfang aus"_s);

    QVERIFY(m_window->startServer());
    QTRY_VERIFY2(
        urls->text().startsWith(u"Auf einem Telefon öffnen: "_s), qPrintable(urls->text()));
    QCOMPARE(live->text(), u"Live-Sitzungen: 0"_s);
    QTRY_VERIFY2(disk->text().endsWith(u" frei"_s), qPrintable(disk->text()));
}

void tst_GermanWindow::aStreamingDeviceReadsInGerman()
{
    QVERIFY(m_window->startServer());
    TestClient client;
    QVERIFY(client.open(m_server->wsUrl()));
    client.sendJson(
        { { u"type"_s, u"start"_s }, { u"format"_s, u"audio/pcm;rate=16000;channels=1;bits=16"_s },
            { u"name"_s, u"Gast 1"_s } });
    QVERIFY(!client.waitFor(u"started"_s).isEmpty());
    // 1536 bytes: 1.5 KiB, which a German reads as "1,5 KiB".
    for (int i = 0; i < 3; ++i)
        client.socket.sendBinaryMessage(QByteArray(512, char(i)));
    QTRY_COMPARE(client.ackedBytes(), 1536);

    QTRY_VERIFY(rowOf(u"Gast 1"_s) >= 0);
    QTRY_COMPARE(cell(rowOf(u"Gast 1"_s), SessionTableModel::Bytes), u"1,5 KiB"_s);
    int row = rowOf(u"Gast 1"_s);
    QCOMPARE(cell(row, SessionTableModel::State), u"Nimmt auf"_s);
    QCOMPARE(cell(row, SessionTableModel::Format), u"PCM, 16 kHz, Mono"_s);
    // The exact figure in the tooltip, with the German thousands separator.
    QCOMPARE(cell(row, SessionTableModel::Bytes, Qt::ToolTipRole), u"1.536 Bytes"_s);
    const auto *live = m_window->statusBar()->findChild<QLabel *>(u"liveLabel"_s);
    QTRY_COMPARE(live->text(), u"Live-Sitzungen: 1"_s);

    client.sendJson({ { u"type"_s, u"stop"_s } });
    QVERIFY(!client.waitFor(u"stopped"_s).isEmpty());
    QTRY_COMPARE(cell(rowOf(u"Gast 1"_s), SessionTableModel::State), u"Abgeschlossen"_s);
}

// The settings offer the languages by their own names, say when a choice applies, and keep it
// for the next start, where it wins over the system's language.
void tst_GermanWindow::languageIsChosenInTheSettings()
{
    SettingsDialog dialog(serverSettings(), u"fr"_s);
    const auto *note = dialog.findChild<QLabel *>(u"languageRestartNote"_s);
    QVERIFY(note);
    QCOMPARE(note->text(), u"Eine neue Sprache gilt ab dem nächsten Start von Earshot."_s);
    auto *choice = dialog.findChild<QComboBox *>();
    QVERIFY(choice);
    QStringList names;
    for (int index = 0; index < choice->count(); ++index)
        names.append(choice->itemText(index));
    QCOMPARE(names,
        QStringList({ u"Systemvorgabe (Deutsch)"_s, u"English"_s, u"Deutsch"_s, u"Français"_s,
            u"Español"_s, u"简体中文"_s }));
    QCOMPARE(dialog.language(), u"fr"_s);
    choice->setCurrentIndex(0);
    QCOMPARE(dialog.language(), QString());

    m_appSettings->setUiLanguage(u"es"_s);
    QCOMPARE(AppSettings(m_server->filePath(u"earshot.ini"_s)).uiLanguage(), u"es"_s);
    QCOMPARE(AppLanguage::localeFor(u"es"_s).language(), QLocale::Spanish);
    QCOMPARE(AppLanguage::localeFor(u"zh_CN"_s).script(), QLocale::SimplifiedHanScript);
    // The system's own language keeps the system's country; an unknown choice is the system's.
    QCOMPARE(AppLanguage::localeFor(u"de"_s).name(), QLocale::system().name());
    QCOMPARE(AppLanguage::localeFor(u"xx"_s).name(), QLocale::system().name());
}

void tst_GermanWindow::acceleratorsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    for (const AppLanguage::Language &language : AppLanguage::languages())
        QTest::addRow("%s", qPrintable(language.code)) << language.code;
}

// In every language, each menu, the menu bar and the settings reach each entry by its own key.
void tst_GermanWindow::acceleratorsAreUnique()
{
    QFETCH(QString, language);
    m_language.apply(QLocale(language));
    QVERIFY(language == u"en"_s || m_language.isTranslated());

    MainWindow window(m_server->server(), *m_appSettings, serverSettings());
    QStringList clashes = clashingAccelerators(actionTexts(window.menuBar()->actions()));
    QList<const QMenu *> menus;
    for (const QAction *action : window.menuBar()->actions())
        menus.append(action->menu());
    const auto *tray = window.findChild<TrayIcon *>();
    QVERIFY(tray);
    menus.append(tray->contextMenu());
    for (const QMenu *menu : std::as_const(menus)) {
        QVERIFY(menu);
        const QStringList texts = actionTexts(menu->actions());
        QVERIFY2(!texts.isEmpty(), qPrintable(menu->title()));
        clashes += clashingAccelerators(texts);
    }

    SettingsDialog settings(serverSettings(), QString());
    QStringList labels;
    for (const QLabel *label : settings.findChildren<QLabel *>())
        labels.append(label->text());
    QVERIFY(labels.size() >= 6);
    clashes += clashingAccelerators(labels);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));

    // Back to the system's language for what comes after.
    m_language.apply(AppLanguage::localeFor(QString()));
}

QTEST_MAIN(tst_GermanWindow)
#include "tst_germanwindow.moc"
