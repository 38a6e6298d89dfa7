#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "protocol/errorcode.h"

// The error table is one definition: the server closes by it, the clients act on it, and
// docs/protocol.md prints it. These checks keep the three in step.
class tst_ErrorCode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip();
    void documentedTableMatches();
};

namespace {

QString remedyText(ErrorRemedy remedy)
{
    switch (remedy) {
    case ErrorRemedy::FixMessage:
        return QStringLiteral("fix the message");
    case ErrorRemedy::NewSession:
        return QStringLiteral("start a new session");
    case ErrorRemedy::RetryLater:
        return QStringLiteral("retry later");
    case ErrorRemedy::GiveUp:
        return QStringLiteral("give up");
    }
    return {};
}

} // namespace

void tst_ErrorCode::namesRoundTrip()
{
    QSet<QString> names;
    for (const ErrorCodeInfo &info : errorCodeTable()) {
        const QString name = errorCodeName(info.code);
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QCOMPARE(errorCodeFromName(name), std::optional<ErrorCode>(info.code));
        QCOMPARE(errorRemedy(name), std::optional<ErrorRemedy>(info.remedy));
        QCOMPARE(errorDisposition(info.code).closes, info.closes);
    }
    QCOMPARE(errorCodeFromName(u"no_such_code"), std::nullopt);
    QCOMPARE(errorRemedy(u""), std::nullopt);
}

void tst_ErrorCode::documentedTableMatches()
{
    QFile doc(QStringLiteral(EARSHOT_DOCS_DIR "/protocol.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());

    // | `code` | when | stays open... or closed, 1008 | remedy |
    static const QRegularExpression row(
        QStringLiteral(R"(^\| `([a-z_]+)` \|[^|]*\| ([^|]*) \| ([^|]*) \|$)"),
        QRegularExpression::MultilineOption);
    QHash<QString, QStringList> documented;
    for (const QRegularExpressionMatch &match : row.globalMatch(text))
        documented.insert(
            match.captured(1), { match.captured(2).trimmed(), match.captured(3).trimmed() });

    QCOMPARE(documented.size(), qsizetype(errorCodeTable().size()));
    for (const ErrorCodeInfo &info : errorCodeTable()) {
        const QString name = errorCodeName(info.code);
        QVERIFY2(documented.contains(name), qPrintable(name + u" is not in docs/protocol.md"));
        const QString connection = documented.value(name).at(0);
        if (info.closes)
            QCOMPARE(connection, u"closed, " + QString::number(int(info.closeCode)));
        else
            QVERIFY2(connection.startsWith(u"stays open"), qPrintable(name + u": " + connection));
        QCOMPARE(documented.value(name).at(1), remedyText(info.remedy));
    }
}

QTEST_GUILESS_MAIN(tst_ErrorCode)
#include "tst_errorcode.moc"
