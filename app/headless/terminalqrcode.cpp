#include "terminalqrcode.h"

#include <memory>
#include <qrencode.h>

namespace TerminalQrCode {

namespace {

struct QrDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QStringList lines(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, QrDeleter> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code)
        return {};
    const int width = code->width;
    const int size = width + 2 * QuietZone;
    // Light (ink) everywhere but on the code's dark modules; below the last row there is nothing.
    const auto light = [&](int x, int y) {
        if (y >= size)
            return false;
        const int codeX = x - QuietZone;
        const int codeY = y - QuietZone;
        if (codeX < 0 || codeY < 0 || codeX >= width || codeY >= width)
            return true;
        // The low bit of each module says dark.
        return (code->data[codeY * width + codeX] & 1) == 0;
    };
    QStringList result;
    for (int y = 0; y < size; y += 2) {
        QString line;
        line.reserve(size);
        for (int x = 0; x < size; ++x) {
            const bool top = light(x, y);
            const bool bottom = light(x, y + 1);
            line += top && bottom ? QChar(0x2588)
                : top             ? QChar(0x2580)
                : bottom          ? QChar(0x2584)
                                  : QChar(u' ');
        }
        result.append(line);
    }
    return result;
}

} // namespace TerminalQrCode
