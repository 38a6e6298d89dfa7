#pragma once

#include <QTranslator>

// What an English catalogue with plural forms does for "%n device(s)": "1 device", "2 devices".
// Tests install it to assert the text an English-speaking person reads.
class EnglishPlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }

    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (n < 0 || !source.contains(QLatin1String("(s)")))
            return {};
        return QString(source).replace(
            QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};
