#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

struct HttpRequest;

/// An Icecast source client's request: `PUT /<mount>` (Icecast 2.4 on, what ffmpeg and recent
/// libshout send) or the older `SOURCE /<mount>`, with HTTP Basic authentication
/// `source:<password>`. What it streams, what it says about the stream, and the answers it
/// expects. docs/protocol.md, "Icecast source clients".
struct IcecastSource
{
    /// The Ice-* strings are cut to this.
    static constexpr int MaxValueChars = 200;

    QString mount; ///< "/show"
    QString contentType; ///< as the client sent it
    QString format; ///< the MIME type Earshot records it as
    QString name; ///< Ice-Name
    QString description;
    QString genre;
    QString url;
    QString audioInfo; ///< Ice-Audio-Info: "samplerate=44100;channels=2;..."

    static bool isSourceRequest(const HttpRequest &request);
    /// The source, or nothing with the HTTP answer that refuses it in `refusal`.
    static std::optional<IcecastSource> fromRequest(
        const HttpRequest &request, QByteArray *refusal);
    /// The password of the request's Basic authentication; empty without one.
    static QString password(const HttpRequest &request);

    /// What tells the client to stream: 100 Continue when it waits for one, else 200 OK.
    static QByteArray acceptResponse(const HttpRequest &request);
    /// 401, with the challenge source clients expect.
    static QByteArray unauthorizedResponse();

    /// The session's name: the stream's, or its mount.
    QString label() const;
    /// For the sidecar's "source".
    QJsonObject facts() const;
};
