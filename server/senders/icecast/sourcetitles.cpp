#include "sourcetitles.h"

#include <QJsonObject>

bool SourceTitles::add(qint64 atMs, const QString &title)
{
    const QString clean = cleaned(title);
    if (clean.isEmpty() || clean == m_current)
        return false;
    m_current = clean;
    if (m_kept.size() >= MaxKept)
        ++m_notKept;
    else
        m_kept.append(
            QJsonObject { { QStringLiteral("atMs"), atMs }, { QStringLiteral("title"), clean } });
    return true;
}

QString SourceTitles::cleaned(const QString &title)
{
    QString clean = title;
    for (QChar &c : clean) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029)
            c = u' ';
    }
    return clean.simplified().left(MaxTitleChars);
}
