#include "streamuploader.h"

#include <algorithm>
#include <limits>

#include <QLocale>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QWebSocket>

#include "certificatepins.h"
#include "protocol/audioformat.h"
#include "protocol/errorcode.h"
#include "protocol/v1client.h"
#include "spool.h"

StreamUploader::StreamUploader(Spool &spool, CertificatePins *pins, QObject *parent)
    : QObject(parent), m_spool(spool), m_pins(pins)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &StreamUploader::connectNow);
    m_watchdog.setInterval(std::chrono::seconds(1));
    connect(&m_watchdog, &QTimer::timeout, this, &StreamUploader::checkServer);
    // Precise: a coarse timer may fire early, and the interval is a promise to the receiver.
    m_unsentTimer.setTimerType(Qt::PreciseTimer);
    m_unsentTimer.setInterval(UnsentReportInterval);
    connect(&m_unsentTimer, &QTimer::timeout, this, [this] { reportUnsent(); });
    connect(&m_clock, &ClockProbe::finished, this, [this] {
        if (m_state == State::Starting)
            maybeSendStart();
    });
}

StreamUploader::~StreamUploader()
{
    dropSocket();
}

QString StreamUploader::stateText(State state)
{
    switch (state) {
    case State::Idle:
        return tr("Not streaming");
    case State::Connecting:
        return tr("Connecting");
    case State::WaitingForTake:
        return tr("Waiting for the host to start the take");
    case State::Starting:
        return tr("Starting");
    case State::Streaming:
        return tr("Streaming");
    case State::Reconnecting:
        return tr("Connection lost, retrying");
    case State::Resuming:
        return tr("Resuming");
    case State::AwaitingApproval:
        return tr("Waiting for the certificate to be accepted");
    case State::Stopping:
        return tr("Finishing");
    case State::Finished:
        return tr("Delivered");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

void StreamUploader::setTake(const QString &take)
{
    m_take.reset();
    if (take.isEmpty())
        return;
    m_take = std::make_unique<TakeFollower>(take);
    connect(m_take.get(), &TakeFollower::stateChanged, this, &StreamUploader::takeStateChanged);
}

void StreamUploader::setCaptureStart(double unixMs)
{
    const bool first = m_captureStartUnixMs < 0;
    m_captureStartUnixMs = unixMs;
    if (first && m_state == State::WaitingForTake)
        maybeSendStart();
}

void StreamUploader::start(const QUrl &url, const QString &format, const QString &name)
{
    begin(url, format, name);
    setState(State::Connecting);
    connectNow();
}

void StreamUploader::resume(const QUrl &url, const QString &format, const QString &name,
    const QString &sessionId, const QString &resumeToken, qint64 sessionBase)
{
    begin(url, format, name);
    m_sessionId = sessionId;
    m_resumeToken = resumeToken;
    m_sessionBase = sessionBase;
    m_sessionRequired = true;
    setState(State::Reconnecting);
    connectNow();
}

void StreamUploader::begin(const QUrl &url, const QString &format, const QString &name)
{
    dropSocket();
    m_retryTimer.stop();
    m_url = url;
    m_format = format;
    m_name = name;
    m_errorString.clear();
    m_errorCode.clear();
    m_sessionId.clear();
    m_resumeToken.clear();
    m_remoteFile.clear();
    m_sessionBase = m_spool.acknowledgedOffset();
    m_sent = m_acked = m_sessionBase;
    m_hashedUpTo = -1;
    m_verification.clear();
    m_verificationProblem.clear();
    m_finishing = false;
    m_stopSent = false;
    m_sessionRequired = false;
    m_attempt = 0;
    m_reconnects = 0;
    m_unsentShown = false;
    m_startSent = false;
    m_captureStartUnixMs = -1;
    const std::optional<AudioFormat> audio = AudioFormat::fromMimeType(format, nullptr);
    m_bytesPerSecond = audio && audio->isPcm() ? audio->pcm().bytesPerSecond() : 0;
}

void StreamUploader::connectNow()
{
    if (m_state == State::Idle || m_state == State::Finished || m_state == State::Failed)
        return;
    m_retryTimer.stop();
    dropSocket();

    m_socket.reset(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest));
    QWebSocket *socket = m_socket.get();
    socket->setMaxAllowedIncomingMessageSize(MaxIncomingMessageBytes);
    socket->setMaxAllowedIncomingFrameSize(MaxIncomingMessageBytes);
    connect(socket, &QWebSocket::connected, this, &StreamUploader::onConnected);
    // Connected before the protocol client: whatever the server says, it is alive.
    connect(socket, &QWebSocket::textMessageReceived, this, [this] { m_lastHeard.start(); });
    m_client = new V1Client(*socket, socket);
    connect(m_client, &V1Client::started, this, &StreamUploader::onStarted);
    connect(m_client, &V1Client::acknowledged, this, &StreamUploader::onAck);
    connect(m_client, &V1Client::resumed, this, &StreamUploader::onResumed);
    connect(m_client, &V1Client::stopped, this, &StreamUploader::onStopped);
    connect(m_client, &V1Client::errorReceived, this, &StreamUploader::onServerError);
    connect(socket, &QWebSocket::sslErrors, this, &StreamUploader::onSslErrors);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket.get())
            onSocketGone(socket->closeReason().isEmpty() ? tr("the connection was closed")
                                                         : socket->closeReason());
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this, socket](QAbstractSocket::SocketError) {
            if (socket == m_socket.get() && socket->state() == QAbstractSocket::UnconnectedState)
                onSocketGone(socket->errorString());
        });
    m_lastHeard.start();
    m_watchdog.start();
    socket->open(sessionUrl(m_url, m_sessionId));
}

