#include "icecastmetadatarequest.h"

#include <QStringDecoder>

#include "icecastsource.h"
#include "net/httprequest.h"

namespace {

bool isShoutcastStyle(const HttpRequest &request)
{
    return request.path == u"/admin.cgi";
}

// The raw bytes of each parameter named `name` in the query: form encoding, so '+' is a space
// (an encoded plus stays a plus).
std::optional<QByteArray> parameter(const HttpRequest &request, QStringView name)
{
    for (const QStringView item : QStringView(request.query).split(u'&')) {
        const qsizetype equals = item.indexOf(u'=');
        const QStringView key = equals < 0 ? item : item.first(equals);
        if (QByteArray::fromPercentEncoding(key.toUtf8()) != name.toUtf8())
            continue;
        QByteArray value = equals < 0 ? QByteArray() : item.sliced(equals + 1).toUtf8();
        value.replace('+', ' ');
        return QByteArray::fromPercentEncoding(value);
    }
    return std::nullopt;
}

// `bytes` in the request's charset: UTF-8 unless it says otherwise, Latin-1 where UTF-8 does
// not fit (an old source that does not say what it sends).
QString decoded(const QByteArray &bytes, const std::optional<QByteArray> &charset)
{
    if (charset && !charset->isEmpty()) {
        QStringDecoder decoder(charset->constData());
        if (decoder.isValid()) {
            QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

QByteArray iceResponse(int status, const QByteArray &reason, const QString &message, bool worked)
{
    const QByteArray body = "<?xml version=\"1.0\"?>\n<iceresponse><message>"
        + message.toHtmlEscaped().toUtf8() + "</message><return>" + (worked ? "1" : "0")
        + "</return></iceresponse>\n";
    return "HTTP/1.0 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/xml\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

bool IcecastMetadataRequest::isMetadataRequest(const HttpRequest &request)
{
    return request.method == "GET"
        && (request.path == u"/admin/metadata" || request.path == u"/admin/metadata.xsl"
            || isShoutcastStyle(request));
}

std::optional<IcecastMetadataRequest> IcecastMetadataRequest::fromRequest(
    const HttpRequest &request, QByteArray *refusal)
{
    if (parameter(request, u"mode") != QByteArray("updinfo")) {
        *refusal = errorResponse(400, "Bad Request", QStringLiteral("No such action"));
        return std::nullopt;
    }
    const std::optional<QByteArray> charset = parameter(request, u"charset");
    const auto text = [&](QStringView name) {
        const std::optional<QByteArray> value = parameter(request, name);
        return value ? decoded(*value, charset).trimmed() : QString();
    };
    IcecastMetadataRequest update;
    update.mount = text(u"mount").left(IcecastSource::MaxValueChars);
    update.title = text(u"song");
    if (update.title.isEmpty()) {
        const QString artist = text(u"artist");
        const QString title = text(u"title");
        update.title = artist.isEmpty() ? title
            : title.isEmpty()           ? artist
                                        : QString(artist + u" - " + title);
    }
    if (update.mount.isEmpty() || update.title.isEmpty()) {
        *refusal = errorResponse(400, "Bad Request",
            update.mount.isEmpty() ? QStringLiteral("Missing parameter: mount")
                                   : QStringLiteral("Missing parameter: song"));
        return std::nullopt;
    }
    if (!update.mount.startsWith(u'/'))
        update.mount.prepend(u'/');
    return update;
}

std::optional<QString> IcecastMetadataRequest::password(const HttpRequest &request)
{
    if (!request.header("authorization").isEmpty())
        return IcecastSource::password(request);
    if (isShoutcastStyle(request)) {
        if (const std::optional<QByteArray> pass = parameter(request, u"pass"))
            return QString::fromUtf8(*pass);
    }
    return std::nullopt;
}

QByteArray IcecastMetadataRequest::successResponse()
{
    return iceResponse(200, "OK", QStringLiteral("Metadata update successful"), true);
}

QByteArray IcecastMetadataRequest::errorResponse(
    int status, const QByteArray &reason, const QString &message)
{
    return iceResponse(status, reason, message, false);
}

QByteArray IcecastMetadataRequest::noSourceResponse()
{
    return errorResponse(400, "Bad Request", QStringLiteral("Source does not exist"));
}
