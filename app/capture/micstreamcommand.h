#pragma once

#include <chrono>
#include <memory>
#include <vector>

#include <QEventLoop>
#include <QObject>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include "deletelater.h"
#include "spoolrecovery.h"

class CaptureServer;
class CertificatePins;
class MicStreamer;
class QCommandLineParser;
class QWebSocket;

/// `earshot --stream-mic`: streams the microphone without a window and prints its progress;
/// `earshot --list-devices`: prints the inputs.
///
/// Without --to it streams into this computer's Earshot: one answering on 127.0.0.1:8000 (the
/// monitor or `--headless`) when there is one; otherwise it runs a server of its own on a free
/// loopback port for the duration, recording into ./recordings like `--headless` does.
///
/// Audio that an earlier run left undelivered (it crashed or was killed) is delivered beside
/// this run's stream (SpoolRecovery); what the receiver refuses is saved in the current folder.
class MicStreamCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MicStreamCommand)

public:
    static constexpr quint16 LocalPort = 8000;
    static constexpr std::chrono::seconds ProgressInterval { 1 };

    explicit MicStreamCommand(QObject *parent = nullptr);
    ~MicStreamCommand() override;

    /// Whether argv asks for this command (decided before the application object exists).
    static bool requested(int argc, const char *const *argv);
    static void addOptions(QCommandLineParser &parser);

    /// Runs until done: 0 when every byte was delivered, 1 on failure, 2 for bad options.
    int run(const QCommandLineParser &parser);
    /// SIGINT/SIGTERM: the first stops and delivers what is left, the second gives up.
    void requestStop();

private:
    int listDevices();
    void startStreaming();
    void useLocalServer();
    void onProbed(bool earshotThere);
    void printProgress();
    void recoverEarlierRuns();
    void onFinished(bool ok);
    void onRecoveryFinished(SpoolRecovery::Outcome outcome);
    bool recovering() const;
    void maybeQuit();
    void quit(int code);
    void writeLine(const QString &text);
    void writeError(const QString &text);

    QTextStream m_out;
    QTextStream m_err;
    QEventLoop m_loop;
    QTimer m_progressTimer;
    std::unique_ptr<CertificatePins> m_pins;
    std::unique_ptr<MicStreamer> m_streamer;
    std::unique_ptr<CaptureServer> m_server;
    DeleteLaterPtr<QWebSocket> m_probe; ///< dropped from its own signals
    std::vector<std::unique_ptr<SpoolRecovery>> m_recoveries;

    QString m_acceptFingerprint;
    int m_exitCode = 0;
    int m_stopRequests = 0;
    bool m_running = false;
    bool m_streamDone = false;
    bool m_streamOk = false;
    bool m_recoveredAll = true; ///< every earlier run's audio reached its receiver
    struct Options;
    std::unique_ptr<Options> m_options;
};
