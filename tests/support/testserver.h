#pragma once

#include <memory>

#include <QDebug>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "captureserver.h"

// A real CaptureServer for a test, with a temporary folder of its own for recordings and
// certificates. Each test picks its own settings (port 0: any free one) and reaches the server on
// 127.0.0.1. One per test function: the folder goes with it, after the server.
class TestServer final
{
    Q_DISABLE_COPY_MOVE(TestServer)

public:
    static constexpr int StopTimeoutMs = 10000;

    TestServer() = default;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &fileName) const { return m_dir.filePath(fileName); }

    // The server the URLs point at. start() replaces it: hand it to nothing that outlives that.
    CaptureServer &server() { return *m_server; }

    // Starts a new server, nothing carried over in memory from the one before; says why it
    // failed in the log.
    bool start(const ServerSettings &settings)
    {
        m_server = std::make_unique<CaptureServer>();
        if (!m_server->start(settings)) {
            qWarning() << m_server->errorString();
            return false;
        }
        return true;
    }

    // Shuts the server down and waits, without sleeping, for it to finalize every file: true when
    // shutdownFinished came, once, within timeoutMs. One that is not listening never finishes.
    bool stop(int timeoutMs = StopTimeoutMs)
    {
        QSignalSpy finished(m_server.get(), &CaptureServer::shutdownFinished);
        m_server->shutdown();
        if (QTest::qWaitFor([&finished] { return finished.size() == 1; }, timeoutMs))
            return true;
        qWarning("shutdownFinished came %lld times within %d ms, not once",
            qlonglong(finished.size()), timeoutMs);
        return false;
    }

    quint16 port() const { return m_server->port(); }

    QUrl url(const QString &scheme, const QString &path) const
    {
        QUrl url;
        url.setScheme(scheme);
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port());
        url.setPath(path);
        return url;
    }

    QUrl wsUrl(const QString &path = QStringLiteral("/ws")) const
    {
        return url(QStringLiteral("ws"), path);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaptureServer> m_server = std::make_unique<CaptureServer>();
};
