#include "sidecar.h"

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "atomicfile.h"
#include "recordingwriter.h"

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject remuxObject(const Sidecar::Remux &remux)
{
    QJsonObject object { { QStringLiteral("state"), remux.state } };
    if (!remux.reason.isEmpty())
        object.insert(QStringLiteral("reason"), remux.reason);
    if (!remux.file.isEmpty())
        object.insert(QStringLiteral("file"), remux.file);
    if (remux.packetsIn >= 0)
        object.insert(QStringLiteral("packetsIn"), remux.packetsIn);
    if (remux.packetsOut >= 0)
        object.insert(QStringLiteral("packetsOut"), remux.packetsOut);
    if (!remux.repairs.isEmpty())
        object.insert(QStringLiteral("repairs"), QJsonArray::fromStringList(remux.repairs));
    return object;
}

// Blocks kept for a sidecar beyond its size, so that its last rewrite fits when the disk has
// filled up meanwhile. A sidecar is well under this (its strings are bounded).
constexpr off_t ReservedBytes = 4096;

// Not atomic, so only when replacing cannot be done: a crash in the middle of these few
// kilobytes would leave a torn sidecar, where not writing leaves a wrong one for sure.
bool overwriteInReserve(const QString &path, const QByteArray &json)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    struct stat status;
    const bool fits = ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode)
        && status.st_blocks * 512 >= json.size();
    bool written = fits;
    for (qsizetype at = 0; written && at < json.size();) {
        const ssize_t n = ::pwrite(fd, json.constData() + at, size_t(json.size() - at), off_t(at));
        written = n > 0;
        at += std::max<ssize_t>(n, 0);
    }
    written = written && ::ftruncate(fd, off_t(json.size())) == 0 && ::fdatasync(fd) == 0;
    ::close(fd);
    return written;
}

QJsonArray holdersArray(const QList<Sidecar::Holder> &holders)
{
    QJsonArray array;
    for (const Sidecar::Holder &holder : holders) {
        QJsonObject object { { QStringLiteral("instance"), holder.instance },
            { QStringLiteral("from"), timeValue(holder.from) },
            { QStringLiteral("to"), timeValue(holder.to) },
            { QStringLiteral("fromByte"), holder.fromByte } };
        object.insert(QStringLiteral("toByte"),
            holder.toByte >= 0 ? QJsonValue(holder.toByte) : QJsonValue());
        array.append(object);
    }
    return array;
}

QList<Sidecar::Holder> holdersFrom(const QJsonArray &array)
{
    QList<Sidecar::Holder> holders;
    for (const QJsonValue value : array) {
        const QJsonObject object = value.toObject();
        holders.append({ object.value(QLatin1String("instance")).toString(),
            QDateTime::fromString(
                object.value(QLatin1String("from")).toString(), Qt::ISODateWithMs),
            QDateTime::fromString(object.value(QLatin1String("to")).toString(), Qt::ISODateWithMs),
            object.value(QLatin1String("fromByte")).toInteger(),
            object.value(QLatin1String("toByte")).toInteger(-1) });
    }
    if (holders.size() > Sidecar::MaxHolders)
        holders.remove(0, holders.size() - Sidecar::MaxHolders);
    return holders;
}

} // namespace

bool Sidecar::save(const QString &path, QString *errorString, Sync sync) const
{
    QJsonObject object {
        { QStringLiteral("session"), session },
        { QStringLiteral("label"), label },
        { QStringLiteral("peer"), peer },
        { QStringLiteral("userAgent"), userAgent },
        { QStringLiteral("format"), format },
        { QStringLiteral("file"), file },
        { QStringLiteral("startedAt"), timeValue(startedAt) },
        { QStringLiteral("endedAt"), timeValue(endedAt) },
        { QStringLiteral("bytes"), bytes },
        { QStringLiteral("chunks"), chunks },
        { QStringLiteral("status"), status },
    };
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    if (!holders.isEmpty())
        object.insert(QStringLiteral("holders"), holdersArray(holders));
    if (!syncError.isEmpty())
        object.insert(QStringLiteral("syncError"), syncError);
    if (!verification.isEmpty())
        object.insert(QStringLiteral("verification"), verification);
    if (!verificationProblem.isEmpty())
        object.insert(QStringLiteral("verificationProblem"), verificationProblem);
    if (producedBytes >= 0)
        object.insert(QStringLiteral("produced"),
            QJsonObject { { QStringLiteral("bytes"), producedBytes },
                { QStringLiteral("sha256"), producedSha256 } });
    if (!payloadSha256.isEmpty())
        object.insert(QStringLiteral("payloadSha256"), payloadSha256);
    if (!transcript.isEmpty())
        object.insert(QStringLiteral("transcript"), transcript);
    if (!call.isEmpty())
        object.insert(QStringLiteral("call"), call);
    if (!source.isEmpty())
        object.insert(QStringLiteral("source"), source);
    if (!take.isEmpty())
        object.insert(QStringLiteral("take"), take);
    if (remuxed || durationMs >= 0)
        object.insert(QStringLiteral("durationMs"), durationMs);
    if (remuxed) {
        object.insert(QStringLiteral("remuxed"), true);
        QJsonObject original { { QStringLiteral("bytes"), originalBytes },
            { QStringLiteral("sha256"), originalSha256 } };
        if (!originalFile.isEmpty())
            original.insert(QStringLiteral("file"), originalFile);
        object.insert(QStringLiteral("original"), original);
    }
    if (!remuxError.isEmpty())
        object.insert(QStringLiteral("remuxError"), remuxError);
    if (!remux.state.isEmpty())
        object.insert(QStringLiteral("remux"), remuxObject(remux));
    if (!resumeTokenSha256.isEmpty() && (status == u"recording" || status == u"interrupted"))
        object.insert(QStringLiteral("resumeTokenSha256"), resumeTokenSha256);

    const QByteArray json = QJsonDocument(object).toJson();
    QString problem;
    if (AtomicFile::replace(path, json,
            sync == Sync::Now ? AtomicFile::Sync::Now : AtomicFile::Sync::Later, ReservedBytes,
            &problem))
        return true;
    // The usual reason is a full disk (a recording that filled it ends now): the new file has no
    // room, but the old one has its reserve.
    if (overwriteInReserve(path, json))
        return true;
    if (errorString)
        *errorString = problem;
    return false;
}

