#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "common/commandline.h"
#include "common/configfile.h"

using namespace Qt::StringLiterals;

// The headless server's config file, read from real files through the command line that uses it:
// every key, the errors an operator sees (file, line, key), the lists, the command line on top.
class tst_ConfigFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyKeySetsItsSetting();
    void mistakesNameFileLineAndKey_data();
    void mistakesNameFileLineAndKey();
    void repeatableKeysAddUp();
    void commandLineWins();
    void failedRereadKeepsWhatWasRead();
    void withoutConfigOptionNoFileIsRead();
    void shippedFileCommentsEveryKeyWithAUsableValue();

private:
    QString write(const QString &name, const QByteArray &content);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ConfigFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_ConfigFile::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void tst_ConfigFile::everyKeySetsItsSetting()
{
    const QString secretFile = write(u"webhook-secret"_s, "from the file\n");
    const QString path = write(u"earshot.conf"_s,
        "\xEF\xBB\xBF# a comment, after the byte order mark an editor may write\n"
        "\n"
        "port = 8443\n"
        "  bind=127.0.0.1  \n"
        "dir = /srv/recordings\n"
        "max-sessions = 40\n"
        "max-message-bytes = 65536\n"
        "cert = /etc/earshot/tls/cert.pem\n"
        "key = /etc/earshot/tls/key.pem\n"
        "no-tls = yes\n"
        "token-required-on-loopback = true\n"
        "keep-originals = on\n"
        "allow-origin = https://a.example\n"
        "transcribe-all = 1\n"
        "max-transcriptions = 3\n"
        "speech-model = none\n"
        "take = Morning class\n"
        "export-at-end = true\n"
        "trusted-proxy = 10.0.0.1\n"
        "on-start = /usr/bin/logger -t earshot started\n"
        "on-interrupted = /bin/true\n"
        "on-finish = /opt/hooks/upload \"/srv/upload queue\" --tag 'a b'\n"
        "hook-timeout = 90\n"
        "max-hooks = 2\n"
        "webhook = https://hooks.example/earshot?x=1\n"
        "webhook-secret = s3cret\n"
        "webhook-secret-file = "
            + secretFile.toUtf8()
            + "\n"
              "webhook-tries = 7\n");
    QVERIFY(!path.isEmpty());
    CommandLine commandLine;
    QVERIFY(commandLine.process({ u"earshot"_s, u"--headless"_s, u"--config"_s, path }));
    QCOMPARE(commandLine.configPath(), path);
    QVERIFY2(commandLine.readConfigFile(), qPrintable(commandLine.errorString()));

    ServerSettings defaults;
    const ServerSettings settings = commandLine.applyTo(defaults);
    QCOMPARE(settings.port, 8443);
    QCOMPARE(settings.bindAddress, QHostAddress(u"127.0.0.1"_s));
    QCOMPARE(settings.recordingsDir, u"/srv/recordings"_s);
    QCOMPARE(settings.maxLiveSessions, 40);
    QCOMPARE(settings.maxMessageBytes, 65536);
    QCOMPARE(settings.certificatePath, u"/etc/earshot/tls/cert.pem"_s);
    QCOMPARE(settings.privateKeyPath, u"/etc/earshot/tls/key.pem"_s);
    QCOMPARE(settings.tlsEnabled, false);
    QCOMPARE(settings.tokenRequiredOnLoopback, true);
    QCOMPARE(settings.keepOriginals, true);
    QCOMPARE(settings.allowedOrigins, QStringList { u"https://a.example"_s });
    QCOMPARE(settings.transcribeAll, true);
    QCOMPARE(settings.maxTranscriptions, 3);
    QCOMPARE(settings.speechModelDir, QString());
    QCOMPARE(commandLine.takeName(), u"Morning class"_s);
    QVERIFY(commandLine.exportAtEnd());
    QCOMPARE(settings.trustedProxies, QList<QHostAddress> { QHostAddress(u"10.0.0.1"_s) });

    // Split once: double quotes group words, single quotes are nothing special (no shell).
    QCOMPARE(settings.onStartCommand,
        (QStringList { u"/usr/bin/logger"_s, u"-t"_s, u"earshot"_s, u"started"_s }));
    QCOMPARE(settings.onInterruptedCommand, QStringList { u"/bin/true"_s });
    QCOMPARE(settings.onFinishCommand,
        (QStringList {
            u"/opt/hooks/upload"_s, u"/srv/upload queue"_s, u"--tag"_s, u"'a"_s, u"b'"_s }));
    QCOMPARE(settings.hookTimeout, std::chrono::seconds(90));
    QCOMPARE(settings.maxRunningHooks, 2);
    QCOMPARE(settings.webhookUrl, QUrl(u"https://hooks.example/earshot?x=1"_s));
    // The secret given last (the file's) wins, without its line end.
    QCOMPARE(settings.webhookSecret, QByteArray("from the file"));
    QCOMPARE(settings.webhookTries, 7);

    // Every key a file may hold was set above, and none else exists.
    QCOMPARE(commandLine.configKeys().size(), 27);
}

