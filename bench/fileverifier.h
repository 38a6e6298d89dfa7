#pragma once

#include <QString>

struct StreamResult;

// Checks that the server's recording of a stream holds exactly the bytes the stream sent.
class FileVerifier final
{
public:
    static constexpr qint64 wavHeaderBytes = 44;

    struct Outcome
    {
        bool matches = false;
        QString problem; // empty when it matches
    };

    // dir: the recordings folder the server's "file" is relative to.
    // pcm: the file is a WAV file; its 44-byte header must describe the data that follows.
    static Outcome verify(const QString &dir, const StreamResult &stream, bool pcm);
};
