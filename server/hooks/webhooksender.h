#pragma once

#include <chrono>

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include "serverevent.h"

class QNetworkAccessManager;

/// POSTs a recording's sidecar to the operator's webhook, signed so that the receiver can trust
/// it (docs/hooks.md): X-Earshot-Signature is "sha256=" and the hex HMAC-SHA256, keyed with the
/// secret, of the X-Earshot-Timestamp header's value, a dot, and the body. A connection error, a
/// timeout or a 5xx answer is tried again after a delay that doubles each time, up to `tries`;
/// any other answer is final. A delivery that does not succeed becomes a warning.
class WebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSender)

public:
    struct Settings
    {
        QUrl url; ///< empty: nothing is sent
        QByteArray secret;
        int tries = 5;
        std::chrono::milliseconds retryDelay { std::chrono::seconds(1) };
        std::chrono::milliseconds timeout { std::chrono::seconds(60) }; ///< of one try
    };

    explicit WebhookSender(QObject *parent = nullptr);
    ~WebhookSender() override;

    /// Counts from the next delivery.
    void setSettings(const Settings &settings);
    bool isEnabled() const { return !m_settings.url.isEmpty(); }

    /// Sends `body` for session `sessionId`'s `event` ("finish"); `peer` is the session's
    /// client, for the log.
    void send(const QString &event, const QString &sessionId, const QString &peer,
        const QByteArray &body);

    /// The X-Earshot-Signature value for `body` sent at `timestamp` (seconds since 1970).
    static QByteArray signature(
        const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body);

Q_SIGNALS:
    void eventOccurred(const ServerEvent &event);
    /// A delivery is over: `status` is the last HTTP status (0: no answer), after `tries` tries.
    void delivered(const QString &sessionId, int status, int tries, bool ok);

private:
    struct Delivery
    {
        Settings settings;
        QString event;
        QString sessionId;
        QString peer;
        QByteArray body;
        QByteArray id; ///< X-Earshot-Delivery, the same on every try
        int tries = 0;
    };

    void attempt(Delivery delivery);
    void warn(const Delivery &delivery, const QString &text);

    Settings m_settings;
    QNetworkAccessManager *m_network = nullptr;
};
