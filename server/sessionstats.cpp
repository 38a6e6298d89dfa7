#include "sessionstats.h"

QString sessionStateName(SessionStats::State state)
{
    switch (state) {
    case SessionStats::State::Recording:
        return QStringLiteral("recording");
    case SessionStats::State::Interrupted:
        return QStringLiteral("interrupted");
    case SessionStats::State::Complete:
        return QStringLiteral("complete");
    case SessionStats::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}
