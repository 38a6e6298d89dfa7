#include "useragent.h"

#include <QRegularExpression>

namespace {

QString platformOf(const QString &ua)
{
    if (ua.contains(QLatin1String("Android")))
        return QStringLiteral("Android");
    if (ua.contains(QLatin1String("iPhone")) || ua.contains(QLatin1String("iPad"))
        || ua.contains(QLatin1String("iPod")))
        return QStringLiteral("iOS");
    if (ua.contains(QLatin1String("CrOS")))
        return QStringLiteral("ChromeOS");
    if (ua.contains(QLatin1String("Windows")))
        return QStringLiteral("Windows");
    if (ua.contains(QLatin1String("Mac OS X")) || ua.contains(QLatin1String("Macintosh")))
        return QStringLiteral("macOS");
    if (ua.contains(QLatin1String("Linux")))
        return QStringLiteral("Linux");
    return {};
}

} // namespace

QString describeUserAgent(const QString &userAgent)
{
    struct Browser
    {
        const char *name;
        const char *pattern;
    };
    // Order matters: Edge and Opera also say Chrome; Chrome also says Safari; iOS browsers say
    // CriOS/FxiOS/EdgiOS.
    static const Browser browsers[] = {
        { "Edge", R"((?:Edg|EdgA|EdgiOS)/(\d+))" },
        { "Opera", R"(OPR/(\d+))" },
        { "Samsung Internet", R"(SamsungBrowser/(\d+))" },
        { "Firefox", R"((?:Firefox|FxiOS)/(\d+))" },
        { "Chrome", R"((?:HeadlessChrome|Chrome|CriOS)/(\d+))" },
        { "Safari", R"(Version/(\d+)[.\d]* (?:Mobile/\S+ )?Safari/)" },
    };
    for (const Browser &browser : browsers) {
        const QRegularExpression pattern(QString::fromLatin1(browser.pattern));
        const QRegularExpressionMatch match = pattern.match(userAgent);
        if (!match.hasMatch())
            continue;
        const QString platform = platformOf(userAgent);
        const QString name = QString::fromLatin1(browser.name) + u' ' + match.captured(1);
        return platform.isEmpty() ? name : name + QStringLiteral(" on ") + platform;
    }
    return {};
}