std::optional<Sidecar> Sidecar::load(const QString &path, QString *errorString)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = in.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (!document.isObject()) {
        if (errorString)
            *errorString = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    Sidecar sidecar;
    sidecar.session = object.value(QLatin1String("session")).toString();
    sidecar.label = object.value(QLatin1String("label")).toString();
    sidecar.peer = object.value(QLatin1String("peer")).toString();
    sidecar.userAgent = object.value(QLatin1String("userAgent")).toString();
    sidecar.format = object.value(QLatin1String("format")).toString();
    sidecar.file = object.value(QLatin1String("file")).toString();
    sidecar.startedAt = QDateTime::fromString(
        object.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    sidecar.endedAt = QDateTime::fromString(
        object.value(QLatin1String("endedAt")).toString(), Qt::ISODateWithMs);
    sidecar.bytes = object.value(QLatin1String("bytes")).toInteger();
    sidecar.chunks = object.value(QLatin1String("chunks")).toInteger();
    sidecar.status = object.value(QLatin1String("status")).toString();
    sidecar.error = object.value(QLatin1String("error")).toString();
    sidecar.holders = holdersFrom(object.value(QLatin1String("holders")).toArray());
    sidecar.syncError = object.value(QLatin1String("syncError")).toString();
    sidecar.verification = object.value(QLatin1String("verification")).toString();
    sidecar.verificationProblem = object.value(QLatin1String("verificationProblem")).toString();
    const QJsonObject produced = object.value(QLatin1String("produced")).toObject();
    sidecar.producedBytes = produced.value(QLatin1String("bytes")).toInteger(-1);
    sidecar.producedSha256 = produced.value(QLatin1String("sha256")).toString();
    sidecar.payloadSha256 = object.value(QLatin1String("payloadSha256")).toString();
    sidecar.transcript = object.value(QLatin1String("transcript")).toString();
    sidecar.call = object.value(QLatin1String("call")).toObject();
    sidecar.source = object.value(QLatin1String("source")).toObject();
    sidecar.take = object.value(QLatin1String("take")).toObject();
    sidecar.resumeTokenSha256 = object.value(QLatin1String("resumeTokenSha256")).toString();
    sidecar.remuxed = object.value(QLatin1String("remuxed")).toBool();
    sidecar.durationMs = object.value(QLatin1String("durationMs")).toInteger(-1);
    const QJsonObject original = object.value(QLatin1String("original")).toObject();
    sidecar.originalBytes = original.value(QLatin1String("bytes")).toInteger(-1);
    sidecar.originalSha256 = original.value(QLatin1String("sha256")).toString();
    sidecar.originalFile = original.value(QLatin1String("file")).toString();
    sidecar.remuxError = object.value(QLatin1String("remuxError")).toString();
    const QJsonObject remux = object.value(QLatin1String("remux")).toObject();
    sidecar.remux.state = remux.value(QLatin1String("state")).toString();
    sidecar.remux.reason = remux.value(QLatin1String("reason")).toString();
    sidecar.remux.file = remux.value(QLatin1String("file")).toString();
    sidecar.remux.packetsIn = remux.value(QLatin1String("packetsIn")).toInteger(-1);
    sidecar.remux.packetsOut = remux.value(QLatin1String("packetsOut")).toInteger(-1);
    for (const QJsonValue repair : remux.value(QLatin1String("repairs")).toArray())
        sidecar.remux.repairs.append(repair.toString());
    if (sidecar.session.isEmpty() || sidecar.file.isEmpty() || sidecar.status.isEmpty()) {
        if (errorString)
            *errorString = QStringLiteral("not an Earshot sidecar");
        return std::nullopt;
    }
    if (!isPlainFileName(sidecar.file)
        || (!sidecar.originalFile.isEmpty() && !isPlainFileName(sidecar.originalFile))
        || (!sidecar.remux.file.isEmpty() && !isPlainFileName(sidecar.remux.file))
        || (!sidecar.transcript.isEmpty() && !isPlainFileName(sidecar.transcript))) {
        if (errorString)
            *errorString = QStringLiteral("its file is not a plain name beside it");
        return std::nullopt;
    }
    return sidecar;
}

bool Sidecar::isPlainFileName(const QString &name)
{
    // A leading ':' is Qt's resource path, which QDir and QFile take as absolute.
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/')
        && !name.contains(u'\\') && !name.contains(QChar::Null) && !name.startsWith(u':');
}
