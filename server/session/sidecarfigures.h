#pragma once

#include <QString>

#include "sessionstats.h"
#include "storage/sidecar.h"

/// The one mapping between a session's figures and the sidecar that keeps them on the disk: a
/// session writes its sidecar with it, and a resume after a restart reads it back. (The
/// recordings view keeps the Sidecar itself, so it needs no mapping of its own.)
namespace SidecarFigures {

/// The sidecar of a session whose audio is `fileName`, beside it. Remux fields stay unset.
Sidecar toSidecar(
    const SessionStats &stats, const QString &fileName, const QString &resumeTokenDigest);
/// The figures a sidecar keeps, for the audio at `filePath` (absolute). Figures a sidecar does
/// not keep (rates, levels, the last activity) stay at their defaults.
SessionStats toStats(const Sidecar &sidecar, const QString &filePath);

} // namespace SidecarFigures
