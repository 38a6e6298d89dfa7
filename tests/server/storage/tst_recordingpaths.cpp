#include <ctime>

#include <QTest>
#include <QTimeZone>

#include "storage/recordingpaths.h"

using namespace Qt::StringLiterals;

class TestRecordingPaths final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sanitizeLabel_data();
    void sanitizeLabel();
    void relativeAudioPath_data();
    void relativeAudioPath();
    void sidecarPath_data();
    void sidecarPath();
};

void TestRecordingPaths::initTestCase()
{
    // File names use local time; pin the zone so that the expected names do not depend on the
    // machine (CET in winter, CEST in summer).
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TestRecordingPaths::sanitizeLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");

    QTest::addRow("space") << u"Guest 1"_s << u"Guest_1"_s;
    QTest::addRow("run of spaces") << u"Guest   1"_s << u"Guest_1"_s;
    QTest::addRow("spaces around") << u"  Guest 1  "_s << u"Guest_1"_s;
    QTest::addRow("dash and underscore stay") << u"mic-2_left"_s << u"mic-2_left"_s;
    QTest::addRow("parent folders") << u"../../etc/passwd"_s << u"etc_passwd"_s;
    QTest::addRow("windows parent folders")
        << u"..\\..\\Windows\\System32\\config"_s << u"Windows_System32_config"_s;
    QTest::addRow("absolute path") << u"/absolute/path"_s << u"absolute_path"_s;
    QTest::addRow("reserved characters") << u"a/b\\c:d*e?f\"g<h>i|j"_s << u"a_b_c_d_e_f_g_h_i_j"_s;
    QTest::addRow("hidden file") << u".hidden"_s << u"hidden"_s;
    QTest::addRow("extension") << u"name.wav"_s << u"name_wav"_s;
    QTest::addRow("accents") << u"Zoë Ångström"_s << u"Zoë_Ångström"_s;
    QTest::addRow("cyrillic") << u"Дмитрий"_s << u"Дмитрий"_s;
    QTest::addRow("japanese") << u"日本語の名前"_s << u"日本語の名前"_s;
    QTest::addRow("arabic") << u"محمد ٣"_s << u"محمد_٣"_s;
    // U+20BB7, a kanji used in Japanese family names, lies outside the BMP.
    QTest::addRow("letter outside the BMP") << u"𠮷野家"_s << u"𠮷野家"_s;
    QTest::addRow("emoji dropped") << u"🎤 Guest"_s << u"Guest"_s;

    QTest::addRow("empty") << QString() << u"recording"_s;
    QTest::addRow("only spaces") << u"   "_s << u"recording"_s;
    QTest::addRow("only dots") << u"..."_s << u"recording"_s;
    QTest::addRow("parent folder") << u"../"_s << u"recording"_s;
    QTest::addRow("only emoji") << u"🎤🎤"_s << u"recording"_s;
    QTest::addRow("control characters") << u"\t\n\r"_s << u"recording"_s;

    QTest::addRow("long") << QString(100, u'a') << QString(48, u'a');
    QTest::addRow("long accented") << QString(60, u'é') << QString(48, u'é');
    QTest::addRow("long, cut at a separator")
        << u"Guest 1 "_s.repeated(10) << u"Guest_1_"_s.repeated(5) + u"Guest_1"_s;
}

void TestRecordingPaths::sanitizeLabel()
{
    QFETCH(QString, label);
    QFETCH(QString, expected);

    const QString clean = RecordingPaths::sanitizeLabel(label, u"recording"_s);
    QCOMPARE(clean, expected);
    // Whatever came in, it is one harmless piece of a file name.
    QVERIFY(!clean.isEmpty());
    QVERIFY(clean.size() <= RecordingPaths::MaxLabelLength);
    QVERIFY(!clean.contains(u'/'));
    QVERIFY(!clean.contains(u'\\'));
    QVERIFY(!clean.contains(u".."_s));
    QVERIFY(clean.isValidUtf16());
}

void TestRecordingPaths::relativeAudioPath_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("expected");

    QTest::addRow("pcm") << QDateTime(QDate(2026, 11, 21), QTime(10, 15, 0, 120)) << u"Guest_1"_s
                         << u"5f0c1e2a9b3d4c71"_s << u"wav"_s
                         << u"2026-11-21/101500_Guest_1_5f0c1e2a9b3d4c71.wav"_s;
    QTest::addRow("single digits padded")
        << QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5)) << u"stream"_s << u"0a1b2c3d4e5f6a7b"_s
        << u"webm"_s << u"2027-01-02/030405_stream_0a1b2c3d4e5f6a7b.webm"_s;
    QTest::addRow("last second of the year")
        << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999)) << u"recording"_s
        << u"ffffffffffffffff"_s << u"ogg"_s
        << u"2026-12-31/235959_recording_ffffffffffffffff.ogg"_s;
    QTest::addRow("UTC start, named in local time (winter)")
        << QDateTime(QDate(2026, 11, 21), QTime(23, 30, 0), QTimeZone::utc()) << u"Zoë"_s
        << u"1234567890abcdef"_s << u"m4a"_s << u"2026-11-22/003000_Zoë_1234567890abcdef.m4a"_s;
    QTest::addRow("UTC start, named in local time (summer)")
        << QDateTime(QDate(2026, 7, 1), QTime(9, 0, 0), QTimeZone::utc()) << u"x"_s
        << u"1234567890abcdef"_s << u"bin"_s << u"2026-07-01/110000_x_1234567890abcdef.bin"_s;
}

void TestRecordingPaths::relativeAudioPath()
{
    QFETCH(QDateTime, start);
    QFETCH(QString, label);
    QFETCH(QString, session);
    QFETCH(QString, extension);
    QFETCH(QString, expected);

    QCOMPARE(RecordingPaths::relativeAudioPath(start, label, session, extension), expected);
}

void TestRecordingPaths::sidecarPath_data()
{
    QTest::addColumn<QString>("audioPath");
    QTest::addColumn<QString>("expected");

    QTest::addRow("absolute wav") << u"/srv/rec/2026-11-21/101500_Guest_1_5f0c1e2a9b3d4c71.wav"_s
                                  << u"/srv/rec/2026-11-21/101500_Guest_1_5f0c1e2a9b3d4c71.json"_s;
    QTest::addRow("webm") << u"/srv/rec/2026-11-21/101500_stream_abc.webm"_s
                          << u"/srv/rec/2026-11-21/101500_stream_abc.json"_s;
    QTest::addRow("m4a") << u"/srv/rec/2026-11-21/101500_a_b.m4a"_s
                         << u"/srv/rec/2026-11-21/101500_a_b.json"_s;
    QTest::addRow("relative") << u"2026-11-21/101500_Guest_1_5f0c1e2a9b3d4c71.ogg"_s
                              << u"2026-11-21/101500_Guest_1_5f0c1e2a9b3d4c71.json"_s;
    QTest::addRow("folder with a dot")
        << u"/srv/rec.d/2026-11-21/101500_x_y.bin"_s << u"/srv/rec.d/2026-11-21/101500_x_y.json"_s;
}

void TestRecordingPaths::sidecarPath()
{
    QFETCH(QString, audioPath);
    QFETCH(QString, expected);

    QCOMPARE(RecordingPaths::sidecarPath(audioPath), expected);
}

QTEST_GUILESS_MAIN(TestRecordingPaths)
#include "tst_recordingpaths.moc"
