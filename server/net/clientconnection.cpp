#include "clientconnection.h"

#include <chrono>

#include <QDir>
#include <QHostAddress>
#include <QTimer>

#include "api/servermetrics.h"
#include "connectionhost.h"
#include "protocol/clientmessage.h"
#include "protocol/servermessage.h"
#include "serversettings.h"
#include "session/randomid.h"
#include "session/sessionregistry.h"
#include "session/sessiontakeover.h"
#include "storage/payloadcheck.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/wavheader.h"
#include "takes/takebook.h"
#include "transcription/livetranscription.h"
#include "transcription/transcriptionservice.h"

namespace {

constexpr int ConnectionIdBytes = 4;

QString peerString(const ServerWebSocket &socket)
{
    QHostAddress address = socket.peerAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + address.toString() + u']'
        : address.toString();
    return host + u':' + QString::number(socket.peerPort());
}

// The file could not be forced to the disk: what was acknowledged reached the operating system
// but may not survive a power loss. The log and the sidecar say so; the client is told by its
// reply.
void noteSyncFailure(ConnectionHost &host, const SessionStats &stats, const QString &peer,
    const QString &sidecarPath, const QString &syncError)
{
    QString problem;
    std::optional<Sidecar> sidecar = Sidecar::load(sidecarPath, &problem);
    if (sidecar) {
        // A call's three files may each fail: every reason is kept.
        sidecar->syncError = sidecar->syncError.isEmpty()
            ? syncError
            : sidecar->syncError + QStringLiteral("; ") + syncError;
        sidecar->save(sidecarPath, &problem, Sidecar::Sync::ByTheSyncer);
        host.markDirty();
    }
    host.log(ServerEvent::Severity::Error, stats.id, peer,
        ClientConnection::tr("Recording \"%1\" could not be forced to the disk (%2); a power loss "
                             "may take some of it.")
                .arg(stats.label, syncError)
            + (problem.isEmpty() ? QString()
                                 : u' '
                        + ClientConnection::tr("Its sidecar could not say so: %1.").arg(problem)));
}

// The client's totals were compared with the file: the sidecar keeps the verdict, both sides'
// figures, and the log says it.
void notePayloadCheck(ConnectionHost &host, const SessionStats &stats, const QString &peer,
    const QString &sidecarPath, const ProducedTotals &produced, const HeldPayload &held,
    const PayloadCheck &check)
{
    QString problem;
    std::optional<Sidecar> sidecar = Sidecar::load(sidecarPath, &problem);
    if (sidecar) {
        sidecar->verification = check.stateName();
        sidecar->verificationProblem = check.problem;
        sidecar->producedBytes = produced.bytes;
        sidecar->producedSha256 = produced.sha256;
        sidecar->payloadSha256 = held.sha256;
        if (sidecar->save(sidecarPath, &problem, Sidecar::Sync::ByTheSyncer))
            problem.clear();
        host.markDirty();
    }
    const QString sidecarNote = problem.isEmpty()
        ? QString()
        : u' ' + ClientConnection::tr("Its sidecar could not say so: %1.").arg(problem);
    if (check.state == PayloadCheck::State::Verified)
        host.log(ServerEvent::Severity::Info, stats.id, peer,
            ClientConnection::tr("Recording \"%1\" is verified: it holds the %L2 bytes its client "
                                 "produced.")
                    .arg(stats.label)
                    .arg(produced.bytes)
                + sidecarNote);
    else
        host.log(ServerEvent::Severity::Warning, stats.id, peer,
            ClientConnection::tr("Recording \"%1\" is not what its client produced: %2.")
                    .arg(stats.label, check.problem)
                + sidecarNote);
}

} // namespace

