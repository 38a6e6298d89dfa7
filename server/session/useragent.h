#pragma once

#include <QString>

/// "Chrome 131 on Android" from a User-Agent header: what a person recognises in the table.
/// Empty when the header names no known browser (a script, a native client).
QString describeUserAgent(const QString &userAgent);
