#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A string literal in a source file: where it starts and what it says (escapes left as written).
struct Literal
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString text;
};

// A visible text that does not go through tr().
struct Escape
{
    int line = 0;
    QString text;
};

// The source with its comments blanked and its literals' contents masked, so that parentheses
// and names are found in the code only; the literals on the side. Lines stay where they were.
struct MaskedSource
{
    QString code;
    QList<Literal> literals;
};

MaskedSource mask(const QString &source)
{
    MaskedSource masked { source, {} };
    QString &code = masked.code;
    const qsizetype size = code.size();
    qsizetype i = 0;
    const auto blank = [&code](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            if (code.at(k) != u'\n')
                code[k] = u' ';
        }
    };
    while (i < size) {
        const QChar c = code.at(i);
        const QChar next = i + 1 < size ? code.at(i + 1) : QChar();
        if (c == u'/' && next == u'/') {
            const qsizetype end = code.indexOf(u'\n', i);
            blank(i, end < 0 ? size : end);
            i = end < 0 ? size : end;
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = code.indexOf(u"*/"_s, i + 2);
            const qsizetype stop = end < 0 ? size : end + 2;
            blank(i, stop);
            i = stop;
        } else if (c == u'R' && next == u'"') {
            // A raw string: R"delimiter( ... )delimiter"
            const qsizetype open = code.indexOf(u'(', i + 2);
            const QString closing = u')' + code.mid(i + 2, open - i - 2) + u'"';
            const qsizetype end = code.indexOf(closing, open);
            const qsizetype stop = end < 0 ? size : end + closing.size();
            masked.literals.append({ i, stop, source.mid(open + 1, end - open - 1) });
            blank(i + 1, stop - 1);
            i = stop;
        } else if (c == u'"' || c == u'\'') {
            qsizetype k = i + 1;
            while (k < size && code.at(k) != c && code.at(k) != u'\n')
                k += code.at(k) == u'\\' ? 2 : 1;
            const qsizetype stop = std::min(k + 1, size);
            if (c == u'"')
                masked.literals.append({ i, stop, source.mid(i + 1, k - i - 1) });
            blank(i + 1, stop - 1);
            i = stop;
        } else {
            ++i;
        }
    }
    return masked;
}

// Where the parenthesis opened at \a open closes, in masked code; -1 when it does not.
qsizetype closingParenthesis(const QString &code, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < code.size(); ++i) {
        if (code.at(i) == u'(')
            ++depth;
        else if (code.at(i) == u')' && --depth == 0)
            return i;
    }
    return -1;
}

// Calls that make text a person sees out of their arguments.
const QRegularExpression &visibleTextCall()
{
    static const QRegularExpression call(uR"((?:\b(?:setText|setWindowTitle|setToolTip|)"
                                         uR"(setPlaceholderText|addAction|setStatusTip|addTab|)"
                                         uR"(insertTab|setTabText|showMessage|setWhatsThis|)"
                                         uR"(setAccessibleName|setAccessibleDescription|)"
                                         uR"(setSpecialValueText|setSuffix|setPrefix|setTitle|)"
                                         uR"(addMenu|addItem|addRow|setInformativeText|)"
                                         uR"(setDetailedText|setLabelText|setHeaderLabels))"
                                         uR"(|\bQMessageBox::\w+|\bQInputDialog::get\w+)"
                                         uR"(|\bQFileDialog::get\w+|\bQMessageBox\s+\w+)"
                                         uR"(|\bnew\s+Q(?:Action|Label|PushButton|CheckBox|)"
                                         uR"(GroupBox|RadioButton|ToolButton|DockWidget|Menu)))"
                                         uR"(\s*\()"_s);
    return call;
}

// Calls whose string arguments are translated, or are names rather than text.
const QRegularExpression &exemptCall()
{
    static const QRegularExpression call(uR"(\b(?:tr|translate|qtTrId|QT_TR_NOOP|)"
                                         uR"(QT_TRANSLATE_NOOP|themedIcon|QIcon|fromTheme|)"
                                         uR"(QKeySequence|setObjectName)\s*\()"_s);
    return call;
}

// Whether a literal reads as words: not a pure format ("%1 (%2)", " · ", "<b>%1</b>") and not a
// name (an object name "errorBanner", an icon "media-record", a key "ui/language").
bool isText(const QString &literal)
{
    static const QRegularExpression markup(uR"(<[^>]*>|&#?\w+;|%L?\d+|%n|\\.)"_s);
    static const QRegularExpression name(uR"(^[a-z:][A-Za-z0-9_./:-]*$)"_s);
    static const QRegularExpression nameMarks(uR"([A-Z_./:-])"_s);
    QString words = literal;
    words.remove(markup);
    if (!std::any_of(words.cbegin(), words.cend(), [](QChar c) { return c.isLetter(); }))
        return false;
    return !(name.match(literal).hasMatch() && nameMarks.match(literal).hasMatch());
}

int lineAt(const QString &code, qsizetype position)
{
    return int(QStringView(code).first(position).count(u'\n')) + 1;
}

