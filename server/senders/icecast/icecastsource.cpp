#include "icecastsource.h"

#include "net/httprequest.h"
#include "net/httpresponder.h"

namespace {

struct ContentType
{
    const char *sent;
    const char *recorded;
};

// What Icecast sources send, and the MIME type each is recorded as (AudioFormat knows them).
constexpr ContentType ContentTypes[] = {
    { "audio/ogg", "audio/ogg" },
    { "application/ogg", "audio/ogg" },
    { "audio/opus", "audio/ogg" },
    { "audio/mpeg", "audio/mpeg" },
    { "audio/mp3", "audio/mpeg" },
    { "audio/aac", "audio/aac" },
    { "audio/aacp", "audio/aac" },
    { "audio/webm", "audio/webm" },
    { "video/webm", "audio/webm" },
};

QString headerText(const HttpRequest &request, const QByteArray &name)
{
    return QString::fromUtf8(request.header(name)).trimmed().left(IcecastSource::MaxValueChars);
}

} // namespace

bool IcecastSource::isSourceRequest(const HttpRequest &request)
{
    return request.method == "PUT" || request.method == "SOURCE";
}

std::optional<IcecastSource> IcecastSource::fromRequest(
    const HttpRequest &request, QByteArray *refusal)
{
    IcecastSource source;
    source.mount = request.path.left(MaxValueChars);
    if (source.mount.size() < 2) {
        *refusal = HttpResponder::simpleResponse(
            400, "Bad Request", "A source streams to a mount point, such as /show.\n");
        return std::nullopt;
    }
    source.contentType = headerText(request, "content-type");
    const QString type = source.contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    for (const ContentType &known : ContentTypes) {
        if (type == QLatin1String(known.sent))
            source.format = QLatin1String(known.recorded);
    }
    if (source.format.isEmpty()) {
        *refusal = HttpResponder::simpleResponse(415, "Unsupported Media Type",
            "Earshot records Ogg (Vorbis, Opus), MP3, AAC and WebM streams.\n");
        return std::nullopt;
    }
    source.name = headerText(request, "ice-name");
    source.description = headerText(request, "ice-description");
    source.genre = headerText(request, "ice-genre");
    source.url = headerText(request, "ice-url");
    source.audioInfo = headerText(request, "ice-audio-info");
    return source;
}

QString IcecastSource::password(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (!authorization.toLower().startsWith("basic "))
        return {};
    const QByteArray credentials = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = credentials.indexOf(':');
    return colon < 0 ? QString() : QString::fromUtf8(credentials.mid(colon + 1));
}

QByteArray IcecastSource::acceptResponse(const HttpRequest &request)
{
    if (request.header("expect").trimmed().toLower() == "100-continue")
        return QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");
    return QByteArrayLiteral("HTTP/1.0 200 OK\r\n\r\n");
}

QByteArray IcecastSource::unauthorizedResponse()
{
    const QByteArray body = "The source password is this Earshot's pairing code.\n";
    return "HTTP/1.0 401 Unauthorized\r\n"
           "WWW-Authenticate: Basic realm=\"Earshot\"\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "Content-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QString IcecastSource::label() const
{
    return name.isEmpty() ? mount.mid(1) : name;
}

QJsonObject IcecastSource::facts() const
{
    QJsonObject facts { { QStringLiteral("mount"), mount },
        { QStringLiteral("contentType"), contentType } };
    const std::pair<const char *, const QString *> optional[]
        = { { "name", &name }, { "description", &description }, { "genre", &genre },
              { "url", &url }, { "audioInfo", &audioInfo } };
    for (const auto &[key, value] : optional) {
        if (!value->isEmpty())
            facts.insert(QLatin1String(key), *value);
    }
    return facts;
}
