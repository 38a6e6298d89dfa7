#include <array>
#include <optional>

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include "net/httprequest.h"
#include "net/websocket/websocketframereader.h"
#include "net/websocket/websockethandshake.h"
#include "testdata.h"

using Opcode = WebSocketFrameReader::Opcode;
using CloseCode = QWebSocketProtocol::CloseCode;
using Mask = std::array<char, 4>;

namespace {

constexpr quint8 Fin = 0x80;
constexpr quint8 Rsv1 = 0x40;
constexpr quint8 Rsv2 = 0x20;
constexpr quint8 Rsv3 = 0x10;

// Bytes high and low, so that a mask applied in the wrong phase shows in every byte.
constexpr Mask DefaultMask { char(0x37), char(0xfa), char(0x21), char(0x3d) };

constexpr qint64 DefaultLimit = 1024 * 1024;

quint8 op(Opcode opcode)
{
    return quint8(opcode);
}

// A frame header as RFC 6455 section 5.2 lays it out: the FIN/RSV/opcode byte, the mask bit with
// the shortest length that holds `length` (7, 16 or 64 bits), and the mask when there is one.
QByteArray frameHead(quint8 first, quint64 length, const std::optional<Mask> &mask = DefaultMask)
{
    QByteArray head;
    head.append(char(first));
    const char maskBit = mask ? char(0x80) : char(0);
    if (length <= 125) {
        head.append(char(maskBit | char(length)));
    } else if (length <= 0xffff) {
        head.append(char(maskBit | 126));
        head.append(char(length >> 8)).append(char(length & 0xff));
    } else {
        head.append(char(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            head.append(char((length >> shift) & 0xff));
    }
    if (mask)
        head.append(mask->data(), 4);
    return head;
}

// A client's frame: masked, as every frame a client sends must be (section 5.3).
QByteArray clientFrame(quint8 first, QByteArrayView payload, const Mask &mask = DefaultMask)
{
    QByteArray frame = frameHead(first, quint64(payload.size()), mask);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask[size_t(i % 4)]));
    return frame;
}

// Frames one after the other, as a connection carries them.
QByteArray joined(std::initializer_list<QByteArrayView> parts)
{
    QByteArray bytes;
    for (const QByteArrayView part : parts)
        bytes.append(part);
    return bytes;
}

QByteArray closePayload(int code, QByteArrayView reason = {})
{
    QByteArray payload;
    payload.append(char(code >> 8)).append(char(code & 0xff)).append(reason);
    return payload;
}

// Printable text of any length the seed reproduces: ASCII, so its size is its length in bytes.
QByteArray randomText(qsizetype size, quint32 seed)
{
    QByteArray text(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &byte : text)
        byte = char(' ' + generator.bounded(95));
    return text;
}

// How the reader's calls are logged: one line each, short enough to read in a failure, and the
// payload named by its size and digest so that a 300 kB message compares as well as a word.
QString describe(QByteArrayView data)
{
    return QString::number(data.size()) + u' '
        + QString::fromLatin1(sha256(data.toByteArray()).left(12));
}

QString textCall(QByteArrayView utf8)
{
    return u"text " + describe(utf8);
}

QString binaryCall(QByteArrayView data)
{
    return u"binary " + describe(data);
}

QString pingCall(QByteArrayView payload)
{
    return u"ping " + describe(payload);
}

QString closeCall(int code, QByteArrayView reason = {})
{
    return u"close " + QString::number(code) + u" \"" + QString::fromUtf8(reason) + u'"';
}

QString errorCall(int code)
{
    return u"error " + QString::number(code);
}

// Logs every call in order; optionally stops the reader from inside a binary message, as a
// connection that closes on one would.
class RecordingReceiver final : public WebSocketFrameReader::Receiver
{
public:
    void onTextMessage(const QByteArray &utf8) override { calls.append(textCall(utf8)); }
    void onBinaryMessage(const QByteArray &data) override
    {
        calls.append(binaryCall(data));
        if (stopOnBinary)
            stopOnBinary->stop();
    }
    void onPing(QByteArrayView payload) override { calls.append(pingCall(payload)); }
    void onClose(quint16 code, QByteArrayView reason) override
    {
        calls.append(closeCall(int(code), reason));
    }
    void onProtocolError(CloseCode code, const QString &why) override
    {
        calls.append(errorCall(int(code)));
        reasons.append(why);
    }

