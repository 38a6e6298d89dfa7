#pragma once

#include <QCoreApplication>

class QCommandLineParser;

/// `earshot --export-take FOLDER`: "Export aligned" without a window or a server. Writes the
/// take's aligned/ folder (one WAV per track and one Matroska multitrack file), progress on
/// stderr, then the path of each file written on stdout, one a line. Exit code 0 when every file
/// was written, 1 when the folder holds no take, the take no tracks, or a file failed.
class ExportTakeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportTakeCommand)

public:
    static bool requested(int argc, const char *const *argv);
    static void addOptions(QCommandLineParser &parser);
    int run(const QCommandLineParser &parser);
};
