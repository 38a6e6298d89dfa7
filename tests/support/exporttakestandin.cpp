// Stand-in for `earshot --export-take FOLDER` until that command lands (branch export).
#include <QCoreApplication>
#include <QTextStream>

#include "takes/takeexport.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--export-take"));
    if (at < 0 || at + 1 >= args.size())
        return 2;
    QString problem;
    const std::optional<TakeExport::Plan> plan = TakeExport::plan(args.at(at + 1), &problem);
    TakeExport exporter;
    if (!plan || !exporter.write(*plan, nullptr, &problem)) {
        err << problem << Qt::endl;
        return 1;
    }
    for (const QString &file : exporter.files())
        out << file << Qt::endl;
    return 0;
}
