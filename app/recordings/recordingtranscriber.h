#pragma once

#include <memory>
#include <thread>

#include <QObject>
#include <QString>

class FileTranscriber;

/// "Transcribe" in the Recordings tab: one finished recording at a time, on a thread of its own,
/// into the WebVTT file beside it (FileTranscriber). The view polls progress() while it runs.
class RecordingTranscriber final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingTranscriber)

public:
    explicit RecordingTranscriber(QObject *parent = nullptr);
    /// Cancels a transcription under way and waits for it (the cues so far stay in its file).
    ~RecordingTranscriber() override;

    void setModelDir(const QString &modelDir) { m_modelDir = modelDir; }
    bool isBusy() const { return m_transcriber != nullptr; }
    QString audioPath() const { return m_audioPath; }
    /// 0..1 of the file read.
    double progress() const;

    /// Starts transcribing `audioPath`; false when another one is under way.
    bool start(const QString &audioPath);

Q_SIGNALS:
    void finished(const QString &audioPath, bool ok, const QString &errorString);

private:
    void onDone(bool ok, const QString &errorString);

    QString m_modelDir;
    QString m_audioPath;
    std::unique_ptr<FileTranscriber> m_transcriber;
    std::thread m_thread;
};
