#pragma once

#include <QString>
#include <QStringList>

/// After a crash or a power cut, sidecars still say "recording". This finds them, makes their
/// files playable (a WAV header sized from the file), and marks them interrupted.
namespace SidecarRepair {

struct Report
{
    QStringList repaired; ///< sidecar paths that were fixed
    QStringList failed; ///< "path: reason"
};

/// Looks in <root>/<date>/ folders. Call before sessions start writing.
Report repairAll(const QString &root);

} // namespace SidecarRepair
