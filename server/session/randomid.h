#pragma once

#include <QString>

/// Hex digits from the system's cryptographic random source: session ids, resume tokens.
QString randomHex(int bytes);
