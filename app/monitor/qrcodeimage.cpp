#include "qrcodeimage.h"

#include <memory>
#include <qrencode.h>

namespace QrCodeImage {

namespace {

constexpr int QuietZone = 4; // modules of white around the code, as the standard asks

struct QrDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QImage encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, QrDeleter> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code)
        return {};
    const int size = code->width + 2 * QuietZone;
    QImage image(size, size, QImage::Format_Mono);
    image.fill(1);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // The low bit of each module says black.
            if (code->data[y * code->width + x] & 1)
                image.setPixel(x + QuietZone, y + QuietZone, 0);
        }
    }
    return image;
}

} // namespace QrCodeImage