ClientConnection::ClientConnection(ServerWebSocket *socket, const QByteArray &userAgent,
    ConnectionHost &host, std::optional<ErrorCode> refusal, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_socket(socket)
    , m_backPressure(socket->transport(), host.settings().maxUnsentReplyBytes)
    , m_id(randomHex(ConnectionIdBytes))
    , m_peer(peerString(*socket))
    , m_userAgent(QString::fromUtf8(userAgent).left(ServerSettings::MaxUserAgentChars))
{
    socket->setParent(this);
    connect(socket, &ServerWebSocket::textMessageReceived, this, &ClientConnection::onTextMessage);
    socket->setBinaryMessageHandler([this](const QByteArray &data) { onBinaryMessage(data); });
    connect(socket, &ServerWebSocket::protocolError, this,
        [this](QWebSocketProtocol::CloseCode code, const QString &why) {
            m_host.log(ServerEvent::Severity::Warning, sessionId(), m_peer,
                tr("The client broke the WebSocket protocol (closed with %1): %2")
                    .arg(int(code))
                    .arg(why));
        });
    connect(socket, &ServerWebSocket::disconnected, this, &ClientConnection::onDisconnected);
    // A held client that reads again is let go as soon as its backlog has drained.
    connect(socket->transport(), &ClientTransport::bytesWritten, this, [this] {
        if (m_backPressure.isHolding())
            m_backPressure.update();
    });

    m_lastMessage.start();

    m_host.log(ServerEvent::Severity::Info, {}, m_peer,
        tr("Client connected (%1).")
            .arg(m_userAgent.isEmpty() ? tr("no user agent") : m_userAgent));
    if (m_socket->source()) {
        // Its stream may have come with the request: the first bytes start it, if they come
        // before this.
        QTimer::singleShot(0, this, [this] {
            if (!m_dialect)
                startSource();
        });
    } else if (isPhoneCall()) {
        TwilioCall::Recorder &recorder = *this; // a private base, reachable here only
        m_call = std::make_unique<TwilioCall>(recorder); // Twilio expects no greeting
        if (socket->isTokenPending()) {
            // Its start must bring the pairing code soon; until then nothing else is taken.
            QTimer::singleShot(host.settings().requestTimeout, this, [this] {
                if (m_socket && m_socket->isTokenPending() && !m_closing)
                    closeWithError(ErrorCode::BadToken,
                        QStringLiteral("This call is not paired: its start did not bring the "
                                       "pairing code in time."));
            });
        }
    } else {
        send(ServerMessage::connection(m_id));
    }
    if (refusal) {
        // Nothing the client sent behind its refused upgrade is taken, not even what came in
        // the same packet and is read before the refusal below goes out.
        m_closing = true;
        const QString why = *refusal == ErrorCode::BadToken
            ? QStringLiteral("This device is not paired: the pairing code is missing or wrong.")
            : *refusal == ErrorCode::Banned
            ? QStringLiteral("Too many wrong pairing codes from this address; try again later.")
            : QStringLiteral("WebSockets are only accepted from Earshot's own page.");
        // Next turn of the event loop: closing may end the connection at once, and its
        // finished() must reach the worker, which connects to it after construction.
        QTimer::singleShot(0, this, [this, code = *refusal, why] { fail(code, why); });
    }
}

ClientConnection::~ClientConnection()
{
    // The socket is a child, deleted after this object's part of the destruction.
    if (m_socket)
        m_socket->setBinaryMessageHandler({});
}

std::optional<SessionStats> ClientConnection::sample(qint64 monotonicMs)
{
    if (!m_session)
        return std::nullopt;
    SessionStats stats = m_session->sample(monotonicMs);
    if (m_transcription) {
        stats.captionFinal = m_transcription->finalText();
        stats.captionPartial = m_transcription->partialText();
    }
    return stats;
}

void ClientConnection::onTextMessage(const QString &text)
{
    m_lastMessage.restart();
    if (m_closing)
        return;
    if (m_call) {
        if (m_socket && m_socket->isTokenPending() && !TwilioCall::mayPrecedePairing(text)) {
            closeWithError(ErrorCode::BadToken,
                QStringLiteral("This call is not paired: its first messages must be connected "
                               "and a start with the pairing code."));
            return;
        }
        m_call->handle(text);
        return;
    }
    const ClientMessage message = ClientMessage::parse(text);
    switch (message.kind) {
    case ClientMessage::Kind::Start:
        startSession(Dialect::v1(), message.format, message.name, message.transcribe,
            { message.take.isEmpty() ? m_take : message.take, message.captureStartMs,
                message.clockUncertaintyMs });
        break;
    case ClientMessage::Kind::Join:
        joinTake(message.take);
        break;
    case ClientMessage::Kind::Time:
        send(ServerMessage::time(message.clientMs,
            std::chrono::duration<double, std::milli>(
                std::chrono::system_clock::now().time_since_epoch())
                .count()));
        break;
    case ClientMessage::Kind::TextStart:
        startSession(Dialect::textCommands(), {}, {});
        break;
    case ClientMessage::Kind::JsonStart:
        startSession(Dialect::jsonCommands(), {}, {});
        break;
    case ClientMessage::Kind::Stop:
        stopSession(Verification { message.produced });
        break;
    case ClientMessage::Kind::TextStop:
    case ClientMessage::Kind::JsonStop:
        stopSession(std::nullopt);
        break;
    case ClientMessage::Kind::Resume:
        resumeSession(message.session, message.resumeToken);
        break;
    case ClientMessage::Kind::Level:
        if (m_session)
            m_session->reportLevel(message.level);
        break;
    case ClientMessage::Kind::Unsent:
        if (m_session)
            m_session->reportUnsent(message.unsentBytes, message.unsentDurationMs);
        break;
    case ClientMessage::Kind::Echo:
        send(QStringLiteral("Echo: ") + message.text);
        break;
    case ClientMessage::Kind::Invalid:
        sendError(ErrorCode::BadMessage, message.text);
        break;
    case ClientMessage::Kind::UnknownType:
        sendError(ErrorCode::UnknownType,
            QStringLiteral("Unknown message type \"%1\".").arg(message.text));
        break;
    }
}

void ClientConnection::onBinaryMessage(const QByteArray &data)
{
    m_lastMessage.restart();
    if (m_closing)
        return;
    if (m_call) {
        sendError(ErrorCode::BadMessage,
            QStringLiteral("Media Streams messages are text; a binary one was dropped."));
        return;
    }
    if (m_socket && m_socket->source()) {
        if (!m_dialect)
            startSource();
        if (m_session)
            appendAudio(data);
        if (m_session && m_oggComments) {
            for (const OggCommentScanner::Comments &comments : m_oggComments->feed(data))
                setSourceTitle(comments.displayTitle());
        }
        return;
    }
    if (!m_session) {
        if (!m_dialect && isTranscribeStream()) {
            const std::optional<qsizetype> audioStart = startTranscribeStream(data);
            if (!audioStart)
                return;
            if (*audioStart > 0) {
                if (*audioStart < data.size())
                    appendAudio(data.sliced(*audioStart));
                return;
            }
        }
        // A client whose very first message is audio is an old binary-only one.
        if (!m_dialect)
            startSession(Dialect::binaryOnly(), {}, {});
        if (!m_session) {
            if (!m_dialect || m_dialect->reportsStrayAudio())
                sendError(ErrorCode::ExpectedStart,
                    QStringLiteral("Audio arrived while no session is recording; send "
                                   "{\"type\":\"start\"} first. %1 bytes dropped.")
                        .arg(data.size()));
            return;
        }
    }
    appendAudio(data);
}

void ClientConnection::appendAudio(const QByteArray &data)
{
    // The ack that covers these bytes is timed from the first of them that waits for one.
    if (!m_unackedSince)
        m_unackedSince = std::chrono::steady_clock::now();
    if (const RecordingWriter::Result result = m_session->append(data);
        result != RecordingWriter::Result::Ok) {
        failWrite(result, m_session->errorString());
        return;
    }
    m_host.markDirty();
    m_host.metrics().received(data.size());
    if (!m_takeToldOfFile)
        tellTakeOfTrackFile();
    if (m_transcriptionWanted)
        startTranscription();
    if (m_transcription)
        m_transcription->grewTo(m_session->fileBytes());

    switch (m_dialect->acks()) {
    case Dialect::Acks::None:
        break;
    case Dialect::Acks::Batched:
        m_host.requestAck(this);
        break;
    case Dialect::Acks::EveryChunk:
        if (!m_session->commit()) {
            failWrite(RecordingWriter::Result::Failed, m_session->errorString());
            return;
        }
        if (const std::optional<QString> reply = m_dialect->chunkReply(facts(), data.size())) {
            send(*reply);
            observeAckLatency();
        }
        break;
    }
}

void ClientConnection::startSession(const Dialect &dialect, const QString &format,
    const QString &label, bool transcribe, const TakeRequest &take,
    const TwilioCall::Recorder::CreateTrackFiles &createTrackFiles)
{
    if (m_session) {
        sendError(ErrorCode::AlreadyRecording,
            QStringLiteral("A session is recording on this connection already."));
        return;
    }
    std::optional<AudioFormat> audioFormat;
    if (!format.trimmed().isEmpty()) {
        QString problem;
        audioFormat = AudioFormat::fromMimeType(format, &problem);
        if (!audioFormat) {
            sendError(ErrorCode::BadFormat,
                QStringLiteral("Cannot record \"%1\": %2.")
                    .arg(format.size() > AudioFormat::MaxMimeTypeChars
                            ? format.left(AudioFormat::MaxMimeTypeChars) + u'…'
                            : format,
                        problem));
            return;
        }
    }
    if (!m_host.registry().reserveLive()) {
        m_host.metrics().refused(ServerMetrics::Refusal::ServerFull);
        fail(ErrorCode::ServerFull,
            QStringLiteral("The server records the most sessions it may (%1); try again later.")
                .arg(m_host.settings().maxLiveSessions));
        return;
    }

    auto session = std::make_unique<RecordingSession>(m_host.settings().recordingsDir,
        RecordingSession::Origin {
            label, dialect.fallbackLabel(), m_peer, m_userAgent, m_host.settings().instanceName },
        audioFormat);
    if (!take.take.isEmpty() && !seatInTake(*session, take, label)) {
        m_host.registry().releaseLive();
        return;
    }
    QString problem;
    bool created = session->open(&problem);
    if (created && createTrackFiles && !createTrackFiles(session->stats().filePath, &problem)) {
        // A call is its three files: without its tracks, none of it is kept.
        session->discard();
        created = false;
    }
    if (!created) {
        m_host.registry().releaseLive();
        if (!take.take.isEmpty())
            m_host.takes().unseat(take.take, session->id()); // take.json lists no track of it
        fail(ErrorCode::WriteError, QStringLiteral("Cannot create the recording: %1").arg(problem));
        return;
    }
    m_host.markDirty(); // its sidecar
    m_host.registry().addLive(session->id(), session->resumeTokenDigest(), m_host.workerIndex());
    m_host.metrics().sessionStarted();
    m_dialect = &dialect;
    m_session = std::move(session);
    m_ackedBytes = 0;

    m_host.log(ServerEvent::Severity::Info, m_session->id(), m_peer,
        tr("Recording \"%1\" started (%2).")
            .arg(m_session->stats().label,
                audioFormat ? audioFormat->mimeType() : tr("format from the first bytes")));
    Q_EMIT sessionStarted(m_session->stats());
    tellTakeOfTrackFile();
    if (const std::optional<QString> reply = dialect.startedReply(facts()))
        send(*reply);
    m_captionsToClient = transcribe || isTranscribeStream();
    m_transcriptionWanted = m_captionsToClient || m_host.settings().transcribeAll;
    if (m_transcriptionWanted && m_session->format())
        startTranscription();
}

bool ClientConnection::seatInTake(
    RecordingSession &session, const TakeRequest &request, const QString &guest)
{
    const QString &take = request.take;
    TakeBook::Refusal refusal;
    const std::optional<TakeBook::Seat> seat = m_host.takes().seat(
        take, session.id(), guest, session.sanitizedLabel(), request.captureStartMs, &refusal);
    if (!seat) {
        sendError(
            refusal.unknownTake ? ErrorCode::UnknownTake : ErrorCode::TakeClosed, refusal.why);
        return false;
    }
    const std::optional<Take> found = m_host.takes().find(take);
    QJsonObject facts { { QStringLiteral("take"), take },
        { QStringLiteral("name"), found ? found->name : QString() },
        { QStringLiteral("guest"), session.stats().label } };
    if (request.captureStartMs >= 0)
        facts.insert(QStringLiteral("captureStartMs"), request.captureStartMs);
    if (request.clockUncertaintyMs >= 0)
        facts.insert(QStringLiteral("clockUncertaintyMs"), request.clockUncertaintyMs);
    session.placeInTake(seat->folder, seat->trackName, facts);
    m_take = take;
    m_takeToldOfFile = false;
    return true;
}

void ClientConnection::tellTakeOfTrackFile()
{
    if (m_takeToldOfFile || !m_session || m_session->stats().take.isEmpty()
        || m_session->relativePath().isEmpty())
        return;
    m_takeToldOfFile = true;
    m_host.takes().setTrackFile(
        m_session->stats().take, m_session->id(), m_session->relativePath());
}

void ClientConnection::joinTake(const QString &take)
{
    const std::optional<Take> found = m_host.takes().find(take);
    if (!found) {
        sendError(
            ErrorCode::UnknownTake, QStringLiteral("There is no take \"%1\".").arg(take.left(16)));
        return;
    }
    m_take = take;
    send(ServerMessage::take(found->id, found->name, Take::stateName(found->state)));
}

void ClientConnection::takeChanged(const Take &take)
{
    if (take.id == m_take && !m_closing)
        send(ServerMessage::take(take.id, take.name, Take::stateName(take.state)));
}

bool ClientConnection::isTranscribeStream() const
{
    return m_socket && !m_socket->source() && m_socket->requestPath() == u"/ws/transcribe-stream";
}

std::optional<qsizetype> ClientConnection::startTranscribeStream(const QByteArray &firstMessage)
{
    AudioFormat::Pcm pcm; // 16 kHz mono 16-bit, the endpoint's own
    qsizetype audioStart = 0;
    if (firstMessage.startsWith("RIFF")) {
        QString problem;
        const std::optional<WavHeader::StreamHeader> header
            = WavHeader::parseStream(firstMessage, &problem);
        if (!header || header->pcm.bitsPerSample != 16) {
            // Nothing the client sends after it could be read either.
            const QString why = header ? QStringLiteral("only 16-bit samples are taken") : problem;
            m_host.log(ServerEvent::Severity::Warning, {}, m_peer,
                tr("Refused a stream to transcribe: %1.").arg(why));
            closeWithError(
                ErrorCode::BadFormat, QStringLiteral("Cannot transcribe this WAV: %1.").arg(why));
            return std::nullopt;
        }
        pcm = header->pcm;
        audioStart = qsizetype(header->headerBytes);
    }
    startSession(Dialect::transcribeStream(),
        QStringLiteral("audio/pcm;rate=%1;channels=%2").arg(pcm.sampleRate).arg(pcm.channels), {},
        true);
    if (!m_session)
        return std::nullopt;
    return audioStart;
}

void ClientConnection::startTranscription()
{
    m_transcriptionWanted = false;
    const QString sessionId = m_session->id();
    TranscriptionService *service = m_host.transcription();
    if (!service) {
        if (m_captionsToClient)
            send(ServerMessage::transcriptionUnavailable(sessionId, QStringLiteral("unavailable"),
                QStringLiteral("This server does not transcribe: no speech model is set up.")));
        return;
    }
    const QFileInfo audio(m_session->stats().filePath);
    const QString vttName = audio.completeBaseName() + QStringLiteral(".vtt");
    QString why;
    std::unique_ptr<LiveTranscription> live = service->startLive(audio.filePath(),
        *m_session->format(), m_session->format()->isPcm() ? WavHeader::Size : 0,
        audio.dir().filePath(vttName), &why);
    if (!live) {
        m_host.log(ServerEvent::Severity::Warning, sessionId, m_peer,
            tr("Recording \"%1\" is not transcribed: every recognizer is busy (%2 at most).")
                .arg(m_session->stats().label)
                .arg(service->maxDecoders()));
        if (m_captionsToClient)
            send(ServerMessage::transcriptionUnavailable(sessionId, QStringLiteral("busy"), why));
        return;
    }
    QString problem;
    if (!m_session->setTranscriptFile(vttName, &problem))
        m_host.log(ServerEvent::Severity::Warning, sessionId, m_peer,
            tr("The sidecar could not name the transcript: %1").arg(problem));
    m_host.markDirty();

    LiveTranscription *transcription = live.release();
    transcription->setParent(this);
    m_transcription = transcription;
    connect(transcription, &LiveTranscription::resultArrived, this,
        [this, sessionId](const SpeechResult &result) {
            if (!m_closing && m_captionsToClient)
                send(ServerMessage::transcript(sessionId, result.kind == SpeechResult::Kind::Final,
                    result.text, result.startMs, result.endMs));
        });
    connect(transcription, &LiveTranscription::skipped, this,
        [this, sessionId](qint64 fromMs, qint64 toMs) {
            m_host.log(ServerEvent::Severity::Warning, sessionId, m_peer,
                tr("Transcription fell behind and skipped %L1 s of audio.")
                    .arg((toMs - fromMs) / 1000.0, 0, 'f', 1));
            if (!m_closing && m_captionsToClient)
                send(ServerMessage::transcriptionSkipped(sessionId, fromMs, toMs));
        });
    connect(transcription, &LiveTranscription::finished, this,
        [this, sessionId, transcription](bool ok, const QString &errorString) {
            if (!ok)
                m_host.log(ServerEvent::Severity::Warning, sessionId, m_peer,
                    tr("The transcript ended early: %1").arg(errorString));
            if (!m_closing && m_captionsToClient)
                send(ok ? ServerMessage::transcriptionState(sessionId, QStringLiteral("done"))
                        : ServerMessage::transcriptionUnavailable(
                            sessionId, QStringLiteral("failed"), errorString));
            if (m_transcription == transcription)
                m_transcription = nullptr;
            transcription->deleteLater();
        });
    transcription->grewTo(m_session->fileBytes());
    if (m_captionsToClient)
        send(ServerMessage::transcriptionState(sessionId, QStringLiteral("on"),
            QFileInfo(m_session->relativePath()).dir().filePath(vttName)));
}

void ClientConnection::resumeSession(const QString &sessionId, const QString &token)
{
    if (m_session) {
        sendError(ErrorCode::AlreadyRecording,
            QStringLiteral("A session is recording on this connection already."));
        return;
    }
    const SessionRegistry::Claim claim
        = m_host.registry().claim(sessionId, token, m_host.workerIndex());
    switch (claim.result) {
    case SessionRegistry::Claim::Result::Unknown:
        resumeFromSharedFolder(sessionId, token);
        return;
    case SessionRegistry::Claim::Result::BadToken:
        refuseResumeToken(sessionId);
        return;
    case SessionRegistry::Claim::Result::Full:
        m_host.metrics().refused(ServerMetrics::Refusal::ServerFull);
        fail(ErrorCode::ServerFull,
            QStringLiteral("The server records the most sessions it may; try again later."));
        return;
    case SessionRegistry::Claim::Result::LiveElsewhere: {
        // The old connection has not noticed that its network is gone. Take the session over.
        QPointer<ClientConnection> self(this);
        m_host.takeOverSession(claim.workerIndex, sessionId, [self, sessionId, token] {
            if (self && !self->m_closing)
                self->resumeSession(sessionId, token);
        });
        return;
    }
    case SessionRegistry::Claim::Result::Claimed:
        break;
    }

    ResumableSession resumable = *claim.session;
    RecordingLock lock;
    if (!resumable.relativePath.isEmpty()) {
        // Another instance sharing the folder may have taken it over since it dropped here: the
        // lock says whether it records it now, the sidecar whether it wrote more.
        SessionTakeover::Result taken
            = SessionTakeover::take(m_host.settings().recordingsDir, resumable.relativePath, token,
                m_host.settings().resumeWindow, QDateTime::currentDateTimeUtc());
        if (taken.outcome != SessionTakeover::Result::Outcome::Taken) {
            m_host.registry().releaseLive();
            m_host.registry().remove(sessionId);
            refuseTakeover(sessionId, taken);
            return;
        }
        const QList<Sidecar::Holder> &holders = taken.session->holders;
        if (!holders.isEmpty() && holders.last().instance != m_host.settings().instanceName)
            resumable = *taken.session;
        lock = std::move(taken.lock);
    }
    continueSession(resumable, std::move(lock));
}

void ClientConnection::resumeFromSharedFolder(const QString &sessionId, const QString &token)
{
    // Not known here: the instance that held it may have been another one sharing the folder.
    const QString root = m_host.settings().recordingsDir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString relativePath = SessionTakeover::findRecording(root, sessionId, now);
    if (relativePath.isEmpty()) {
        sendError(ErrorCode::UnknownSession,
            QStringLiteral("There is no resumable session \"%1\" (it ended or expired).")
                .arg(sessionId));
        return;
    }
    SessionTakeover::Result taken
        = SessionTakeover::take(root, relativePath, token, m_host.settings().resumeWindow, now);
    if (taken.outcome != SessionTakeover::Result::Outcome::Taken) {
        refuseTakeover(sessionId, taken);
        return;
    }
    if (!m_host.registry().reserveLive()) {
        m_host.metrics().refused(ServerMetrics::Refusal::ServerFull);
        fail(ErrorCode::ServerFull,
            QStringLiteral("The server records the most sessions it may; try again later."));
        return;
    }
    m_host.registry().addLive(sessionId, taken.session->resumeTokenDigest, m_host.workerIndex());
    m_host.log(ServerEvent::Severity::Info, sessionId, m_peer,
        tr("Taking over recording \"%1\" from the shared folder.").arg(taken.session->stats.label));
    continueSession(*taken.session, std::move(taken.lock));
}

void ClientConnection::refuseResumeToken(const QString &sessionId)
{
    m_host.log(ServerEvent::Severity::Warning, sessionId, m_peer,
        tr("Refused a resume with a wrong token."));
    fail(ErrorCode::BadResumeToken, QStringLiteral("The resume token does not match the session."));
}

void ClientConnection::refuseTakeover(
    const QString &sessionId, const SessionTakeover::Result &taken)
{
    switch (taken.outcome) {
    case SessionTakeover::Result::Outcome::Taken:
        return;
    case SessionTakeover::Result::Outcome::Unknown:
        sendError(ErrorCode::UnknownSession,
            QStringLiteral("There is no resumable session \"%1\" (it ended or expired).")
                .arg(sessionId));
        return;
    case SessionTakeover::Result::Outcome::BadToken:
        refuseResumeToken(sessionId);
        return;
    case SessionTakeover::Result::Outcome::Held:
        fail(ErrorCode::SessionHeld,
            QStringLiteral("Another instance of Earshot sharing the recordings folder records "
                           "session \"%1\" now; try again later.")
                .arg(sessionId));
        return;
    case SessionTakeover::Result::Outcome::Failed:
        fail(ErrorCode::WriteError,
            QStringLiteral("Cannot reopen the recording: %1").arg(taken.errorString));
        return;
    }
}

void ClientConnection::continueSession(const ResumableSession &resumable, RecordingLock lock)
{
    const QString sessionId = resumable.stats.id;
    QString problem;
    std::unique_ptr<RecordingSession> session
        = RecordingSession::resume(m_host.settings().recordingsDir, resumable,
            m_host.settings().instanceName, std::move(lock), &problem);
    if (!session) {
        m_host.registry().releaseLive();
        m_host.registry().remove(sessionId);
        fail(ErrorCode::WriteError, QStringLiteral("Cannot reopen the recording: %1").arg(problem));
        return;
    }
    m_host.markDirty(); // its sidecar
    m_host.metrics().sessionResumed();
    m_session = std::move(session);
    m_dialect = &Dialect::v1();
    m_ackedBytes = m_session->bytes();
    m_take = m_session->stats().take;
    // The take knew the file before the drop, or learns of it with the first byte.
    m_takeToldOfFile = !m_session->relativePath().isEmpty();
    m_host.log(ServerEvent::Severity::Info, sessionId, m_peer,
        tr("Recording \"%1\" resumed at byte %L2.")
            .arg(m_session->stats().label)
            .arg(m_session->bytes()));
    send(ServerMessage::resumed(sessionId, m_session->bytes(), m_session->chunks()));
}

void ClientConnection::stopSession(const std::optional<Verification> &verification)
{
    if (!m_session) {
        sendError(
            ErrorCode::NotRecording, QStringLiteral("No session is recording on this connection."));
        return;
    }
    if (m_dialect->acks() == Dialect::Acks::Batched)
        sendAck();
    if (!m_session)
        return; // the last ack failed and ended it
    // A client that sent no totals is told so, and its sidecar says so from the start.
    const bool unverified = verification && !verification->produced;
    if (unverified)
        m_session->setVerification(PayloadCheck {}.stateName());
    const Dialect *dialect = m_dialect;
    const QString file = m_session->relativePath();
    QPointer<ClientConnection> self(this);
    endSession(
        SessionStats::State::Complete, {}, false,
        [self, dialect, file, verifies = verification.has_value()](
            const SessionStats &stats, const QString &syncError, const PayloadCheck &check) {
            if (!self)
                return;
            SessionFacts facts { stats.id, file, {}, stats.bytes, stats.chunks,
                stats.wallDurationMs(stats.endedAt), syncError.isEmpty() };
            if (verifies) {
                facts.verification = check.stateName();
                facts.verificationProblem = check.problem;
            }
            self->send(dialect->stoppedReply(facts));
        },
        verification ? verification->produced : std::nullopt);
}

void ClientConnection::sendAck()
{
    if (!m_session || m_session->bytes() == m_ackedBytes)
        return;
    if (!m_session->commit()) {
        failWrite(RecordingWriter::Result::Failed, m_session->errorString());
        return;
    }
    m_ackedBytes = m_session->bytes();
    // The ack, the reply of every turn, is handed to the system now rather than when the write
    // notifier fires: one system call, and the notifier stays off unless the kernel leaves some
    // of it. Other replies wait for the notifier, so that a client that reads none has them held
    // where BackPressure sees them, not in the kernel's buffers.
    if (m_socket && m_socket->isConnected()) {
        m_socket->sendTextMessageNow(
            ServerMessage::ack(m_session->id(), m_session->chunks(), m_ackedBytes));
        m_backPressure.update();
    }
    observeAckLatency();
}

void ClientConnection::observeAckLatency()
{
    if (!m_unackedSince)
        return;
    m_host.metrics().ackLatency().observe(std::chrono::steady_clock::now() - *m_unackedSince);
    m_unackedSince.reset();
}

void ClientConnection::endSession(SessionStats::State state, const QString &errorCode,
    bool keepResumable, ReplyWhenSynced replyWhenSynced,
    const std::optional<ProducedTotals> &produced)
{
    if (!m_session)
        return;
    if (m_call && !m_endingCall) {
        // The tracks are brought to the call's length and the stereo file with them, unless a
        // failed write ends the session: then the files end where they are.
        m_endingCall = true;
        m_call->finish(state == SessionStats::State::Failed ? TwilioCall::Ending::WhereTheyAre
                                                            : TwilioCall::Ending::AtTheCallsLength);
        if (!m_session)
            return; // a write at the end failed, and ended the session failed
    }
    std::unique_ptr<RecordingSession> session = std::move(m_session);
    m_unackedSince.reset();
    m_host.metrics().sessionEnded(state == SessionStats::State::Complete
            ? ServerMetrics::Outcome::Complete
            : state == SessionStats::State::Failed ? ServerMetrics::Outcome::Failed
                                                   : ServerMetrics::Outcome::Interrupted);
    m_transcriptionWanted = false;
    // Its job goes on to the end of the file; the object stays until it is done.
    if (m_transcription) {
        m_transcription->end();
        m_transcription = nullptr;
    }
    const int descriptor = session->finish(state, errorCode);
    m_host.markDirty(); // its sidecar
    const SessionStats stats = session->stats();
    // Before it leaves the live ones: a delete through the API must not slip in between.
    if (descriptor >= 0)
        m_host.registry().beginFinishing(stats.id);

    if (keepResumable)
        m_host.registry().makeResumable(session->resumable(),
            QDateTime::currentDateTimeUtc().addMSecs(m_host.settings().resumeWindow.count()));
    else
        m_host.registry().remove(stats.id);
    m_host.registry().releaseLive();
    Q_EMIT sessionEnded(stats, keepResumable);

    const QString how = state == SessionStats::State::Complete ? tr("complete")
        : state == SessionStats::State::Failed                 ? tr("failed: %1").arg(errorCode)
        : keepResumable                                        ? tr("interrupted, resumable")
                                                               : tr("interrupted");
    m_host.log(state == SessionStats::State::Failed ? ServerEvent::Severity::Error
                                                    : ServerEvent::Severity::Info,
        stats.id, m_peer,
        tr("Recording \"%1\" ended (%2): %L3 bytes in %L4 chunks.")
            .arg(stats.label, how)
            .arg(stats.bytes)
            .arg(stats.chunks));

    if (descriptor < 0) {
        // No file was ever made (a format to sniff, and no audio): nothing was kept, so nothing
        // the client produced can be missing only if it produced nothing.
        PayloadCheck check;
        if (produced)
            check = PayloadCheck::compare(*produced, HeldPayload::nothing());
        if (replyWhenSynced)
            replyWhenSynced(stats, {}, check);
        return;
    }
    // An interrupted stream may be resumed: its bytes must stay as they are.
    const bool remux
        = state == SessionStats::State::Complete || state == SessionStats::State::Failed;
    ConnectionHost *host = &m_host;
    const QString filePath
        = QDir(m_host.settings().recordingsDir).filePath(session->relativePath());
    const QString sidecar = sidecarPathOf(*session);
    // Earshot's own WAV header is not the client's: the payload is what follows it.
    const qint64 payloadOffset = session->fileBytes() - session->bytes();
    const auto conclude = [host, stats, remux, reply = std::move(replyWhenSynced)](
                              const QString &syncError, const PayloadCheck &check) {
        if (reply)
            reply(stats, syncError, check);
        // After the verdict: the remux replaces the file and rewrites the sidecar. Queued, it
        // is the remux queue's to tell of (RemuxQueue::isPending()).
        if (remux)
            host->remux(stats);
        host->registry().endFinishing(stats.id);
    };
    m_host.finishFile(descriptor,
        [host, stats, sidecar, filePath, payloadOffset, produced, conclude, peer = m_peer](
            const QString &syncError) {
            if (!syncError.isEmpty())
                noteSyncFailure(*host, stats, peer, sidecar, syncError);
            if (!produced) {
                conclude(syncError, {});
                return;
            }
            // Off this thread: a long recording takes a second or more to read and hash.
            host->checkPayload(filePath, payloadOffset,
                [host, stats, sidecar, produced, conclude, syncError, peer](
                    const HeldPayload &held) {
                    const PayloadCheck check = PayloadCheck::compare(*produced, held);
                    notePayloadCheck(*host, stats, peer, sidecar, *produced, held, check);
                    conclude(syncError, check);
                });
        });
}

void ClientConnection::onDisconnected()
{
    if (m_session) {
        switch (m_dialect->whenDropped()) {
        case Dialect::WhenDropped::Complete:
            endSession(SessionStats::State::Complete, {}, false);
            break;
        case Dialect::WhenDropped::KeepResumable:
            endSession(SessionStats::State::Interrupted, {}, true);
            break;
        case Dialect::WhenDropped::Interrupt:
            endSession(SessionStats::State::Interrupted, {}, false);
            break;
        }
    }
    m_host.log(ServerEvent::Severity::Info, {}, m_peer, tr("Client disconnected."));
    Q_EMIT finished();
}

void ClientConnection::startSource()
{
    const IcecastSource &source = *m_socket->source();
    startSession(Dialect::icecastSource(), source.format, source.label());
    if (!m_session) {
        m_dialect = &Dialect::icecastSource(); // its bytes are dropped from here on
        return;
    }
    m_host.registry().setSourceMount(m_session->id(), source.mount);
    if (source.format == u"audio/ogg")
        m_oggComments = std::make_unique<OggCommentScanner>();
    QString problem;
    if (!m_session->setSourceFacts(sourceFacts(), &problem))
        m_host.log(ServerEvent::Severity::Warning, m_session->id(), m_peer,
            tr("Cannot save the stream's sidecar: %1").arg(problem));
    m_host.markDirty();
}

QJsonObject ClientConnection::sourceFacts() const
{
    QJsonObject facts = m_socket->source()->facts();
    if (!m_sourceTitles.toJson().isEmpty())
        facts.insert(QStringLiteral("titles"), m_sourceTitles.toJson());
    if (m_sourceTitles.notKept() > 0)
        facts.insert(QStringLiteral("titlesNotKept"), m_sourceTitles.notKept());
    return facts;
}

void ClientConnection::setSourceTitle(const QString &title)
{
    if (!m_session || !m_socket || !m_socket->source() || m_closing)
        return;
    const qint64 atMs = m_session->stats().startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    if (!m_sourceTitles.add(std::max<qint64>(0, atMs), title))
        return;
    m_session->setTitle(m_sourceTitles.current());
    QString problem;
    if (!m_session->setSourceFacts(sourceFacts(), &problem))
        m_host.log(ServerEvent::Severity::Warning, m_session->id(), m_peer,
            tr("Cannot save the stream's sidecar: %1").arg(problem));
    m_host.markDirty();
    m_host.log(ServerEvent::Severity::Info, m_session->id(), m_peer,
        tr("Now playing on %1: %2").arg(m_socket->source()->mount, m_sourceTitles.current()));
}

bool ClientConnection::isPhoneCall() const
{
    return m_socket && !m_socket->source() && m_socket->requestPath() == u"/twilio";
}

QString ClientConnection::startRecording(const QString &label, const CreateTrackFiles &createTracks)
{
    startSession(Dialect::phoneCall(), QStringLiteral("audio/pcm;rate=8000;channels=2"), label,
        false, {}, createTracks);
    return m_session ? m_session->stats().filePath : QString();
}

bool ClientConnection::appendRecording(const QByteArray &stereo)
{
    if (!m_session)
        return false;
    // Also while the session ends: a failed write at the end ends it failed.
    appendAudio(stereo);
    if (!m_session)
        return false;
    // A call is sent no acks, at which other sessions bring their header up to date: the stereo
    // file's is brought up to date here, as the tracks' are, so that it plays what it holds at
    // every moment.
    if (!m_session->commit()) {
        failWrite(RecordingWriter::Result::Failed, m_session->errorString());
        return false;
    }
    return true;
}

void ClientConnection::writeFailed(RecordingWriter::Result result, const QString &errorString)
{
    if (m_session)
        failWrite(result, errorString);
}

void ClientConnection::saveCallFacts(const QJsonObject &call)
{
    if (!m_session)
        return;
    QString problem;
    if (!m_session->setCallFacts(call, &problem))
        m_host.log(ServerEvent::Severity::Warning, m_session->id(), m_peer,
            tr("Cannot save the call's sidecar: %1").arg(problem));
    m_host.markDirty();
}

void ClientConnection::stopRecording()
{
    if (!m_session)
        return;
    QPointer<ClientConnection> self(this);
    endSession(SessionStats::State::Complete, {}, false,
        [self](const SessionStats &, const QString &, const PayloadCheck &) {
            if (self && self->m_socket) {
                self->m_closing = true;
                self->m_socket->close(
                    QWebSocketProtocol::CloseCodeNormal, QStringLiteral("call recorded"));
            }
        });
}

void ClientConnection::finishTrackFile(int descriptor, const QString &fileName)
{
    // Noted in the session's sidecar as its own file's failed sync is: the call ends (and the
    // sidecar is written for the last time) before the sync reports back.
    const SessionStats stats = m_session ? m_session->stats() : SessionStats();
    const QString sidecar = m_session ? sidecarPathOf(*m_session) : QString();
    if (descriptor < 0) {
        m_host.log(ServerEvent::Severity::Error, stats.id, m_peer,
            tr("A call's track file may not be on the disk: %1")
                .arg(fileName + QStringLiteral(": its descriptor could not be duplicated")));
        return;
    }
    ConnectionHost *host = &m_host;
    m_host.finishFile(
        descriptor, [host, stats, sidecar, fileName, peer = m_peer](const QString &syncError) {
            if (!syncError.isEmpty())
                noteSyncFailure(
                    *host, stats, peer, sidecar, fileName + QStringLiteral(": ") + syncError);
        });
}

void ClientConnection::reply(const QString &text)
{
    send(text);
}

void ClientConnection::refuse(ErrorCode code, const QString &message, bool close)
{
    if (!close) {
        sendError(code, message);
        return;
    }
    m_host.log(ServerEvent::Severity::Warning, sessionId(), m_peer,
        tr("Refused a phone call: %1").arg(message));
    fail(code, message);
    // Also for the codes that leave other clients connected: a call cannot go on without it.
    m_closing = true;
    if (m_socket)
        m_socket->close(errorDisposition(code).closeCode, message.left(120));
}

bool ClientConnection::mayRecord(const QString &parameterToken)
{
    if (!m_socket || !m_socket->isTokenPending())
        return true;
    switch (m_host.checkPairingToken(m_socket->peerAddress(), parameterToken)) {
    case ConnectionHost::TokenCheck::Accepted:
        m_socket->setTokenPending(false);
        return true;
    case ConnectionHost::TokenCheck::Wrong:
        refuse(ErrorCode::BadToken,
            QStringLiteral("This call is not paired: give the pairing code as ?t= in the stream's "
                           "URL or as the custom parameter \"t\"."),
            true);
        return false;
    case ConnectionHost::TokenCheck::Banned:
        refuse(ErrorCode::Banned,
            QStringLiteral("Too many wrong pairing codes from this address; try again later."),
            true);
        return false;
    }
    return false;
}

QString ClientConnection::sidecarPathOf(const RecordingSession &session) const
{
    return RecordingPaths::sidecarPath(
        QDir(m_host.settings().recordingsDir).filePath(session.relativePath()));
}

SessionFacts ClientConnection::facts() const
{
    return { m_session->id(), m_session->relativePath(), m_session->resumeToken(),
        m_session->bytes(), m_session->chunks(),
        m_session->stats().wallDurationMs(QDateTime::currentDateTimeUtc()) };
}

void ClientConnection::failWrite(RecordingWriter::Result result, const QString &errorString)
{
    if (result == RecordingWriter::Result::DiskFull)
        fail(ErrorCode::DiskFull,
            QStringLiteral("The recordings disk is full; the recording was stopped and kept."));
    else
        fail(ErrorCode::WriteError,
            QStringLiteral("Writing the recording failed: %1").arg(errorString));
}

void ClientConnection::fail(ErrorCode code, const QString &message)
{
    sendError(code, message);
    if (m_session)
        endSession(SessionStats::State::Failed, errorCodeName(code), false);
    const ErrorDisposition disposition = errorDisposition(code);
    if (disposition.closes && m_socket) {
        m_closing = true;
        m_socket->close(disposition.closeCode, message.left(120));
    }
}

void ClientConnection::closeWithError(ErrorCode code, const QString &message)
{
    sendError(code, message);
    m_closing = true;
    if (m_socket)
        m_socket->close(errorDisposition(code).closeCode, message.left(120));
}

void ClientConnection::checkBackPressure()
{
    if (!m_backPressure.isHolding())
        return;
    m_backPressure.update();
    const qint64 limit = m_host.settings().notReadingTimeout.count();
    if (!m_backPressure.isHolding() || m_backPressure.heldMs() <= limit)
        return;

    m_backPressure.release();
    closeWithError(ErrorCode::NotReading,
        QStringLiteral("%L1 bytes of replies were not read for %2 s.")
            .arg(m_socket ? m_socket->bytesToWrite() : 0)
            .arg(limit / 1000));
    // The close frame waits behind what the client does not read, and so would the close
    // handshake: end the connection here.
    if (m_socket)
        m_socket->abort();
}

void ClientConnection::shutdown()
{
    // A v1 client can resume after a restart: its sidecar keeps the token's digest.
    endSession(SessionStats::State::Interrupted, {},
        m_dialect && m_dialect->whenDropped() == Dialect::WhenDropped::KeepResumable);
    m_closing = true;
    if (m_socket) {
        m_socket->close(
            QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("Earshot is shutting down"));
        m_socket->flush();
    }
}

void ClientConnection::releaseSession()
{
    endSession(SessionStats::State::Interrupted, {}, true);
    m_closing = true;
    if (m_socket)
        m_socket->abort();
}

void ClientConnection::disconnectByUser()
{
    endSession(SessionStats::State::Interrupted, {}, false);
    m_closing = true;
    if (m_socket)
        m_socket->close(
            QWebSocketProtocol::CloseCodeNormal, QStringLiteral("Disconnected by the operator"));
}

void ClientConnection::sendError(ErrorCode code, const QString &message)
{
    m_host.log(ServerEvent::Severity::Warning, sessionId(), m_peer,
        tr("Error %1 sent to the client: %2").arg(errorCodeName(code), message));
    send(ServerMessage::error(code, message));
}

void ClientConnection::send(const QString &text)
{
    if (m_socket && m_socket->isConnected()) {
        m_socket->sendTextMessage(text);
        m_backPressure.update();
    }
}