void tst_ConfigFile::mistakesNameFileLineAndKey_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error"); // after "PATH:"

    QTest::addRow("unknown key") << QByteArray("port = 8000\n\nmax-sesions = 4\n")
                                 << u"3: max-sesions: unknown key"_s;
    QTest::addRow("option of the command line only")
        << QByteArray("headless = true\n") << u"1: headless: unknown key"_s;
    QTest::addRow("port out of range") << QByteArray("# port\nport = 70000\n")
                                       << u"2: port: The port must be a number from 0 to 65535."_s;
    QTest::addRow("number with a unit")
        << QByteArray("max-sessions = 10k\n")
        << u"1: max-sessions: The number of live sessions must be at least 1."_s;
    QTest::addRow("bad address") << QByteArray("bind = 300.1.1.1\n")
                                 << u"1: bind: \"300.1.1.1\" is not an IP address."_s;
    QTest::addRow("bad address in a list")
        << QByteArray("trusted-proxy = 10.0.0.1, proxy.example\n")
        << u"1: trusted-proxy: \"proxy.example\" is not an IP address."_s;
    QTest::addRow("flag neither true nor false")
        << QByteArray("no-tls = maybe\n") << u"1: no-tls: \"maybe\" is neither true nor false."_s;
    QTest::addRow("empty folder") << QByteArray("dir =\n")
                                  << u"1: dir: The recordings folder must not be empty."_s;
    QTest::addRow("key given twice") << QByteArray("port = 8000\nbind = ::1\nport = 8001\n")
                                     << u"3: port: set again (first on line 1)"_s;
    QTest::addRow("no equals sign")
        << QByteArray("port 8000\n") << u"1: expected \"key = value\", found \"port 8000\""_s;
    QTest::addRow("certificate without key")
        << QByteArray("cert = /etc/cert.pem\n") << u" --cert and --key go together."_s;
    QTest::addRow("quoted value") << QByteArray("dir = \"/srv/rec\"\n")
                                  << u"1: dir: values are written without quotes"_s;
    QTest::addRow("export without a take")
        << QByteArray("export-at-end = true\n") << u" --export-at-end goes with --take NAME."_s;
    QTest::addRow("webhook without a secret")
        << QByteArray("webhook = https://hooks.example/\n")
        << u" --webhook needs --webhook-secret or --webhook-secret-file."_s;
    QTest::addRow("webhook not http")
        << QByteArray("webhook = ftp://hooks.example/\n")
        << u"1: webhook: \"ftp://hooks.example/\" is not an http:// or https:// URL."_s;
    QTest::addRow("webhook secret file missing")
        << QByteArray("webhook = http://127.0.0.1/\nwebhook-secret-file = /nonexistent/secret\n")
        << u" Cannot read the webhook secret from /nonexistent/secret: No such file or directory"_s;
    QTest::addRow("hook timeout zero")
        << QByteArray("hook-timeout = 0\n")
        << u"1: hook-timeout: The hook timeout must be a number of seconds from 1 to 86400."_s;
    QTest::addRow("unbalanced quote")
        << QByteArray("on-finish = \"\n") << u"1: on-finish: \"\"\" is not a command."_s;
}

void tst_ConfigFile::mistakesNameFileLineAndKey()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    const QString path = write(u"bad.conf"_s, content);
    CommandLine commandLine;
    QVERIFY(commandLine.process({ u"earshot"_s, u"--config"_s, path }));
    QVERIFY(!commandLine.readConfigFile());
    QCOMPARE(commandLine.errorString(), path + u':' + error);
}

void tst_ConfigFile::repeatableKeysAddUp()
{
    const QString path = write(u"lists.conf"_s,
        "allow-origin = https://a.example\n"
        "trusted-proxy = 10.0.0.1, 10.0.0.2\n"
        "allow-origin = https://b.example:8443\n"
        "trusted-proxy = ::1\n");
    CommandLine commandLine;
    QVERIFY(commandLine.process({ u"earshot"_s, u"--config"_s, path }));
    QVERIFY2(commandLine.readConfigFile(), qPrintable(commandLine.errorString()));
    const ServerSettings settings = commandLine.applyTo({});
    QCOMPARE(settings.allowedOrigins,
        (QStringList { u"https://a.example"_s, u"https://b.example:8443"_s }));
    QCOMPARE(settings.trustedProxies,
        (QList<QHostAddress> {
            QHostAddress(u"10.0.0.1"_s), QHostAddress(u"10.0.0.2"_s), QHostAddress(u"::1"_s) }));
}

