#include "recordingtranscriber.h"

#include "transcription/filetranscriber.h"

RecordingTranscriber::RecordingTranscriber(QObject *parent) : QObject(parent) { }

RecordingTranscriber::~RecordingTranscriber()
{
    if (m_transcriber)
        m_transcriber->cancel();
    if (m_thread.joinable())
        m_thread.join();
}

double RecordingTranscriber::progress() const
{
    return m_transcriber ? m_transcriber->progress() : 0;
}

bool RecordingTranscriber::start(const QString &audioPath)
{
    if (m_transcriber)
        return false;
    if (m_thread.joinable())
        m_thread.join(); // the last one's, done already
    m_audioPath = audioPath;
    m_transcriber = std::make_unique<FileTranscriber>(m_modelDir);
    m_thread = std::thread([this, transcriber = m_transcriber.get(), audioPath] {
        const bool ok = transcriber->transcribe(audioPath);
        const QString error = transcriber->errorString();
        // The destructor joins this thread before the object goes, so `this` is still there.
        QMetaObject::invokeMethod(
            this, [this, ok, error] { onDone(ok, error); }, Qt::QueuedConnection);
    });
    return true;
}

void RecordingTranscriber::onDone(bool ok, const QString &errorString)
{
    m_thread.join();
    m_transcriber.reset();
    Q_EMIT finished(m_audioPath, ok, errorString);
}
