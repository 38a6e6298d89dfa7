#pragma once

#include <array>
#include <cstdint>
#include <cstdlib>
#include <string_view>

// The 44-byte RIFF/WAVE header of 16-bit little-endian PCM, for the bench's stand-in servers (the
// floor and the Qt baseline). Plain C++, so that the floor stays free of Qt. earshot-bench --pcm
// checks RIFF/WAVE, "data" at byte 36 and its size against the bytes that follow.
namespace WavHeader {

inline constexpr std::size_t bytes = 44;

struct Format
{
    std::uint32_t rate = 16000;
    std::uint16_t channels = 1;
};

// "audio/pcm;rate=16000;channels=1;bits=16" (or audio/L16) -> its rate and channels; any other
// format is not PCM. Parameters left out keep the defaults above.
inline bool parsePcm(std::string_view mime, Format *format)
{
    if (!mime.starts_with("audio/pcm") && !mime.starts_with("audio/L16"))
        return false;
    const auto parameter = [mime](std::string_view name) -> long {
        const std::size_t at = mime.find(name);
        return at == std::string_view::npos ? 0 : std::atol(mime.data() + at + name.size());
    };
    if (const long rate = parameter("rate="); rate > 0)
        format->rate = std::uint32_t(rate);
    if (const long channels = parameter("channels="); channels > 0)
        format->channels = std::uint16_t(channels);
    return true;
}

inline std::array<unsigned char, bytes> make(const Format &format, std::uint64_t dataBytes)
{
    std::array<unsigned char, bytes> header {};
    std::size_t at = 0;
    const auto text = [&](const char(&four)[5]) {
        for (int i = 0; i < 4; ++i)
            header[at++] = static_cast<unsigned char>(four[i]);
    };
    const auto little = [&](std::uint32_t value, int width) {
        for (int i = 0; i < width; ++i)
            header[at++] = static_cast<unsigned char>(value >> (8 * i));
    };
    // A WAV file cannot declare more than 4 GiB; the bench's files are far smaller.
    const auto data = static_cast<std::uint32_t>(dataBytes);
    const std::uint16_t blockAlign = format.channels * 2;
    text("RIFF");
    little(36 + data, 4);
    text("WAVE");
    text("fmt ");
    little(16, 4); // size of the fmt chunk
    little(1, 2); // PCM
    little(format.channels, 2);
    little(format.rate, 4);
    little(format.rate * blockAlign, 4); // bytes per second
    little(blockAlign, 2);
    little(16, 2); // bits per sample
    text("data");
    little(data, 4);
    return header;
}

} // namespace WavHeader