    QStringList calls;
    QStringList reasons;
    WebSocketFrameReader *stopOnBinary = nullptr;
};

// Feeds `bytes` in pieces of random sizes from 1 to maxPiece (the seed reproduces them); a
// maxPiece of 0 hands them over in one read. In place, as the server reads: the reader may
// unmask a copy of them where they lie and hand on views into it.
void feed(WebSocketFrameReader &reader, RecordingReceiver &receiver, const QByteArray &bytes,
    qsizetype maxPiece = 0, quint32 seed = 1, bool inPlace = false)
{
    QByteArray writable = bytes;
    const auto readPiece = [&](qsizetype at, qsizetype piece) {
        if (inPlace)
            reader.readInPlace(writable.data() + at, piece, receiver);
        else
            reader.read(QByteArrayView(bytes).sliced(at, piece), receiver);
    };
    if (maxPiece <= 0) {
        readPiece(0, bytes.size());
        return;
    }
    QRandomGenerator generator(seed);
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype piece = std::min<qsizetype>(
            bytes.size() - at, maxPiece == 1 ? 1 : generator.bounded(1, int(maxPiece) + 1));
        readPiece(at, piece);
        at += piece;
    }
}

// A response's status code and headers (names in lower case); the code is 0 when the status
// line is not HTTP/1.1.
struct ParsedResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    bool headComplete = false;
};

