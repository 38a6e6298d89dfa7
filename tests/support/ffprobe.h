#pragma once

#include <optional>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// What a real player reads from the file at \a path: ffprobe's JSON with the `entries` asked for
// (ffprobe's -show_entries, e.g. "stream=sample_rate,channels"). Anything ffprobe complains about
// is a failure, with the reason in \a why.
inline std::optional<QJsonObject> ffprobeJson(
    const QString &path, const QStringList &entries, QString *why)
{
    QStringList arguments { QStringLiteral("-v"), QStringLiteral("error") };
    for (const QString &entry : entries)
        arguments << QStringLiteral("-show_entries") << entry;
    arguments << QStringLiteral("-of") << QStringLiteral("json") << path;
    QProcess process;
    process.start(QStringLiteral("/usr/bin/ffprobe"), arguments);
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

// The streams' sample rate and channels and the format's duration.
inline std::optional<QJsonObject> ffprobeJson(const QString &path, QString *why)
{
    return ffprobeJson(path,
        { QStringLiteral("stream=sample_rate,channels"), QStringLiteral("format=duration") }, why);
}
