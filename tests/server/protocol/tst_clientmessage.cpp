#include <QTest>

#include "protocol/clientmessage.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ClientMessage::Kind)

class TestClientMessage final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseInvalid_data();
    void parseInvalid();
    void stopCarriesTheProducedTotals();
    void unsent_data();
    void unsent();
    void unsentRoundTrips();
};

void TestClientMessage::parse_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<ClientMessage::Kind>("kind");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("resumeToken");
    QTest::addColumn<QString>("text");

    using K = ClientMessage::Kind;

    // Protocol v1.
    QTest::addRow("v1 start with format and name")
        << u"{\"type\":\"start\",\"format\":\"audio/webm;codecs=opus\",\"name\":\"Guest 1\"}"_s
        << K::Start << u"audio/webm;codecs=opus"_s << u"Guest 1"_s << QString() << QString()
        << QString();
    QTest::addRow("v1 start, pcm format")
        << u"{\"type\":\"start\",\"format\":\"audio/pcm;rate=16000;channels=1;bits=16\"}"_s
        << K::Start << u"audio/pcm;rate=16000;channels=1;bits=16"_s << QString() << QString()
        << QString() << QString();
    QTest::addRow("v1 start without format sniffs")
        << u"{\"type\":\"start\"}"_s << K::Start << QString() << QString() << QString() << QString()
        << QString();
    QTest::addRow("v1 start with null fields")
        << u"{\"type\":\"start\",\"format\":null,\"name\":null}"_s << K::Start << QString()
        << QString() << QString() << QString() << QString();
    QTest::addRow("v1 start with unicode name")
        << u"{\"type\":\"start\",\"name\":\"Zoë 🎤\"}"_s << K::Start << QString() << u"Zoë 🎤"_s
        << QString() << QString() << QString();
    QTest::addRow("v1 start with extra fields")
        << u"{\"type\":\"start\",\"name\":\"a\",\"client\":{\"v\":2}}"_s << K::Start << QString()
        << u"a"_s << QString() << QString() << QString();
    QTest::addRow("v1 stop") << u"{\"type\":\"stop\"}"_s << K::Stop << QString() << QString()
                             << QString() << QString() << QString();
    QTest::addRow("v1 stop with whitespace around")
        << u"  \n{ \"type\" : \"stop\" }\r\n"_s << K::Stop << QString() << QString() << QString()
        << QString() << QString();
    QTest::addRow("v1 resume")
        << u"{\"type\":\"resume\",\"session\":\"5f0c1e2a9b3d4c71\",\"resumeToken\":\"0d2c5a\"}"_s
        << K::Resume << QString() << QString() << u"5f0c1e2a9b3d4c71"_s << u"0d2c5a"_s << QString();

    // Text commands of older clients.
    QTest::addRow("START_RECORDING") << u"START_RECORDING"_s << K::TextStart << QString()
                                     << QString() << QString() << QString() << QString();
    QTest::addRow("STOP_RECORDING") << u"STOP_RECORDING"_s << K::TextStop << QString() << QString()
                                    << QString() << QString() << QString();
    QTest::addRow("START_RECORDING with newline")
        << u"START_RECORDING\n"_s << K::TextStart << QString() << QString() << QString()
        << QString() << QString();

    // JSON commands of older clients.
    QTest::addRow("start_recording")
        << u"{\"type\":\"start_recording\"}"_s << K::JsonStart << QString() << QString()
        << QString() << QString() << QString();
    QTest::addRow("stop_recording")
        << u"{\"type\":\"stop_recording\"}"_s << K::JsonStop << QString() << QString() << QString()
        << QString() << QString();

    // Other text is echoed as it came.
    QTest::addRow("echo plain text")
        << u"hello"_s << K::Echo << QString() << QString() << QString() << QString() << u"hello"_s;
    QTest::addRow("echo lower-case command")
        << u"start_recording"_s << K::Echo << QString() << QString() << QString() << QString()
        << u"start_recording"_s;
    QTest::addRow("echo command with more text")
        << u"START_RECORDING now"_s << K::Echo << QString() << QString() << QString() << QString()
        << u"START_RECORDING now"_s;
    QTest::addRow("echo a JSON number")
        << u"42"_s << K::Echo << QString() << QString() << QString() << QString() << u"42"_s;
    QTest::addRow("echo unicode") << u"grüß dich 👋"_s << K::Echo << QString() << QString()
                                  << QString() << QString() << u"grüß dich 👋"_s;

    // Unknown types are named back to the client.
    QTest::addRow("unknown type") << u"{\"type\":\"hello\"}"_s << K::UnknownType << QString()
                                  << QString() << QString() << QString() << u"hello"_s;
    QTest::addRow("types are case-sensitive")
        << u"{\"type\":\"START\"}"_s << K::UnknownType << QString() << QString() << QString()
        << QString() << u"START"_s;
    QTest::addRow("empty type") << u"{\"type\":\"\"}"_s << K::UnknownType << QString() << QString()
                                << QString() << QString() << QString();
}

