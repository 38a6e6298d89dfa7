#pragma once

#include <QCoreApplication>

class ApiKeyStore;
class QCommandLineParser;

/// `earshot --api-key-create NAME` (prints the new key, once), `--api-key-revoke NAME` and
/// `--api-key-list`: the API keys (docs/api.md) without a window. A running server takes the
/// change up by itself. Exit code 0 when it was done.
class ApiKeyCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyCommand)

public:
    static bool requested(int argc, const char *const *argv);
    static void addOptions(QCommandLineParser &parser);
    int run(const QCommandLineParser &parser, ApiKeyStore &store);
};
