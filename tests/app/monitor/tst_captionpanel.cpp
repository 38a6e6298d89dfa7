// The monitor's caption panel, fed as MainWindow feeds it: batches of changed sessions, and the
// session selected in the table. It shows the selected session's final text upright and its
// partial in italics, follows only that session, says why when there is nothing to show, and
// keeps an ended session's last words.

#include <QLabel>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include "monitor/captionpanel.h"
#include "sessionstats.h"

using namespace Qt::StringLiterals;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 11, 21), QTime(10, 15), Qt::UTC);

// What a person reads in the panel, split by how it is set: italic (the partial) or upright.
struct Shown
{
    QString upright;
    QString italic;
};

Shown shownIn(const QTextBrowser &text)
{
    Shown shown;
    for (QTextBlock block = text.document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment part = fragment.fragment();
            (part.charFormat().fontItalic() ? shown.italic : shown.upright) += part.text();
        }
    }
    shown.upright = shown.upright.trimmed();
    shown.italic = shown.italic.trimmed();
    return shown;
}

} // namespace

class tst_CaptionPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notices_data();
    void notices();
    void showsFinalUprightAndPartialInItalics();
    void partialsReplaceAndFinalsMoveOn();
    void otherSessionsLeaveItAlone();
    void endedSessionKeepsItsLastFinal();
    void endedSessionSelectedLaterShowsItsLastFinal();
    void selectingAKnownSessionShowsItAtOnce();

private:
    static SessionStats session(int number, const QString &finalText = {},
        const QString &partialText = {}, bool transcribed = true);
    /// Session `number` as the server's last figures of it say: complete, with no captions.
    static SessionStats endedSession(int number);
    static QTextBrowser *text(CaptionPanel &panel)
    {
        return panel.findChild<QTextBrowser *>(u"captionText"_s);
    }
};