ParsedResponse parseResponse(const QByteArray &bytes)
{
    ParsedResponse parsed;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    parsed.headComplete = end >= 0;
    const QList<QByteArray> lines = bytes.left(end < 0 ? bytes.size() : end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    if (statusLine.value(0) == "HTTP/1.1")
        parsed.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            parsed.headers.insert(
                line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return parsed;
}

// Sec-WebSocket-Accept worked out here from RFC 6455 section 4.2.2, not with the code under test.
QByteArray expectedAccept(const QByteArray &key)
{
    return QCryptographicHash::hash(
        QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
        .toBase64();
}

bool hasToken(const QByteArray &commaList, const QByteArray &token)
{
    for (const QByteArray &item : commaList.split(','))
        if (item.trimmed().toLower() == token)
            return true;
    return false;
}

const QByteArray SampleKey = "dGhlIHNhbXBsZSBub25jZQ==";

} // namespace

// The reader's side of RFC 6455 section 5 fed bytes in every split, and the opening handshake's
// answer to a parsed request; no socket involved.
class tst_WebSocketFrameReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageOfEverySize_data();
    void messageOfEverySize();
    void everySplitGivesTheSameCalls_data();
    void everySplitGivesTheSameCalls();
    void severalFramesInOneRead();
    void fragmentedMessage_data();
    void fragmentedMessage();
    void unmaskMatchesByteByByte_data();
    void unmaskMatchesByteByByte();
    void pingPayloadIsPassedOn_data();
    void pingPayloadIsPassedOn();
    void closeEndsTheReading_data();
    void closeEndsTheReading();
    void protocolErrorIsReportedOnce_data();
    void protocolErrorIsReportedOnce();
    void messageOverTheLimitIsRefusedAtItsHeader_data();
    void messageOverTheLimitIsRefusedAtItsHeader();
    void stopFromInsideACallEndsTheRead();

    void acceptKeyIsRfcExample();
    void validUpgradeIsAccepted_data();
    void validUpgradeIsAccepted();
    void invalidUpgradeIsRefused_data();
    void invalidUpgradeIsRefused();
};

void tst_WebSocketFrameReader::messageOfEverySize_data()
{
    QTest::addColumn<bool>("text");
    QTest::addColumn<qsizetype>("size");

    // 125 is the largest 7-bit length, 126 and 65535 take 16 bits, 65536 and up 64 bits.
    for (const qsizetype size : { 0, 1, 125, 126, 65535, 65536, 300000 }) {
        QTest::addRow("text %lld", qlonglong(size)) << true << size;
        QTest::addRow("binary %lld", qlonglong(size)) << false << size;
    }
}

void tst_WebSocketFrameReader::messageOfEverySize()
{
    QFETCH(bool, text);
    QFETCH(qsizetype, size);

    const QByteArray payload = text ? randomText(size, quint32(size)) : randomBytes(size, 7);
    WebSocketFrameReader reader(DefaultLimit);
    RecordingReceiver receiver;
    reader.read(clientFrame(Fin | op(text ? Opcode::Text : Opcode::Binary), payload), receiver);

    QCOMPARE(receiver.calls, QStringList { text ? textCall(payload) : binaryCall(payload) });
    QVERIFY(!reader.isStopped());
}

void tst_WebSocketFrameReader::everySplitGivesTheSameCalls_data()
{
    QTest::addColumn<qsizetype>("maxPiece");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("inPlace");

    for (const bool inPlace : { false, true }) {
        const char *how = inPlace ? "in place" : "copied";
        QTest::addRow("%s, one byte at a time", how) << qsizetype(1) << 0u << inPlace;
        // Small pieces cut headers, lengths and masks apart; large ones cut payloads at every
        // phase, and leave whole messages in one piece now and then.
        QTest::addRow("%s, up to 3 bytes", how) << qsizetype(3) << 11u << inPlace;
        QTest::addRow("%s, up to 17 bytes", how) << qsizetype(17) << 12u << inPlace;
        QTest::addRow("%s, up to 1000 bytes", how) << qsizetype(1000) << 13u << inPlace;
        QTest::addRow("%s, up to 100000 bytes", how) << qsizetype(100000) << 14u << inPlace;
        QTest::addRow("%s, all at once", how) << qsizetype(0) << 0u << inPlace;
    }
}

void tst_WebSocketFrameReader::everySplitGivesTheSameCalls()
{
    QFETCH(qsizetype, maxPiece);
    QFETCH(quint32, seed);
    QFETCH(bool, inPlace);

    // Every kind of frame and length, and a small message after a large one: what one message
    // left behind must not lend the next one bytes.
    const QByteArray small = randomText(20, 1);
    const QByteArray large = randomBytes(300000, 2);
    const QByteArray medium = randomBytes(126, 3);
    const QByteArray tiny = randomBytes(5, 4);
    const QByteArray parts[3] = { randomText(70000, 5), randomText(3, 6), randomText(200, 7) };
    const QByteArray pingPayload = "are you there";
    const Mask otherMask { char(0x00), char(0xff), char(0x80), char(0x01) };

    QByteArray stream;
    stream += clientFrame(Fin | op(Opcode::Text), small);
    stream += clientFrame(Fin | op(Opcode::Binary), large);
    stream += clientFrame(Fin | op(Opcode::Binary), tiny, otherMask);
    stream += clientFrame(Fin | op(Opcode::Text), QByteArray());
    stream += clientFrame(Fin | op(Opcode::Ping), pingPayload);
    // An unsolicited pong is allowed (section 5.5.3) and asks for nothing.
    stream += clientFrame(Fin | op(Opcode::Pong), "late");
    stream += clientFrame(op(Opcode::Text), parts[0]);
    stream += clientFrame(Fin | op(Opcode::Ping), QByteArray());
    stream += clientFrame(op(Opcode::Continuation), parts[1], otherMask);
    stream += clientFrame(Fin | op(Opcode::Continuation), parts[2]);
    stream += clientFrame(Fin | op(Opcode::Binary), medium);
    stream += clientFrame(Fin | op(Opcode::Close), closePayload(1000, "done"));
    const QStringList expected { textCall(small), binaryCall(large), binaryCall(tiny),
        textCall(QByteArray()), pingCall(pingPayload), pingCall(QByteArray()),
        textCall(joined({ parts[0], parts[1], parts[2] })), binaryCall(medium),
        closeCall(1000, "done") };

    WebSocketFrameReader reader(DefaultLimit);
    RecordingReceiver receiver;
    feed(reader, receiver, stream, maxPiece, seed, inPlace);
    QCOMPARE(receiver.calls, expected);
    QVERIFY(reader.isStopped());
}

void tst_WebSocketFrameReader::severalFramesInOneRead()
{
    const QByteArray audio = randomBytes(3200, 1);
    WebSocketFrameReader reader(DefaultLimit);
    RecordingReceiver receiver;
    reader.read(joined({ clientFrame(Fin | op(Opcode::Text), R"({"type":"start"})"),
                    clientFrame(Fin | op(Opcode::Binary), audio),
                    clientFrame(Fin | op(Opcode::Text), R"({"type":"stop"})") }),
        receiver);
    QCOMPARE(receiver.calls,
        (QStringList {
            textCall(R"({"type":"start"})"), binaryCall(audio), textCall(R"({"type":"stop"})") }));

    // The reader is ready for more after the last one.
    reader.read(clientFrame(Fin | op(Opcode::Binary), audio), receiver);
    QCOMPARE(receiver.calls.size(), 4);
    QCOMPARE(receiver.calls.last(), binaryCall(audio));
}

void tst_WebSocketFrameReader::fragmentedMessage_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");

    const QByteArray start
        = R"({"type":"start","format":"audio/pcm;rate=16000;channels=1;bits=16"})";
    const QByteArray first = start.left(10);
    const QByteArray middle = start.mid(10, 30);
    const QByteArray last = start.mid(40);

    QTest::addRow("text over 3 frames") << joined(
        { clientFrame(op(Opcode::Text), first), clientFrame(op(Opcode::Continuation), middle),
            clientFrame(Fin | op(Opcode::Continuation), last) })
                                        << QStringList { textCall(start) };
    // Control frames may come between fragments (section 5.4) and are handed on at once.
    QTest::addRow("text over 3 frames, a ping between")
        << joined({ clientFrame(op(Opcode::Text), first),
               clientFrame(Fin | op(Opcode::Ping), "between"),
               clientFrame(op(Opcode::Continuation), middle),
               clientFrame(Fin | op(Opcode::Continuation), last) })
        << QStringList { pingCall("between"), textCall(start) };
    QTest::addRow("text with empty fragments") << joined(
        { clientFrame(op(Opcode::Text), QByteArray()), clientFrame(op(Opcode::Continuation), start),
            clientFrame(Fin | op(Opcode::Continuation), QByteArray()) })
                                               << QStringList { textCall(start) };
    // UTF-8 is checked over the whole message: a character may straddle two fragments.
    const QByteArray euro = "\xE2\x82\xAC";
    QTest::addRow("a character split over two fragments")
        << joined({ clientFrame(op(Opcode::Text), joined({ "price: ", euro.left(2) })),
               clientFrame(Fin | op(Opcode::Continuation), joined({ euro.mid(2), "5" })) })
        << QStringList { textCall(joined({ "price: ", euro, "5" })) };
    const QByteArray audio = randomBytes(70000, 9);
    QTest::addRow("binary over 3 frames, a ping and a pong between")
        << joined({ clientFrame(op(Opcode::Binary), audio.left(100)),
               clientFrame(op(Opcode::Continuation), audio.mid(100, 65536)),
               clientFrame(Fin | op(Opcode::Pong), QByteArray()),
               clientFrame(Fin | op(Opcode::Ping), "p"),
               clientFrame(Fin | op(Opcode::Continuation), audio.mid(100 + 65536)) })
        << QStringList { pingCall("p"), binaryCall(audio) };
    QTest::addRow("a message after a fragmented one")
        << joined({ clientFrame(op(Opcode::Binary), audio.left(3)),
               clientFrame(Fin | op(Opcode::Continuation), audio.mid(3, 3)),
               clientFrame(Fin | op(Opcode::Text), "next") })
        << QStringList { binaryCall(audio.left(6)), textCall("next") };
}

