#include "apirouter.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThreadPool>

#include "apiresponse.h"
#include "filedownload.h"
#include "metricsreport.h"
#include "net/httprequest.h"
#include "prometheustext.h"
#include "replybox.h"
#include "servermetrics.h"
#include "session/sessionregistry.h"
#include "session/statsboard.h"
#include "storage/recordinglock.h"
#include "transcription/transcriptionservice.h"

using namespace Qt::StringLiterals;

namespace {

// Session ids are the server's own hex; anything else names no session or recording.
bool isPlausibleId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject sessionJson(const SessionStats &stats, const QDateTime &now)
{
    return {
        { u"id"_s, stats.id },
        { u"name"_s, stats.label },
        { u"state"_s, sessionStateName(stats.state) },
        { u"bytes"_s, stats.bytes },
        { u"chunks"_s, stats.chunks },
        { u"durationMs"_s, stats.wallDurationMs(now) },
        { u"audioDurationMs"_s, stats.audioDurationMs },
        { u"file"_s, stats.filePath },
        { u"format"_s, stats.format },
        { u"peer"_s, stats.peer },
        { u"client"_s, stats.client },
        { u"take"_s, stats.take },
        { u"error"_s, stats.errorCode },
        { u"startedAt"_s, timeValue(stats.startedAt) },
        { u"endedAt"_s, timeValue(stats.endedAt) },
    };
}

QJsonObject recordingJson(const RecordingCatalog::Entry &entry)
{
    const Sidecar &sidecar = entry.sidecar;
    const QString audio = RecordingCatalog::audioPath(entry);
    const qint64 durationMs = sidecar.durationMs >= 0 ? sidecar.durationMs
        : sidecar.endedAt.isValid()                   ? sidecar.startedAt.msecsTo(sidecar.endedAt)
                                                      : -1;
    const QString url = u"/api/v1/recordings/"_s + sidecar.session;
    return {
        { u"id"_s, sidecar.session },
        { u"name"_s, sidecar.label },
        { u"state"_s, sidecar.status },
        { u"bytes"_s, sidecar.bytes },
        { u"fileBytes"_s, audio.isEmpty() ? qint64(-1) : QFileInfo(audio).size() },
        { u"durationMs"_s, durationMs },
        { u"format"_s, sidecar.format },
        { u"file"_s, audio },
        { u"sidecar"_s, entry.sidecarPath },
        { u"verification"_s, sidecar.verification },
        { u"take"_s, sidecar.take.value(u"id"_s).toString() },
        { u"startedAt"_s, timeValue(sidecar.startedAt) },
        { u"endedAt"_s, timeValue(sidecar.endedAt) },
        { u"audioUrl"_s, QString(url + u"/audio"_s) },
        { u"sidecarUrl"_s, QString(url + u"/sidecar"_s) },
    };
}

QByteArray contentTypeOf(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == u"webm")
        return "audio/webm";
    if (suffix == u"ogg" || suffix == u"opus" || suffix == u"oga")
        return "audio/ogg";
    if (suffix == u"wav")
        return "audio/wav";
    if (suffix == u"mp4" || suffix == u"m4a")
        return "audio/mp4";
    if (suffix == u"mp3")
        return "audio/mpeg";
    if (suffix == u"json")
        return "application/json";
    return "application/octet-stream";
}

QByteArray notFound(const QString &what)
{
    return ApiResponse::error(404, "not_found", what);
}

} // namespace

ApiRouter::ApiRouter(Setup setup, QObject *parent)
    : QObject(parent), m_setup(std::move(setup)), m_box(std::make_shared<ReplyBox>(this))
{
    m_clock.start();
}

ApiRouter::~ApiRouter()
{
    m_box->close();
}

bool ApiRouter::handles(const QString &path)
{
    return path == u"/metrics" || path == u"/api/v1" || path.startsWith(u"/api/v1/");
}

