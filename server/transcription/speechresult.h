#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

/// What a recognizer heard in one utterance. Times are of the audio, from its start.
struct SpeechResult
{
    enum class Kind
    {
        /// The utterance so far; the next partial or the final replaces it.
        Partial,
        /// The utterance as it stands; it may differ from the partials before it.
        Final,
    };

    Kind kind = Kind::Partial;
    QString text;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

Q_DECLARE_METATYPE(SpeechResult)
