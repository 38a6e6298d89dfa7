#include "recordingpaths.h"

#include <QFileInfo>

namespace RecordingPaths {

QString sanitizeLabel(const QString &label, const QString &fallback)
{
    QString clean;
    clean.reserve(label.size());
    bool lastWasSeparator = false;
    int length = 0;
    // By code point, so that letters outside the BMP (surrogate pairs) count as letters.
    for (const char32_t c : label.toUcs4()) {
        if (length >= MaxLabelLength)
            break;
        if (QChar::isLetterOrNumber(c) || c == U'-' || c == U'_') {
            clean.append(QString::fromUcs4(&c, 1));
            lastWasSeparator = false;
            ++length;
        } else if (!lastWasSeparator && !clean.isEmpty()) {
            clean.append(u'_');
            lastWasSeparator = true;
            ++length;
        }
    }
    while (clean.endsWith(u'_'))
        clean.chop(1);
    return clean.isEmpty() ? fallback : clean;
}

QString relativeAudioPath(const QDateTime &start, const QString &sanitizedLabel,
    const QString &sessionId, const QString &extension)
{
    const QDateTime local = start.toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd")) + u'/'
        + local.toString(QStringLiteral("HHmmss")) + u'_' + sanitizedLabel + u'_' + sessionId + u'.'
        + extension;
}

QString relativeTakeFolder(
    const QDateTime &made, const QString &sanitizedName, const QString &takeId)
{
    const QDateTime local = made.toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd")) + u'/'
        + local.toString(QStringLiteral("HHmmss")) + u'_' + sanitizedName + u'_' + takeId;
}

QString sidecarPath(const QString &audioPath)
{
    const QFileInfo info(audioPath);
    return info.path() + u'/' + info.completeBaseName() + QStringLiteral(".json");
}

} // namespace RecordingPaths
