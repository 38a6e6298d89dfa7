#pragma once

#include <optional>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

// What a real player reads from the file at \a path: ffprobe's JSON with the streams' sample rate
// and channels and the format's duration. Anything ffprobe complains about is a failure, with the
// reason in \a why.
inline std::optional<QJsonObject> ffprobeJson(const QString &path, QString *why)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
            QStringLiteral("stream=sample_rate,channels"), QStringLiteral("-show_entries"),
            QStringLiteral("format=duration"), QStringLiteral("-of"), QStringLiteral("json"),
            path });
    if (!process.waitForFinished(60000)) {
        *why = QStringLiteral("ffprobe did not run: ") + process.errorString();
        return std::nullopt;
    }
    const QByteArray errors = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
        || !errors.isEmpty()) {
        *why = QStringLiteral("ffprobe failed: ") + QString::fromLocal8Bit(errors);
        return std::nullopt;
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}
