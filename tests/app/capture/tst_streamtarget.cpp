#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include "capture/certificatepins.h"
#include "capture/streamtarget.h"

// Where a microphone stream goes, from what a person types; and the pins of accepted
// certificates, ssh known_hosts style.
class tst_StreamTarget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedAddresses_data();
    void typedAddresses();
    void localAddress();
    void takeLinks_data();
    void takeLinks();
    void recoveryTargets_data();
    void recoveryTargets();
    void pinsPersistPerHostAndPort();
    void fingerprintsCompareLoosely();
};

void tst_StreamTarget::typedAddresses_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::addRow("pairing address") << QStringLiteral("https://192.168.1.20:8000/?t=abc123")
                                     << QStringLiteral("wss://192.168.1.20:8000/ws?t=abc123");
    QTest::addRow("plain page") << QStringLiteral("http://192.168.1.20:8000/")
                                << QStringLiteral("ws://192.168.1.20:8000/ws");
    QTest::addRow("spaces around") << QStringLiteral("  http://host.local:9000/?t=x  ")
                                   << QStringLiteral("ws://host.local:9000/ws?t=x");
    QTest::addRow("ws kept") << QStringLiteral("ws://10.0.0.5:8000/ws?t=tok")
                             << QStringLiteral("ws://10.0.0.5:8000/ws?t=tok");
    QTest::addRow("wss legacy path") << QStringLiteral("wss://10.0.0.5:8443/ws/audio-stream")
                                     << QStringLiteral("wss://10.0.0.5:8443/ws/audio-stream");
    QTest::addRow("no scheme") << QStringLiteral("10.0.0.5:8000")
                               << QStringLiteral("ws://10.0.0.5:8000/ws");
    QTest::addRow("no port") << QStringLiteral("https://studio.local/?t=k")
                             << QStringLiteral("wss://studio.local:8000/ws?t=k");
    QTest::addRow("other page") << QStringLiteral("https://studio.local:8000/api/status?t=k#top")
                                << QStringLiteral("wss://studio.local:8000/ws?t=k");
    QTest::addRow("upper-case scheme") << QStringLiteral("HTTPS://studio.local:8000/")
                                       << QStringLiteral("wss://studio.local:8000/ws");
    QTest::addRow("ipv6") << QStringLiteral("https://[fe80::1]:8000/?t=a")
                          << QStringLiteral("wss://[fe80::1]:8000/ws?t=a");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("ftp") << QStringLiteral("ftp://host:21/") << QString();
    QTest::addRow("empty token") << QStringLiteral("https://host:8000/?t=") << QString();
    QTest::addRow("no host") << QStringLiteral("https://:8000/") << QString();
}

void tst_StreamTarget::typedAddresses()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QString problem;
    const std::optional<QUrl> url = StreamTarget::fromText(typed, &problem);
    if (expected.isEmpty()) {
        QVERIFY2(!url, qPrintable(url ? url->toString() : QString()));
        QVERIFY(!problem.isEmpty());
    } else {
        QVERIFY2(url, qPrintable(problem));
        QCOMPARE(url->toString(), expected);
    }
}

void tst_StreamTarget::localAddress()
{
    QCOMPARE(StreamTarget::local(8123).toString(), QStringLiteral("ws://127.0.0.1:8123/ws"));
    const QUrl withToken = StreamTarget::local(8123, QStringLiteral("s3cret"));
    QCOMPARE(withToken.toString(), QStringLiteral("ws://127.0.0.1:8123/ws?t=s3cret"));
    QVERIFY(!StreamTarget::displayString(withToken).contains(QStringLiteral("s3cret")));
}

void tst_StreamTarget::takeLinks_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("take");
    QTest::addColumn<QString>("connectsTo");

    QTest::addRow("a take's link")
        << QStringLiteral("https://192.168.1.20:8000/?t=abc123&take=9c1f04ab")
        << QStringLiteral("9c1f04ab") << QStringLiteral("wss://192.168.1.20:8000/ws?t=abc123");
    QTest::addRow("take first, upper case")
        << QStringLiteral("http://studio.local:8000/?take=9C1F04AB&t=k")
        << QStringLiteral("9c1f04ab") << QStringLiteral("ws://studio.local:8000/ws?t=k");
    QTest::addRow("no take") << QStringLiteral("https://studio.local:8000/?t=k") << QString()
                             << QStringLiteral("wss://studio.local:8000/ws?t=k");
    QTest::addRow("not a take id") << QStringLiteral("https://studio.local:8000/?t=k&take=../x")
                                   << QString() << QStringLiteral("wss://studio.local:8000/ws?t=k");
}

