#include "recordingpaths.h"

#include <QFileInfo>

namespace RecordingPaths {

QString sanitizeLabel(const QString &label, const QString &fallback)
{
    QString clean;
    clean.reserve(label.size());
    bool lastWasSeparator = false;
    for (const QChar c : label) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_') {
            clean.append(c);
            lastWasSeparator = false;
        } else if (!lastWasSeparator && !clean.isEmpty()) {
            clean.append(u'_');
            lastWasSeparator = true;
        }
        if (clean.size() >= MaxLabelLength)
            break;
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
        + local.toString(QStringLiteral("HHmmss")) + u'_' + sanitizedLabel + u'_' + sessionId
        + u'.' + extension;
}

QString sidecarPath(const QString &audioPath)
{
    const QFileInfo info(audioPath);
    return info.path() + u'/' + info.completeBaseName() + QStringLiteral(".json");
}

} // namespace RecordingPaths
