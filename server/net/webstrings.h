#pragma once

#include <memory>

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

class QLocale;
class QTranslator;

/// The served page's texts in the person's language. The English texts are STRINGS in
/// resources/web/strings.js; CMake copies them into a header that lupdate reads too, so that they
/// are in the same .ts files as the desktop's, context "web".
class WebStrings final
{
public:
    /// {"English": "translation", ...} for a BCP 47 language tag; {} when there is none.
    QByteArray translationsJson(const QString &languageTag);
    static QStringList sourceTexts();
    /// The language a person prefers most in an Accept-Language header: "de-DE" of
    /// "de-DE,de;q=0.9,en;q=0.8".
    static QString preferredLanguage(const QByteArray &acceptLanguage);
    /// \a source, a text of context "web", in a BCP 47 language; \a source itself when Earshot
    /// has no catalogue for the language.
    QString translate(const QString &languageTag, const char *source);

private:
    /// The catalogue for \a locale, loaded once; null for English or a language Earshot lacks.
    /// Call with m_mutex held.
    const QTranslator *translatorFor(const QLocale &locale);

    QMutex m_mutex;
    QHash<QString, QByteArray> m_cache;
    QHash<QString, std::shared_ptr<const QTranslator>> m_translators;
};