QUrl StreamUploader::sessionUrl(const QUrl &url, const QString &sessionId)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("session"));
    if (!sessionId.isEmpty())
        query.addQueryItem(QStringLiteral("session"), sessionId);
    QUrl named = url;
    named.setQuery(query);
    return named;
}

void StreamUploader::onConnected()
{
    m_lastHeard.start();
    m_startSent = false;
    if (m_take && m_client) {
        // On every connection: the take may have moved on meanwhile, and a faster round trip
        // places the audio better.
        m_take->follow(*m_client);
        m_clock.probe(*m_client);
    }
    if (m_sessionId.isEmpty()) {
        maybeSendStart();
    } else {
        setState(State::Resuming);
        if (m_client)
            m_client->sendResume(m_sessionId, m_resumeToken);
    }
}

void StreamUploader::maybeSendStart()
{
    if (!m_client || !m_sessionId.isEmpty() || m_startSent)
        return;
    if (m_take && m_captureStartUnixMs < 0) {
        setState(State::WaitingForTake);
        return;
    }
    if (m_take && m_clock.isProbing()) {
        setState(State::Starting); // the start follows the clock probes' end
        return;
    }
    sendStart();
}

void StreamUploader::sendStart()
{
    setState(State::Starting);
    m_startSent = true;
    if (!m_client)
        return;
    if (!m_take) {
        m_client->sendStart(m_format, m_name);
        return;
    }
    // The session's first byte is the spool's at m_acked (a session in place of a forgotten one
    // starts there): captured that much audio after the spool's first.
    const double firstSampleUnixMs = m_captureStartUnixMs
        + (m_bytesPerSecond > 0 ? double(m_acked) * 1000.0 / double(m_bytesPerSecond) : 0.0);
    const std::optional<ClockProbe::Placement> placed = m_clock.toServerMs(firstSampleUnixMs);
    m_client->sendStart(m_format, m_name, false, m_take->take(), placed ? placed->serverMs : -1,
        placed ? placed->uncertaintyMs : -1);
}

void StreamUploader::onStarted(const ServerReply &reply)
{
    m_sessionId = reply.session;
    m_resumeToken = reply.resumeToken;
    m_remoteFile = reply.file;
    m_sessionBase = m_acked;
    m_sent = m_acked;
    // A new session (also one in place of a forgotten one) is hashed from its first byte.
    m_produced.reset();
    m_hashedUpTo = m_sessionBase;
    m_stopSent = false;
    m_attempt = 0;
    setState(m_finishing ? State::Stopping : State::Streaming);
    Q_EMIT sessionStarted(m_sessionId, m_remoteFile);
    m_unsentTimer.start();
    reportUnsent();
    pump();
}

