#include <sys/stat.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "common/appsettings.h"

using namespace Qt::StringLiterals;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 07777
                                                                     : mode_t(-1);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The settings file holds the pairing token: owner-only whenever Earshot writes it, in a folder
// of the owner's alone when Earshot makes it, whatever the umask lets files be.
class tst_AppSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void userFileAndFolderAreOwnerOnly();
    void newFileIsNeverReadableByOthers();
    void readableFileIsRestricted();
    void existingFolderIsLeftAsItIs();

private:
    QTemporaryDir m_config;
    mode_t m_umask = 0;
};

void tst_AppSettings::initTestCase()
{
    QVERIFY(m_config.isValid());
    // Before the first QSettings: it takes the user's folder from here, once.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(u"Earshot"_s);
    QCoreApplication::setApplicationName(u"Earshot"_s);
    m_umask = ::umask(022); // the usual one, that makes files 0644
}

void tst_AppSettings::cleanupTestCase()
{
    ::umask(m_umask);
}

void tst_AppSettings::userFileAndFolderAreOwnerOnly()
{
    const QString folder = m_config.filePath(u"Earshot"_s);
    const QString file = folder + u"/Earshot.conf"_s;
    QString token;
    {
        AppSettings settings;
        QCOMPARE(settings.fileName(), file);
        token = settings.pairingToken();
        QVERIFY(!token.isEmpty());
        QCOMPARE(modeOf(file), mode_t(0600));
        settings.setUiLanguage(u"de"_s);
    }
    QCOMPARE(modeOf(file), mode_t(0600));
    QCOMPARE(modeOf(folder), mode_t(0700));
    QCOMPARE(AppSettings().pairingToken(), token);
}

void tst_AppSettings::newFileIsNeverReadableByOthers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"Earshot/Earshot.conf"_s);
    AppSettings settings(file);
    QCOMPARE(modeOf(file), mode_t(0600));
    QCOMPARE(modeOf(dir.filePath(u"Earshot"_s)), mode_t(0700));
    // QSettings writes on its own once the event loop runs: that rewrite keeps the mode too.
    settings.setUiLanguage(u"fr"_s);
    // (The file's bytes: another QSettings would share the first one's unsaved values.)
    QTRY_VERIFY(readFile(file).contains("language=fr"));
    QCOMPARE(modeOf(file), mode_t(0600));
    settings.regeneratePairingToken();
    QCOMPARE(modeOf(file), mode_t(0600));
}

void tst_AppSettings::readableFileIsRestricted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"Earshot.conf"_s);
    {
        QSettings older(file, QSettings::IniFormat);
        older.setValue(u"pairing/token"_s, u"old-token"_s);
    }
    QVERIFY(QFile::setPermissions(
        file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QCOMPARE(modeOf(file), mode_t(0644));
    {
        AppSettings settings(file);
        QCOMPARE(settings.pairingToken(), u"old-token"_s);
        settings.setRateChartMinutes(7);
    }
    QCOMPARE(modeOf(file), mode_t(0600));
    QCOMPARE(AppSettings(file).rateChartMinutes(), 7);
}

void tst_AppSettings::existingFolderIsLeftAsItIs()
{
    // A folder the user made is theirs to set; only the file is Earshot's to restrict.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther));
    const QString file = dir.filePath(u"settings.ini"_s);
    AppSettings(file).setUiLanguage(u"es"_s);
    QCOMPARE(modeOf(dir.path()), mode_t(0755));
    QCOMPARE(modeOf(file), mode_t(0600));
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
