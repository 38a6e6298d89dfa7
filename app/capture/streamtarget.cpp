#include "streamtarget.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

const QString TokenKey = QStringLiteral("t");
const QString TakeKey = QStringLiteral("take");

} // namespace

std::optional<QUrl> StreamTarget::fromText(const QString &typed, QString *errorString)
{
    const auto fail = [errorString](const QString &reason) -> std::optional<QUrl> {
        if (errorString)
            *errorString = reason;
        return std::nullopt;
    };

    QString text = typed.trimmed();
    if (text.isEmpty())
        return fail(tr("Enter the address of the other Earshot."));
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("ws://"));

    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("\"%1\" is not an address.").arg(typed.trimmed()));

    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"ws")
        url.setScheme(QStringLiteral("ws"));
    else if (scheme == u"https" || scheme == u"wss")
        url.setScheme(QStringLiteral("wss"));
    else
        return fail(tr("Earshot addresses start with http://, https://, ws:// or wss://."));

    if (url.port() == -1)
        url.setPort(DefaultPort);
    // The recorder page's address, or any other page of that Earshot: its stream is at /ws.
    if (url.path() != u"/ws" && url.path() != u"/ws/audio-stream")
        url.setPath(QStringLiteral("/ws"));
    url.setFragment({});
    url.setUserInfo({});

    const QUrlQuery query(url);
    if (query.hasQueryItem(TokenKey) && query.queryItemValue(TokenKey).isEmpty())
        return fail(tr("The address has an empty pairing token."));
    return url;
}

QUrl StreamTarget::local(quint16 port, const QString &token)
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/ws"));
    if (!token.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(TokenKey, token);
        url.setQuery(query);
    }
    return url;
}

QString StreamTarget::displayString(const QUrl &url)
{
    return withoutToken(url).toDisplayString();
}

QUrl StreamTarget::withoutToken(const QUrl &url)
{
    QUrl bare = url;
    QUrlQuery query(bare);
    if (query.hasQueryItem(TokenKey)) {
        query.removeAllQueryItems(TokenKey);
        bare.setQuery(query);
    }
    return bare;
}

QString StreamTarget::take(const QUrl &url)
{
    const QString take = QUrlQuery(url).queryItemValue(TakeKey).toLower();
    static const QRegularExpression takeId(QStringLiteral("^[0-9a-f]{1,32}$"));
    return takeId.match(take).hasMatch() ? take : QString();
}

QUrl StreamTarget::withoutTake(const QUrl &url)
{
    QUrl bare = url;
    QUrlQuery query(bare);
    if (query.hasQueryItem(TakeKey)) {
        query.removeAllQueryItems(TakeKey);
        bare.setQuery(query);
    }
    return bare;
}

QUrl StreamTarget::recoveryTarget(const QUrl &stored, const QUrl &current)
{
    if (!current.isValid())
        return stored;
    const bool sameReceiver = stored.scheme() == current.scheme()
        && stored.host().compare(current.host(), Qt::CaseInsensitive) == 0
        && stored.port(DefaultPort) == current.port(DefaultPort);
    const auto onThisComputer = [](const QUrl &url) {
        return QHostAddress(url.host()).isLoopback() || url.host() == u"localhost";
    };
    return sameReceiver || (onThisComputer(stored) && onThisComputer(current)) ? current : stored;
}
