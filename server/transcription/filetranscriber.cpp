#include "filetranscriber.h"

#include <QDir>
#include <QFileInfo>

#include "audio/growingfile.h"
#include "protocol/audioformat.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "transcriptionjob.h"

FileTranscriber::FileTranscriber(QString modelDir) : m_modelDir(std::move(modelDir)) { }

FileTranscriber::~FileTranscriber() = default;

QString FileTranscriber::transcriptPathFor(const QString &audioPath)
{
    const QFileInfo audio(audioPath);
    return audio.dir().filePath(audio.completeBaseName() + QStringLiteral(".vtt"));
}

bool FileTranscriber::transcribe(
    const QString &audioPath, const std::function<void(const SpeechResult &)> &onFinal)
{
    m_errorString.clear();
    if (!QFileInfo(audioPath).isFile()) {
        m_errorString = QStringLiteral("%1: no such file").arg(audioPath);
        return false;
    }
    std::unique_ptr<GrowingFile> file = GrowingFile::finished(audioPath);
    {
        const std::lock_guard lock(m_mutex);
        if (m_cancelled)
            file->cancel();
        m_file = file.get();
        m_fileBytes = QFileInfo(audioPath).size();
    }
    const QString vttPath = transcriptPathFor(audioPath);
    // An unknown format: FFmpeg probes the file, which a finished one allows.
    TranscriptionJob::Setup setup { m_modelDir, AudioFormat(), 0, vttPath, false };
    TranscriptionJob::Listener listener;
    listener.result = [&onFinal](const SpeechResult &result) {
        if (onFinal && result.kind == SpeechResult::Kind::Final)
            onFinal(result);
    };
    TranscriptionJob job(setup, *file, listener);
    const bool ok = job.run();
    {
        const std::lock_guard lock(m_mutex);
        m_file = nullptr;
    }
    if (!ok) {
        m_errorString = job.errorString();
        return false;
    }

    const QString sidecarPath = RecordingPaths::sidecarPath(audioPath);
    if (QFileInfo::exists(sidecarPath)) {
        QString problem;
        std::optional<Sidecar> sidecar = Sidecar::load(sidecarPath, &problem);
        if (sidecar) {
            sidecar->transcript = QFileInfo(vttPath).fileName();
            if (!sidecar->save(sidecarPath, &problem)) {
                m_errorString = QStringLiteral("the transcript is written, but its sidecar could "
                                               "not name it: %1")
                                    .arg(problem);
                return false;
            }
        }
    }
    return true;
}

double FileTranscriber::progress() const
{
    const std::lock_guard lock(m_mutex);
    if (!m_file || m_fileBytes <= 0)
        return 0;
    return 1.0 - double(m_file->unread()) / double(m_fileBytes);
}

void FileTranscriber::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_file)
        m_file->cancel();
}