void StreamUploader::onAck(const ServerReply &reply)
{
    if (reply.session == m_sessionId)
        setAcked(m_sessionBase + reply.bytes);
    pump();
}

void StreamUploader::onResumed(const ServerReply &reply)
{
    const qint64 offset = m_sessionBase + reply.bytes;
    if (offset < m_spool.startOffset()) {
        // Only a power cut on the receiver's side loses acknowledged bytes.
        fail(tr("The receiver lost %Ln acknowledged byte(s) that are no longer kept here.", nullptr,
            int(std::min<qint64>(
                m_spool.startOffset() - offset, std::numeric_limits<int>::max()))));
        return;
    }
    // Normally offset >= m_acked (acks lost with the connection). Less means the receiver
    // lost bytes it had acknowledged; the spool still has them, so they go again.
    m_acked = offset;
    m_spool.acknowledge(offset);
    m_sent = offset;
    m_stopSent = false;
    m_attempt = 0;
    setState(m_finishing ? State::Stopping : State::Streaming);
    Q_EMIT notice(tr("Resumed at byte %1.").arg(offset));
    Q_EMIT resumed(offset);
    Q_EMIT acknowledged(m_acked);
    // Before the backlog goes: the receiver sees how much this side kept while it was away
    // (or that nothing is held, in place of what it was told before the drop).
    m_unsentTimer.start();
    reportUnsent(true);
    pump();
}

void StreamUploader::onStopped(const ServerReply &reply)
{
    setAcked(m_sessionBase + reply.bytes);
    m_verification = reply.verification;
    m_verificationProblem = reply.verificationProblem;
    if (m_verification == u"verified")
        Q_EMIT notice(tr("Verified: the receiver holds every byte sent."));
    else if (m_verification == u"mismatch")
        Q_EMIT notice(tr("Not verified: the receiver's file is not what was sent (%1).")
                          .arg(m_verificationProblem));
    if (!reply.file.isEmpty())
        m_remoteFile = reply.file;
    m_watchdog.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_client->disconnect(this);
        m_client = nullptr;
        m_unsentTimer.stop();
        m_clock.stop();
        if (m_take)
            m_take->stop();
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
        m_socket.reset();
    }
    setState(State::Finished);
    Q_EMIT finished(true);
}

void StreamUploader::onServerError(const ServerReply &reply)
{
    const QString &code = reply.errorName;
    const QString &text = reply.message;
    if (reply.errorCode == ErrorCode::UnknownSession) {
        if (m_stopSent && m_acked == m_spool.endOffset()) {
            // The stop went through before the connection dropped: the recording is complete.
            dropSocket();
            m_watchdog.stop();
            setState(State::Finished);
            Q_EMIT finished(true);
            return;
        }
        if (m_sessionRequired) {
            // The rest belongs to that recording and no other: the caller keeps it.
            fail(tr("The receiver no longer knows the session %1: %2 (%3)")
                     .arg(m_sessionId, text, code),
                code);
            return;
        }
        // The receiver forgot the session (it expired, or its files were moved). Nothing
        // acknowledged is lost; the rest goes into a new recording.
        Q_EMIT notice(
            tr("The receiver no longer knows the session; the rest goes into a new recording."));
        m_sessionId.clear();
        m_resumeToken.clear();
        m_startSent = false;
        maybeSendStart();
        return;
    }
    // The error table says what another try would change: only RetryLater is worth one
    // (server_full, idle_timeout; they come with a close, and the retry follows). Every other
    // code of the table, a refusal or a session that cannot go on, ends the upload here.
    const std::optional<ErrorRemedy> remedy = reply.remedy();
    if (remedy && *remedy != ErrorRemedy::RetryLater) {
        fail(reply.errorCode == ErrorCode::BadToken
                ? tr("The receiver refused the pairing token (%1).").arg(text)
                : tr("The receiver refused: %1 (%2)").arg(text, code),
            code);
        return;
    }
    Q_EMIT notice(tr("The receiver said: %1 (%2)").arg(text, code));
}

