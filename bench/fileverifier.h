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

    struct Checks
    {
        Outcome file; // the data is exactly what was sent (pcm: and the header declares its size)
        // The crash phase's check: the data begins with exactly the bytes that had been acked when
        // the connection dropped (stream.ackedAtDrop), compared with the payload regenerated from
        // stream.seed (a second hash while sending costs the bench more than it can spare on a
        // busy core). What followed the last ack may or may not have survived the kill; it is the
        // file check's to judge.
        Outcome ackedPrefix; // does not match when the connection never dropped
    };

    // dir: the recordings folder the server's "file" is relative to.
    // pcm: the file is a WAV file; its 44-byte header must describe the data that follows.
    static Checks check(const QString &dir, const StreamResult &stream, bool pcm);
};
