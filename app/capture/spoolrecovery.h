#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QTimer>
#include <QUrl>

#include "spool.h"
#include "spoolmanifest.h"
#include "streamuploader.h"

class CertificatePins;

/// Delivers the audio that a spool folder still holds after its process died (a crash, kill -9,
/// a power cut): adopts the folder, resumes the receiver's session from the offset the receiver
/// reports (protocol v1 resume), sends the rest, stops the session, and removes the folder.
/// When the receiver refuses (the session expired, the token is wrong, ...) or cannot be reached
/// for GiveUpAfter, the audio is saved as a WAV file in a folder of the caller's choosing
/// instead, and the folder goes only once that file is on the disk. Audio is never dropped: what
/// cannot be saved either stays in the spool folder for the next run.
class SpoolRecovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpoolRecovery)

public:
    enum class Outcome
    {
        Delivered, ///< the receiver's session has every byte and is complete
        SavedLocally, ///< see savedPath()
        Kept, ///< neither: the spool folder stays where it is
    };
    Q_ENUM(Outcome)

    /// Out of touch with the receiver this long in a row, the recovery saves the audio instead.
    static constexpr std::chrono::seconds GiveUpAfter { 30 };

    /// \a pins may be null (see StreamUploader).
    explicit SpoolRecovery(CertificatePins *pins, QObject *parent = nullptr);
    ~SpoolRecovery() override;

    /// Starts a recovery for every folder in \a parentDir whose process is gone; folders of live
    /// processes are left alone. \a currentTarget is where this run streams: it brings the
    /// pairing token (StreamTarget::recoveryTarget). Undelivered audio is saved in
    /// \a keepFolder.
    static std::vector<std::unique_ptr<SpoolRecovery>> recoverAll(const QString &parentDir,
        const QUrl &currentTarget, const QString &keepFolder, CertificatePins *pins);

    /// Takes \a folder over and starts delivering it; false (and nothing follows) when another
    /// process holds it, or when there was nothing to deliver and it is gone already.
    bool start(const QString &folder, const QUrl &currentTarget, const QString &keepFolder);
    /// Gives up on delivering: what is left is saved (finished() follows).
    void abort();

    bool isActive() const { return m_active; }
    Outcome outcome() const { return m_outcome; }
    /// The WAV file that holds what was not delivered (SavedLocally).
    QString savedPath() const { return m_savedPath; }
    /// The bytes this run had to deliver: from the first byte still kept to the last one.
    qint64 bytesKept() const { return m_bytesKept; }
    StreamUploader &uploader() { return m_uploader; }

Q_SIGNALS:
    /// A line for people: what was found, delivered, or saved where.
    void notice(const QString &text);
    void finished(SpoolRecovery::Outcome outcome);

private:
    void onUploaderState(StreamUploader::State state);
    void onUploaderFinished(bool delivered);
    void keepLocally(const QString &reason);
    bool writeWav(const QString &path, QString *errorString);
    QString unusedPath() const;
    void finish(Outcome outcome);

    Spool m_spool;
    StreamUploader m_uploader;
    QTimer m_giveUpTimer;
    std::optional<SpoolManifest> m_manifest;
    QString m_keepFolder;
    QString m_savedPath;
    qint64 m_bytesKept = 0;
    Outcome m_outcome = Outcome::Kept;
    bool m_active = false;
};
