#pragma once

#include <optional>

#include <QString>

#include "producedtotals.h"

/// One text message from a client, parsed. Covers protocol v1 and the dialects of older clients
/// (plain START_RECORDING/STOP_RECORDING, JSON start_recording/stop_recording, echo text).
struct ClientMessage
{
    enum class Kind
    {
        Start, ///< v1 {"type":"start"}
        Stop, ///< v1 {"type":"stop"}
        Resume, ///< v1 {"type":"resume"}
        Level, ///< v1 {"type":"level","value":0..1}: the client's own meter, for the monitor
        Join, ///< v1 {"type":"join","take":"<id>"}: this connection follows a take
        Time, ///< v1 {"type":"time","clientMs":t}: the client measures its clock against ours
        /// v1 {"type":"unsent","bytes":n,"durationMs":d}: audio the client holds that no ack
        /// covers yet, for the monitor
        Unsent,
        TextStart, ///< START_RECORDING
        TextStop, ///< STOP_RECORDING
        JsonStart, ///< {"type":"start_recording"}
        JsonStop, ///< {"type":"stop_recording"}
        Echo, ///< any other text that is not JSON
        Invalid, ///< JSON, but not an object with a string "type", or a field of the wrong kind
        UnknownType, ///< a JSON object whose type we do not know
    };

    Kind kind = Kind::Invalid;
    QString format; ///< Start: the MIME type; empty means sniff
    QString name; ///< Start: the label
    bool transcribe = false; ///< Start: captions and a transcript are asked for
    QString take; ///< Start (records into that take), Join
    /// Start, in a take: when the client's first sample was captured, on the server's clock
    /// (Unix ms, from its clock probes), and how far off that may be; -1 when not told.
    double captureStartMs = -1;
    double clockUncertaintyMs = -1;
    double clientMs = 0; ///< Time: the client's clock when it sent the message
    QString session; ///< Resume
    QString resumeToken; ///< Resume
    double level = 0; ///< Level, clamped to 0..1
    /// Unsent: the bytes recorded that no ack covers, and how much audio they are.
    qint64 unsentBytes = 0;
    qint64 unsentDurationMs = 0;
    /// The most an Unsent may say: more is no device's backlog but a broken client (a TiB, a
    /// week of audio).
    static constexpr qint64 MaxUnsentBytes = qint64(1) << 40;
    static constexpr qint64 MaxUnsentDurationMs = qint64(7) * 24 * 3600 * 1000;
    /// Stop: the bytes the client produced and their SHA-256, when it sent them (both or neither).
    std::optional<ProducedTotals> produced;
    QString text; ///< Echo: the text; UnknownType: the type; Invalid: what is wrong

    static ClientMessage parse(const QString &message);

    /// The v1 messages a client sends, built here so that their shape is written once, beside
    /// parse() that reads them (docs/protocol.md).
    /// transcribe: captions asked for (docs/protocol.md, "Captions").
    static ClientMessage start(const QString &format, const QString &name, bool transcribe = false);
    /// produced: what the client sent for the session, for Earshot to verify the file.
    static ClientMessage stop(const std::optional<ProducedTotals> &produced = std::nullopt);
    static ClientMessage resume(const QString &session, const QString &resumeToken);
    static ClientMessage levelReport(double value);
    static ClientMessage join(const QString &take);
    static ClientMessage time(double clientMs);
    static ClientMessage unsent(qint64 bytes, qint64 durationMs);
    /// The JSON text of a v1 message (Start, Stop, Resume, Level, Join, Time, Unsent); empty for
    /// the other kinds.
    QString toText() const;
};