void StreamUploader::onSslErrors(const QList<QSslError> &errors)
{
    QWebSocket *socket = m_socket.get();
    if (!socket)
        return;
    const QSslCertificate certificate = socket->sslConfiguration().peerCertificate();
    const QString presented = CertificatePins::fingerprint(certificate);
    const QString hostPort = CertificatePins::hostPort(m_url);
    const QString pinned = m_pins ? m_pins->pinned(hostPort) : m_acceptedFingerprint;

    if (!certificate.isNull() && CertificatePins::sameFingerprint(pinned, presented)) {
        socket->ignoreSslErrors();
        return;
    }
    if (!pinned.isEmpty()) {
        fail(
            tr("The certificate of %1 has changed: it was %2 and is now %3. This may be an attack; "
               "the connection was refused.")
                .arg(hostPort, pinned, presented),
            QStringLiteral("certificate_changed"));
        Q_EMIT certificateChanged(hostPort, pinned, presented);
        return;
    }

    QStringList reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    m_pendingHostPort = hostPort;
    m_pendingFingerprint = presented;
    dropSocket();
    m_watchdog.stop();
    setState(State::AwaitingApproval);
    Q_EMIT certificateNotTrusted(hostPort, presented, reasons);
}

void StreamUploader::acceptCertificate()
{
    if (m_state != State::AwaitingApproval || m_pendingFingerprint.isEmpty())
        return;
    if (m_pins)
        m_pins->pin(m_pendingHostPort, m_pendingFingerprint);
    else
        m_acceptedFingerprint = m_pendingFingerprint;
    setState(m_sessionId.isEmpty() ? State::Connecting : State::Reconnecting);
    connectNow();
}

void StreamUploader::rejectCertificate()
{
    if (m_state != State::AwaitingApproval)
        return;
    fail(tr("The certificate of %1 was not accepted.").arg(m_pendingHostPort),
        QStringLiteral("certificate_rejected"));
}

void StreamUploader::onSocketGone(const QString &reason)
{
    dropSocket();
    switch (m_state) {
    case State::Idle:
    case State::AwaitingApproval:
    case State::Finished:
    case State::Failed:
        return;
    default:
        scheduleReconnect(reason);
    }
}

void StreamUploader::scheduleReconnect(const QString &reason)
{
    dropSocket();
    // 250 ms, 500 ms, 1 s, ... up to 10 s; a random half of it, so that many clients that lost
    // the same server do not come back all in the same instant.
    const qint64 ceiling
        = std::min<qint64>(MaxBackoff.count(), InitialBackoff.count() << std::min(m_attempt, 16));
    const qint64 delay = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
    ++m_attempt;
    ++m_reconnects;
    if (m_state != State::Connecting)
        setState(State::Reconnecting);
    Q_EMIT notice(tr("Connection to %1 lost (%2); trying again in %3 s.")
                      .arg(m_url.host(), reason, QLocale().toString(delay / 1000.0, 'f', 1)));
    m_retryTimer.start(std::chrono::milliseconds(delay));
}

void StreamUploader::retryNow()
{
    if (m_state == State::Reconnecting || (m_state == State::Connecting && m_retryTimer.isActive()))
        connectNow();
}

void StreamUploader::checkServer()
{
    if (m_socket && waitingForServer() && m_lastHeard.elapsed() > ServerTimeout.count()) {
        // A half-dead network: nothing comes back although something should.
        onSocketGone(tr("no answer for %1 s").arg(ServerTimeout.count() / 1000));
    }
}

bool StreamUploader::waitingForServer() const
{
    // A connect or handshake that hangs (a network that swallows packets) counts too.
    if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
        return true;
    switch (m_state) {
    case State::Connecting:
    case State::Starting:
    case State::Resuming:
        return true;
    case State::WaitingForTake: // the host may take their time; the server is silent meanwhile
        return false;
    case State::Streaming:
    case State::Stopping:
        return m_sent > m_acked || m_stopSent;
    default:
        return false;
    }
}

