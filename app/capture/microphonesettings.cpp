#include "microphonesettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString Group = QStringLiteral("microphone");

} // namespace

QString MicrophoneSettings::defaultLocalCopyFolder()
{
    QString music = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    if (music.isEmpty())
        music = QDir::homePath();
    return QDir(music).filePath(QStringLiteral("Earshot/Microphone"));
}

MicrophoneSettings MicrophoneSettings::load(QSettings &settings)
{
    MicrophoneSettings loaded;
    loaded.localCopyFolder = defaultLocalCopyFolder();
    settings.beginGroup(Group);
    loaded.deviceId = settings.value(QStringLiteral("device")).toByteArray();
    const int rate = settings.value(QStringLiteral("sampleRate"), loaded.format.sampleRate).toInt();
    if (PcmFormat::isSupportedRate(rate))
        loaded.format.sampleRate = rate;
    const int channels = settings.value(QStringLiteral("channels"), loaded.format.channels).toInt();
    if (PcmFormat::isSupportedChannels(channels))
        loaded.format.channels = channels;
    loaded.remoteTarget = settings.value(QStringLiteral("remoteTarget"), false).toBool();
    loaded.remoteAddress = settings.value(QStringLiteral("remoteAddress")).toString();
    loaded.keepLocalCopy = settings.value(QStringLiteral("keepLocalCopy"), false).toBool();
    if (const auto format = LocalRecorder::formatFromKey(
            settings.value(QStringLiteral("localCopyFormat")).toString()))
        loaded.localCopyFormat = *format;
    const QString folder = settings.value(QStringLiteral("localCopyFolder")).toString();
    if (!folder.isEmpty())
        loaded.localCopyFolder = folder;
    settings.endGroup();
    return loaded;
}

void MicrophoneSettings::save(QSettings &settings) const
{
    settings.beginGroup(Group);
    settings.setValue(QStringLiteral("device"), deviceId);
    settings.setValue(QStringLiteral("sampleRate"), format.sampleRate);
    settings.setValue(QStringLiteral("channels"), format.channels);
    settings.setValue(QStringLiteral("remoteTarget"), remoteTarget);
    settings.setValue(QStringLiteral("remoteAddress"), remoteAddress);
    settings.setValue(QStringLiteral("keepLocalCopy"), keepLocalCopy);
    settings.setValue(QStringLiteral("localCopyFormat"), LocalRecorder::formatKey(localCopyFormat));
    settings.setValue(QStringLiteral("localCopyFolder"), localCopyFolder);
    settings.endGroup();
}
