#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "api/apikeyring.h"
#include "common/apikeystore.h"

using namespace Qt::StringLiterals;

// The API keys' store as the faces and the command line use it: a key shown once, kept as its
// SHA-256 in an owner-only file, revoked by name; and the real binary's --api-key-* options.
class tst_ApiKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdKeyIsKeptAsItsDigestOnly();
    void namesAreCheckedAndUnique();
    void revokeForgetsTheKey();
    void unreadableFileAcceptsNoKey();
    void commandLineMakesListsAndRevokes();

private:
    static QJsonArray storedKeys(const QString &fileName);
    static QByteArray runEarshot(const QString &configHome, const QStringList &arguments,
        int *exitCode, QByteArray *errors = nullptr);
};

QJsonArray tst_ApiKeys::storedKeys(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"keys"_s).toArray();
}

void tst_ApiKeys::createdKeyIsKeptAsItsDigestOnly()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"config/api-keys.json"_s);
    ApiKeyStore store(fileName);
    const std::optional<QString> key = store.create(u"prometheus"_s);
    QVERIFY2(key, qPrintable(store.errorString()));
    QVERIFY(key->startsWith(u"esk_"_s));
    QCOMPARE(key->size(), 4 + 43); // 256 bits, URL-safe base64 without padding

    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(key->toLatin1()));
    QVERIFY(!text.contains(key->mid(4).toLatin1()));
    QCOMPARE(file.permissions(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser);

    const QJsonArray keys = storedKeys(fileName);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.at(0)[u"name"_s].toString(), u"prometheus"_s);
    QCOMPARE(keys.at(0)[u"sha256"_s].toString().toLatin1(),
        QCryptographicHash::hash(key->toLatin1(), QCryptographicHash::Sha256).toHex());

    // What the server is given accepts the key and nothing near it.
    ApiKeyStore reread(fileName);
    QVERIFY(reread.load());
    ApiKeyRing ring;
    ring.setDigests(reread.digests());
    QVERIFY(ring.accepts(key->toLatin1()));
    QString wrong = *key;
    wrong[10] = wrong.at(10) == u'a' ? u'b' : u'a';
    QVERIFY(!ring.accepts(wrong.toLatin1()));
    QVERIFY(!ring.accepts({}));
    QVERIFY(!ring.accepts(reread.entries().first().sha256.toHex()));
}

void tst_ApiKeys::namesAreCheckedAndUnique()
{
    QTemporaryDir dir;
    ApiKeyStore store(dir.filePath(u"api-keys.json"_s));
    QVERIFY(store.create(u"ci-runner.1"_s));
    QVERIFY(!store.create(u"ci-runner.1"_s));
    QVERIFY(store.errorString().contains(u"ci-runner.1"_s));
    for (const QString &bad : { QString(), u"two words"_s, u"a/b"_s, QString(65, u'x') })
        QVERIFY2(!store.create(bad), qPrintable(bad));
    QVERIFY(store.create(QString(64, u'x')));
    QCOMPARE(store.entries().size(), 2);
}

void tst_ApiKeys::revokeForgetsTheKey()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"api-keys.json"_s);
    ApiKeyStore store(fileName);
    const std::optional<QString> kept = store.create(u"kept"_s);
    const std::optional<QString> revoked = store.create(u"gone"_s);
    QVERIFY(kept && revoked);
    QVERIFY(store.revoke(u"gone"_s));
    QVERIFY(!store.revoke(u"gone"_s));
    QVERIFY(!store.revoke(u"never"_s));

    ApiKeyStore reread(fileName);
    QVERIFY(reread.load());
    ApiKeyRing ring;
    ring.setDigests(reread.digests());
    QVERIFY(ring.accepts(kept->toLatin1()));
    QVERIFY(!ring.accepts(revoked->toLatin1()));
}

void tst_ApiKeys::unreadableFileAcceptsNoKey()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"api-keys.json"_s);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    ApiKeyStore store(fileName);
    QVERIFY(!store.load());
    QVERIFY(store.digests().isEmpty());
    QVERIFY(!store.create(u"new"_s)); // it would overwrite what a person may want back
}

QByteArray tst_ApiKeys::runEarshot(
    const QString &configHome, const QStringList &arguments, int *exitCode, QByteArray *errors)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, configHome);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EARSHOT_BINARY), arguments);
    if (!process.waitForFinished(20000))
        return {};
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (errors)
        *errors = process.readAllStandardError();
    return process.readAllStandardOutput();
}

void tst_ApiKeys::commandLineMakesListsAndRevokes()
{
    QTemporaryDir dir;
    const QString configHome = dir.filePath(u"config"_s);
    int exitCode = -1;
    QByteArray errors;
    const QByteArray printed
        = runEarshot(configHome, { u"--api-key-create"_s, u"grafana"_s }, &exitCode, &errors);
    QCOMPARE(exitCode, 0);
    const QByteArray key = printed.trimmed();
    QVERIFY2(key.startsWith("esk_") && key.size() == 47, printed.constData());
    QVERIFY(errors.contains("SHA-256"));

    // Beside the settings file with the pairing code, holding the digest of what was printed.
    const QString fileName = configHome + u"/Earshot/api-keys.json"_s;
    const QJsonArray keys = storedKeys(fileName);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.at(0)[u"sha256"_s].toString().toLatin1(),
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());

    QVERIFY(runEarshot(configHome, { u"--api-key-create"_s, u"grafana"_s }, &exitCode).isEmpty());
    QCOMPARE(exitCode, 1);
    const QByteArray listed = runEarshot(configHome, { u"--api-key-list"_s }, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(listed.startsWith("grafana\t"), listed.constData());
    QVERIFY(!listed.contains(key));

    runEarshot(configHome, { u"--api-key-revoke"_s, u"grafana"_s }, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(storedKeys(fileName).isEmpty());
    QVERIFY(runEarshot(configHome, { u"--api-key-list"_s }, &exitCode).isEmpty());
    runEarshot(configHome, { u"--api-key-revoke"_s, u"grafana"_s }, &exitCode);
    QCOMPARE(exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_ApiKeys)
#include "tst_apikeys.moc"
