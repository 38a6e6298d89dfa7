#include "sidecarfigures.h"

#include "useragent.h"

namespace {

SessionStats::State stateNamed(const QString &status)
{
    for (const SessionStats::State state :
        { SessionStats::State::Recording, SessionStats::State::Interrupted,
            SessionStats::State::Complete, SessionStats::State::Failed }) {
        if (sessionStateName(state) == status)
            return state;
    }
    // A sidecar whose status is damaged says only that the recording did not end well.
    return SessionStats::State::Interrupted;
}

} // namespace

namespace SidecarFigures {

Sidecar toSidecar(
    const SessionStats &stats, const QString &fileName, const QString &resumeTokenDigest)
{
    Sidecar sidecar;
    sidecar.session = stats.id;
    sidecar.label = stats.label;
    sidecar.peer = stats.peer;
    sidecar.userAgent = stats.userAgent;
    sidecar.format = stats.format;
    sidecar.file = fileName;
    sidecar.startedAt = stats.startedAt;
    sidecar.endedAt = stats.endedAt;
    sidecar.bytes = stats.bytes;
    sidecar.chunks = stats.chunks;
    sidecar.status = sessionStateName(stats.state);
    sidecar.error = stats.errorCode;
    sidecar.resumeTokenSha256 = resumeTokenDigest;
    sidecar.transcript = stats.transcriptFile;
    return sidecar;
}

SessionStats toStats(const Sidecar &sidecar, const QString &filePath)
{
    SessionStats stats;
    stats.id = sidecar.session;
    stats.label = sidecar.label;
    stats.take = sidecar.take.value(QLatin1String("take")).toString();
    stats.peer = sidecar.peer;
    stats.userAgent = sidecar.userAgent;
    stats.client = describeUserAgent(sidecar.userAgent);
    stats.format = sidecar.format;
    stats.filePath = filePath;
    stats.transcriptFile = sidecar.transcript;
    stats.state = stateNamed(sidecar.status);
    stats.bytes = sidecar.bytes;
    stats.chunks = sidecar.chunks;
    stats.startedAt = sidecar.startedAt;
    stats.endedAt = sidecar.endedAt;
    stats.errorCode = sidecar.error;
    return stats;
}

} // namespace SidecarFigures