void tst_WebSocketFrameReader::fragmentedMessage()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);

    WebSocketFrameReader reader(DefaultLimit);
    RecordingReceiver receiver;
    reader.read(stream, receiver);
    QCOMPARE(receiver.calls, expected);

    // Cut a byte at a time, the calls are the same.
    WebSocketFrameReader split(DefaultLimit);
    RecordingReceiver splitReceiver;
    feed(split, splitReceiver, stream, 1);
    QCOMPARE(splitReceiver.calls, expected);
}

void tst_WebSocketFrameReader::unmaskMatchesByteByByte_data()
{
    QTest::addColumn<int>("phase");
    QTest::addColumn<qsizetype>("size");

    // Every size around a machine word or two, and one large enough for the fast path to carry it.
    for (int phase = 0; phase < 4; ++phase) {
        for (qsizetype size = 0; size <= 40; ++size)
            QTest::addRow("phase %d, %lld bytes", phase, qlonglong(size)) << phase << size;
        QTest::addRow("phase %d, 100003 bytes", phase) << phase << qsizetype(100003);
    }
}

void tst_WebSocketFrameReader::unmaskMatchesByteByByte()
{
    QFETCH(int, phase);
    QFETCH(qsizetype, size);

    const QByteArray data = randomBytes(size, quint32(size * 4 + phase));
    QByteArray expected = data;
    for (qsizetype i = 0; i < size; ++i)
        expected[i] = char(expected.at(i) ^ DefaultMask[size_t((phase + i) % 4)]);

    // At every alignment of the start, with guard bytes either side that must stay as they were.
    constexpr qsizetype Guard = 16;
    for (qsizetype offset = 0; offset < 8; ++offset) {
        QByteArray buffer(Guard + offset, '\xA5');
        buffer += data;
        buffer += QByteArray(Guard, '\x5A');
        WebSocketFrameReader::unmask(buffer.data() + Guard + offset, size, DefaultMask, phase);
        QCOMPARE(buffer.left(Guard + offset), QByteArray(Guard + offset, '\xA5'));
        QCOMPARE(buffer.mid(Guard + offset, size), expected);
        QCOMPARE(buffer.right(Guard), QByteArray(Guard, '\x5A'));
    }
}