void tst_ConfigFile::commandLineWins()
{
    const QString path = write(u"earshot.conf"_s,
        "port = 1234\n"
        "max-sessions = 3\n"
        "allow-origin = https://file.example\n"
        "allow-origin = https://file2.example\n"
        "token-required-on-loopback = false\n"
        "take = From the file\n");
    CommandLine commandLine;
    QVERIFY(commandLine.process(
        { u"earshot"_s, u"--headless"_s, u"--config"_s, path, u"--port"_s, u"4321"_s,
            u"--allow-origin"_s, u"https://argv.example"_s, u"--token-required-on-loopback"_s }));
    QVERIFY2(commandLine.readConfigFile(), qPrintable(commandLine.errorString()));
    const ServerSettings settings = commandLine.applyTo({});
    QCOMPARE(settings.port, 4321);
    QCOMPARE(settings.maxLiveSessions, 3); // not on the command line: the file's
    // A list on the command line replaces the file's.
    QCOMPARE(settings.allowedOrigins, QStringList { u"https://argv.example"_s });
    QCOMPARE(settings.tokenRequiredOnLoopback, true);
    QCOMPARE(commandLine.takeName(), u"From the file"_s);
}

void tst_ConfigFile::failedRereadKeepsWhatWasRead()
{
    const QString path = write(u"earshot.conf"_s, "max-sessions = 3\n");
    CommandLine commandLine;
    QVERIFY(commandLine.process({ u"earshot"_s, u"--config"_s, path }));
    QVERIFY(commandLine.readConfigFile());
    QCOMPARE(commandLine.applyTo({}).maxLiveSessions, 3);

    QCOMPARE(write(u"earshot.conf"_s, "max-sessions = 7\nport = http\n"), path);
    QVERIFY(!commandLine.readConfigFile());
    QVERIFY(commandLine.errorString().startsWith(path + u":2: port: "_s));
    QCOMPARE(commandLine.applyTo({}).maxLiveSessions, 3);

    // A file whose keys all read but that fails the last check keeps nothing of it either.
    QCOMPARE(write(u"earshot.conf"_s, "max-sessions = 5\nexport-at-end = true\n"), path);
    QVERIFY(!commandLine.readConfigFile());
    QCOMPARE(commandLine.applyTo({}).maxLiveSessions, 3);
    QVERIFY(!commandLine.exportAtEnd());

    QCOMPARE(write(u"earshot.conf"_s, "max-sessions = 7\n"), path);
    QVERIFY(commandLine.readConfigFile());
    QCOMPARE(commandLine.applyTo({}).maxLiveSessions, 7);

    QVERIFY(QFile::remove(path));
    QVERIFY(!commandLine.readConfigFile());
    QVERIFY2(commandLine.errorString().contains(path), qPrintable(commandLine.errorString()));
}

void tst_ConfigFile::withoutConfigOptionNoFileIsRead()
{
    // Without --config only the standard file is read, and only where it exists (a machine with
    // the .deb installed has one).
    CommandLine commandLine;
    QVERIFY(commandLine.process({ u"earshot"_s, u"--port"_s, u"9000"_s }));
    const QString standard = QString::fromLatin1(CommandLine::DefaultConfigPath);
    QCOMPARE(commandLine.configPath(), QFile::exists(standard) ? standard : QString());
    if (commandLine.configPath().isEmpty())
        QVERIFY(commandLine.readConfigFile());
    QCOMPARE(commandLine.applyTo({}).port, 9000); // the command line wins either way
}

// packaging/earshot.conf, as the .deb installs it: it parses as it is (everything commented out),
// and with each "#key = value" line uncommented every key is there once (a list key may show
// more examples) with a value the server takes.
void tst_ConfigFile::shippedFileCommentsEveryKeyWithAUsableValue()
{
    const QString shipped = QStringLiteral(EARSHOT_SOURCE_DIR "/packaging/earshot.conf");
    CommandLine commandLine;
    QVERIFY(commandLine.process({ u"earshot"_s, u"--config"_s, shipped }));
    QVERIFY2(commandLine.readConfigFile(), qPrintable(commandLine.errorString()));
    ConfigFile asShipped;
    QVERIFY(asShipped.read(shipped));
    QCOMPARE(asShipped.entries().size(), 0);

    QFile file(shipped);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray uncommented;
    QStringList keys;
    static const QRegularExpression example(u"^#([a-z-]+) = "_s);
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QRegularExpressionMatch match = example.match(QString::fromUtf8(line));
        if (!match.hasMatch())
            continue;
        uncommented += line.mid(1) + '\n';
        keys.append(match.captured(1));
    }
    QStringList expected = commandLine.configKeys();
    expected.sort();
    keys.sort();
    QCOMPARE(keys, expected);

    const QString path = write(u"uncommented.conf"_s, uncommented);
    CommandLine withEverything;
    QVERIFY(withEverything.process({ u"earshot"_s, u"--config"_s, path }));
    QVERIFY2(withEverything.readConfigFile(), qPrintable(withEverything.errorString()));
}

QTEST_GUILESS_MAIN(tst_ConfigFile)
#include "tst_configfile.moc"
