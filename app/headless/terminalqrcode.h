#pragma once

#include <QStringList>

/// A QR code drawn with the block characters of UTF-8 for a terminal, two rows of modules to a
/// line (U+2580 upper half, U+2584 lower half, U+2588 full block, space). A terminal shows the
/// ink in its light text colour on its dark background, so the ink is the code's light modules
/// and its quiet zone, and the dark modules are spaces, like `qrencode -t UTF8`.
namespace TerminalQrCode {

/// Modules of light around the code, as the standard asks.
inline constexpr int QuietZone = 4;

/// The lines of the code for `text` (byte mode, error correction M, the smallest version that
/// holds it: the same code as the monitor's); empty when it cannot be encoded.
QStringList lines(const QString &text);

} // namespace TerminalQrCode
