#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include "capture/micstreamcommand.h"
#include "captureserver.h"
#include "common/apikeyfeed.h"
#include "common/apikeystore.h"
#include "common/applanguage.h"
#include "common/appsettings.h"
#include "common/commandline.h"
#include "common/filelimits.h"
#include "common/signalwatcher.h"
#include "headless/apikeycommand.h"
#include "headless/exporttakecommand.h"
#include "headless/headlessrunner.h"
#include "headless/logoutput.h"
#include "headless/transcribecommand.h"
#include "monitor/mainwindow.h"

using namespace Qt::StringLiterals;

namespace {

int runHeadless(CommandLine &commandLine)
{
    LogOutput::prefixQtMessagesForJournal();
    ServerSettings defaults;
    defaults.recordingsDir = HeadlessRunner::defaultRecordingsDir();
    // The same certificate and pairing code as the monitor's: a phone paired once works with both.
    AppSettings identity;
    defaults.tlsDir = AppSettings::tlsDir();
    defaults.pairingToken = identity.pairingToken();
    // Read at the start and again on SIGHUP: the file's options, then the command line's.
    const auto readConfig
        = [&commandLine, defaults](QString *errorString) -> std::optional<HeadlessRunner::Config> {
        if (!commandLine.readConfigFile()) {
            *errorString = commandLine.errorString();
            return std::nullopt;
        }
        return HeadlessRunner::Config { commandLine.applyTo(defaults), commandLine.takeName(),
            commandLine.exportAtEnd(), commandLine.configPath() };
    };

    CaptureServer server;
    // Keys made or revoked with --api-key-create while it runs apply at once.
    ApiKeyFeed apiKeys(server, identity.apiKeysFile());
    QObject::connect(&apiKeys, &ApiKeyFeed::loadFailed, &apiKeys,
        [](const QString &why) { qWarning("earshot: %s", qPrintable(why)); });
    HeadlessRunner runner(server, readConfig);
    if (!runner.start())
        return 1;
    QObject::connect(
        &runner, &HeadlessRunner::finished, QCoreApplication::instance(), &QCoreApplication::exit);
    return QCoreApplication::exec();
}

// earshot --stream-mic: the microphone into this Earshot or another, without a window.
int runMicStream()
{
    QCommandLineParser parser;
    parser.addHelpOption();
    MicStreamCommand::addOptions(parser);
    parser.process(*QCoreApplication::instance());
    MicStreamCommand command;
    SignalWatcher signalWatcher;
    QObject::connect(
        &signalWatcher, &SignalWatcher::signalReceived, &command, &MicStreamCommand::requestStop);
    return command.run(parser);
}

int runMonitor(const CommandLine &commandLine)
{
    QApplication::setWindowIcon(QIcon(u":/icons/earshot.svg"_s));
    // Lets a Wayland dock match the window with the menu entry.
    QGuiApplication::setDesktopFileName(u"earshot"_s);
    AppSettings appSettings;
    const ServerSettings settings = commandLine.applyTo(appSettings.serverSettings());

    CaptureServer server;
    MainWindow window(server, appSettings, settings);
    // A logout (SIGHUP), SIGTERM or Ctrl+C in the terminal closes the window the same careful way
    // as its button.
    SignalWatcher signalWatcher;
    QObject::connect(
        &signalWatcher, &SignalWatcher::signalReceived, &window, &MainWindow::endSession);
    window.show();
    window.startServer();
    return QApplication::exec();
}

// earshot --api-key-create NAME and the like: the API keys, without a window.
int runApiKeys()
{
    QCommandLineParser parser;
    parser.addHelpOption();
    ApiKeyCommand::addOptions(parser);
    parser.process(*QCoreApplication::instance());
    ApiKeyStore store(AppSettings().apiKeysFile());
    return ApiKeyCommand().run(parser, store);
}

// earshot --transcribe FILE...: finished recordings to WebVTT, without a window.
int runTranscribe()
{
    QCommandLineParser parser;
    parser.addHelpOption();
    TranscribeCommand::addOptions(parser);
    parser.process(*QCoreApplication::instance());
    return TranscribeCommand().run(parser);
}

// earshot --export-take FOLDER: a take's aligned tracks, without a window or a server.
int runExportTake()
{
    QCommandLineParser parser;
    parser.addHelpOption();
    ExportTakeCommand::addOptions(parser);
    parser.process(*QCoreApplication::instance());
    return ExportTakeCommand().run(parser);
}

} // namespace

int main(int argc, char *argv[])
{
    // Decided before the application object exists: it picks the object's class.
    const bool streamMic = MicStreamCommand::requested(argc, argv);
    const bool transcribe = TranscribeCommand::requested(argc, argv);
    const bool exportTake = ExportTakeCommand::requested(argc, argv);
    const bool apiKeys = ApiKeyCommand::requested(argc, argv);
    const bool headless = streamMic || transcribe || exportTake || apiKeys
        || CommandLine::headlessRequested(argc, argv);
    const OpenFileLimit fileLimit = raiseOpenFileLimit();

    const std::unique_ptr<QCoreApplication> app = headless
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"Earshot"_s);
    QCoreApplication::setApplicationName(u"Earshot"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(EARSHOT_VERSION));

    // The language chosen in the settings, or the system's; both faces speak it.
    AppLanguage language;
    language.apply(AppLanguage::localeFor(AppSettings().uiLanguage()));

    if (!fileLimit.errorString.isEmpty()) {
        qWarning("Cannot raise the open files limit above %llu: %s",
            static_cast<unsigned long long>(fileLimit.soft), qPrintable(fileLimit.errorString));
    }

    if (streamMic)
        return runMicStream();
    if (transcribe)
        return runTranscribe();
    if (exportTake)
        return runExportTake();
    if (apiKeys)
        return runApiKeys();

    CommandLine commandLine;
    if (!commandLine.process(QCoreApplication::arguments())) {
        QTextStream(stderr) << commandLine.errorString() << Qt::endl;
        return 1;
    }
    return headless ? runHeadless(commandLine) : runMonitor(commandLine);
}
