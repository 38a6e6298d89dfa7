#include "webstrings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTranslator>

namespace {

// Keep in step with STRINGS in resources/web/strings.js (tst_webstrings compares them).
const char *const Sources[] = {
    QT_TRANSLATE_NOOP("web", "Earshot recorder"),
    QT_TRANSLATE_NOOP("web", "Connecting…"),
    QT_TRANSLATE_NOOP("web", "Connected"),
    QT_TRANSLATE_NOOP("web", "Reconnecting…"),
    QT_TRANSLATE_NOOP("web", "Not connected"),
    QT_TRANSLATE_NOOP("web", "Ready"),
    QT_TRANSLATE_NOOP("web", "Refused"),
    QT_TRANSLATE_NOOP("web", "Your name"),
    QT_TRANSLATE_NOOP("web", "Quality"),
    QT_TRANSLATE_NOOP("web", "Compressed (smaller files)"),
    QT_TRANSLATE_NOOP("web", "Lossless (PCM)"),
    QT_TRANSLATE_NOOP("web", "Sample rate"),
    QT_TRANSLATE_NOOP("web", "Recording"),
    QT_TRANSLATE_NOOP("web", "Input level"),
    QT_TRANSLATE_NOOP("web", "Start recording"),
    QT_TRANSLATE_NOOP("web", "Stop recording"),
    QT_TRANSLATE_NOOP("web", "Format"),
    QT_TRANSLATE_NOOP("web", "Chunks sent"),
    QT_TRANSLATE_NOOP("web", "Sent"),
    QT_TRANSLATE_NOOP("web", "Confirmed by Earshot"),
    QT_TRANSLATE_NOOP("web", "Recording saved"),
    QT_TRANSLATE_NOOP("web", "File"),
    QT_TRANSLATE_NOOP("web", "Size"),
    QT_TRANSLATE_NOOP("web", "Duration"),
    QT_TRANSLATE_NOOP("web", "Audio kept on this device"),
    QT_TRANSLATE_NOOP("web", "Part of a recording could not be sent to Earshot. It is kept in this browser until you save or discard it."),
    QT_TRANSLATE_NOOP("web", "Save a copy"),
    QT_TRANSLATE_NOOP("web", "Discard"),
    QT_TRANSLATE_NOOP("web", "Discard the audio kept on this device? It cannot be recovered."),
    QT_TRANSLATE_NOOP("web", "This page was opened over plain http, where browsers do not allow the microphone. Open the secure address instead: {url}"),
    QT_TRANSLATE_NOOP("web", "This browser cannot record audio. Try a current version of Safari, Chrome or Firefox."),
    QT_TRANSLATE_NOOP("web", "Earshot is not allowed to use the microphone. Allow microphone access for this page in the browser settings, then try again."),
    QT_TRANSLATE_NOOP("web", "No microphone was found on this device."),
    QT_TRANSLATE_NOOP("web", "The microphone is in use by another app, or could not be started."),
    QT_TRANSLATE_NOOP("web", "The microphone could not be started."),
    QT_TRANSLATE_NOOP("web", "The microphone stopped, so the recording stopped."),
    QT_TRANSLATE_NOOP("web", "This browser cannot record compressed audio. Choose Lossless (PCM)."),
    QT_TRANSLATE_NOOP("web", "This browser cannot record lossless audio. Choose Compressed."),
    QT_TRANSLATE_NOOP("web", "Cannot reach Earshot at {host}. Check that Earshot is still running and that this device is on the same network. Trying again…"),
    QT_TRANSLATE_NOOP("web", "Earshot is busy: it is recording as many people as it can. Trying again…"),
    QT_TRANSLATE_NOOP("web", "Earshot refused this page: the pairing code in the address is wrong or missing. Scan the QR code or open the link shown in Earshot again."),
    QT_TRANSLATE_NOOP("web", "Earshot refused the connection because this page was not opened from Earshot’s own address. Open the address shown in Earshot."),
    QT_TRANSLATE_NOOP("web", "Earshot has blocked this device after too many wrong pairing codes. Wait a while, or ask the person running Earshot."),
    QT_TRANSLATE_NOOP("web", "Earshot no longer has the recording this page was sending (it ended or expired), so it cannot be continued. The audio that did not reach Earshot is kept on this device."),
    QT_TRANSLATE_NOOP("web", "Earshot’s disk is full, so the recording stopped. What Earshot received is saved; the rest is kept on this device."),
    QT_TRANSLATE_NOOP("web", "Earshot could not write the recording, so it stopped. The rest is kept on this device."),
    QT_TRANSLATE_NOOP("web", "Earshot does not accept this audio format. Choose another quality."),
    QT_TRANSLATE_NOOP("web", "Connection lost. Still recording: the audio is sent as soon as the connection is back."),
    QT_TRANSLATE_NOOP("web", "Sending the rest of the recording…"),
    QT_TRANSLATE_NOOP("web", "Sending a recording that was interrupted earlier…"),
    QT_TRANSLATE_NOOP("web", "A recording that was interrupted earlier is now saved as {file}."),
};

} // namespace

QStringList WebStrings::sourceTexts()
{
    QStringList texts;
    for (const char *source : Sources)
        texts.append(QString::fromUtf8(source));
    return texts;
}

QByteArray WebStrings::translationsJson(const QString &languageTag)
{
    const QLocale locale(QString(languageTag).replace(u'-', u'_'));
    const QString key = locale.name();
    QMutexLocker lock(&m_mutex);
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend())
        return *cached;

    QJsonObject table;
    if (const QTranslator *translator = translatorFor(locale)) {
        for (const char *source : Sources) {
            const QString translated = translator->translate("web", source);
            if (!translated.isEmpty())
                table.insert(QString::fromUtf8(source), translated);
        }
    }
    const QByteArray json = QJsonDocument(table).toJson(QJsonDocument::Compact);
    m_cache.insert(key, json);
    return json;
}

QString WebStrings::preferredLanguage(const QByteArray &acceptLanguage)
{
    // Browsers list the first choice first; the weights after it only order the rest.
    return QString::fromLatin1(
        acceptLanguage.split(',').constFirst().split(';').constFirst().trimmed());
}

QString WebStrings::translate(const QString &languageTag, const char *source)
{
    const QLocale locale(QString(languageTag).replace(u'-', u'_'));
    QMutexLocker lock(&m_mutex);
    const QTranslator *translator = translatorFor(locale);
    const QString translated = translator ? translator->translate("web", source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

const QTranslator *WebStrings::translatorFor(const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return nullptr;
    const QString key = locale.name();
    auto found = m_translators.constFind(key);
    if (found == m_translators.cend()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(
                locale, QStringLiteral("earshot"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            translator.reset();
        found = m_translators.insert(key, std::move(translator));
    }
    return found->get();
}
