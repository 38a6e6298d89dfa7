#include "applanguage.h"

#include <algorithm>

#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace {

constexpr auto CatalogueName = "earshot"_L1;
constexpr auto CatalogueDir = ":/i18n"_L1;

} // namespace

AppLanguage::~AppLanguage()
{
    remove();
}

QList<AppLanguage::Language> AppLanguage::languages()
{
    // Named in themselves, so that a person finds their language whatever the window speaks.
    return {
        { u"en"_s, u"English"_s },
        { u"de"_s, u"Deutsch"_s },
        { u"fr"_s, u"Français"_s },
        { u"es"_s, u"Español"_s },
        { u"zh_CN"_s, u"简体中文"_s },
    };
}

QLocale AppLanguage::localeFor(const QString &code)
{
    const QList<Language> offered = languages();
    const bool known = std::any_of(offered.cbegin(), offered.cend(),
        [&code](const Language &language) { return language.code == code; });
    const QLocale system = QLocale::system();
    if (!known)
        return system;
    const QLocale chosen(code);
    if (system.language() == chosen.language() && system.script() == chosen.script())
        return system;
    return chosen;
}

void AppLanguage::apply(const QLocale &locale)
{
    remove();
    QLocale::setDefault(locale);
    if (m_qtTranslator.load(
            locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    m_translated = locale.language() != QLocale::English
        && m_appTranslator.load(locale, CatalogueName, u"_"_s, CatalogueDir);
    // The texts are English where there is no catalogue: let them read "1 device", "2 devices".
    if (m_translated || m_appTranslator.load(CatalogueName + u"_en"_s, CatalogueDir))
        QCoreApplication::installTranslator(&m_appTranslator);
}

void AppLanguage::remove()
{
    // Removing one that was never installed does nothing.
    if (QCoreApplication::instance()) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
    }
    m_translated = false;
}