void tst_WebSocketFrameReader::pingPayloadIsPassedOn_data()
{
    QTest::addColumn<QByteArray>("payload");

    QTest::addRow("empty") << QByteArray();
    QTest::addRow("one byte") << QByteArray("x");
    QTest::addRow("125 bytes, the most a control frame holds") << randomBytes(125, 3);
}

void tst_WebSocketFrameReader::pingPayloadIsPassedOn()
{
    QFETCH(QByteArray, payload);

    WebSocketFrameReader reader(DefaultLimit);
    RecordingReceiver receiver;
    reader.read(clientFrame(Fin | op(Opcode::Ping), payload), receiver);
    QCOMPARE(receiver.calls, QStringList { pingCall(payload) });
    QVERIFY(!reader.isStopped());
}

void tst_WebSocketFrameReader::closeEndsTheReading_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("expected");

    QTest::addRow("normal, with a reason") << closePayload(1000, "bye") << closeCall(1000, "bye");
    QTest::addRow("going away, no reason") << closePayload(1001) << closeCall(1001);
    QTest::addRow("no payload") << QByteArray()
                                << closeCall(QWebSocketProtocol::CloseCodeMissingStatusCode);
    QTest::addRow("UTF-8 reason") << closePayload(1000, "tsch\xC3\xBC\xC3\x9F \xE2\x9C\x93")
                                  << closeCall(1000, "tsch\xC3\xBC\xC3\x9F \xE2\x9C\x93");
    QTest::addRow("longest reason")
        << closePayload(1000, QByteArray(123, 'r')) << closeCall(1000, QByteArray(123, 'r'));
    // The codes a client may send (section 7.4): the defined ones and those for applications.
    for (const int code : { 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 4000, 4999 })
        QTest::addRow("code %d", code) << closePayload(code) << closeCall(code);
}

void tst_WebSocketFrameReader::closeEndsTheReading()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, expected);

    WebSocketFrameReader reader(DefaultLimit);
    RecordingReceiver receiver;
    // What follows a close in the same read, and any later read, is not the client's to send.
    reader.read(joined({ clientFrame(Fin | op(Opcode::Close), payload),
                    clientFrame(Fin | op(Opcode::Text), "after") }),
        receiver);
    reader.read(clientFrame(Fin | op(Opcode::Binary), "later"), receiver);
    QCOMPARE(receiver.calls, QStringList { expected });
    QVERIFY(reader.isStopped());
}

