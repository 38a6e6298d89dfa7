#pragma once

#include <QString>

#include "speechresult.h"

/// A transcript as WebVTT, one cue per final, written as finals arrive: each cue is one write()
/// of whole lines, so a crash keeps every cue that was final and the file still parses.
class WebVttWriter final
{
    Q_DISABLE_COPY_MOVE(WebVttWriter)

public:
    WebVttWriter() = default;
    ~WebVttWriter();

    /// Creates (or replaces) the file and writes its header.
    bool open(const QString &path, QString *errorString);
    bool addCue(const SpeechResult &final);
    /// A stretch of audio that was not transcribed, said as a NOTE.
    bool addSkip(qint64 fromMs, qint64 toMs);
    /// Forces the file to the disk and closes it.
    bool close();
    QString errorString() const { return m_errorString; }

    /// "00:01:02.345"
    static QString timestamp(qint64 ms);

private:
    bool write(const QByteArray &text);

    int m_descriptor = -1;
    qint64 m_lastEndMs = 0;
    int m_cues = 0;
    QString m_errorString;
};
