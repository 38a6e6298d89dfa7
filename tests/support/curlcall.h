#pragma once

#include <QByteArray>
#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

// One HTTP request made by the real curl, as an operator's script would: the status, the head
// and the body it got. The event loop runs while curl does (the server under test may live on
// this thread); never a sleep.
struct CurlResult
{
    int status = 0; ///< 0 when curl did not get a response
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// `key` empty: no Authorization header. `extra`: more curl arguments (-H, --interface ...).
inline CurlResult curlCall(const QString &method, const QString &url, const QByteArray &key,
    const QStringList &extra = {}, int timeoutMs = 20000)
{
    QTemporaryDir dir;
    const QString bodyPath = dir.filePath(QStringLiteral("body"));
    const QString headPath = dir.filePath(QStringLiteral("head"));
    QStringList arguments { QStringLiteral("-sS"), QStringLiteral("-X"), method,
        QStringLiteral("-o"), bodyPath, QStringLiteral("-D"), headPath, QStringLiteral("-w"),
        QStringLiteral("%{http_code}") };
    if (!key.isEmpty())
        arguments << QStringLiteral("-H")
                  << QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(key);
    arguments << extra << url;
    QProcess curl;
    curl.start(QStringLiteral("curl"), arguments);
    CurlResult result;
    if (!QTest::qWaitFor([&curl] { return curl.state() == QProcess::NotRunning; }, timeoutMs)) {
        qWarning() << "curl did not finish:" << arguments;
        curl.kill();
        curl.waitForFinished();
        return result;
    }
    result.status = curl.readAllStandardOutput().trimmed().toInt();
    QFile head(headPath);
    if (head.open(QIODevice::ReadOnly))
        result.head = head.readAll();
    QFile body(bodyPath);
    if (body.open(QIODevice::ReadOnly))
        result.body = body.readAll();
    return result;
}
