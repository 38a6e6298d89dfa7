#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "protocol/errorcode.h"

using namespace Qt::StringLiterals;

namespace {

// One row of ErrorTable in resources/web/errors.js.
struct PageRow
{
    QString remedy;
    QString acts; ///< what the page does instead of the remedy; empty when it follows it
    bool pageOnly = false;
    bool closeReason = false;
};

struct PageTable
{
    QHash<QString, PageRow> rows;
    QStringList order;
    QString error;
};

// The rows of `export const ErrorTable = Object.freeze([ ... ]);`, one object literal a line.
PageTable readPageTable()
{
    PageTable table;
    QFile file(QStringLiteral(EARSHOT_WEB_DIR "/errors.js"));
    if (!file.open(QIODevice::ReadOnly)) {
        table.error = file.errorString();
        return table;
    }
    const QString source = QString::fromUtf8(file.readAll());
    const qsizetype begin = source.indexOf("export const ErrorTable = Object.freeze(["_L1);
    const qsizetype end = source.indexOf("\n]);"_L1, begin);
    if (begin < 0 || end < 0) {
        table.error = u"errors.js has no ErrorTable"_s;
        return table;
    }
    static const QRegularExpression row(
        uR"(^[ \t]*\{ *code: *'(\w+)', *remedy: *(\w+)(.*)\},[ \t]*$)"_s,
        QRegularExpression::MultilineOption);
    static const QRegularExpression acts(uR"(\bacts:\s*(\w+))"_s);
    static const QRegularExpression pageOnly(uR"(\bpageOnly:\s*true\b)"_s);
    static const QRegularExpression closeReason(uR"(\bcloseReason:\s*true\b)"_s);
    const QString block = source.mid(begin, end - begin);
    for (const QRegularExpressionMatch &match : row.globalMatch(block)) {
        const QString code = match.captured(1);
        const QString rest = match.captured(3);
        if (table.rows.contains(code))
            table.error += u"%1 is listed twice; "_s.arg(code);
        table.rows.insert(code,
            { match.captured(2), acts.match(rest).captured(1), pageOnly.match(rest).hasMatch(),
                closeReason.match(rest).hasMatch() });
        table.order.append(code);
    }
    // Every line that opens a row must have been read as one: a row written another way would
    // otherwise escape the comparison.
    static const QRegularExpression rowStart(
        uR"(^[ \t]*\{)"_s, QRegularExpression::MultilineOption);
    if (block.count(rowStart) != table.order.size())
        table.error += u"a row of ErrorTable is not written as { code: '…', remedy: …, … },"_s;
    return table;
}

QString remedyName(ErrorRemedy remedy)
{
    switch (remedy) {
    case ErrorRemedy::FixMessage:
        return u"FixMessage"_s;
    case ErrorRemedy::NewSession:
        return u"NewSession"_s;
    case ErrorRemedy::RetryLater:
        return u"RetryLater"_s;
    case ErrorRemedy::GiveUp:
        return u"GiveUp"_s;
    }
    return {};
}

QSet<QString> serverCodes()
{
    QSet<QString> codes;
    for (const ErrorCodeInfo &info : errorCodeTable())
        codes.insert(QString::fromLatin1(info.name));
    return codes;
}

} // namespace

// The page's error table (resources/web/errors.js) says, code for code, what the server's
// errorCodeTable() says; the page may add codes of its own, marked pageOnly.
class tst_WebErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverCodeOnThePage_data();
    void serverCodeOnThePage();
    void pageOnlyCodesAreThePagesOwn();
    void remediesAreTheServersNames();
    void closeReasonsAreCodesTheServerClosesWith();

private:
    PageTable m_page;
};

void tst_WebErrors::initTestCase()
{
    m_page = readPageTable();
    QVERIFY2(m_page.error.isEmpty(), qPrintable(m_page.error));
    QVERIFY(m_page.rows.size() >= qsizetype(errorCodeTable().size()));
}

void tst_WebErrors::serverCodeOnThePage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("remedy");
    for (const ErrorCodeInfo &info : errorCodeTable())
        QTest::addRow("%s", info.name) << QString::fromLatin1(info.name) << remedyName(info.remedy);
}

void tst_WebErrors::serverCodeOnThePage()
{
    QFETCH(QString, code);
    QFETCH(QString, remedy);
    QVERIFY2(m_page.rows.contains(code), qPrintable(u"errors.js lacks %1"_s.arg(code)));
    const PageRow &row = m_page.rows.value(code);
    QCOMPARE(row.remedy, remedy);
    QVERIFY2(!row.pageOnly, "a code the server sends is not the page's own");
}

void tst_WebErrors::pageOnlyCodesAreThePagesOwn()
{
    const QSet<QString> server = serverCodes();
    QStringList wrong;
    for (const QString &code : std::as_const(m_page.order)) {
        if (m_page.rows.value(code).pageOnly == server.contains(code))
            wrong.append(code);
    }
    QVERIFY2(wrong.isEmpty(),
        qPrintable(
            u"mark exactly the codes no server sends as pageOnly: "_s + wrong.join(u", "_s)));
}

void tst_WebErrors::remediesAreTheServersNames()
{
    const QStringList names { remedyName(ErrorRemedy::FixMessage),
        remedyName(ErrorRemedy::NewSession), remedyName(ErrorRemedy::RetryLater),
        remedyName(ErrorRemedy::GiveUp) };
    for (const QString &code : std::as_const(m_page.order)) {
        const PageRow &row = m_page.rows.value(code);
        QVERIFY2(names.contains(row.remedy), qPrintable(code + u": remedy "_s + row.remedy));
        QVERIFY2(row.acts.isEmpty() || names.contains(row.acts),
            qPrintable(code + u": acts "_s + row.acts));
    }
}

// A close reason alone is believed only for codes after which the server closes.
void tst_WebErrors::closeReasonsAreCodesTheServerClosesWith()
{
    for (const QString &code : std::as_const(m_page.order)) {
        if (!m_page.rows.value(code).closeReason)
            continue;
        const std::optional<ErrorCode> known = errorCodeFromName(code);
        QVERIFY2(known, qPrintable(code + u" is not a server code"_s));
        QVERIFY2(errorCodeInfo(*known).closes, qPrintable(code + u": the server does not close"_s));
    }
}

QTEST_GUILESS_MAIN(tst_WebErrors)
#include "tst_weberrors.moc"
