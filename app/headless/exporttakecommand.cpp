#include "exporttakecommand.h"

#include <chrono>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include "common/commandline.h"
#include "takes/takeexport.h"

using namespace Qt::StringLiterals;

namespace {

// A progress line at most this often, and always at the end: enough to see it move without
// filling a log.
constexpr std::chrono::milliseconds ProgressInterval { 500 };

} // namespace

bool ExportTakeCommand::requested(int argc, const char *const *argv)
{
    return CommandLine::hasFlag(argc, argv, "--export-take");
}

void ExportTakeCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ u"export-take"_s,
        tr("Export a take's tracks aligned: one WAV per track and one Matroska file, in the "
           "take's \"aligned\" folder; the files written on stdout."),
        tr("folder") });
}

int ExportTakeCommand::run(const QCommandLineParser &parser)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString folder = QFileInfo(parser.value(u"export-take"_s)).absoluteFilePath();
    if (parser.value(u"export-take"_s).isEmpty()) {
        err << tr("--export-take needs the take's folder.") << Qt::endl;
        return 1;
    }
    const QString shown = QDir::toNativeSeparators(folder);

    QString problem;
    const std::optional<TakeExport::Plan> plan = TakeExport::plan(folder, &problem);
    if (!plan) {
        err << tr("Cannot export %1: %2").arg(shown, problem) << Qt::endl;
        return 1;
    }
    err << tr("Exporting the take \"%1\": %n track(s), %2 s", nullptr, int(plan->tracks.size()))
               .arg(plan->name, QString::number(plan->lengthMs / 1000.0, 'f', 1))
        << Qt::endl;

    TakeExport exporter;
    QElapsedTimer sinceLine;
    sinceLine.start();
    int lastPercent = -1;
    const bool written = exporter.write(
        *plan,
        [&](double done) {
            const int percent = int(done * 100);
            if (percent == lastPercent
                || (percent < 100 && !sinceLine.hasExpired(ProgressInterval.count())))
                return;
            lastPercent = percent;
            sinceLine.restart();
            err << tr("Exporting: %1 %").arg(percent) << Qt::endl;
        },
        &problem);
    if (!written) {
        err << tr("Cannot export %1: %2").arg(shown, problem) << Qt::endl;
        return 1;
    }
    for (const QString &file : exporter.files())
        out << QDir::toNativeSeparators(file) << Qt::endl;
    return 0;
}