void TestClientMessage::parse()
{
    QFETCH(QString, message);
    QFETCH(ClientMessage::Kind, kind);
    QFETCH(QString, format);
    QFETCH(QString, name);
    QFETCH(QString, session);
    QFETCH(QString, resumeToken);
    QFETCH(QString, text);

    const ClientMessage parsed = ClientMessage::parse(message);
    QCOMPARE(parsed.kind, kind);
    QCOMPARE(parsed.format, format);
    QCOMPARE(parsed.name, name);
    QCOMPARE(parsed.session, session);
    QCOMPARE(parsed.resumeToken, resumeToken);
    QCOMPARE(parsed.text, text);
}

void TestClientMessage::parseInvalid_data()
{
    QTest::addColumn<QString>("message");

    QTest::addRow("invalid JSON") << u"{not json"_s;
    QTest::addRow("truncated JSON") << u"{\"type\":\"start\""_s;
    QTest::addRow("trailing garbage") << u"{\"type\":\"stop\"} x"_s;
    QTest::addRow("array") << u"[\"start\"]"_s;
    QTest::addRow("empty array") << u"[]"_s;
    QTest::addRow("empty object") << u"{}"_s;
    QTest::addRow("missing type") << u"{\"format\":\"audio/webm\"}"_s;
    QTest::addRow("number type") << u"{\"type\":1}"_s;
    QTest::addRow("null type") << u"{\"type\":null}"_s;
    QTest::addRow("object type") << u"{\"type\":{\"name\":\"start\"}}"_s;
    QTest::addRow("array type") << u"{\"type\":[\"start\"]}"_s;
    QTest::addRow("start with number format") << u"{\"type\":\"start\",\"format\":16000}"_s;
    QTest::addRow("start with object name") << u"{\"type\":\"start\",\"name\":{}}"_s;
    QTest::addRow("start with bool name") << u"{\"type\":\"start\",\"name\":true}"_s;
    QTest::addRow("resume without token") << u"{\"type\":\"resume\",\"session\":\"abc\"}"_s;
    QTest::addRow("resume without session") << u"{\"type\":\"resume\",\"resumeToken\":\"t\"}"_s;
    QTest::addRow("resume with empty session")
        << u"{\"type\":\"resume\",\"session\":\"\",\"resumeToken\":\"t\"}"_s;
    QTest::addRow("resume with number session")
        << u"{\"type\":\"resume\",\"session\":12,\"resumeToken\":\"t\"}"_s;
    QTest::addRow("resume with number token")
        << u"{\"type\":\"resume\",\"session\":\"abc\",\"resumeToken\":12}"_s;
    const QString hash = QString(64, u'a');
    QTest::addRow("stop with bytes only") << u"{\"type\":\"stop\",\"bytes\":10}"_s;
    QTest::addRow("stop with sha256 only")
        << u"{\"type\":\"stop\",\"sha256\":\""_s + hash + u"\"}"_s;
    QTest::addRow("stop with fractional bytes")
        << u"{\"type\":\"stop\",\"bytes\":10.5,\"sha256\":\""_s + hash + u"\"}"_s;
    QTest::addRow("stop with negative bytes")
        << u"{\"type\":\"stop\",\"bytes\":-1,\"sha256\":\""_s + hash + u"\"}"_s;
    QTest::addRow("stop with bytes as a string")
        << u"{\"type\":\"stop\",\"bytes\":\"10\",\"sha256\":\""_s + hash + u"\"}"_s;
    QTest::addRow("stop with a short sha256")
        << u"{\"type\":\"stop\",\"bytes\":10,\"sha256\":\"abc\"}"_s;
    QTest::addRow("stop with a sha256 that is not hex")
        << u"{\"type\":\"stop\",\"bytes\":10,\"sha256\":\""_s + QString(64, u'g') + u"\"}"_s;
}

// What a client produced, sent with its stop, read back as it was built (ClientMessage::stop).
void TestClientMessage::stopCarriesTheProducedTotals()
{
    const ProducedTotals produced { 9600, QString(63, u'A') + u'f' };
    const ClientMessage parsed = ClientMessage::parse(ClientMessage::stop(produced).toText());
    QCOMPARE(parsed.kind, ClientMessage::Kind::Stop);
    QVERIFY(parsed.produced);
    QCOMPARE(parsed.produced->bytes, 9600);
    QCOMPARE(parsed.produced->sha256, QString(63, u'a') + u'f'); // lower case from here on
    QVERIFY(!ClientMessage::parse(ClientMessage::stop().toText()).produced);
    QCOMPARE(ClientMessage::stop().toText(), u"{\"type\":\"stop\"}"_s); // older servers' stop
}

