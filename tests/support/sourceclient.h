#pragma once

// Icecast source clients (ffmpeg, ices2, darkice, curl) run as a person runs them, for the tests
// of Earshot's Icecast sources: what ffmpeg is told to stream, its process kept until it ends,
// and the recording it made.

#include <optional>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include "testdata.h"

// What ffmpeg streams unless told otherwise: 3 s of a 440 Hz sine. A client's process is given
// ClientTimeoutMs to end after its stream.
constexpr int StreamSeconds = 3;
constexpr int FfmpegHz = 440;
constexpr int ClientTimeoutMs = 20000;

// A source client (ffmpeg, ices2, darkice) as a person starts it: its output kept for a failure
// message, and killed (by this object, its own child) if the test ends before it does.
class SourceClient final
{
    Q_DISABLE_COPY_MOVE(SourceClient)

public:
    SourceClient(
        const QString &program, const QStringList &arguments, const QString &standardInput = {})
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        if (!standardInput.isEmpty())
            m_process.setStandardInputFile(standardInput);
        m_process.start(program, arguments);
    }

    ~SourceClient()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Waits with the event loop running: the server's listener is on this thread.
    bool waitForExit(int timeoutMs = ClientTimeoutMs)
    {
        return QTest::qWaitFor(
            [this] {
                m_output += m_process.readAll();
                return m_process.state() == QProcess::NotRunning;
            },
            timeoutMs);
    }

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    bool succeeded() const
    {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    QString output()
    {
        m_output += m_process.readAll();
        return QString::fromLocal8Bit(m_output.right(4000));
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

// ffmpeg streaming `seconds` of a sine at the real pace to icecast://source:<password>@...<mount>,
// encoded with `encoding` (codec, content type, muxer and Ice options); over TLS with `tls`
// (ffmpeg's icecast protocol does not check the server's certificate).
inline QStringList ffmpegSource(quint16 port, const QString &mount, const QString &password,
    const QStringList &encoding, int seconds = StreamSeconds, int frequency = FfmpegHz,
    bool tls = false)
{
    QStringList arguments { QStringLiteral("-nostdin"), QStringLiteral("-v"),
        QStringLiteral("error"), QStringLiteral("-re"), QStringLiteral("-f"),
        QStringLiteral("lavfi"), QStringLiteral("-i"),
        QStringLiteral("sine=frequency=%1:duration=%2").arg(frequency).arg(seconds) };
    arguments << encoding;
    if (tls)
        arguments << QStringLiteral("-tls") << QStringLiteral("1");
    arguments << QStringLiteral("icecast://source:%1@127.0.0.1:%2%3")
                     .arg(password, QString::number(port), mount);
    return arguments;
}

inline QStringList opusEncoding()
{
    return { QStringLiteral("-c:a"), QStringLiteral("libopus"), QStringLiteral("-b:a"),
        QStringLiteral("64k"), QStringLiteral("-content_type"), QStringLiteral("audio/ogg"),
        QStringLiteral("-f"), QStringLiteral("ogg") };
}

// One recording in the recordings folder: its sidecar and the audio file it names.
struct Recording
{
    QString sidecarPath;
    QJsonObject sidecar;
    QString audioPath;

    QString status() const { return sidecar.value(QLatin1String("status")).toString(); }
    QJsonObject source() const { return sidecar.value(QLatin1String("source")).toObject(); }
    // Ogg and WebM are remuxed once they end; MP3 and AAC stay as they arrived.
    bool isRemuxed() const
    {
        const QString format = sidecar.value(QLatin1String("format")).toString();
        return format == u"audio/ogg" || format == u"audio/webm";
    }
    // Over, and for Ogg remuxed (or the remux's outcome written): nothing changes it any more.
    bool isSettled() const
    {
        return !status().isEmpty() && status() != u"recording"
            && (!isRemuxed() || sidecar.contains(QLatin1String("remux")));
    }
};

// The recording whose sidecar's "source"."mount" is mount, anywhere in the recordings folder.
inline std::optional<Recording> findRecording(const QString &folder, const QString &mount)
{
    QDirIterator it(
        folder, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QJsonObject sidecar = QJsonDocument::fromJson(readFile(path)).object();
        const QJsonObject source = sidecar.value(QLatin1String("source")).toObject();
        if (source.value(QLatin1String("mount")).toString() != mount)
            continue;
        return Recording { path, sidecar,
            QFileInfo(path).dir().filePath(sidecar.value(QLatin1String("file")).toString()) };
    }
    return std::nullopt;
}
