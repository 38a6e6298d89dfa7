#pragma once

#include <QCoreApplication>

class QCommandLineParser;

/// `earshot --transcribe FILE...`: writes "<name>.vtt" beside each recording and prints its
/// finals; progress on stderr. Exit code 0 when every file was transcribed.
class TranscribeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(TranscribeCommand)

public:
    static bool requested(int argc, const char *const *argv);
    static void addOptions(QCommandLineParser &parser);
    int run(const QCommandLineParser &parser);
};
