#pragma once

#include "monodecoder.h"
#include "monoresampler.h"

struct AVCodecContext;
struct AVFormatContext;
struct AVFrame;
struct AVIOContext;
struct AVPacket;

/// Compressed audio in a container (WebM or Ogg Opus, MP4 AAC, any file FFmpeg reads), demuxed
/// and decoded by FFmpeg from a file that may still be growing: its reads wait for the writer.
class ContainerMonoDecoder final : public MonoDecoder
{
public:
    /// demuxer: FFmpeg's name for the container ("matroska", "ogg", "mov"); null: probe it.
    ContainerMonoDecoder(GrowingFile &file, const char *demuxer, int outputRate);
    ~ContainerMonoDecoder() override;

    Step decode(std::vector<qint16> &samples) override;
    qint64 backlogMs() const override;
    void setStretch(double factor) override { m_resampler.setStretch(factor); }

private:
    static int readPacket(void *opaque, quint8 *buffer, int size);
    bool open();
    bool receiveFrames(std::vector<qint16> &samples);
    Step fail(const QString &what, int code);

    GrowingFile &m_file;
    const char *m_demuxer = nullptr;
    AVIOContext *m_io = nullptr;
    AVFormatContext *m_format = nullptr;
    AVCodecContext *m_codec = nullptr;
    AVPacket *m_packet = nullptr;
    AVFrame *m_frame = nullptr;
    int m_stream = -1;
    const int m_outputRate;
    MonoResampler m_resampler;
    qint64 m_bytesRead = 0; // through m_io
    qint64 m_samplesOut = 0; // at m_outputRate: with m_bytesRead, the stream's bytes per ms
    bool m_opened = false;
    bool m_draining = false;
};
