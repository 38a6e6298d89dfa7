#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "protocol/errorcode.h"
#include "protocol/servermessage.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ErrorCode)

class TestServerMessage final : public QObject
{
    Q_OBJECT

private slots:
    void message_data();
    void message();
    void errorCodes_data();
    void errorCodes();
};

void TestServerMessage::message_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonObject>("expected");

    const QString session = u"5f0c1e2a9b3d4c71"_s;
    const QString file = u"2026-11-21/101500_Guest_1_5f0c1e2a9b3d4c71.wav"_s;
    const QString token = u"0d2c5a0d2c5a0d2c5a0d2c5a0d2c5a0d"_s;
    const QJsonValue null(QJsonValue::Null);

    QTest::addRow("connection") << ServerMessage::connection(u"c7d0e9a4"_s)
                                << QJsonObject { { u"type"_s, u"connection"_s },
                                       { u"id"_s, u"c7d0e9a4"_s }, { u"protocol"_s, 1 },
                                       { u"server"_s,
                                           QStringLiteral("Earshot " EARSHOT_VERSION) } };
    QTest::addRow("started") << ServerMessage::started(session, file, token)
                             << QJsonObject { { u"type"_s, u"started"_s },
                                    { u"session"_s, session }, { u"file"_s, file },
                                    { u"resumeToken"_s, token } };
    QTest::addRow("started, format still to be sniffed")
        << ServerMessage::started(session, QString(), token)
        << QJsonObject { { u"type"_s, u"started"_s }, { u"session"_s, session },
               { u"file"_s, null }, { u"resumeToken"_s, token } };
    QTest::addRow("ack") << QString::fromUtf8(ServerMessage::ack(session, 12, 38400))
                         << QJsonObject { { u"type"_s, u"ack"_s }, { u"session"_s, session },
                                { u"chunks"_s, 12 }, { u"bytes"_s, 38400 } };
    QTest::addRow("ack past 4 GiB")
        << QString::fromUtf8(ServerMessage::ack(session, 1'500'000, 5'000'000'123LL))
        << QJsonObject { { u"type"_s, u"ack"_s }, { u"session"_s, session },
               { u"chunks"_s, 1'500'000 }, { u"bytes"_s, 5'000'000'123LL } };
    QTest::addRow("ack of a session id that needs escaping")
        << QString::fromUtf8(ServerMessage::ack(u"odd \"id\""_s, 1, 3200))
        << QJsonObject { { u"type"_s, u"ack"_s }, { u"session"_s, u"odd \"id\""_s },
               { u"chunks"_s, 1 }, { u"bytes"_s, 3200 } };
    QTest::addRow("ack of nothing yet")
        << QString::fromUtf8(ServerMessage::ack(session, 0, 0))
        << QJsonObject { { u"type"_s, u"ack"_s }, { u"session"_s, session }, { u"chunks"_s, 0 },
               { u"bytes"_s, 0 } };
    QTest::addRow("stopped") << ServerMessage::stopped(session, file, 480000, 150, 15012)
                             << QJsonObject { { u"type"_s, u"stopped"_s },
                                    { u"session"_s, session }, { u"file"_s, file },
                                    { u"bytes"_s, 480000 }, { u"chunks"_s, 150 },
                                    { u"durationMs"_s, 15012 } };
    QTest::addRow("stopped before any audio")
        << ServerMessage::stopped(session, QString(), 0, 0, 412)
        << QJsonObject { { u"type"_s, u"stopped"_s }, { u"session"_s, session },
               { u"file"_s, null }, { u"bytes"_s, 0 }, { u"chunks"_s, 0 },
               { u"durationMs"_s, 412 } };
    QTest::addRow("resumed") << ServerMessage::resumed(session, 6400, 2)
                             << QJsonObject { { u"type"_s, u"resumed"_s },
                                    { u"session"_s, session }, { u"bytes"_s, 6400 },
                                    { u"chunks"_s, 2 } };
    QTest::addRow("error") << ServerMessage::error(
        ErrorCode::UnknownType, u"Unknown message type \"hello\"."_s)
                           << QJsonObject { { u"type"_s, u"error"_s },
                                  { u"code"_s, u"unknown_type"_s },
                                  { u"message"_s, u"Unknown message type \"hello\"."_s } };
    QTest::addRow("error with unicode and newline")
        << ServerMessage::error(ErrorCode::DiskFull, u"Disque plein — «/srv»\nstop"_s)
        << QJsonObject { { u"type"_s, u"error"_s }, { u"code"_s, u"disk_full"_s },
               { u"message"_s, u"Disque plein — «/srv»\nstop"_s } };

    QTest::addRow("legacy started") << ServerMessage::legacyStarted(session, file)
                                    << QJsonObject { { u"type"_s, u"audio_stream_started"_s },
                                           { u"session_id"_s, session }, { u"filename"_s, file } };
    QTest::addRow("legacy started, no file yet")
        << ServerMessage::legacyStarted(session, QString())
        << QJsonObject { { u"type"_s, u"audio_stream_started"_s }, { u"session_id"_s, session },
               { u"filename"_s, null } };
    QTest::addRow("legacy chunk confirmed")
        << ServerMessage::legacyChunkConfirmed(3, 3200, 9600)
        << QJsonObject { { u"type"_s, u"audio_chunk_confirmed"_s }, { u"chunk_number"_s, 3 },
               { u"chunk_size"_s, 3200 }, { u"total_bytes"_s, 9600 } };
    QTest::addRow("legacy stopped")
        << ServerMessage::legacyStopped(session, file, 9600, 3)
        << QJsonObject { { u"type"_s, u"audio_stream_stopped"_s }, { u"session_id"_s, session },
               { u"filename"_s, file }, { u"total_bytes"_s, 9600 }, { u"chunks"_s, 3 } };
    QTest::addRow("legacy stopped, no file")
        << ServerMessage::legacyStopped(session, QString(), 0, 0)
        << QJsonObject { { u"type"_s, u"audio_stream_stopped"_s }, { u"session_id"_s, session },
               { u"filename"_s, null }, { u"total_bytes"_s, 0 }, { u"chunks"_s, 0 } };
}

void TestServerMessage::message()
{
    QFETCH(QString, text);
    QFETCH(QJsonObject, expected);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isObject());
    // One WebSocket text message per JSON object, on one line.
    QVERIFY2(!text.contains(u'\n'), qPrintable(text));
    QCOMPARE(document.object(), expected);
}

void TestServerMessage::errorCodes_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<int>("closeCode");

    QTest::addRow("bad_message") << ErrorCode::BadMessage << u"bad_message"_s << false << 0;
    QTest::addRow("unknown_type") << ErrorCode::UnknownType << u"unknown_type"_s << false << 0;
    QTest::addRow("expected_start")
        << ErrorCode::ExpectedStart << u"expected_start"_s << false << 0;
    QTest::addRow("already_recording")
        << ErrorCode::AlreadyRecording << u"already_recording"_s << false << 0;
    QTest::addRow("not_recording") << ErrorCode::NotRecording << u"not_recording"_s << false << 0;
    QTest::addRow("bad_format") << ErrorCode::BadFormat << u"bad_format"_s << false << 0;
    QTest::addRow("unknown_session")
        << ErrorCode::UnknownSession << u"unknown_session"_s << false << 0;
    QTest::addRow("bad_resume_token")
        << ErrorCode::BadResumeToken << u"bad_resume_token"_s << true << 1008;
    QTest::addRow("server_full") << ErrorCode::ServerFull << u"server_full"_s << true << 1013;
    QTest::addRow("disk_full") << ErrorCode::DiskFull << u"disk_full"_s << true << 1011;
    QTest::addRow("write_error") << ErrorCode::WriteError << u"write_error"_s << true << 1011;
    QTest::addRow("idle_timeout") << ErrorCode::IdleTimeout << u"idle_timeout"_s << true << 1000;
}

void TestServerMessage::errorCodes()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, name);
    QFETCH(bool, closes);
    QFETCH(int, closeCode);

    QCOMPARE(errorCodeName(code), name);
    const ErrorDisposition disposition = errorDisposition(code);
    QCOMPARE(disposition.closes, closes);
    if (closes)
        QCOMPARE(int(disposition.closeCode), closeCode);

    // What the client reads in the error message.
    const QJsonObject sent
        = QJsonDocument::fromJson(ServerMessage::error(code, u"why"_s).toUtf8()).object();
    QCOMPARE(sent.value(u"code"_s).toString(), name);
}

QTEST_GUILESS_MAIN(TestServerMessage)
#include "tst_servermessage.moc"