void tst_WebSocketFrameReader::protocolErrorIsReportedOnce_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("code");

    const int protocolError = QWebSocketProtocol::CloseCodeProtocolError;
    const int wrongDatatype = QWebSocketProtocol::CloseCodeWrongDatatype;

    QTest::addRow("unmasked frame")
        << joined({ frameHead(Fin | op(Opcode::Text), 5, std::nullopt), "hello" }) << protocolError;
    QTest::addRow("unmasked control frame")
        << frameHead(Fin | op(Opcode::Ping), 0, std::nullopt) << protocolError;
    // No extension is agreed, so no reserved bit may be set (section 5.2).
    QTest::addRow("RSV1 set") << clientFrame(Fin | Rsv1 | op(Opcode::Text), "x") << protocolError;
    QTest::addRow("RSV2 set") << clientFrame(Fin | Rsv2 | op(Opcode::Binary), "x") << protocolError;
    QTest::addRow("RSV3 set") << clientFrame(Fin | Rsv3 | op(Opcode::Ping), "x") << protocolError;
    for (const int opcode : { 0x3, 0x7, 0xB, 0xF })
        QTest::addRow("unknown opcode 0x%X", opcode)
            << clientFrame(Fin | quint8(opcode), "x") << protocolError;
    // Control frames may not be fragmented nor longer than 125 bytes (section 5.5).
    QTest::addRow("ping not final") << clientFrame(op(Opcode::Ping), "x") << protocolError;
    QTest::addRow("close not final")
        << clientFrame(op(Opcode::Close), closePayload(1000)) << protocolError;
    QTest::addRow("ping of 126 bytes")
        << clientFrame(Fin | op(Opcode::Ping), QByteArray(126, 'p')) << protocolError;
    QTest::addRow("pong of 126 bytes")
        << clientFrame(Fin | op(Opcode::Pong), QByteArray(126, 'p')) << protocolError;
    QTest::addRow("close of 126 bytes")
        << clientFrame(Fin | op(Opcode::Close), closePayload(1000, QByteArray(124, 'r')))
        << protocolError;
    QTest::addRow("continuation without a message")
        << clientFrame(Fin | op(Opcode::Continuation), "x") << protocolError;
    // Each row's frames follow a whole binary message (see below): that one is over.
    QTest::addRow("continuation after a whole message")
        << clientFrame(op(Opcode::Continuation), "y") << protocolError;
    QTest::addRow("text inside a fragmented message")
        << joined({ clientFrame(op(Opcode::Text), "a"), clientFrame(Fin | op(Opcode::Text), "b") })
        << protocolError;
    QTest::addRow("binary inside a fragmented message")
        << joined({ clientFrame(op(Opcode::Binary), "a"), clientFrame(op(Opcode::Binary), "b") })
        << protocolError;
    // The most significant bit of a 64-bit length must be 0 (section 5.2).
    QTest::addRow("64-bit length with its top bit set")
        << frameHead(Fin | op(Opcode::Binary), 0x8000000000000000ull) << protocolError;

    // A close frame's payload is empty or a two-byte code, then a UTF-8 reason (section 5.5.1).
    QTest::addRow("close with a 1-byte payload")
        << clientFrame(Fin | op(Opcode::Close), "\x03") << protocolError;
    // Codes no endpoint may send in a close frame: under 1000, reserved (1004), the ones that
    // stand for no frame at all (1005, 1006, 1015), the range kept for the protocol's future and
    // past the last one for applications (section 7.4).
    for (const int code : { 0, 999, 1004, 1005, 1006, 1015, 2999, 5000, 65535 })
        QTest::addRow("close with code %d", code)
            << clientFrame(Fin | op(Opcode::Close), closePayload(code)) << protocolError;
    QTest::addRow("close reason not UTF-8")
        << clientFrame(Fin | op(Opcode::Close), closePayload(1000, "bad \xFF reason"))
        << wrongDatatype;

    // Text must be UTF-8 (section 8.1).
    const QList<std::pair<const char *, QByteArray>> invalidUtf8 {
        { "a lone continuation byte",
            "ab\x80"
            "cd" },
        { "an overlong encoding", "\xC0\xAF" },
        { "a surrogate", "\xED\xA0\x80" },
        { "past U+10FFFF", "\xF4\x90\x80\x80" },
        { "a byte never used", "ok\xFF" },
        { "a sequence cut at the end", "price: \xE2\x82" },
    };
    for (const auto &[name, text] : invalidUtf8)
        QTest::addRow("text with %s", name)
            << clientFrame(Fin | op(Opcode::Text), text) << wrongDatatype;
    QTest::addRow("fragmented text with a sequence cut at its end")
        << joined({ clientFrame(op(Opcode::Text), "price: "),
               clientFrame(Fin | op(Opcode::Continuation), "\xE2\x82") })
        << wrongDatatype;
}

void tst_WebSocketFrameReader::protocolErrorIsReportedOnce()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, code);

    // A message that is fine before it shows that the error stops only what comes after it.
    const QByteArray before = clientFrame(Fin | op(Opcode::Binary), "before");
    const QByteArray after = joined({ clientFrame(Fin | op(Opcode::Text), "after"),
        clientFrame(Fin | op(Opcode::Ping), "after") });

    WebSocketFrameReader reader(DefaultLimit);
    RecordingReceiver receiver;
    reader.read(joined({ before, stream, after }), receiver);
    reader.read(after, receiver);
    QCOMPARE(receiver.calls, (QStringList { binaryCall("before"), errorCall(code) }));
    QVERIFY(!receiver.reasons.constFirst().isEmpty());
    QVERIFY(reader.isStopped());

    // Fed a byte at a time, it is found at the same place.
    WebSocketFrameReader split(DefaultLimit);
    RecordingReceiver splitReceiver;
    feed(split, splitReceiver, joined({ before, stream, after }), 1);
    QCOMPARE(splitReceiver.calls, (QStringList { binaryCall("before"), errorCall(code) }));
    QVERIFY(split.isStopped());
}

