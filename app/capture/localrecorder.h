#pragma once

#include <chrono>
#include <optional>

#include <QAudioInput>
#include <QMediaCaptureSession>
#include <QMediaRecorder>
#include <QObject>
#include <QTimer>

class QAudioDevice;

/// "Keep a local copy": the microphone recorded to a file with QMediaRecorder, beside the live
/// stream. Qt 6.4 notes: the recorder writes only to a file and only at stop (the file is empty
/// until then), and it appends its own extension ("out.ogg" becomes "out.ogg.ogv"); the file
/// is renamed back to the name asked for once it is complete.
class LocalRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalRecorder)

public:
    enum class Format
    {
        OggOpus,
        Flac,
        Wav
    };
    Q_ENUM(Format)

    /// GStreamer without its plugins never starts and says nothing: give up after this.
    static constexpr std::chrono::milliseconds StartTimeout { 5000 };
    static constexpr std::chrono::milliseconds StopTimeout { 10000 };

    explicit LocalRecorder(QObject *parent = nullptr);
    ~LocalRecorder() override;

    /// "ogg", "flac", "wav" (settings and the command line).
    static QString formatKey(Format format);
    static std::optional<Format> formatFromKey(const QString &key);
    /// What a person reads: "Ogg/Opus", "FLAC", "WAV".
    static QString formatName(Format format);
    /// The file name extension the copy gets (FLAC is in an Ogg container: ".oga").
    static QString suffix(Format format);
    /// The format a file name asks for by its extension; Ogg/Opus when it does not tell.
    static Format formatForPath(const QString &path);

    /// Starts recording \a device to \a path (relative paths are taken from the current folder).
    bool start(const QAudioDevice &device, const QString &path, Format format);
    /// Finishes the file; finished() follows once it is complete.
    void stop();
    bool isRecording() const;

    QString errorString() const;
    /// The finished file.
    QString filePath() const;

Q_SIGNALS:
    /// The file is complete (\a ok) or the recording failed (errorString()).
    void finished(bool ok);

private:
    void onStateChanged(QMediaRecorder::RecorderState state);
    void onError(QMediaRecorder::Error error, const QString &text);
    void complete(bool ok);

    QMediaCaptureSession m_session;
    QAudioInput m_input;
    QMediaRecorder m_recorder;
    QTimer m_timeout;
    QString m_requestedPath;
    QString m_filePath;
    QString m_errorString;
    bool m_active = false;
    bool m_stopping = false;
};
