#include "transcribecommand.h"

#include <future>

#include <QCommandLineParser>
#include <QTextStream>

#include "common/commandline.h"
#include "serversettings.h"
#include "transcription/filetranscriber.h"
#include "transcription/webvttwriter.h"

namespace {

// How often the progress line on stderr is brought up to date.
constexpr std::chrono::milliseconds ProgressInterval { 500 };

} // namespace

bool TranscribeCommand::requested(int argc, const char *const *argv)
{
    return CommandLine::hasFlag(argc, argv, "--transcribe");
}

void TranscribeCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("transcribe"),
        tr("Transcribe finished recordings: a WebVTT file beside each, the text on stdout.") });
    parser.addOption({ QStringLiteral("speech-model"),
        tr("The PocketSphinx model folder (default: %1).").arg(ServerSettings().speechModelDir),
        tr("folder") });
    parser.addPositionalArgument(
        QStringLiteral("files"), tr("Recordings to transcribe."), QStringLiteral("FILE..."));
}

int TranscribeCommand::run(const QCommandLineParser &parser)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("--transcribe needs at least one file.") << Qt::endl;
        return 2;
    }
    const QString modelDir = parser.isSet(QStringLiteral("speech-model"))
        ? parser.value(QStringLiteral("speech-model"))
        : ServerSettings().speechModelDir;

    int failed = 0;
    for (const QString &file : files) {
        FileTranscriber transcriber(modelDir);
        out << "# " << file << Qt::endl;
        std::future<bool> done = std::async(std::launch::async, [&transcriber, &file, &out] {
            return transcriber.transcribe(file, [&out](const SpeechResult &final) {
                out << WebVttWriter::timestamp(final.startMs) << " --> "
                    << WebVttWriter::timestamp(final.endMs) << "  " << final.text << Qt::endl;
            });
        });
        while (done.wait_for(ProgressInterval) != std::future_status::ready)
            err << tr("%1: %2 %").arg(file).arg(int(transcriber.progress() * 100)) << '\r'
                << Qt::flush;
        if (done.get()) {
            err << tr("%1: transcript in %2").arg(file, FileTranscriber::transcriptPathFor(file))
                << Qt::endl;
        } else {
            ++failed;
            err << tr("%1: cannot transcribe: %2").arg(file, transcriber.errorString()) << Qt::endl;
        }
    }
    return failed == 0 ? 0 : 1;
}
