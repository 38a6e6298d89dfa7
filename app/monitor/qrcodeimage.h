#pragma once

#include <QImage>
#include <QString>

/// A QR code (libqrencode) of a text, as a black-on-white image with a quiet zone, ready to be
/// scaled without smoothing.
namespace QrCodeImage {

/// Null when the text does not fit in a QR code.
QImage encode(const QString &text);

} // namespace QrCodeImage
