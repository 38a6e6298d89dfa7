#include "apikeycommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "common/apikeystore.h"
#include "common/commandline.h"

using namespace Qt::StringLiterals;

namespace {

constexpr auto CreateOption = "api-key-create"_L1;
constexpr auto RevokeOption = "api-key-revoke"_L1;
constexpr auto ListOption = "api-key-list"_L1;

} // namespace

bool ApiKeyCommand::requested(int argc, const char *const *argv)
{
    return CommandLine::hasFlag(argc, argv, "--api-key-create")
        || CommandLine::hasFlag(argc, argv, "--api-key-revoke")
        || CommandLine::hasFlag(argc, argv, "--api-key-list");
}

void ApiKeyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QString(CreateOption),
        tr("Make an API key for /metrics and /api/v1 and print it; it is shown only this once."),
        tr("name") });
    parser.addOption({ QString(RevokeOption), tr("Revoke the API key of that name."), tr("name") });
    parser.addOption({ QString(ListOption), tr("List the API keys' names.") });
}

int ApiKeyCommand::run(const QCommandLineParser &parser, ApiKeyStore &store)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(QString(CreateOption))) {
        const std::optional<QString> key = store.create(parser.value(QString(CreateOption)));
        if (!key) {
            err << store.errorString() << Qt::endl;
            return 1;
        }
        // The key alone on stdout, for a script to take; the rest on stderr.
        out << *key << Qt::endl;
        err << tr("Keep it now: Earshot keeps only its SHA-256 and cannot show it again.")
            << Qt::endl;
        return 0;
    }
    if (parser.isSet(QString(RevokeOption))) {
        const QString name = parser.value(QString(RevokeOption));
        if (!store.revoke(name)) {
            err << store.errorString() << Qt::endl;
            return 1;
        }
        err << tr("API key %1 revoked.").arg(name) << Qt::endl;
        return 0;
    }
    if (!store.load()) {
        err << store.errorString() << Qt::endl;
        return 1;
    }
    for (const ApiKeyStore::Entry &entry : store.entries())
        out << entry.name << '\t' << entry.createdAt.toUTC().toString(Qt::ISODate) << Qt::endl;
    return 0;
}