void ApiRouter::reply(QTcpSocket *socket, const QByteArray &response)
{
    socket->write(response);
    socket->disconnectFromHost();
}

bool ApiRouter::allow(QTcpSocket *socket, const HttpRequest &request, const QByteArray &allowed)
{
    for (const QByteArray &method : allowed.split(',')) {
        if (request.method == method.trimmed())
            return true;
    }
    reply(socket,
        ApiResponse::error(405, "method_not_allowed",
            u"%1 takes %2."_s.arg(request.path, QString::fromLatin1(allowed)),
            { { "Allow", allowed } }));
    return false;
}

void ApiRouter::serve(QTcpSocket *socket, const HttpRequest &request)
{
    socket->setParent(this); // closeAll() finds it
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_lastProgressMs.insert(socket, m_clock.elapsed());
    connect(socket, &QTcpSocket::bytesWritten, this,
        [this, socket] { m_lastProgressMs.insert(socket, m_clock.elapsed()); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_lastProgressMs.remove(socket); });
    // A small body is let be, but read: unread bytes at close would reset the connection,
    // and the response with it.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    if (!request.header("transfer-encoding").isEmpty()
        || request.header("content-length").toLongLong() > MaxBodyBytes) {
        reply(socket,
            ApiResponse::error(413, "body_too_large",
                u"The API takes no request body (%1 bytes at most)."_s.arg(MaxBodyBytes)));
        return;
    }
    if (request.path == u"/metrics") {
        if (allow(socket, request, "GET"))
            reply(socket, ApiResponse::make(200, PrometheusText::ContentType, metricsText()));
        return;
    }
    const QStringList parts = request.path.mid(u"/api/v1"_s.size()).split(u'/', Qt::SkipEmptyParts);
    const QString collection = parts.value(0);
    const QString id = parts.value(1);
    if (collection == u"sessions" && parts.size() == 1) {
        if (allow(socket, request, "GET"))
            reply(socket, sessionsResponse());
    } else if (collection == u"sessions" && parts.size() == 2) {
        if (allow(socket, request, "GET"))
            reply(socket, sessionResponse(id));
    } else if (collection == u"sessions" && parts.size() == 3 && parts.at(2) == u"stop") {
        if (allow(socket, request, "POST"))
            stopSession(socket, id);
    } else if (collection == u"recordings" && parts.size() == 1) {
        if (allow(socket, request, "GET"))
            listRecordings(socket);
    } else if (collection == u"recordings" && parts.size() == 2) {
        if (!allow(socket, request, "GET, DELETE"))
            return;
        if (request.method == "DELETE")
            deleteRecording(socket, id);
        else
            showRecording(socket, id);
    } else if (collection == u"recordings" && parts.size() == 3
        && (parts.at(2) == u"audio" || parts.at(2) == u"sidecar")) {
        if (allow(socket, request, "GET"))
            download(socket, id, parts.at(2) == u"sidecar");
    } else {
        reply(socket, notFound(u"There is no %1 in the API (docs/api.md)."_s.arg(request.path)));
    }
}

QByteArray ApiRouter::metricsText() const
{
    MetricsReport::Figures figures;
    figures.counters = m_setup.metrics->snapshot();
    figures.totals = m_setup.board->totals();
    figures.startedAt = m_setup.startedAt;
    if (m_setup.transcription)
        figures.transcriber = MetricsReport::TranscriberLoad { m_setup.transcription->running(),
            m_setup.transcription->maxDecoders() };
    return MetricsReport::render(figures);
}

QByteArray ApiRouter::sessionsResponse() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray sessions;
    for (const SessionStats &stats : m_setup.board->snapshot())
        sessions.append(sessionJson(stats, now));
    return ApiResponse::json(200, QJsonObject { { u"sessions"_s, sessions } });
}

