#include "webstrings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTranslator>

#include "webpagestrings.h"

namespace {

// The page's texts, STRINGS in resources/web/strings.js, as CMake copied them.
using WebPageStrings::Sources;

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
    if (const QTranslator *translator = translatorFor(locale)) {
        for (const char *source : Sources) {
            const QString translated = translator->translate("web", source);
            if (!translated.isEmpty())
                table.insert(QString::fromUtf8(source), translated);
        }
    }
    const QByteArray json = QJsonDocument(table).toJson(QJsonDocument::Compact);
    m_cache.insert(key, json);
    return json;
}

QString WebStrings::preferredLanguage(const QByteArray &acceptLanguage)
{
    // Browsers list the first choice first; the weights after it only order the rest.
    return QString::fromLatin1(
        acceptLanguage.split(',').constFirst().split(';').constFirst().trimmed());
}

QString WebStrings::translate(const QString &languageTag, const char *source)
{
    const QLocale locale(QString(languageTag).replace(u'-', u'_'));
    QMutexLocker lock(&m_mutex);
    const QTranslator *translator = translatorFor(locale);
    const QString translated = translator ? translator->translate("web", source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

const QTranslator *WebStrings::translatorFor(const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return nullptr;
    const QString key = locale.name();
    auto found = m_translators.constFind(key);
    if (found == m_translators.cend()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(
                locale, QStringLiteral("earshot"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            translator.reset();
        found = m_translators.insert(key, std::move(translator));
    }
    return found->get();
}
