#include "webstrings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTranslator>

namespace {

// Keep in step with STRINGS in resources/web/app.js (tst_webstrings compares them).
const char *const Sources[] = {
    QT_TRANSLATE_NOOP("web", "Start recording"),
};

} // namespace

QStringList WebStrings::sourceTexts()
{
    QStringList texts;
    for (const char *source : Sources)
        texts.append(QString::fromUtf8(source));
    return texts;
}

QByteArray WebStrings::translationsJson(const QString &languageTag)
{
    const QLocale locale(QString(languageTag).replace(u'-', u'_'));
    const QString key = locale.name();
    QMutexLocker lock(&m_mutex);
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend())
        return *cached;

    QJsonObject table;
    QTranslator translator;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C
        && translator.load(locale, QStringLiteral("earshot"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        for (const char *source : Sources) {
            const QString translated = translator.translate("web", source);
            if (!translated.isEmpty())
                table.insert(QString::fromUtf8(source), translated);
        }
    }
    const QByteArray json = QJsonDocument(table).toJson(QJsonDocument::Compact);
    m_cache.insert(key, json);
    return json;
}