void TestClientMessage::unsent_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("durationMs");

    const auto row = [](const char *name, const QString &fields, bool valid, qint64 bytes = 0,
                         qint64 durationMs = 0) {
        QTest::addRow("%s", name) << u"{\"type\":\"unsent\""_s + fields + u"}"_s << valid << bytes
                                  << durationMs;
    };
    row("held", u",\"bytes\":403200,\"durationMs\":4200"_s, true, 403200, 4200);
    row("nothing held", u",\"bytes\":0,\"durationMs\":0"_s, true);
    row("at the limits",
        u",\"bytes\":%1,\"durationMs\":%2"_s.arg(ClientMessage::MaxUnsentBytes)
            .arg(ClientMessage::MaxUnsentDurationMs),
        true, ClientMessage::MaxUnsentBytes, ClientMessage::MaxUnsentDurationMs);
    row("bytes missing", u",\"durationMs\":4200"_s, false);
    row("duration missing", u",\"bytes\":403200"_s, false);
    row("both missing", QString(), false);
    row("bytes null", u",\"bytes\":null,\"durationMs\":4200"_s, false);
    row("negative bytes", u",\"bytes\":-1,\"durationMs\":4200"_s, false);
    row("negative duration", u",\"bytes\":403200,\"durationMs\":-0.5"_s, false);
    row("fractional bytes", u",\"bytes\":10.5,\"durationMs\":4200"_s, false);
    row("fractional duration", u",\"bytes\":403200,\"durationMs\":4200.5"_s, false);
    row("huge bytes", u",\"bytes\":%1,\"durationMs\":4200"_s.arg(ClientMessage::MaxUnsentBytes + 1),
        false);
    row("huge duration",
        u",\"bytes\":403200,\"durationMs\":%1"_s.arg(ClientMessage::MaxUnsentDurationMs + 1),
        false);
    row("bytes beyond any integer", u",\"bytes\":1e300,\"durationMs\":4200"_s, false);
    row("bytes as a string", u",\"bytes\":\"403200\",\"durationMs\":4200"_s, false);
    row("duration as a bool", u",\"bytes\":403200,\"durationMs\":true"_s, false);
    row("bytes as an object", u",\"bytes\":{},\"durationMs\":4200"_s, false);
}

// What a client reports it still holds; anything but two whole numbers in range is refused
// with a reason, which goes back to the client as bad_message.
void TestClientMessage::unsent()
{
    QFETCH(QString, message);
    QFETCH(bool, valid);
    QFETCH(qint64, bytes);
    QFETCH(qint64, durationMs);

    const ClientMessage parsed = ClientMessage::parse(message);
    if (!valid) {
        QCOMPARE(parsed.kind, ClientMessage::Kind::Invalid);
        QVERIFY2(parsed.text.contains(u"\"unsent\" needs"_s), qPrintable(parsed.text));
        return;
    }
    QCOMPARE(parsed.kind, ClientMessage::Kind::Unsent);
    QCOMPARE(parsed.unsentBytes, bytes);
    QCOMPARE(parsed.unsentDurationMs, durationMs);
}

void TestClientMessage::unsentRoundTrips()
{
    QCOMPARE(ClientMessage::unsent(403200, 4200).toText(),
        u"{\"bytes\":403200,\"durationMs\":4200,\"type\":\"unsent\"}"_s);
    const ClientMessage parsed = ClientMessage::parse(ClientMessage::unsent(7, 1).toText());
    QCOMPARE(parsed.kind, ClientMessage::Kind::Unsent);
    QCOMPARE(parsed.unsentBytes, 7);
    QCOMPARE(parsed.unsentDurationMs, 1);
    // A client's figure beyond the limits is sent as the limit, never as something refused.
    QCOMPARE(
        ClientMessage::parse(ClientMessage::unsent(-5, qint64(1) << 50).toText()).unsentDurationMs,
        ClientMessage::MaxUnsentDurationMs);
}

void TestClientMessage::parseInvalid()
{
    QFETCH(QString, message);

    const ClientMessage parsed = ClientMessage::parse(message);
    QCOMPARE(parsed.kind, ClientMessage::Kind::Invalid);
    // The reason goes back to the client in a bad_message error.
    QVERIFY2(!parsed.text.isEmpty(), "an invalid message needs a reason");
}

QTEST_GUILESS_MAIN(TestClientMessage)
#include "tst_clientmessage.moc"
