#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

struct HttpRequest;

/// The title update an Icecast source sends beside its stream when the stream's format carries
/// none (libshout's shout_set_metadata, for MP3 and AAC):
/// `GET /admin/metadata?mode=updinfo&mount=/show&song=...` (or `artist=` and `title=`, and a
/// `charset=`), with the source's Basic authentication. Icecast's `/admin/metadata.xsl` and the
/// SHOUTcast-style `/admin.cgi` (password in `pass=`) are the same request. The answers are
/// Icecast's: an `<iceresponse>` saying whether it worked. docs/protocol.md, "Icecast source
/// clients".
struct IcecastMetadataRequest
{
    QString mount; ///< "/show"
    QString title; ///< `song`, or "artist - title"

    static bool isMetadataRequest(const HttpRequest &request);
    /// The update, or nothing with the HTTP answer that refuses it in `refusal`.
    static std::optional<IcecastMetadataRequest> fromRequest(
        const HttpRequest &request, QByteArray *refusal);
    /// The password the request brings: its Basic authentication's, or `/admin.cgi`'s `pass=`.
    /// Nothing when it brings none (libshout asks without one first).
    static std::optional<QString> password(const HttpRequest &request);

    /// 200 and `<return>1</return>`: the stream has its new title.
    static QByteArray successResponse();
    /// An `<iceresponse>` with `<return>0</return>` and `message`, under `status`.
    static QByteArray errorResponse(int status, const QByteArray &reason, const QString &message);
    /// 400 "Source does not exist": no source streams to the mount now.
    static QByteArray noSourceResponse();
};
