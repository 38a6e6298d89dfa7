// Every text a person can see on the page, in English, and t() to show one in the person's
// language. This list is the one definition: the server's copy (webstrings.cpp, for lupdate and
// /i18n.json) is generated from it by CMake, so an entry here becomes a text to translate.
// t() is only ever called with a literal from this list.

export const STRINGS = [
  'Earshot recorder',
  'Connecting…',
  'Connected',
  'Reconnecting…',
  'Not connected',
  'Ready',
  'Refused',
  'Your name',
  'Quality',
  'Compressed (smaller files)',
  'Lossless (PCM)',
  'Sample rate',
  'Live captions',
  'Captions',
  'No captions for this recording: the computer is transcribing as many as it can.',
  'No captions: this Earshot has no speech recognizer.',
  'The captions stopped; the recording goes on.',
  'Some speech was left out of the captions: the computer fell behind.',
  'Recording',
  'Input level',
  'Start recording',
  'Stop recording',
  'Format',
  'Chunks sent',
  'Sent',
  'Confirmed by Earshot',
  'Recording saved',
  'File',
  'Size',
  'Duration',
  'Completeness',
  'Verified: Earshot has every byte this page recorded.',
  'Not verified: the last {size} are missing.',
  'Not verified: Earshot’s file differs from what this page recorded.',
  'Not verified: Earshot could not check this recording.',
  'Audio kept on this device',
  'Part of a recording could not be sent to Earshot. It is kept in this browser until you save or discard it.',
  'Save a copy',
  'Discard',
  'Discard the audio kept on this device? It cannot be recovered.',
  'This page was opened over plain http, where browsers do not allow the microphone. Open the secure address instead: {url}',
  'This browser cannot record audio. Try a current version of Safari, Chrome or Firefox.',
  'Earshot is not allowed to use the microphone. Allow microphone access for this page in the browser settings, then try again.',
  'No microphone was found on this device.',
  'The microphone is in use by another app, or could not be started.',
  'The microphone could not be started.',
  'The microphone stopped, so the recording stopped.',
  'This browser cannot record compressed audio. Choose Lossless (PCM).',
  'This browser cannot record lossless audio. Choose Compressed.',
  'Cannot reach Earshot at {host}. Check that Earshot is still running and that this device is on the same network. Trying again…',
  'Earshot is busy: it is recording as many people as it can. Trying again…',
  'Earshot refused this page: the pairing code in the address is wrong or missing. Scan the QR code or open the link shown in Earshot again.',
  'Earshot refused the connection because this page was not opened from Earshot’s own address. Open the address shown in Earshot.',
  'Earshot has blocked this device after too many wrong pairing codes. Wait a while, or ask the person running Earshot.',
  'Earshot no longer has the recording this page was sending (it ended or expired), so it cannot be continued. The audio that did not reach Earshot is kept on this device.',
  'Earshot’s disk is full, so the recording stopped. What Earshot received is saved; the rest is kept on this device.',
  'Earshot could not write the recording, so it stopped. The rest is kept on this device.',
  'Earshot does not accept this audio format. Choose another quality.',
  'Take “{name}”: waiting for the host to start it. You can start recording yourself.',
  'Take “{name}”: the host started it.',
  'Take “{name}”: stopped by the host.',
  'Earshot does not know this take. Open the take’s link or QR code shown in Earshot again.',
  'The host stopped this take, so it takes no more recordings. Ask the host for a new take.',
  'Another Earshot server still holds the recording this page was sending. Trying again…',
  'Connection lost. Still recording: the audio is sent as soon as the connection is back.',
  'Sending the rest of the recording…',
  'Sending a recording that was interrupted earlier…',
  'A recording that was interrupted earlier is now saved as {file}.',
  // The protocol console, console.html and console.js (docs/console.md)
  'Earshot protocol console',
  'Disconnecting…',
  'Endpoint',
  'Connect',
  'Disconnect',
  'Protocol v1 (start, audio, stop, each answered) and the older text commands. Send a start message before the tone.',
  '16 kHz 16-bit mono PCM from the first binary message, answered with captions. Send the tone straight away.',
  'Twilio Media Streams: send connected and start, then the tone as μ-law media messages, then stop.',
  'Message',
  'Enter sends the message; Shift+Enter starts a new line.',
  'Send',
  'Fill in a message',
  'Tone length (seconds)',
  'Send a 440 Hz tone',
  'Stop the tone',
  'Sent messages',
  'Click one to put it back in the message box.',
  'Nothing sent yet.',
  'Log',
  'Clear the log',
  'To Earshot',
  'From Earshot',
  'Note',
  'Error',
  'binary, {bytes} bytes',
  'Connecting to {endpoint}…',
  'Connected to {endpoint}.',
  'Closed with code {code}: {reason}',
  'Closed with code {code}.',
  'The connection failed.',
  'Not connected: connect first.',
  'Sending {seconds} s of a 440 Hz tone as {count} messages…',
  'Tone sent: {count} messages.',
  'The tone stopped after {count} messages.',
];

let dictionary = {};

// The tag `candidate` stands for, in canonical form, or null when it is no language tag at all.
// A browser passes on what the system says: under LANG=C, WebKit's navigator.language is "C",
// which Intl refuses with a RangeError; a POSIX locale ("pt_BR.UTF-8") reads as its tag.
export function validLocale(candidate) {
  if (typeof candidate !== 'string' || !candidate) return null;
  const tag = candidate.replace(/[.@].*$/, '').replace(/_/g, '-');
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    new Intl.NumberFormat(canonical); // an engine that takes the tag but has no data for it
    return canonical || null;
  } catch {
    return null;
  }
}

// The browser's language, or English when it names none Intl accepts; also the locale numbers
// and units are formatted in, so that no formatter can throw at load.
export const lang = [navigator.language, ...(navigator.languages || [])].map(validLocale).find(Boolean) || 'en';

// An Intl formatter (`Format`: Intl.NumberFormat, Intl.DateTimeFormat) for `lang`, or in
// English, or in the engine's default when the first refuses: throws only when this engine
// refuses the options themselves (the caller's fallback).
export function formatter(Format, options = {}) {
  let refusal;
  for (const locale of [lang, 'en', undefined]) {
    try {
      return new Format(locale, options);
    } catch (error) {
      refusal = error;
    }
  }
  throw refusal;
}

// `text` in the person's language; {name} placeholders filled from `values`.
export function t(text, values = {}) {
  const translated = typeof dictionary[text] === 'string' && dictionary[text] ? dictionary[text] : text;
  return translated.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

// Asks Earshot for the texts in the browser's language. Resolves to whether there are any:
// English needs no table, and a page without one simply stays English.
export async function loadTranslations() {
  try {
    const response = await fetch(`/i18n.json?lang=${encodeURIComponent(lang)}`, { cache: 'no-cache' });
    if (!response.ok) return false;
    const table = await response.json();
    if (!table || typeof table !== 'object' || Object.keys(table).length === 0) return false;
    dictionary = table;
    return true;
  } catch {
    return false; // English it is
  }
}