void StreamUploader::pump()
{
    if (!m_socket || (m_state != State::Streaming && m_state != State::Stopping))
        return;
    while (m_sent < m_spool.endOffset() && m_sent - m_acked < MaxUnackedBytes) {
        const qint64 room = std::min(MaxMessageBytes, MaxUnackedBytes - (m_sent - m_acked));
        const QByteArray data = m_spool.readFrom(m_sent, room);
        if (data.isEmpty()) {
            fail(tr("Cannot read the audio kept for sending: %1").arg(m_spool.errorString()));
            return;
        }
        if (m_sent == m_acked)
            m_lastHeard.start(); // the ack timeout counts from the first byte in flight
        m_client->sendAudio(data);
        // Bytes sent again after a resume are in the hash already.
        if (m_hashedUpTo >= m_sent && m_hashedUpTo < m_sent + data.size()) {
            m_produced.addData(QByteArrayView(data).sliced(m_hashedUpTo - m_sent));
            m_hashedUpTo = m_sent + data.size();
        }
        m_sent += data.size();
    }
    maybeSendStop();
}

void StreamUploader::finish()
{
    m_finishing = true;
    if (m_take && !m_startSent && m_sessionId.isEmpty() && m_spool.endOffset() == m_acked
        && m_state != State::Finished && m_state != State::Failed) {
        // In a take nothing was captured (the host never started it): nothing to deliver.
        dropSocket();
        m_retryTimer.stop();
        m_watchdog.stop();
        setState(State::Finished);
        Q_EMIT finished(true);
        return;
    }
    switch (m_state) {
    case State::Idle:
    case State::Finished:
    case State::Failed:
        return;
    case State::Streaming:
        setState(State::Stopping);
        maybeSendStop();
        return;
    default:
        return; // the stop is sent once the session is back
    }
}

void StreamUploader::maybeSendStop()
{
    if (!m_finishing || m_stopSent || !m_socket || m_state != State::Stopping)
        return;
    if (m_acked < m_spool.endOffset())
        return; // the stop waits for the last ack: then nothing is in flight when it ends
    m_stopSent = true;
    m_lastHeard.start();
    std::optional<ProducedTotals> produced;
    if (m_hashedUpTo == m_spool.endOffset())
        produced = ProducedTotals { m_hashedUpTo - m_sessionBase,
            QString::fromLatin1(m_produced.result().toHex()) };
    m_client->sendStop(produced);
}

void StreamUploader::reportUnsent(bool always)
{
    if (!m_client || (m_state != State::Streaming && m_state != State::Stopping))
        return;
    const qint64 unsent = std::max<qint64>(0, m_spool.endOffset() - m_acked);
    if (unsent == 0 && !m_unsentShown && !always)
        return;
    m_client->sendUnsent(unsent, m_bytesPerSecond > 0 ? unsent * 1000 / m_bytesPerSecond : 0);
    m_unsentShown = unsent > 0;
    m_unsentTimer.start(); // the next one a whole interval from now
}

void StreamUploader::abort()
{
    m_retryTimer.stop();
    m_watchdog.stop();
    dropSocket(); // its signals go first: this is no drop to recover from
    if (m_state == State::Idle || m_state == State::Finished || m_state == State::Failed)
        return;
    const bool delivered = m_finishing && m_stopSent && m_acked == m_spool.endOffset();
    if (delivered) {
        setState(State::Finished);
    } else {
        m_errorString = tr("Stopped before %Ln byte(s) were delivered.", nullptr,
            int(std::min<qint64>(m_spool.endOffset() - m_acked, std::numeric_limits<int>::max())));
        setState(State::Failed);
    }
    Q_EMIT finished(delivered);
}

void StreamUploader::setAcked(qint64 offset)
{
    if (offset <= m_acked)
        return;
    m_acked = std::min(offset, m_sent);
    m_spool.acknowledge(m_acked);
    Q_EMIT acknowledged(m_acked);
}

void StreamUploader::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_client->disconnect(this);
    m_client = nullptr; // goes with the socket, its parent
    m_unsentTimer.stop();
    m_clock.stop();
    if (m_take)
        m_take->stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    m_socket.reset();
}

void StreamUploader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void StreamUploader::fail(const QString &reason, const QString &code)
{
    m_errorString = reason;
    m_errorCode = code;
    m_retryTimer.stop();
    m_watchdog.stop();
    dropSocket();
    setState(State::Failed);
    Q_EMIT notice(reason);
    Q_EMIT finished(false);
}