void tst_WebSocketFrameReader::messageOverTheLimitIsRefusedAtItsHeader_data()
{
    QTest::addColumn<QList<quint64>>("frames"); // the lengths of a message's frames, in order
    QTest::addColumn<int>("refusedAt"); // the frame whose header is refused; -1: none

    const quint64 limit = 64 * 1024;
    QTest::addRow("one frame at the limit") << QList<quint64> { limit } << -1;
    QTest::addRow("one frame a byte over") << QList<quint64> { limit + 1 } << 0;
    QTest::addRow("one frame of 2^63 - 1 bytes") << QList<quint64> { 0x7fffffffffffffffull } << 0;
    QTest::addRow("fragments up to the limit") << QList<quint64> { 1000, limit - 2000, 1000 } << -1;
    QTest::addRow("fragments a byte over") << QList<quint64> { 1000, limit - 2000, 1001 } << 2;
    QTest::addRow("fragments, the second one over")
        << QList<quint64> { limit / 2, limit / 2 + 1, 1 } << 1;
    // A 64-bit length whose sum with what came before would wrap around.
    QTest::addRow("fragments, the second one 2^63 - 1")
        << QList<quint64> { 1000, 0x7fffffffffffffffull } << 1;
}

void tst_WebSocketFrameReader::messageOverTheLimitIsRefusedAtItsHeader()
{
    QFETCH(QList<quint64>, frames);
    QFETCH(int, refusedAt);

    // Frames are handed over one by one, and the refused one's payload is never sent: the
    // refusal must come from its header, before the bytes that would fill the memory arrive.
    WebSocketFrameReader reader(64 * 1024);
    RecordingReceiver receiver;
    QByteArray message;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const bool last = i == frames.size() - 1;
        const quint8 first
            = quint8((last ? Fin : 0) | op(i == 0 ? Opcode::Binary : Opcode::Continuation));
        if (i == refusedAt) {
            reader.read(frameHead(first, frames.at(i)), receiver);
            break;
        }
        const QByteArray payload = randomBytes(qsizetype(frames.at(i)), quint32(i));
        message += payload;
        reader.read(clientFrame(first, payload), receiver);
        QCOMPARE(receiver.calls.size(), last ? 1 : 0);
    }

    if (refusedAt >= 0) {
        QCOMPARE(
            receiver.calls, QStringList { errorCall(QWebSocketProtocol::CloseCodeTooMuchData) });
        QVERIFY(reader.isStopped());
    } else {
        QCOMPARE(receiver.calls, QStringList { binaryCall(message) });
        QVERIFY(!reader.isStopped());
    }
}

void tst_WebSocketFrameReader::stopFromInsideACallEndsTheRead()
{
    const QByteArray audio = randomBytes(3200, 5);
    WebSocketFrameReader reader(DefaultLimit);
    RecordingReceiver receiver;
    receiver.stopOnBinary = &reader;
    const QByteArray rest = joined({ clientFrame(Fin | op(Opcode::Text), "not read"),
        clientFrame(Fin | op(Opcode::Binary), audio),
        clientFrame(Fin | op(Opcode::Close), closePayload(1000)) });
    reader.read(joined({ clientFrame(Fin | op(Opcode::Ping), "first"),
                    clientFrame(Fin | op(Opcode::Binary), audio), rest }),
        receiver);
    reader.read(rest, receiver);
    QCOMPARE(receiver.calls, (QStringList { pingCall("first"), binaryCall(audio) }));
    QVERIFY(reader.isStopped());
}

void tst_WebSocketFrameReader::acceptKeyIsRfcExample()
{
    // RFC 6455, section 1.3.
    QCOMPARE(WebSocketHandshake::acceptKey(SampleKey), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    const QByteArray other = QByteArray("0123456789abcdef").toBase64();
    QCOMPARE(WebSocketHandshake::acceptKey(other), expectedAccept(other));
}

void tst_WebSocketFrameReader::validUpgradeIsAccepted_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("key");

    const QByteArray otherKey = randomBytes(16, 3).toBase64();
    QTest::addRow("RFC example") << joined({ "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n"
                                             "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                             "Sec-WebSocket-Key: ",
        SampleKey, "\r\nSec-WebSocket-Version: 13\r\n\r\n" })
                                 << SampleKey;
    // Header values are case-insensitive tokens, and Connection is a list (Firefox sends
    // "keep-alive, Upgrade").
    QTest::addRow("Firefox's Connection list, other case")
        << joined({ "GET /ws/audio-stream HTTP/1.1\r\nHost: localhost\r\nUpgrade: WebSocket\r\n"
                    "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Key: ",
               otherKey, "\r\nSec-WebSocket-Version: 13\r\n\r\n" })
        << otherKey;
    // A browser's offer of compression and a subprotocol is declined by leaving them unanswered.
    QTest::addRow("offers of an extension and a subprotocol")
        << joined({ "GET /ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                    "Connection: upgrade\r\nSec-WebSocket-Key: ",
               otherKey,
               "\r\nSec-WebSocket-Version: 13\r\n"
               "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
               "Sec-WebSocket-Protocol: chat\r\nOrigin: http://localhost\r\n\r\n" })
        << otherKey;
}

