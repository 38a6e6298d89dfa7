#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// One message of Twilio's Media Streams protocol, in either direction:
/// as Twilio sends them (every one carries a `sequenceNumber`), or as a bot sends them back to
/// Twilio on a bidirectional stream (no `sequenceNumber`; its media has no track or timestamp).
/// docs/protocol.md, "Phone calls".
struct TwilioMessage
{
    enum class Event
    {
        Connected,
        Start,
        Media,
        Dtmf,
        Mark,
        Clear,
        Stop,
        Unknown, ///< a well-formed message with an event this protocol does not have
        Invalid, ///< not a message of this protocol; `problem` says why
    };
    enum class Track
    {
        Inbound, ///< the caller
        Outbound, ///< what the caller hears: the bot or the person answering
    };

    /// The strings a call keeps (the tracks, the custom parameters) are cut to these.
    static constexpr int MaxCustomParameters = 32;
    static constexpr int MaxValueChars = 256;

    Event event = Event::Invalid;
    QString eventName;
    QString problem;
    /// Sent by Twilio rather than by a bot.
    bool fromTwilio = false;
    QString streamSid;

    // start
    QString accountSid;
    QString callSid;
    QStringList tracks;
    QString encoding;
    int sampleRate = 0;
    int channels = 0;
    QJsonObject customParameters;

    // media
    Track track = Track::Outbound;
    /// On the call's timeline; Twilio's media has it, a bot's does not.
    std::optional<qint64> timestampMs;
    QByteArray payload; ///< μ-law bytes, decoded from base64

    // dtmf, mark
    QString digit;
    QString markName;

    static TwilioMessage parse(const QString &text);
};
