#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include "net/webstrings.h"
#include "rawhttp.h"
#include "testserver.h"

using namespace Qt::StringLiterals;

// The recorder page asks the server for its texts in the browser's language (/i18n.json); a device
// without the pairing code gets a page in its language too. A real server answers over HTTP, with
// the catalogues it links (earshot_server's :/i18n).
class tst_WebTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pageTextsInTheBrowsersLanguage_data();
    void pageTextsInTheBrowsersLanguage();
    void englishAndUnknownLanguagesGetNoTable_data();
    void englishAndUnknownLanguagesGetNoTable();
    void notPairedPageInTheBrowsersLanguage();

private:
    bool start(const QString &pairingToken = {});
    QByteArray httpGet(const QByteArray &path, const QByteArray &extra = {});
    /// The body of a 200 response as a JSON object; empty when it is not one.
    QJsonObject jsonBody(const QByteArray &response);

    std::unique_ptr<TestServer> m_server;
};

void tst_WebTranslations::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
}

void tst_WebTranslations::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_server.reset();
}

bool tst_WebTranslations::start(const QString &pairingToken)
{
    ServerSettings settings;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.port = 0;
    settings.recordingsDir = m_server->path();
    settings.pairingToken = pairingToken;
    settings.tokenRequiredOnLoopback = !pairingToken.isEmpty();
    return m_server->start(settings);
}

QByteArray tst_WebTranslations::httpGet(const QByteArray &path, const QByteArray &extra)
{
    return rawHttpExchange(
        m_server->port(), "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n");
}

QJsonObject tst_WebTranslations::jsonBody(const QByteArray &response)
{
    if (!response.startsWith("HTTP/1.1 200"))
        return {};
    const qsizetype body = response.indexOf("\r\n\r\n");
    return QJsonDocument::fromJson(response.mid(body + 4)).object();
}

void tst_WebTranslations::pageTextsInTheBrowsersLanguage_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QString>("startRecording");
    QTest::addColumn<QString>("connected");

    QTest::addRow("German") << QByteArray("de") << u"Aufnahme starten"_s << u"Verbunden"_s;
    QTest::addRow("German, Austria")
        << QByteArray("de-AT") << u"Aufnahme starten"_s << u"Verbunden"_s;
    QTest::addRow("French") << QByteArray("fr-FR") << u"Démarrer l’enregistrement"_s
                            << u"Connecté"_s;
    QTest::addRow("Spanish") << QByteArray("es-ES") << u"Iniciar grabación"_s << u"Conectado"_s;
    QTest::addRow("Simplified Chinese") << QByteArray("zh-CN") << u"开始录音"_s << u"已连接"_s;
    QTest::addRow("Simplified Chinese, script tag")
        << QByteArray("zh-Hans-CN") << u"开始录音"_s << u"已连接"_s;
}

void tst_WebTranslations::pageTextsInTheBrowsersLanguage()
{
    QFETCH(QByteArray, language);
    QFETCH(QString, startRecording);
    QFETCH(QString, connected);
    QVERIFY(start());

    const QByteArray response = httpGet("/i18n.json?lang=" + language);
    QVERIFY2(response.startsWith("HTTP/1.1 200"), response.left(80).constData());
    QVERIFY(response.contains("Content-Type: application/json"));
    const QJsonObject table = jsonBody(response);
    QCOMPARE(table.value(u"Start recording"_s).toString(), startRecording);
    QCOMPARE(table.value(u"Connected"_s).toString(), connected);
    // Every text of the page, and its placeholders kept.
    for (const QString &source : WebStrings::sourceTexts()) {
        const QString translated = table.value(source).toString();
        QVERIFY2(!translated.isEmpty(), qPrintable(source));
        for (const QString &placeholder : { u"{url}"_s, u"{host}"_s, u"{file}"_s })
            QCOMPARE(translated.contains(placeholder), source.contains(placeholder));
    }
}

void tst_WebTranslations::englishAndUnknownLanguagesGetNoTable_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addRow("English") << QByteArray("en-US");
    QTest::addRow("no language") << QByteArray();
    QTest::addRow("Japanese") << QByteArray("ja");
}

// The page's own texts are English; a language Earshot has no catalogue for keeps them.
void tst_WebTranslations::englishAndUnknownLanguagesGetNoTable()
{
    QFETCH(QByteArray, language);
    QVERIFY(start());
    const QByteArray response = httpGet("/i18n.json?lang=" + language);
    QVERIFY2(response.startsWith("HTTP/1.1 200"), response.left(80).constData());
    QVERIFY(jsonBody(response).isEmpty());
    QVERIFY(response.endsWith("{}"));
}

void tst_WebTranslations::notPairedPageInTheBrowsersLanguage()
{
    QVERIFY(start(u"s3cret"_s));

    const QByteArray german = httpGet("/", "Accept-Language: de-DE,de;q=0.9,en;q=0.8\r\n");
    QVERIFY2(german.startsWith("HTTP/1.1 403"), german.left(80).constData());
    const QString page = QString::fromUtf8(german);
    QVERIFY2(page.contains(u"<html lang=\"de-DE\">"_s), qPrintable(page));
    QVERIFY(page.contains(u"<h1>Dieses Gerät ist nicht gekoppelt</h1>"_s));
    QVERIFY(page.contains(u"<b>Gerät verbinden</b>"_s));
    QVERIFY(page.contains(u"<code>?t=</code>"_s));

    const QByteArray english = httpGet("/");
    QVERIFY2(english.startsWith("HTTP/1.1 403"), english.left(80).constData());
    QVERIFY(english.contains("<html lang=\"en\">"));
    QVERIFY(english.contains("<h1>This device is not paired</h1>"));
    QVERIFY(english.contains("<b>Connect a Device</b>"));
}

QTEST_GUILESS_MAIN(tst_WebTranslations)
#include "tst_webtranslations.moc"
