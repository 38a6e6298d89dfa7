#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// One <message> of a .ts file, as far as the checks need it.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type: "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< the text, or each numerus form
    qint64 line = 0;

    QString key() const
    {
        return context + u" | " + source + (comment.isEmpty() ? QString() : u" // " + comment);
    }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue read(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        // A numerus message is complete when its translation, the last of its forms, ends.
        if (message.numerus && xml.isEndElement() && xml.name() == u"translation") {
            catalogue.messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            catalogue.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message { context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", {},
                {}, xml.lineNumber() };
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus) {
                message.translations = { xml.readElementText() };
                catalogue.messages.append(message);
            }
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        catalogue.error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return catalogue;
}

// How many plural forms Qt's catalogues have for a language (Qt Linguist's numerus rules).
int pluralForms(const QString &language)
{
    static const QHash<QString, int> forms {
        { u"en"_s, 2 },
        { u"de"_s, 2 },
        { u"fr"_s, 2 },
        { u"es"_s, 2 },
        { u"zh"_s, 1 },
    };
    return forms.value(language.section(u'_', 0, 0), -1);
}

// %1, %L2, %n and the page's {url}: what a translation has to carry over.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(uR"(%L?\d+|%L?n|\{[a-z]+\})"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// Keyboard accelerators: an & before a letter or digit ("&&" is a literal ampersand).
int accelerators(const QString &text)
{
    static const QRegularExpression accelerator(uR"((?<!&)&(?!&)[\p{L}\p{N}])"_s);
    return int(text.count(accelerator));
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(EARSHOT_TS_DIR));
    QStringList files;
    for (const QString &name : dir.entryList({ u"*.ts"_s }, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

bool isEnglish(const QString &path)
{
    return QFileInfo(path).fileName() == u"earshot_en.ts";
}

void addFileRows()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : tsFiles())
        QTest::addRow("%s", qPrintable(QFileInfo(path).fileName())) << path;
}

} // namespace

// The catalogues: complete, consistent with their sources, and current with the code.
class tst_Translations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageIsThere();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void catalogueIsCurrent_data();
    void catalogueIsCurrent();
};

void tst_Translations::everyLanguageIsThere()
{
    QStringList names;
    for (const QString &path : tsFiles())
        names.append(QFileInfo(path).fileName());
    const QStringList expected { u"earshot_de.ts"_s, u"earshot_en.ts"_s, u"earshot_es.ts"_s,
        u"earshot_fr.ts"_s, u"earshot_zh_CN.ts"_s };
    for (const QString &name : expected)
        QVERIFY2(names.contains(name), qPrintable(name));
}

void tst_Translations::catalogueIsComplete_data()
{
    addFileRows();
}

void tst_Translations::catalogueIsComplete()
{
    QFETCH(QString, path);
    const Catalogue catalogue = read(path);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QVERIFY(!catalogue.messages.isEmpty());
    const int forms = pluralForms(catalogue.language);
    QVERIFY2(forms > 0,
        qPrintable(u"Add the plural forms of %1 to pluralForms()"_s.arg(catalogue.language)));
    const bool english = isEnglish(path);

    QStringList problems;
    const auto problem = [&problems](const Message &message, const QString &what) {
        problems.append(u"line %1: %2: %3"_s.arg(message.line).arg(message.key(), what));
    };
    for (const Message &message : catalogue.messages) {
        if (message.type == u"vanished" || message.type == u"obsolete") {
            problem(message, u"no longer in the code (run update_translations)"_s);
            continue;
        }
        if (english && !message.numerus) {
            problem(message, u"English needs plural forms only (lupdate -pluralonly)"_s);
            continue;
        }
        if (message.type == u"unfinished") {
            problem(message, u"not translated yet"_s);
            continue;
        }
        if (message.numerus && message.translations.size() != forms) {
            problem(message,
                u"%1 plural forms instead of %2"_s.arg(message.translations.size()).arg(forms));
        }
        const QSet<QString> expected = placeholders(message.source);
        const int sourceAccelerators = accelerators(message.source);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty() && !message.source.trimmed().isEmpty()) {
                problem(message, u"empty translation"_s);
                continue;
            }
            const QSet<QString> found = placeholders(translation);
            if (found != expected) {
                QStringList missing = (expected - found).values();
                QStringList extra = (found - expected).values();
                missing.sort();
                extra.sort();
                problem(message,
                    u"\"%1\" lacks {%2} or adds {%3}"_s.arg(
                        translation, missing.join(u", "_s), extra.join(u", "_s)));
            }
            if (accelerators(translation) != sourceAccelerators)
                problem(message,
                    u"\"%1\" needs %2 accelerator(s)"_s.arg(translation).arg(sourceAccelerators));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::catalogueIsCurrent_data()
{
    addFileRows();
}

// lupdate on today's sources finds nothing the catalogue lacks, and nothing it holds in vain: a
// text added to the code without a translation fails here.
void tst_Translations::catalogueIsCurrent()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The same file name: lupdate takes the language from it when the file does not say.
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments { u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
        u"@"_s + QStringLiteral(EARSHOT_TR_SOURCES_FILE), u"-ts"_s, copy };
    if (isEnglish(path))
        arguments.prepend(u"-pluralonly"_s);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(EARSHOT_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
        lupdate.readAll().constData());

    const Catalogue before = read(path);
    const Catalogue after = read(copy);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QSet<QString> beforeKeys;
    for (const Message &message : before.messages)
        beforeKeys.insert(message.key());
    QSet<QString> afterKeys;
    QStringList problems;
    for (const Message &message : after.messages) {
        afterKeys.insert(message.key());
        if (!beforeKeys.contains(message.key()))
            problems.append(u"new in the code, not translated: "_s + message.key());
    }
    for (const Message &message : before.messages) {
        if (!afterKeys.contains(message.key()))
            problems.append(u"gone from the code: "_s + message.key());
    }
    problems.sort();
    QVERIFY2(problems.isEmpty(),
        qPrintable(u"Run update_translations and translate:\n"_s + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
