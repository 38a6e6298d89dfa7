#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "protocol/dialect.h"

// The rules and replies of each client dialect, as docs/protocol.md states them. The end-to-end
// cases (real clients against a real server) are in tst_captureserver.
class tst_Dialect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void replies_data();
    void replies();
};

namespace {

const SessionFacts Facts { QStringLiteral("5f0c1e2a9b3d4c71"),
    QStringLiteral("2026-11-21/101500_Guest_5f0c1e2a9b3d4c71.wav"), QStringLiteral("token"), 3200,
    2, 1500 };

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

void tst_Dialect::rules_data()
{
    QTest::addColumn<const Dialect *>("dialect");
    QTest::addColumn<Dialect::Acks>("acks");
    QTest::addColumn<Dialect::WhenDropped>("whenDropped");
    QTest::addColumn<QString>("fallbackLabel");
    QTest::addColumn<bool>("reportsStrayAudio");

    QTest::addRow("v1") << &Dialect::v1() << Dialect::Acks::Batched
                        << Dialect::WhenDropped::KeepResumable << QStringLiteral("recording")
                        << true;
    QTest::addRow("binary only") << &Dialect::binaryOnly() << Dialect::Acks::None
                                 << Dialect::WhenDropped::Complete << QStringLiteral("stream")
                                 << false;
    QTest::addRow("text commands")
        << &Dialect::textCommands() << Dialect::Acks::Batched << Dialect::WhenDropped::Interrupt
        << QStringLiteral("recording") << true;
    QTest::addRow("json commands")
        << &Dialect::jsonCommands() << Dialect::Acks::EveryChunk << Dialect::WhenDropped::Interrupt
        << QStringLiteral("recording") << true;
}

void tst_Dialect::rules()
{
    QFETCH(const Dialect *, dialect);
    QFETCH(Dialect::Acks, acks);
    QFETCH(Dialect::WhenDropped, whenDropped);
    QFETCH(QString, fallbackLabel);
    QFETCH(bool, reportsStrayAudio);

    QCOMPARE(dialect->acks(), acks);
    QCOMPARE(dialect->whenDropped(), whenDropped);
    QCOMPARE(dialect->fallbackLabel(), fallbackLabel);
    QCOMPARE(dialect->reportsStrayAudio(), reportsStrayAudio);
}

void tst_Dialect::replies_data()
{
    QTest::addColumn<const Dialect *>("dialect");
    QTest::addColumn<QString>("startedType"); // empty: no reply
    QTest::addColumn<QString>("chunkType");
    QTest::addColumn<QString>("stoppedType");

    QTest::addRow("v1") << &Dialect::v1() << QStringLiteral("started") << QString()
                        << QStringLiteral("stopped");
    QTest::addRow("binary only") << &Dialect::binaryOnly() << QString() << QString()
                                 << QStringLiteral("stopped");
    QTest::addRow("text commands") << &Dialect::textCommands() << QStringLiteral("started")
                                   << QString() << QStringLiteral("stopped");
    QTest::addRow("json commands")
        << &Dialect::jsonCommands() << QStringLiteral("audio_stream_started")
        << QStringLiteral("audio_chunk_confirmed") << QStringLiteral("audio_stream_stopped");
}

void tst_Dialect::replies()
{
    QFETCH(const Dialect *, dialect);
    QFETCH(QString, startedType);
    QFETCH(QString, chunkType);
    QFETCH(QString, stoppedType);

    const std::optional<QString> started = dialect->startedReply(Facts);
    QCOMPARE(started.has_value(), !startedType.isEmpty());
    if (started) {
        const QJsonObject message = json(*started);
        QCOMPARE(message.value(u"type").toString(), startedType);
        QVERIFY(message.value(u"session").toString() == Facts.id
            || message.value(u"session_id").toString() == Facts.id);
    }

    const std::optional<QString> chunk = dialect->chunkReply(Facts, 1600);
    QCOMPARE(chunk.has_value(), !chunkType.isEmpty());
    if (chunk)
        QCOMPARE(json(*chunk).value(u"type").toString(), chunkType);

    const QJsonObject stopped = json(dialect->stoppedReply(Facts));
    QCOMPARE(stopped.value(u"type").toString(), stoppedType);
    // v1 says "bytes", the JSON commands dialect "total_bytes"; both count what is on the disk.
    QCOMPARE(stopped.value(stopped.contains(u"bytes") ? u"bytes" : u"total_bytes").toInteger(),
        Facts.bytes);
    QCOMPARE(stopped.value(u"chunks").toInteger(), Facts.chunks);
}

QTEST_GUILESS_MAIN(tst_Dialect)
#include "tst_dialect.moc"
