#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "net/webstrings.h"

// The page's texts are translated from the server's list, which CMake generates from STRINGS in
// strings.js: it must hold exactly the page's texts, in order, unescaped as JavaScript reads them.
class tst_WebStrings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverListMatchesThePage();
};

void tst_WebStrings::serverListMatchesThePage()
{
    QFile strings(QStringLiteral(EARSHOT_WEB_DIR "/strings.js"));
    QVERIFY(strings.open(QIODevice::ReadOnly));
    const QString source = QString::fromUtf8(strings.readAll());
    const qsizetype begin = source.indexOf(QLatin1String("export const STRINGS = ["));
    QVERIFY(begin >= 0);
    const QString block = source.mid(begin, source.indexOf(QLatin1String("\n];"), begin) - begin);

    static const QRegularExpression literal(QStringLiteral(R"('((?:[^'\\]|\\.)*)')"));
    static const QRegularExpression escape(QStringLiteral(R"(\\(.))"));
    QStringList page;
    for (const QRegularExpressionMatch &match : literal.globalMatch(block))
        page.append(match.captured(1).replace(escape, QStringLiteral("\\1")));
    QVERIFY(page.size() > 20);
    QVERIFY2(page == WebStrings::sourceTexts(), "configure again: cmake -S . -B build");
}

QTEST_GUILESS_MAIN(tst_WebStrings)
#include "tst_webstrings.moc"
