#pragma once

#include <QByteArray>
#include <QString>

#include "localrecorder.h"
#include "pcmformat.h"

class QSettings;

/// What the microphone panel remembers between runs. The panel itself never touches QSettings:
/// the window that hosts it loads and saves this.
struct MicrophoneSettings
{
    QByteArray deviceId; ///< empty: the default input
    PcmFormat format;
    bool remoteTarget = false; ///< false: this computer's own server
    QString remoteAddress; ///< as the person typed it
    bool keepLocalCopy = false;
    LocalRecorder::Format localCopyFormat = LocalRecorder::Format::OggOpus;
    QString localCopyFolder;

    /// The Music folder (the home folder when there is none) plus "Earshot/Microphone".
    static QString defaultLocalCopyFolder();

    /// From the group "microphone"; what is missing or out of range keeps its default.
    static MicrophoneSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const MicrophoneSettings &, const MicrophoneSettings &) = default;
};
