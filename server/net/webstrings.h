#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

/// The served page's texts in the person's language. The English texts are listed in
/// webstrings.cpp (kept equal to STRINGS in resources/web/app.js, which a test checks), so that
/// lupdate puts them in the same .ts files as the desktop's, context "web".
class WebStrings final
{
public:
    /// {"English": "translation", ...} for a BCP 47 language tag; {} when there is none.
    QByteArray translationsJson(const QString &languageTag);
    static QStringList sourceTexts();

private:
    QMutex m_mutex;
    QHash<QString, QByteArray> m_cache;
};
