#include "webhooksender.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

WebhookSender::WebhookSender(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{ }

WebhookSender::~WebhookSender() = default;

void WebhookSender::setSettings(const Settings &settings)
{
    m_settings = settings;
}

QByteArray WebhookSender::signature(
    const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body)
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, secret);
    code.addData(timestamp);
    code.addData(".");
    code.addData(body);
    return "sha256=" + code.result().toHex();
}

void WebhookSender::send(
    const QString &event, const QString &sessionId, const QString &peer, const QByteArray &body)
{
    if (!isEnabled())
        return;
    attempt({ m_settings, event, sessionId, peer, body,
        QUuid::createUuid().toByteArray(QUuid::WithoutBraces), 0 });
}

void WebhookSender::attempt(Delivery delivery)
{
    ++delivery.tries;
    QNetworkRequest request(delivery.settings.url);
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Earshot-Webhook"));
    request.setRawHeader("X-Earshot-Event", delivery.event.toUtf8());
    request.setRawHeader("X-Earshot-Session", delivery.sessionId.toUtf8());
    request.setRawHeader("X-Earshot-Delivery", delivery.id);
    request.setRawHeader("X-Earshot-Attempt", QByteArray::number(delivery.tries));
    request.setRawHeader("X-Earshot-Timestamp", timestamp);
    request.setRawHeader(
        "X-Earshot-Signature", signature(delivery.settings.secret, timestamp, delivery.body));
    // A redirect would send the signed body where the operator did not say.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(delivery.settings.timeout.count()));

    QNetworkReply *reply = m_network->post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = status >= 200 && status < 300;
        const bool again = !ok && (status == 0 || status >= 500);
        if (again && delivery.tries < delivery.settings.tries) {
            const auto delay
                = delivery.settings.retryDelay * (1 << std::min(delivery.tries - 1, 16));
            QTimer::singleShot(delay, this, [this, delivery] { attempt(delivery); });
            return;
        }
        if (!ok) {
            const QString why
                = status == 0 ? reply->errorString() : tr("HTTP status %1").arg(status);
            warn(delivery,
                tr("The webhook %1 was not delivered: %2 (tries: %3)")
                    .arg(delivery.settings.url.toDisplayString(QUrl::RemoveUserInfo), why)
                    .arg(delivery.tries));
        }
        Q_EMIT delivered(delivery.sessionId, status, delivery.tries, ok);
    });
}

void WebhookSender::warn(const Delivery &delivery, const QString &text)
{
    Q_EMIT eventOccurred({ QDateTime::currentDateTime(), ServerEvent::Severity::Warning,
        delivery.sessionId, delivery.peer, text });
}