void tst_CaptionPanel::initTestCase()
{
    // The notices asserted below are the English ones.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

SessionStats tst_CaptionPanel::session(
    int number, const QString &finalText, const QString &partialText, bool transcribed)
{
    SessionStats stats;
    stats.id = u"%1"_s.arg(number, 16, 10, QChar(u'0'));
    stats.label = u"Guest %1"_s.arg(number);
    stats.format = u"audio/pcm;rate=16000;channels=1;bits=16"_s;
    stats.filePath = u"/rec/2026-11-21/101500_Guest_%1_%2.wav"_s.arg(number).arg(stats.id);
    stats.startedAt = Start;
    stats.lastActivity = Start;
    if (transcribed)
        stats.transcriptFile = u"101500_Guest_%1_%2.vtt"_s.arg(number).arg(stats.id);
    stats.captionFinal = finalText;
    stats.captionPartial = partialText;
    return stats;
}

SessionStats tst_CaptionPanel::endedSession(int number)
{
    SessionStats stats = session(number);
    stats.state = SessionStats::State::Complete;
    stats.endedAt = Start.addSecs(30);
    return stats;
}

void tst_CaptionPanel::notices_data()
{
    QTest::addColumn<QList<SessionStats>>("batch");
    QTest::addColumn<QString>("selected"); // empty: nothing selected
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("notice"); // the start of what the text says

    const QList<SessionStats> batch { session(1, u"hello there"_s, u"and"_s),
        session(2, {}, {}, false), session(3) };
    QTest::addRow("nothing selected")
        << batch << QString() << u"Captions"_s << u"Select a session to see what is said"_s;
    QTest::addRow("not transcribed") << batch << batch.at(1).id << u"Captions of “Guest 2”"_s
                                     << u"This session is not transcribed."_s;
    QTest::addRow("transcribed, nothing heard yet")
        << batch << batch.at(2).id << u"Captions of “Guest 3”"_s << u"Listening…"_s;
}

void tst_CaptionPanel::notices()
{
    QFETCH(QList<SessionStats>, batch);
    QFETCH(QString, selected);
    QFETCH(QString, title);
    QFETCH(QString, notice);

    CaptionPanel panel;
    panel.updateSessions(batch);
    // From another session to this one: a change of selection, as the table makes it.
    panel.showSession(batch.at(0).id);
    QCOMPARE(panel.finalText(), u"hello there"_s);
    panel.showSession(selected);

    QCOMPARE(panel.findChild<QLabel *>(u"captionTitle"_s)->text(), title);
    const QString shown = text(panel)->toPlainText();
    QVERIFY2(shown.startsWith(notice), qPrintable(shown));
    QVERIFY2(!shown.contains(u"hello"_s), qPrintable(shown));
    QCOMPARE(panel.finalText(), QString());
    QCOMPARE(panel.partialText(), QString());
}

void tst_CaptionPanel::showsFinalUprightAndPartialInItalics()
{
    CaptionPanel panel;
    panel.showSession(session(1).id);
    panel.updateSessions({ session(1, u"he was not an ill"_s, u"disposed young"_s) });

    QCOMPARE(panel.finalText(), u"he was not an ill"_s);
    QCOMPARE(panel.partialText(), u"disposed young"_s);
    const Shown shown = shownIn(*text(panel));
    QCOMPARE(shown.upright, u"he was not an ill"_s);
    QCOMPARE(shown.italic, u"disposed young"_s);
    QCOMPARE(text(panel)->toPlainText(), u"he was not an ill disposed young"_s);
}

void tst_CaptionPanel::partialsReplaceAndFinalsMoveOn()
{
    CaptionPanel panel;
    panel.showSession(session(1).id);
    panel.updateSessions({ session(1, u"he was"_s, u"not a"_s) });
    QCOMPARE(shownIn(*text(panel)).italic, u"not a"_s);

    // The recognizer changed its mind: the new partial replaces the old, the final stays.
    panel.updateSessions({ session(1, u"he was"_s, u"not an ill"_s) });
    Shown shown = shownIn(*text(panel));
    QCOMPARE(shown.upright, u"he was"_s);
    QCOMPARE(shown.italic, u"not an ill"_s);
    QVERIFY(!text(panel)->toPlainText().contains(u"not a "_s));

    // The utterance ended: its words join the final text, upright, and no partial is left.
    panel.updateSessions({ session(1, u"he was not an ill disposed young man"_s) });
    shown = shownIn(*text(panel));
    QCOMPARE(shown.upright, u"he was not an ill disposed young man"_s);
    QCOMPARE(shown.italic, QString());
    QCOMPARE(panel.partialText(), QString());
}

void tst_CaptionPanel::otherSessionsLeaveItAlone()
{
    CaptionPanel panel;
    panel.updateSessions({ session(1, u"first words"_s, u"still"_s), session(2, u"other"_s) });
    panel.showSession(session(1).id);
    const QString before = text(panel)->toHtml();

    panel.updateSessions({ session(2, u"other talk"_s, u"goes on"_s) });
    panel.updateSessions({ session(3, u"a third"_s) });
    panel.updateSessions({ endedSession(2) });

    QCOMPARE(panel.finalText(), u"first words"_s);
    QCOMPARE(panel.partialText(), u"still"_s);
    QCOMPARE(text(panel)->toHtml(), before);
    QCOMPARE(panel.findChild<QLabel *>(u"captionTitle"_s)->text(), u"Captions of “Guest 1”"_s);
}

void tst_CaptionPanel::endedSessionKeepsItsLastFinal()
{
    CaptionPanel panel;
    panel.showSession(session(1).id);
    panel.updateSessions({ session(1, u"he might even have been made"_s, u"amiable"_s) });

    // The server's last figures of an ended session carry no captions: its recognizer is gone.
    panel.updateSessions({ endedSession(1) });

    QCOMPARE(panel.finalText(), u"he might even have been made"_s);
    const Shown shown = shownIn(*text(panel));
    QCOMPARE(shown.upright, u"he might even have been made"_s);
    // What was still being heard did not become words.
    QCOMPARE(shown.italic, QString());
}

void tst_CaptionPanel::endedSessionSelectedLaterShowsItsLastFinal()
{
    CaptionPanel panel;
    panel.updateSessions({ session(1, u"he might even have been made"_s, u"amiable"_s) });
    panel.updateSessions({ endedSession(1) });

    // The table still lists it: picked after it ended, it shows what was said in it.
    panel.showSession(session(2).id);
    panel.showSession(session(1).id);
    QCOMPARE(panel.finalText(), u"he might even have been made"_s);
    const Shown shown = shownIn(*text(panel));
    QCOMPARE(shown.upright, u"he might even have been made"_s);
    QCOMPARE(shown.italic, QString());
}

void tst_CaptionPanel::selectingAKnownSessionShowsItAtOnce()
{
    CaptionPanel panel;
    panel.updateSessions({ session(1, u"unless to be rather cold hearted"_s, u"and"_s),
        session(2, u"had he married"_s) });
    // Only session 2 changed since: session 1's captions are those of the first batch.
    panel.updateSessions({ session(2, u"had he married a more amiable woman"_s) });

    panel.showSession(session(1).id);
    QCOMPARE(panel.finalText(), u"unless to be rather cold hearted"_s);
    Shown shown = shownIn(*text(panel));
    QCOMPARE(shown.upright, u"unless to be rather cold hearted"_s);
    QCOMPARE(shown.italic, u"and"_s);

    panel.showSession(session(2).id);
    shown = shownIn(*text(panel));
    QCOMPARE(shown.upright, u"had he married a more amiable woman"_s);
    QCOMPARE(shown.italic, QString());
}

QTEST_MAIN(tst_CaptionPanel)
#include "tst_captionpanel.moc"
