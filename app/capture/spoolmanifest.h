#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include "pcmformat.h"

/// What a spool folder must say about itself for its audio to be delivered after its process
/// died: where it was going, in which format, and the receiver's session (its id, its resume
/// token, and the spool offset of its first byte). Kept as manifest.json in the spool's folder,
/// owner-only, replaced whole (write, sync, rename) so that a crash leaves the old or the new
/// one, never half of one. The segments' names and sizes say the offsets of the audio itself.
///
/// The receiver's address is kept without its pairing token: the launch that recovers the spool
/// brings the token along (StreamTarget::recoveryTarget). The resume token must be kept: it is
/// the only way back into the session.
struct SpoolManifest
{
    Q_DECLARE_TR_FUNCTIONS(SpoolManifest)

public:
    static constexpr int Version = 1;
    static QString fileName();

    QUrl receiver; ///< without its pairing token
    PcmFormat format;
    QString name;
    QString session; ///< empty until the receiver started one
    QString resumeToken;
    qint64 sessionBase = 0; ///< spool offset of the session's first byte

    /// Writes \a folder/manifest.json, mode 0600; false with \a errorString.
    bool write(const QString &folder, QString *errorString) const;
    /// Reads it back; nullopt with \a errorString when it is missing or not one of these.
    static std::optional<SpoolManifest> read(const QString &folder, QString *errorString);
};
