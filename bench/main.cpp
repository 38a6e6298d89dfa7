// earshot-bench: a load tool that speaks Earshot's protocol v1 from outside the server.
#include <algorithm>
#include <sys/resource.h>

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include "benchoptions.h"
#include "benchrunner.h"

using namespace Qt::StringLiterals;

namespace {

// One socket per stream, plus a few: lift the soft open-files limit as far as the hard one allows.
bool raiseOpenFilesLimit(rlim_t wanted)
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return false;
    if (limit.rlim_cur >= wanted)
        return true;
    limit.rlim_cur = std::min(limit.rlim_max, std::max(wanted, limit.rlim_cur));
    return setrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur >= wanted;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"earshot-bench"_s);

    QTextStream err(stderr);
    QString error;
    QString helpText;
    const auto parsed = BenchOptions::parse(QCoreApplication::arguments(), &error, &helpText);
    if (!error.isEmpty()) {
        err << "earshot-bench: " << error << "\nTry --help.\n";
        return 2;
    }
    if (!parsed) {
        QTextStream(stdout) << helpText;
        return 0;
    }
    const BenchOptions &options = *parsed;

    constexpr rlim_t spareFiles = 64;
    if (!raiseOpenFilesLimit(rlim_t(options.streams) + spareFiles)) {
        err << "earshot-bench: the open-files limit is too low for " << options.streams
            << " streams (see ulimit -n)\n";
        return 2;
    }

    BenchRunner runner(options);
    QObject::connect(&runner, &BenchRunner::finished, &app,
        [](int exitCode) { QCoreApplication::exit(exitCode); });
    // Started from the event loop, so that finished() always finds exec() running.
    QTimer::singleShot(0, &runner, &BenchRunner::start);
    return QCoreApplication::exec();
}
