// earshot-qtbaseline: one thread, one QWebSocketServer, a QFile write and an ack per audio message.
// What a plain Qt server costs per chunk, for bench/compare.sh to put between the floor
// (bench/floor/) and Earshot.
//
//   earshot-qtbaseline --port P --dir DIR       SIGTERM or SIGINT: finish the files and exit 0
#include <sys/resource.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

#include "baselineserver.h"
#include "terminationwatcher.h"

using namespace Qt::StringLiterals;

namespace {

// One socket per stream, plus its file: lift the soft open-files limit to the hard one.
void raiseOpenFilesLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    TerminationWatcher::blockSignals();
    raiseOpenFilesLimit();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"earshot-qtbaseline"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A one-thread QWebSocketServer for earshot-bench."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Listen on 127.0.0.1:<port>."_s, u"port"_s);
    const QCommandLineOption dir(u"dir"_s, u"Write the recordings to <dir>."_s, u"dir"_s);
    parser.addOptions({ port, dir });
    parser.process(app);
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    QTextStream err(stderr);
    if (!portOk || portNumber == 0 || portNumber > 65535 || parser.value(dir).isEmpty()) {
        err << "usage: earshot-qtbaseline --port P --dir DIR" << Qt::endl;
        return 2;
    }

    BaselineServer server(parser.value(dir));
    if (!server.listen(QHostAddress::LocalHost, quint16(portNumber))) {
        err << "earshot-qtbaseline: cannot listen on 127.0.0.1:" << portNumber << ": "
            << server.errorString() << Qt::endl;
        return 1;
    }
    TerminationWatcher termination;
    if (!termination.isValid()) {
        err << "earshot-qtbaseline: no signalfd for SIGTERM" << Qt::endl;
        return 1;
    }
    QObject::connect(&termination, &TerminationWatcher::terminationRequested, &app, [&server] {
        server.shutDown();
        QCoreApplication::quit();
    });
    err << "earshot-qtbaseline: listening on 127.0.0.1:" << portNumber << ", recordings in "
        << parser.value(dir) << Qt::endl;
    return QCoreApplication::exec();
}
