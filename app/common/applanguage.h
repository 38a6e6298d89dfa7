#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

/// The language the program speaks: the one chosen in the settings, or the system's. It sets the
/// default QLocale, so that numbers, sizes and dates follow the language too, and installs Qt's
/// and Earshot's catalogues (":/i18n/earshot_<code>.qm") for it.
class AppLanguage final
{
public:
    /// A language offered in the settings: its code (the .ts file's suffix) and its own name.
    struct Language
    {
        QString code;
        QString name;
    };

    AppLanguage() = default;
    /// Removes the catalogues it installed.
    ~AppLanguage();
    AppLanguage(const AppLanguage &) = delete;
    AppLanguage &operator=(const AppLanguage &) = delete;

    /// English and the languages Earshot has catalogues for, each named in itself ("Deutsch").
    static QList<Language> languages();
    /// The locale for a stored choice: the system's for "" or a code not offered. A choice of the
    /// system's own language keeps the system's country ("de" on a de_AT system is de_AT).
    static QLocale localeFor(const QString &code);

    /// Makes \a locale the default locale and installs the catalogues for it (once the
    /// application object exists). Where Earshot has no catalogue the texts stay English, with
    /// the English plural forms.
    void apply(const QLocale &locale);
    /// Whether an Earshot catalogue other than the English plurals was installed.
    bool isTranslated() const { return m_translated; }

private:
    void remove();

    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
    bool m_translated = false;
};