QList<Escape> escapes(const QString &source)
{
    const MaskedSource masked = mask(source);
    const QString &code = masked.code;
    QList<Escape> found;
    qsizetype scannedTo = 0;
    for (const QRegularExpressionMatch &match : visibleTextCall().globalMatch(code)) {
        const qsizetype open = match.capturedEnd() - 1;
        const qsizetype close = closingParenthesis(code, open);
        // A call nested in the arguments of one already scanned is scanned with it.
        if (close < 0 || open < scannedTo)
            continue;
        scannedTo = close;

        QList<std::pair<qsizetype, qsizetype>> exempt;
        const QString arguments = code.mid(open, close - open);
        for (const QRegularExpressionMatch &inner : exemptCall().globalMatch(arguments)) {
            const qsizetype innerOpen = open + inner.capturedEnd() - 1;
            exempt.append({ innerOpen, closingParenthesis(code, innerOpen) });
        }
        for (const Literal &literal : masked.literals) {
            if (literal.begin < open || literal.begin > close)
                continue;
            const bool isExempt
                = std::any_of(exempt.cbegin(), exempt.cend(), [&literal](const auto &span) {
                      return literal.begin > span.first && literal.begin < span.second;
                  });
            if (!isExempt && isText(literal.text))
                found.append({ lineAt(code, literal.begin), literal.text });
        }
    }
    return found;
}

} // namespace

// Every text the desktop shows goes through tr(): a literal handed straight to a widget is one
// that no translator ever sees.
class tst_TrCoverage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEscapes_data();
    void findsEscapes();
    void desktopTextsAreTranslatable();
};

void tst_TrCoverage::findsEscapes_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QList<int>>("lines");

    QTest::addRow("literal text") << u"label->setText(u\"Hello\"_s);"_s << QList<int> { 1 };
    QTest::addRow("translated") << u"label->setText(tr(\"Hello\"));"_s << QList<int> {};
    QTest::addRow("plain C string") << u"new QLabel(\"Name:\", this);"_s << QList<int> { 1 };
    QTest::addRow("QStringLiteral")
        << u"setWindowTitle(QStringLiteral(\"Earshot\"));"_s << QList<int> { 1 };
    QTest::addRow("arguments over lines")
        << u"QMessageBox::warning(this,\n    \"Title\",\n    tr(\"Text\"));"_s << QList<int> { 2 };
    QTest::addRow("stack message box")
        << u"QMessageBox box(QMessageBox::Question, tr(\"Quit?\"), u\"Sure?\"_s);"_s
        << QList<int> { 1 };
    QTest::addRow("icon and translated text")
        << u"new QAction(themedIcon(u\"media-record\"_s, QStyle::SP_MediaPlay), tr(\"&Start\"), this);"_s
        << QList<int> {};
    QTest::addRow("argument of a translation")
        << u"m_urls->setText(tr(\"Open on a phone: %1\").arg(links.join(u\" · \"_s)));"_s
        << QList<int> {};
    QTest::addRow("literal argument of a translation")
        << u"m_urls->setText(tr(\"Open %1\").arg(u\"the door\"_s));"_s << QList<int> { 1 };
    QTest::addRow("markup only") << u"label->setText(u\"<a href=\\\"%1\\\">%1</a>\"_s.arg(url));"_s
                                 << QList<int> {};
    QTest::addRow("in a comment") << u"// label->setText(u\"Hello\"_s);\n/* setText(\"x y\") */"_s
                                  << QList<int> {};
    QTest::addRow("translate") << u"setText(QCoreApplication::translate(\"web\", \"Hello\"));"_s
                               << QList<int> {};
    QTest::addRow("tab") << u"tabs->addTab(view, u\"Recordings\"_s);"_s << QList<int> { 1 };
    QTest::addRow("status message")
        << u"statusBar()->showMessage(u\"Ready\"_s, 2000);"_s << QList<int> { 1 };
    QTest::addRow("one branch escapes")
        << u"setText(busy ? tr(\"Busy\") : u\"Idle\"_s);"_s << QList<int> { 1 };
    QTest::addRow("object name") << u"setObjectName(u\"errorBanner\"_s); setText(tr(\"x\"));"_s
                                 << QList<int> {};
    QTest::addRow("settings key as argument")
        << u"setText(settings.value(u\"ui/language\"_s).toString());"_s << QList<int> {};
    QTest::addRow("digits and punctuation") << u"setText(u\"0:00 / 0:00\"_s);"_s << QList<int> {};
    QTest::addRow("nested calls, line 3")
        << u"addRow(tr(\"&Port:\"),\n    makeSpin(\n        new QLabel(u\"Sample rate\"_s)));"_s
        << QList<int> { 3 };
}

void tst_TrCoverage::findsEscapes()
{
    QFETCH(QString, source);
    QFETCH(QList<int>, lines);
    QList<int> found;
    for (const Escape &escape : escapes(source))
        found.append(escape.line);
    QCOMPARE(found, lines);
}

void tst_TrCoverage::desktopTextsAreTranslatable()
{
    const QDir app(QStringLiteral(EARSHOT_SOURCE_DIR "/app"));
    // Every folder of the app: a new one is covered without being named here.
    QStringList files;
    QDirIterator it(app.path(), { u"*.cpp"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QVERIFY(files.size() > 20);

    QStringList problems;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString relative = QDir(QStringLiteral(EARSHOT_SOURCE_DIR)).relativeFilePath(path);
        for (const Escape &escape : escapes(QString::fromUtf8(file.readAll())))
            problems.append(u"%1:%2: \"%3\""_s.arg(relative).arg(escape.line).arg(escape.text));
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(u"Visible texts not wrapped in tr():\n"_s + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_TrCoverage)
#include "tst_trcoverage.moc"
