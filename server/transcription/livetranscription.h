#pragma once

#include <memory>
#include <mutex>

#include <QObject>

#include "speechresult.h"

class GrowingFile;

/// The connection's side of a recording being transcribed while it is written. It tells the job
/// how far the file has grown and hands the job's results on, on the connection's thread. The job
/// outlives it: a recording whose client has gone is still transcribed to its end.
class LiveTranscription final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTranscription)

public:
    /// What the job reaches the connection through; it forgets the connection when it goes.
    struct Link
    {
        std::mutex mutex;
        LiveTranscription *target = nullptr;
    };

    LiveTranscription(std::shared_ptr<GrowingFile> file, QString vttPath);
    ~LiveTranscription() override;

    const std::shared_ptr<Link> &link() const { return m_link; }
    QString vttPath() const { return m_vttPath; }

    /// The recording's file now holds this many bytes.
    void grewTo(qint64 fileBytes);
    /// The recording ended: the job transcribes what is left and finishes.
    void end();

    /// The monitor's captions: the latest finals, and the utterance in progress.
    QString finalText() const { return m_finalText; }
    QString partialText() const { return m_partialText; }

    // The job's thread posts these through the link.
    void deliverResult(const SpeechResult &result);
    void deliverSkip(qint64 fromMs, qint64 toMs);
    void deliverEnd(bool ok, const QString &errorString);

Q_SIGNALS:
    void resultArrived(const SpeechResult &result);
    void skipped(qint64 fromMs, qint64 toMs);
    void finished(bool ok, const QString &errorString);

private:
    std::shared_ptr<GrowingFile> m_file;
    std::shared_ptr<Link> m_link;
    QString m_vttPath;
    QString m_finalText;
    QString m_partialText;
    bool m_ended = false;
};
