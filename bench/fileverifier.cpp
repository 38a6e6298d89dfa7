#include "fileverifier.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QtEndian>

#include "payloadgenerator.h"
#include "sha256.h"
#include "streamresult.h"

using namespace Qt::StringLiterals;

namespace {

QString wavHeaderProblem(const QByteArray &header, qint64 dataBytes)
{
    if (header.size() < FileVerifier::wavHeaderBytes)
        return u"shorter than a WAV header"_s;
    if (!header.startsWith("RIFF") || header.mid(8, 4) != "WAVE")
        return u"no RIFF/WAVE header"_s;
    if (header.mid(36, 4) != "data")
        return u"no \"data\" chunk at byte 36"_s;
    const quint32 declared = qFromLittleEndian<quint32>(header.constData() + 40);
    if (declared != quint64(dataBytes))
        return u"WAV header declares %1 data bytes, the file holds %2"_s.arg(
            QString::number(declared), QString::number(dataBytes));
    return {};
}

// Opens the server's recording of a stream; the problem when it cannot.
QString openRecording(const QString &dir, const StreamResult &stream, QFile &file)
{
    if (stream.file.isEmpty())
        return u"the server named no file"_s;
    // The name comes from the server: it must stay inside the recordings folder.
    const QDir root(dir);
    const QString path = QDir::cleanPath(root.absoluteFilePath(stream.file));
    if (QDir::isAbsolutePath(stream.file)
        || !path.startsWith(QDir::cleanPath(root.absolutePath()) + u'/'))
        return u"file name \"%1\" leaves the recordings folder"_s.arg(stream.file);
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot read %1: %2"_s.arg(path, file.errorString());
    return {};
}

} // namespace

FileVerifier::Checks FileVerifier::check(const QString &dir, const StreamResult &stream, bool pcm)
{
    Checks checks;
    Outcome &whole = checks.file;
    Outcome &prefix = checks.ackedPrefix;
    QFile file;
    whole.problem = openRecording(dir, stream, file);
    if (!whole.problem.isEmpty()) {
        prefix.problem = whole.problem;
        return checks;
    }
    const qint64 headerBytes = pcm ? wavHeaderBytes : 0;
    const qint64 dataBytes = file.size() - headerBytes;
    if (pcm)
        whole.problem = wavHeaderProblem(file.read(headerBytes), dataBytes);
    file.seek(headerBytes);

    // One pass for both checks: after an hour the files are tens of gigabytes together.
    Sha256 hash;
    PayloadGenerator payload(stream.seed);
    QByteArray expected;
    bool prefixMatches = true;
    const qint64 prefixBytes = stream.drops > 0 ? stream.ackedAtDrop : 0;
    constexpr qint64 block = 1 << 20;
    for (qint64 offset = 0; offset < dataBytes;) {
        const QByteArray bytes = file.read(std::min(block, dataBytes - offset));
        if (bytes.isEmpty()) {
            whole.problem = prefix.problem
                = u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
            return checks;
        }
        hash.addData(bytes);
        if (offset < prefixBytes) {
            expected.resize(std::min(bytes.size(), prefixBytes - offset));
            payload.fill(expected);
            prefixMatches
                = prefixMatches && QByteArrayView(bytes).first(expected.size()) == expected;
        }
        offset += bytes.size();
    }

    if (!whole.problem.isEmpty()) {
        // The header's problem stands.
    } else if (dataBytes != stream.bytesSent) {
        whole.problem = u"holds %1 bytes of data, %2 were sent"_s.arg(
            QString::number(dataBytes), QString::number(stream.bytesSent));
    } else if (hash.result() != stream.sha256) {
        whole.problem = u"SHA-256 differs from what was sent"_s;
    } else {
        whole.matches = true;
    }

    if (stream.drops == 0) {
        prefix.problem = u"the connection never dropped"_s;
    } else if (dataBytes < prefixBytes) {
        prefix.problem = u"holds %1 bytes of data, %2 had been acked"_s.arg(
            QString::number(dataBytes), QString::number(prefixBytes));
    } else if (!prefixMatches) {
        prefix.problem
            = u"the first %1 bytes (acked before the drop) differ from what was sent"_s.arg(
                prefixBytes);
    } else {
        prefix.matches = true;
    }
    return checks;
}