void tst_WebSocketFrameReader::validUpgradeIsAccepted()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, key);

    const std::optional<HttpRequest> request = HttpRequest::parse(head);
    QVERIFY(request);
    const WebSocketHandshake::Response response = WebSocketHandshake::respond(*request);
    QVERIFY(response.accepted);
    QVERIFY2(response.bytes.startsWith("HTTP/1.1 101"), response.bytes.constData());

    const ParsedResponse parsed = parseResponse(response.bytes);
    QVERIFY(parsed.headComplete);
    // Nothing after the head: the frames that follow are the WebSocket's.
    QVERIFY(response.bytes.endsWith("\r\n\r\n"));
    QCOMPARE(parsed.status, 101);
    QCOMPARE(parsed.headers.value("sec-websocket-accept"), expectedAccept(key));
    QCOMPARE(parsed.headers.value("upgrade").toLower(), QByteArray("websocket"));
    QVERIFY2(hasToken(parsed.headers.value("connection"), "upgrade"),
        parsed.headers.value("connection").constData());
    QVERIFY(!parsed.headers.contains("sec-websocket-extensions"));
    QVERIFY(!parsed.headers.contains("sec-websocket-protocol"));
}

void tst_WebSocketFrameReader::invalidUpgradeIsRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("headers"); // besides Host
    QTest::addColumn<int>("status");

    const QByteArray upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\n";
    const QByteArray key = joined({ "Sec-WebSocket-Key: ", SampleKey, "\r\n" });
    const QByteArray version = "Sec-WebSocket-Version: 13\r\n";
    const auto keyOf = [](qsizetype bytes) {
        return joined({ "Sec-WebSocket-Key: ", QByteArray(bytes, 'k').toBase64(), "\r\n" });
    };

    // A version this server does not speak is answered with the one it does (section 4.2.2).
    QTest::addRow("version 8") << QByteArray("GET")
                               << joined({ upgrade, key, "Sec-WebSocket-Version: 8\r\n" }) << 426;
    QTest::addRow("no version") << QByteArray("GET") << joined({ upgrade, key }) << 426;
    QTest::addRow("no key") << QByteArray("GET") << joined({ upgrade, version }) << 400;
    QTest::addRow("key not base64")
        << QByteArray("GET")
        << joined({ upgrade, "Sec-WebSocket-Key: not*base64*at*all!\r\n", version }) << 400;
    QTest::addRow("key of 15 bytes")
        << QByteArray("GET") << joined({ upgrade, keyOf(15), version }) << 400;
    QTest::addRow("key of 17 bytes")
        << QByteArray("GET") << joined({ upgrade, keyOf(17), version }) << 400;
    QTest::addRow("method POST") << QByteArray("POST") << joined({ upgrade, key, version }) << 400;
    QTest::addRow("Connection without upgrade")
        << QByteArray("GET")
        << joined({ "Upgrade: websocket\r\nConnection: keep-alive\r\n", key, version }) << 400;
    QTest::addRow("no Connection")
        << QByteArray("GET") << joined({ "Upgrade: websocket\r\n", key, version }) << 400;
}

void tst_WebSocketFrameReader::invalidUpgradeIsRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, headers);
    QFETCH(int, status);

    const std::optional<HttpRequest> request = HttpRequest::parse(
        joined({ method, " /ws HTTP/1.1\r\nHost: localhost\r\n", headers, "\r\n" }));
    QVERIFY(request);
    const WebSocketHandshake::Response response = WebSocketHandshake::respond(*request);
    QVERIFY(!response.accepted);
    const ParsedResponse parsed = parseResponse(response.bytes);
    QVERIFY2(parsed.headComplete, response.bytes.constData());
    QCOMPARE(parsed.status, status);
    QVERIFY(!parsed.headers.contains("sec-websocket-accept"));
    if (status == 426)
        QCOMPARE(parsed.headers.value("sec-websocket-version"), QByteArray("13"));
}

QTEST_APPLESS_MAIN(tst_WebSocketFrameReader)

#include "tst_websocketframereader.moc"