QByteArray ApiRouter::sessionResponse(const QString &id) const
{
    if (isPlausibleId(id)) {
        for (const SessionStats &stats : m_setup.board->snapshot()) {
            if (stats.id == id)
                return ApiResponse::json(200, sessionJson(stats, QDateTime::currentDateTimeUtc()));
        }
    }
    return notFound(u"There is no session %1."_s.arg(id.left(64)));
}

void ApiRouter::stopSession(QTcpSocket *socket, const QString &id)
{
    const std::optional<int> holder
        = isPlausibleId(id) ? m_setup.registry->liveHolder(id) : std::nullopt;
    if (!holder) {
        const QByteArray known = sessionResponse(id);
        reply(socket,
            known.startsWith("HTTP/1.1 200")
                ? ApiResponse::error(409, "not_live", u"Session %1 is not recording."_s.arg(id))
                : known);
        return;
    }
    m_setup.stopSession(*holder, id);
    reply(socket,
        ApiResponse::json(202, QJsonObject { { u"id"_s, id }, { u"state"_s, u"stopping"_s } }));
}

void ApiRouter::onDisk(QTcpSocket *socket, std::function<QByteArray(const RecordingCatalog &)> work)
{
    QPointer<QTcpSocket> target(socket);
    m_setup.disk->start(
        [box = m_box, root = m_setup.recordingsDir, work = std::move(work), target, self = this] {
            const QByteArray response = work(RecordingCatalog(root));
            box->post([self, target, response] {
                if (target && target->state() == QAbstractSocket::ConnectedState)
                    self->reply(target, response);
            });
        });
}

void ApiRouter::listRecordings(QTcpSocket *socket)
{
    onDisk(socket, [](const RecordingCatalog &catalog) {
        QJsonArray recordings;
        for (const RecordingCatalog::Entry &entry : catalog.list())
            recordings.append(recordingJson(entry));
        return ApiResponse::json(200, QJsonObject { { u"recordings"_s, recordings } });
    });
}

void ApiRouter::showRecording(QTcpSocket *socket, const QString &id)
{
    if (!isPlausibleId(id)) {
        reply(socket, notFound(u"There is no recording %1."_s.arg(id.left(64))));
        return;
    }
    onDisk(socket, [id](const RecordingCatalog &catalog) {
        const std::optional<RecordingCatalog::Entry> entry = catalog.find(id);
        return entry ? ApiResponse::json(200, recordingJson(*entry))
                     : notFound(u"There is no recording %1."_s.arg(id));
    });
}

void ApiRouter::deleteRecording(QTcpSocket *socket, const QString &id)
{
    if (!isPlausibleId(id)) {
        reply(socket, notFound(u"There is no recording %1."_s.arg(id.left(64))));
        return;
    }
    // A live session's file is being written; a resumable one's is forgotten first, so that
    // nobody resumes into a file that is gone.
    if (!m_setup.registry->forgetUnlessLive(id)) {
        reply(socket,
            ApiResponse::error(409, "live",
                u"Session %1 is recording; stop it first (POST /api/v1/sessions/%1/stop)."_s.arg(
                    id)));
        return;
    }
    if (m_setup.isFinishing && m_setup.isFinishing(id)) {
        reply(socket,
            ApiResponse::error(409, "finishing",
                u"Recording %1 is being finished (synced, checked, made seekable); try again in "
                u"a moment."_s.arg(id)));
        return;
    }
    onDisk(socket, [id](const RecordingCatalog &catalog) {
        const std::optional<RecordingCatalog::Entry> entry = catalog.find(id);
        if (!entry)
            return notFound(u"There is no recording %1."_s.arg(id));
        // take.json lists it and the aligned export reads every track it lists: one gone would
        // leave the whole take impossible to export.
        if (!entry->sidecar.take.isEmpty()) {
            return ApiResponse::error(409, "in_take",
                u"Recording %1 is a track of the take \"%2\"; its tracks go with the take's "
                u"folder."_s.arg(id, entry->sidecar.take.value(u"name"_s).toString()));
        }
        // Another instance sharing the folder may be recording it (docs/scaling.md): its lock
        // says so. Held here for the delete, the lock file goes last.
        RecordingLock lock;
        const QString audio = RecordingCatalog::audioPath(*entry);
        if (!audio.isEmpty() && lock.acquire(audio) == RecordingLock::Outcome::Held) {
            return ApiResponse::error(409, "live",
                u"Recording %1 is being recorded by another instance that shares this "
                u"folder."_s.arg(id));
        }
        QStringList removed;
        QString problem;
        if (!RecordingCatalog::remove(*entry, &removed, &problem))
            return ApiResponse::error(500, "delete_failed",
                u"Could not delete all of recording %1: %2"_s.arg(id, problem));
        lock.release(true);
        return ApiResponse::json(200,
            QJsonObject { { u"id"_s, id }, { u"deleted"_s, QJsonArray::fromStringList(removed) } });
    });
}

