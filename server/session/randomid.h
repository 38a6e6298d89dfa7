#pragma once

#include <QString>

/// SHA-256 of a secret, in hex: what is kept (in memory and in sidecars) instead of the secret.
QString secretDigest(const QString &secret);

/// Hex digits from the system's cryptographic random source: session ids, resume tokens.
QString randomHex(int bytes);