// A take's link pasted or given to --to: the stream joins that take, on the take's Earshot.
void tst_StreamTarget::takeLinks()
{
    QFETCH(QString, typed);
    QFETCH(QString, take);
    QFETCH(QString, connectsTo);
    const std::optional<QUrl> url = StreamTarget::fromText(typed);
    QVERIFY(url);
    QCOMPARE(StreamTarget::take(*url), take);
    QCOMPARE(StreamTarget::withoutTake(*url).toString(), connectsTo);
}

void tst_StreamTarget::recoveryTargets_data()
{
    QTest::addColumn<QString>("stored"); // as a spool's manifest keeps it: no token
    QTest::addColumn<QString>("current"); // where this run streams
    QTest::addColumn<QString>("expected");

    QTest::addRow("same receiver brings its token")
        << QStringLiteral("wss://192.168.1.20:8000/ws")
        << QStringLiteral("wss://192.168.1.20:8000/ws?t=abc")
        << QStringLiteral("wss://192.168.1.20:8000/ws?t=abc");
    QTest::addRow("host name in another case") << QStringLiteral("ws://Studio.local:8000/ws")
                                               << QStringLiteral("ws://studio.local:8000/ws?t=k")
                                               << QStringLiteral("ws://studio.local:8000/ws?t=k");
    QTest::addRow("another receiver gets no token")
        << QStringLiteral("wss://192.168.1.20:8000/ws")
        << QStringLiteral("wss://192.168.1.30:8000/ws?t=abc")
        << QStringLiteral("wss://192.168.1.20:8000/ws");
    QTest::addRow("another port is another receiver")
        << QStringLiteral("ws://192.168.1.20:8000/ws")
        << QStringLiteral("ws://192.168.1.20:8001/ws?t=a")
        << QStringLiteral("ws://192.168.1.20:8000/ws");
    QTest::addRow("this computer's, on another port")
        << QStringLiteral("ws://127.0.0.1:41234/ws") << QStringLiteral("ws://127.0.0.1:8000/ws")
        << QStringLiteral("ws://127.0.0.1:8000/ws");
    QTest::addRow("no current target") << QStringLiteral("ws://10.0.0.5:8000/ws") << QString()
                                       << QStringLiteral("ws://10.0.0.5:8000/ws");
}

void tst_StreamTarget::recoveryTargets()
{
    QFETCH(QString, stored);
    QFETCH(QString, current);
    QFETCH(QString, expected);
    QCOMPARE(StreamTarget::recoveryTarget(QUrl(stored), QUrl(current)), QUrl(expected));
}

void tst_StreamTarget::pinsPersistPerHostAndPort()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pins.ini"));
    const QUrl url(QStringLiteral("wss://192.168.1.20:8000/ws?t=x"));
    QCOMPARE(CertificatePins::hostPort(url), QStringLiteral("192.168.1.20:8000"));
    QCOMPARE(CertificatePins::hostPort(QUrl(QStringLiteral("wss://[fe80::1]:8443/ws"))),
        QStringLiteral("[fe80::1]:8443"));
    {
        CertificatePins pins(file);
        QVERIFY(pins.pinned(CertificatePins::hostPort(url)).isEmpty());
        pins.pin(CertificatePins::hostPort(url), QStringLiteral("AA:BB"));
        pins.pin(QStringLiteral("192.168.1.20:9000"), QStringLiteral("CC:DD"));
    }
    CertificatePins reopened(file);
    QCOMPARE(reopened.pinned(QStringLiteral("192.168.1.20:8000")), QStringLiteral("AA:BB"));
    QCOMPARE(reopened.pinned(QStringLiteral("192.168.1.20:9000")), QStringLiteral("CC:DD"));
    reopened.forget(QStringLiteral("192.168.1.20:8000"));
    QVERIFY(reopened.pinned(QStringLiteral("192.168.1.20:8000")).isEmpty());
}

void tst_StreamTarget::fingerprintsCompareLoosely()
{
    QVERIFY(CertificatePins::sameFingerprint(QStringLiteral("AB:CD:EF"), QStringLiteral("abcdef")));
    QVERIFY(
        !CertificatePins::sameFingerprint(QStringLiteral("AB:CD:EF"), QStringLiteral("AB:CD:EE")));
    QVERIFY(!CertificatePins::sameFingerprint(QString(), QString()));
}

QTEST_GUILESS_MAIN(tst_StreamTarget)
#include "tst_streamtarget.moc"
