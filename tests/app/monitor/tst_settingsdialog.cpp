#include <QCoreApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include "common/appsettings.h"
#include "common/commandtext.h"
#include "monitor/settingsdialog.h"

using namespace Qt::StringLiterals;

// The hooks in the monitor's settings: a command as a person types it, split once into the
// program and arguments the server runs, shown again as typed, kept in the settings file, and
// applied to a running server without a restart.
class tst_SettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandTextRoundTrips_data();
    void commandTextRoundTrips();
    void hookEditsBecomeCommands();
    void hooksAreKeptInTheSettingsFile();

private:
    QTemporaryDir m_config;
};

void tst_SettingsDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(u"Earshot"_s);
    QCoreApplication::setApplicationName(u"Earshot"_s);
}

void tst_SettingsDialog::commandTextRoundTrips_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addRow("plain") << QStringList { u"/usr/bin/logger"_s, u"-t"_s, u"earshot"_s };
    QTest::addRow("spaces") << QStringList { u"/srv/my hooks/run"_s, u"a b\tc"_s };
    QTest::addRow("quotes") << QStringList { u"say"_s, u"\"hi\""_s, u"a \"b\" c"_s, u"x\""_s };
    QTest::addRow("shell-looking") << QStringList { u"/bin/echo"_s, u"$(id); `id` 'q'"_s };
}

void tst_SettingsDialog::commandTextRoundTrips()
{
    QFETCH(QStringList, command);
    const QString text = CommandText::join(command);
    QCOMPARE(CommandText::split(text), command);
}

void tst_SettingsDialog::hookEditsBecomeCommands()
{
    ServerSettings original;
    original.recordingsDir = m_config.filePath(u"recordings"_s);
    original.onFinishCommand = { u"/opt/upload"_s, u"the queue"_s };
    SettingsDialog dialog(original, QString());
    auto *onStart = dialog.findChild<QLineEdit *>(u"onStartEdit"_s);
    auto *onInterrupted = dialog.findChild<QLineEdit *>(u"onInterruptedEdit"_s);
    auto *onFinish = dialog.findChild<QLineEdit *>(u"onFinishEdit"_s);
    QVERIFY(onStart && onInterrupted && onFinish);
    QCOMPARE(onFinish->text(), u"/opt/upload \"the queue\""_s);
    QCOMPARE(onStart->text(), QString());
    QVERIFY(!dialog.hasChanges());

    onStart->setText(u"/bin/sh \"/srv/my hooks/start.sh\" --tag 'x y'"_s);
    onFinish->clear();
    const ServerSettings edited = dialog.settings();
    QCOMPARE(edited.onStartCommand,
        (QStringList { u"/bin/sh"_s, u"/srv/my hooks/start.sh"_s, u"--tag"_s, u"'x"_s, u"y'"_s }));
    QCOMPARE(edited.onInterruptedCommand, QStringList());
    QCOMPARE(edited.onFinishCommand, QStringList());
    // A change of hooks alone is applied to the running server, not by a restart.
    QVERIFY(dialog.hasChanges());
    QVERIFY(!dialog.needsRestart());
}

void tst_SettingsDialog::hooksAreKeptInTheSettingsFile()
{
    const QStringList command { u"/opt/hooks/finish"_s, u"with space"_s, u"\"quoted\""_s };
    {
        AppSettings settings;
        ServerSettings server = settings.serverSettings();
        server.onFinishCommand = command;
        server.onStartCommand = { u"/bin/true"_s };
        settings.setServerSettings(server);
    }
    AppSettings again;
    QCOMPARE(again.serverSettings().onFinishCommand, command);
    QCOMPARE(again.serverSettings().onStartCommand, QStringList { u"/bin/true"_s });
    QCOMPARE(again.serverSettings().onInterruptedCommand, QStringList());
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
