// The screen: the only module that touches the DOM. It shows what it is given (render(), the
// alert, the notice, the meter) and reports what the person does (bind()); it decides nothing.

import { formatter, lang, t } from './strings.js';
import { alertText } from './errors.js';

const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------------------------------------
// Formatting

const numbers = formatter(Intl.NumberFormat);

function formatBytes(bytes) {
  const [value, unit, digits] = bytes < 1e6 ? [bytes / 1e3, 'kilobyte', 1] : [bytes / 1e6, 'megabyte', bytes < 1e8 ? 2 : 1];
  try {
    return formatter(Intl.NumberFormat, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
  } catch {
    return `${numbers.format(bytes)} B`; // an engine without unit formatting
  }
}

function formatDuration(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

// Technical names, the same in every language; the MIME type goes in the tooltip.
function formatLabel(format) {
  const pcm = /^audio\/pcm;rate=(\d+)/.exec(format || '');
  if (pcm) return `PCM 16-bit · ${numbers.format(pcm[1] / 1000)}\u00a0kHz`;
  const container = { 'audio/webm': 'WebM', 'audio/ogg': 'Ogg', 'audio/mp4': 'MP4' }[(format || '').split(';')[0]];
  if (!container) return format || '–';
  return `${container === 'MP4' ? 'AAC' : 'Opus'} · ${container}`;
}

// ---------------------------------------------------------------------------------------------
// Text

// Puts a translated sentence into `element`; {name} placeholders may be DOM nodes (a link).
function setMessage(element, text, values = {}) {
  element.textContent = '';
  const translated = t(text, {});
  for (const part of translated.split(/(\{\w+\})/)) {
    const name = part.startsWith('{') ? part.slice(1, -1) : null;
    const value = name !== null && name in values ? values[name] : part;
    element.append(value instanceof Node ? value : String(value));
  }
}

// Once the translations are loaded: the texts written into index.html, in the person's language.
export function translatePage() {
  document.documentElement.lang = lang;
  document.title = t('Earshot recorder');
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of document.querySelectorAll('[data-i18n-label]')) element.setAttribute('aria-label', t(element.dataset.i18nLabel));
}

// The alert for `code` (errors.js has its text); a screen reader hears the same alert once.
export function showAlert(code, values = {}) {
  if ($('alert').textContent && $('alert').dataset.code === code) return;
  setMessage($('alert'), alertText(code), { host: location.host, ...values });
  $('alert').dataset.code = code;
}

export function clearAlert() {
  $('alert').textContent = '';
  delete $('alert').dataset.code;
}

let notice = null;

// A notice is announced once, unless it names a new file.
export function showNotice(text, values = {}) {
  if (notice === text && !values.file) return;
  notice = text;
  setMessage($('notice'), text, values);
}

export function clearNotice() {
  notice = null;
  $('notice').textContent = '';
}

// A link to put into an alert's {url}.
export function link(href, text) {
  const element = document.createElement('a');
  element.href = href;
  element.textContent = text;
  return element;
}

// ---------------------------------------------------------------------------------------------
// The level meter

let meter = 0;

export function showLevel(peak) {
  // Decibels make quiet speech visible: -60 dBFS is empty, 0 dBFS full.
  const position = peak > 0 ? Math.max(0, 1 + (20 * Math.log10(peak)) / 60) : 0;
  meter = Math.max(position, meter * 0.8);
  $('meter-cover').style.transform = `scaleX(${(1 - meter).toFixed(3)})`;
}

// The microphone is off: the meter drops at once instead of decaying.
export function resetLevel() {
  meter = 0;
  showLevel(0);
}

// ---------------------------------------------------------------------------------------------
// Rendering

const ConnectionTexts = {
  connecting: 'Connecting…',
  open: 'Connected',
  reconnecting: 'Reconnecting…',
  closed: 'Not connected',
  idle: 'Ready',
  refused: 'Refused',
};

// `page`: { state, connection, lastError, mode, elapsedMs, format, chunksSent, bytesSent,
// bytesAcked, summary, keptCount }.
export function render(page) {
  const recording = page.state === 'recording' || page.state === 'starting';
  $('connection').dataset.state = page.connection;
  $('connection-text').textContent = t(ConnectionTexts[page.connection]);
  document.body.dataset.state = page.state;

  $('start').hidden = recording;
  $('stop').hidden = !recording;
  $('start').disabled = page.state === 'stopping' || page.connection === 'refused' || page.lastError === 'insecure' || page.lastError === 'unsupported' || page.takeStopped;
  $('stop').disabled = page.state !== 'recording';
  for (const id of ['name', 'mode', 'rate', 'captions']) $(id).disabled = recording || page.state === 'stopping';
  $('rate-row').hidden = page.mode !== 'pcm';

  $('elapsed').textContent = formatDuration(page.elapsedMs);
  $('format').textContent = formatLabel(page.format);
  $('format').title = page.format || '';
  $('chunks').textContent = numbers.format(page.chunksSent);
  $('sent').textContent = formatBytes(page.bytesSent);
  $('acked').textContent = formatBytes(page.bytesAcked);
  const level = Math.round(meter * 100);
  if ($('meter').getAttribute('aria-valuenow') !== String(level)) $('meter').setAttribute('aria-valuenow', String(level));

  $('summary').hidden = !page.summary;
  if (page.summary) {
    const file = page.summary.file || '';
    $('summary-file').textContent = file.split('/').pop() || '–';
    $('summary-file').title = file;
    $('summary-bytes').textContent = formatBytes(page.summary.bytes);
    $('summary-duration').textContent = formatDuration(page.summary.durationMs);
    const check = verificationText(page.summary);
    $('summary-verification').textContent = check.text;
    $('summary-verification').dataset.state = check.state;
  }
  $('kept').hidden = page.keptCount === 0;
}

// Where the take this page records into stands; nothing outside a take.
const TakeTexts = {
  waiting: 'Take “{name}”: waiting for the host to start it. You can start recording yourself.',
  recording: 'Take “{name}”: the host started it.',
  stopped: 'Take “{name}”: stopped by the host.',
};

export function showTake(take) {
  const element = $('take');
  element.hidden = !take || !take.state;
  if (element.hidden) return;
  element.dataset.state = take.state;
  setMessage(element, TakeTexts[take.state] || TakeTexts.waiting, { name: take.name });
}

// What Earshot found when it compared its file with what this page recorded.
function verificationText({ verification, bytes, recorded }) {
  if (verification === 'verified') return { state: 'verified', text: t('Verified: Earshot has every byte this page recorded.') };
  if (verification === 'mismatch') {
    if (bytes < recorded) return { state: 'mismatch', text: t('Not verified: the last {size} are missing.', { size: formatBytes(recorded - bytes) }) };
    return { state: 'mismatch', text: t('Not verified: Earshot’s file differs from what this page recorded.') };
  }
  return { state: 'unverified', text: t('Not verified: Earshot could not check this recording.') };
}

export function scrollToSummary() {
  $('summary').scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

// ---------------------------------------------------------------------------------------------
// The controls

export function showMode(mode) {
  $('mode').value = mode;
}

export function showPcmRate(rate) {
  $('rate').value = String(rate);
}

export function showName(name) {
  $('name').value = name;
}

export function name() {
  return $('name').value.trim();
}

export function captionsWanted() {
  return $('captions').checked;
}

export function showCaptionsWanted(on) {
  $('captions').checked = on;
}

// A new recording: its captions start empty, shown only when they were asked for.
export function clearCaptions(show) {
  $('caption-final').textContent = '';
  $('caption-partial').textContent = '';
  $('caption-note').hidden = true;
  $('captions-view').hidden = !show;
}

const CaptionNotes = {
  busy: 'No captions for this recording: the computer is transcribing as many as it can.',
  unavailable: 'No captions: this Earshot has no speech recognizer.',
  failed: 'The captions stopped; the recording goes on.',
  skipped: 'Some speech was left out of the captions: the computer fell behind.',
};

// {"type":"partial"|"final"|"transcription", ...} from the server (docs/protocol.md).
export function showCaption(message) {
  if (message.type === 'final') {
    const final = $('caption-final');
    final.textContent = final.textContent ? `${final.textContent} ${message.text}` : message.text;
    $('caption-partial').textContent = '';
  } else if (message.type === 'partial') {
    $('caption-partial').textContent = message.text;
  } else if (CaptionNotes[message.state]) {
    $('caption-note').textContent = t(CaptionNotes[message.state]);
    $('caption-note').hidden = false;
  }
}

// This browser records no compressed audio: the choice is not offered.
export function disableCompressed() {
  $('mode').querySelector('option[value="compressed"]').disabled = true;
}

export function pageVisible() {
  return document.visibilityState === 'visible';
}

export function confirmDiscard() {
  return confirm(t('Discard the audio kept on this device? It cannot be recovered.'));
}

// Downloads each { blob, name }.
export function download(files) {
  for (const { blob, name: fileName } of files) {
    const anchor = document.createElement('a');
    anchor.href = URL.createObjectURL(blob);
    anchor.download = fileName;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(anchor.href), 60000);
  }
}

// What the person does, and what the page's surroundings do to it:
// { onName(text), onCaptions(on), onMode(mode), onRate(rate), onStart, onStop, onSaveKept, onDiscardKept,
//   onOnline, onVisible, leaveNeedsWarning() }.
export function bind(handlers) {
  $('name').addEventListener('input', () => handlers.onName($('name').value));
  $('captions').addEventListener('change', () => handlers.onCaptions($('captions').checked));
  $('mode').addEventListener('change', () => handlers.onMode($('mode').value));
  $('rate').addEventListener('change', () => handlers.onRate($('rate').value));
  $('setup').addEventListener('submit', (event) => event.preventDefault());
  $('start').addEventListener('click', handlers.onStart);
  $('stop').addEventListener('click', handlers.onStop);
  $('kept-save').addEventListener('click', handlers.onSaveKept);
  $('kept-discard').addEventListener('click', handlers.onDiscardKept);
  window.addEventListener('online', handlers.onOnline);
  document.addEventListener('visibilitychange', () => {
    if (pageVisible()) handlers.onVisible();
  });
  window.addEventListener('beforeunload', (event) => {
    if (handlers.leaveNeedsWarning()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
}