void ApiRouter::download(QTcpSocket *socket, const QString &id, bool sidecar)
{
    if (!isPlausibleId(id)) {
        reply(socket, notFound(u"There is no recording %1."_s.arg(id.left(64))));
        return;
    }
    struct Opened
    {
        QByteArray refusal;
        std::shared_ptr<FileDownload::File> file;
        qint64 size = 0;
        QString name;
    };
    QPointer<QTcpSocket> target(socket);
    m_setup.disk->start([box = m_box, root = m_setup.recordingsDir, id, sidecar, target,
                            self = this] {
        Opened opened;
        const std::optional<RecordingCatalog::Entry> entry = RecordingCatalog(root).find(id);
        const QString path = !entry ? QString()
            : sidecar               ? entry->sidecarPath
                                    : RecordingCatalog::audioPath(*entry);
        const int descriptor = path.isEmpty()
            ? -1
            : ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        struct stat status
        {
        };
        if (descriptor >= 0 && ::fstat(descriptor, &status) == 0) {
            opened.file = std::make_shared<FileDownload::File>(descriptor);
            opened.size = status.st_size;
            opened.name = QFileInfo(path).fileName();
        } else {
            if (descriptor >= 0)
                ::close(descriptor);
            opened.refusal = notFound(entry ? u"Recording %1 has no file on the disk."_s.arg(id)
                                            : u"There is no recording %1."_s.arg(id));
        }
        box->post([self, target, opened] {
            if (!target || target->state() != QAbstractSocket::ConnectedState)
                return;
            if (!opened.file) {
                self->reply(target, opened.refusal);
                return;
            }
            QByteArray name = opened.name.toUtf8();
            for (char &c : name) {
                if (!QChar::isLetterOrNumber(uchar(c)) && c != '.' && c != '-' && c != '_')
                    c = '_';
            }
            target->write(ApiResponse::head(200, contentTypeOf(opened.name), opened.size,
                { { "Content-Disposition", "attachment; filename=\"" + name + '"' } }));
            auto *sending = new FileDownload(target, opened.file, opened.size, self->m_setup.disk);
            sending->start();
        });
    });
}

QStringList ApiRouter::dropStalledReplies(qint64 limitMs)
{
    const qint64 deadline = m_clock.elapsed() - limitMs;
    QList<QTcpSocket *> stalled;
    for (auto it = m_lastProgressMs.cbegin(); it != m_lastProgressMs.cend(); ++it) {
        // Nothing waiting to be sent: the answer is still being read from the disk.
        if (it.value() < deadline && it.key()->bytesToWrite() > 0)
            stalled.append(it.key());
    }
    QStringList peers;
    for (QTcpSocket *socket : stalled) {
        peers.append(socket->peerAddress().toString());
        m_lastProgressMs.remove(socket);
        socket->abort();
        socket->deleteLater();
    }
    return peers;
}

void ApiRouter::closeAll()
{
    m_box->close();
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        socket->abort();
}
