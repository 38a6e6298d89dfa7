#include "fileverifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QtEndian>

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

} // namespace

FileVerifier::Outcome FileVerifier::verify(const QString &dir, const StreamResult &stream, bool pcm)
{
    Outcome outcome;
    if (stream.file.isEmpty()) {
        outcome.problem = u"the server named no file"_s;
        return outcome;
    }
    // The name comes from the server: it must stay inside the recordings folder.
    const QDir root(dir);
    const QString path = QDir::cleanPath(root.absoluteFilePath(stream.file));
    if (QDir::isAbsolutePath(stream.file)
        || !path.startsWith(QDir::cleanPath(root.absolutePath()) + u'/')) {
        outcome.problem = u"file name \"%1\" leaves the recordings folder"_s.arg(stream.file);
        return outcome;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.problem = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return outcome;
    }
    const qint64 headerBytes = pcm ? wavHeaderBytes : 0;
    const qint64 dataBytes = file.size() - headerBytes;
    if (pcm) {
        const QString problem = wavHeaderProblem(file.read(headerBytes), dataBytes);
        if (!problem.isEmpty()) {
            outcome.problem = problem;
            return outcome;
        }
    }
    if (dataBytes != stream.bytesSent) {
        outcome.problem = u"holds %1 bytes of data, %2 were sent"_s.arg(
            QString::number(dataBytes), QString::number(stream.bytesSent));
        return outcome;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        outcome.problem = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return outcome;
    }
    if (hash.result() != stream.sha256) {
        outcome.problem = u"SHA-256 differs from what was sent"_s;
        return outcome;
    }
    outcome.matches = true;
    return outcome;
}
