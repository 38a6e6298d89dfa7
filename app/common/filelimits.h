#pragma once

#include <QString>

/// The limits on open files of this process, after raiseOpenFileLimit() tried to raise them.
struct OpenFileLimit
{
    quint64 soft = 0;
    quint64 hard = 0;
    QString errorString; ///< empty when the soft limit could be raised
};

/// Raises the soft limit on open files to the hard one. Every live stream holds a socket and a
/// file, so the usual soft limit of 1024 would cap the server near 500 streams.
OpenFileLimit raiseOpenFileLimit();
