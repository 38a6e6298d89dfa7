// The protocol console (/websocket-test, docs/console.md): a page for trying Earshot's WebSocket
// endpoints by hand. It connects to one, sends what is typed in its box or a generated 440 Hz
// tone, and logs every message both ways. It shares the recorder page's texts, style sheet and
// pairing token, and nothing else: the recorder's modules stay out of it.

import { readSetting, takePairingToken, writeSetting } from './settings.js';
import { formatter, lang, loadTranslations, t } from './strings.js';

const $ = (id) => document.getElementById(id);

const HistoryKey = 'earshot.console.history';
const HistoryLength = 50; // sent messages remembered
const LogLength = 1000; // log entries kept on the page; the oldest go first
const ToneHz = 440;
const ToneAmplitude = 0.5; // of full scale
const ToneMaxSeconds = 60;
// What each endpoint takes as audio: 100 ms of 16 kHz 16-bit mono PCM per binary message, or
// Twilio's 20 ms frames of 8 kHz μ-law in media messages.
const PcmTone = { rate: 16000, frameMs: 100 };
const TwilioTone = { rate: 8000, frameMs: 20 };

const token = takePairingToken();
const numbers = formatter(Intl.NumberFormat);
const clock = formatter(Intl.DateTimeFormat, { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, hour12: false });

const StateTexts = {
  connecting: 'Connecting…',
  open: 'Connected',
  closing: 'Disconnecting…',
  closed: 'Not connected',
};

const EndpointNotes = {
  '/ws': 'Protocol v1 (start, audio, stop, each answered) and the older text commands. Send a start message before the tone.',
  '/ws/transcribe-stream': '16 kHz 16-bit mono PCM from the first binary message, answered with captions. Send the tone straight away.',
  '/twilio': 'Twilio Media Streams: send connected and start, then the tone as μ-law media messages, then stop.',
};

// ---------------------------------------------------------------------------------------------
// A pretend phone call

function twilioSid(prefix) {
  return prefix + Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

// One call in Twilio's Media Streams format, as tests/server/senders/tst_twiliostream.cpp sends
// it: its ids, the running sequenceNumber, and the inbound track's chunks with their place on
// the call's timeline (milliseconds since the call's start).
class TwilioCall {
  accountSid = twilioSid('AC');
  streamSid = twilioSid('MZ');
  callSid = twilioSid('CA');
  #sequence = 0;
  #chunk = 0;

  connected() {
    return JSON.stringify({ event: 'connected', protocol: 'Call', version: '1.0.0' });
  }

  start() {
    return JSON.stringify({
      event: 'start',
      sequenceNumber: this.#next(),
      start: {
        accountSid: this.accountSid, streamSid: this.streamSid, callSid: this.callSid, tracks: ['inbound'],
        customParameters: { name: 'console' }, mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: TwilioTone.rate, channels: 1 },
      },
      streamSid: this.streamSid,
    });
  }

  stop() {
    return JSON.stringify({
      event: 'stop', sequenceNumber: this.#next(), streamSid: this.streamSid,
      stop: { accountSid: this.accountSid, callSid: this.callSid },
    });
  }

  // Frames follow each other on the call's timeline from its start on, as if the caller had
  // spoken from the first moment: the inbound file is then exactly the frames sent.
  media(mulaw) {
    const timestamp = this.#chunk * TwilioTone.frameMs;
    this.#chunk += 1;
    return JSON.stringify({
      event: 'media', sequenceNumber: this.#next(),
      media: { track: 'inbound', chunk: String(this.#chunk), timestamp: String(timestamp), payload: toBase64(mulaw) },
      streamSid: this.streamSid,
    });
  }

  #next() {
    this.#sequence += 1;
    return String(this.#sequence);
  }
}

// ---------------------------------------------------------------------------------------------
// The tone

// `count` samples of the tone from sample `first` on, so that frames join without a click.
function sine(first, count, rate) {
  const samples = new Int16Array(count);
  for (let i = 0; i < count; i++) samples[i] = Math.round(ToneAmplitude * 32767 * Math.sin((2 * Math.PI * ToneHz * (first + i)) / rate));
  return samples;
}

// 16-bit little-endian, whatever the machine's byte order.
function pcm16le(samples) {
  const bytes = new DataView(new ArrayBuffer(samples.length * 2));
  samples.forEach((sample, i) => bytes.setInt16(i * 2, sample, true));
  return bytes.buffer;
}

// G.711 μ-law, as the ITU's reference encoder does it: bias, segment, four bits of mantissa,
// every bit inverted.
function mulaw(samples) {
  const Bias = 0x84;
  const Clip = 32635;
  return Uint8Array.from(samples, (sample) => {
    const sign = sample < 0 ? 0x80 : 0;
    let magnitude = Math.min(Math.abs(sample), Clip) + Bias;
    let exponent = 7;
    for (let mask = 0x4000; (magnitude & mask) === 0 && exponent > 0; mask >>= 1) exponent -= 1;
    const mantissa = (magnitude >> (exponent + 3)) & 0x0f;
    return ~(sign | (exponent << 4) | mantissa) & 0xff;
  });
}

function toBase64(bytes) {
  return btoa(String.fromCharCode(...bytes));
}

// ---------------------------------------------------------------------------------------------
// The connection

let socket = null;
let state = 'closed'; // connecting | open | closing | closed
let endpoint = '/ws'; // the one connected to, or chosen
let call = null; // the call on /twilio
let tone = null; // { stop(), sent } while a tone streams

function socketUrl(path) {
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${proto}//${location.host}${path}${token ? `?t=${encodeURIComponent(token)}` : ''}`;
}

function connect() {
  if (socket) return;
  endpoint = $('endpoint').value;
  note(t('Connecting to {endpoint}…', { endpoint }));
  let ws;
  try {
    ws = new WebSocket(socketUrl(endpoint));
  } catch (error) {
    note(`${t('The connection failed.')} ${error.message}`, { error: true });
    return;
  }
  ws.binaryType = 'arraybuffer';
  socket = ws;
  setState('connecting');
  ws.onopen = () => {
    setState('open');
    note(t('Connected to {endpoint}.', { endpoint }));
  };
  ws.onmessage = (event) => logReceived(event.data);
  ws.onerror = () => note(t('The connection failed.'), { error: true });
  ws.onclose = (event) => {
    if (socket !== ws) return;
    socket = null;
    if (endpoint === '/twilio') call = null; // the next connection is another call
    stopTone();
    setState('closed');
    const values = { code: event.code, reason: event.reason };
    note(event.reason ? t('Closed with code {code}: {reason}', values) : t('Closed with code {code}.', values), { error: !event.wasClean });
  };
}

function disconnect() {
  if (!socket || state === 'closing') return;
  stopTone();
  setState('closing');
  socket.close(1000);
}

function isOpen() {
  return socket !== null && socket.readyState === WebSocket.OPEN;
}

// Sends text or bytes and logs them; false (and a note) when there is no open connection.
function send(message) {
  if (!isOpen()) {
    note(t('Not connected: connect first.'), { error: true });
    return false;
  }
  socket.send(message);
  logSent(message);
  return true;
}

function sendTyped() {
  const text = $('message').value;
  if (!text.trim() || !send(text)) return;
  remember(text);
  $('message').value = '';
}

// Streams the tone at the real pace: frame n leaves when the tone is n frames old. A frame held
// up (a busy tab) leaves as soon as it can, with those due after it.
function startTone() {
  if (tone) return;
  if (!isOpen()) {
    note(t('Not connected: connect first.'), { error: true });
    return;
  }
  const twilio = endpoint === '/twilio';
  const { rate, frameMs } = twilio ? TwilioTone : PcmTone;
  const seconds = Math.min(ToneMaxSeconds, Math.max(frameMs / 1000, Number($('tone-seconds').value) || 2));
  const frames = Math.round((seconds * 1000) / frameMs);
  const frameSamples = (rate * frameMs) / 1000;
  note(t('Sending {seconds} s of a 440 Hz tone as {count} messages…', { seconds: numbers.format(seconds), count: numbers.format(frames) }));
  const began = performance.now();
  let timer = 0;
  const current = {
    sent: 0,
    stop() {
      clearTimeout(timer);
      tone = null;
      if (current.sent < frames) note(t('The tone stopped after {count} messages.', { count: numbers.format(current.sent) }));
      render();
    },
  };
  const pump = () => {
    while (current.sent < frames && performance.now() - began >= current.sent * frameMs) {
      const samples = sine(current.sent * frameSamples, frameSamples, rate);
      if (!send(twilio ? twilioCall().media(mulaw(samples)) : pcm16le(samples))) {
        current.stop();
        return;
      }
      current.sent += 1;
    }
    if (current.sent < frames) {
      timer = setTimeout(pump, Math.max(0, began + current.sent * frameMs - performance.now()));
      return;
    }
    tone = null;
    note(t('Tone sent: {count} messages.', { count: numbers.format(frames) }));
    render();
  };
  tone = current;
  render();
  pump();
}

function stopTone() {
  if (tone) tone.stop();
}

// ---------------------------------------------------------------------------------------------
// The log

const DirectionTexts = {
  sent: 'To Earshot',
  received: 'From Earshot',
  note: 'Note', // the page's own: connecting, closed, the tone
};

const Arrows = { sent: '→', received: '←', note: '•' };

function logSent(message) {
  addEntry('sent', typeof message === 'string' ? message : binaryText(message));
}

// Replies are shown pretty-printed when they are JSON; an error stands out.
function logReceived(data) {
  if (typeof data !== 'string') {
    addEntry('received', binaryText(data));
    return;
  }
  let parsed;
  try {
    parsed = JSON.parse(data);
  } catch {
    addEntry('received', data);
    return;
  }
  const isObject = parsed !== null && typeof parsed === 'object';
  addEntry('received', isObject ? JSON.stringify(parsed, null, 2) : data, { error: isObject && parsed.type === 'error' });
}

function note(text, { error = false } = {}) {
  addEntry('note', text, { error });
}

function binaryText(data) {
  return t('binary, {bytes} bytes', { bytes: numbers.format(data.byteLength) });
}

function addEntry(direction, text, { error = false } = {}) {
  const log = $('log');
  const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 8;
  const entry = document.createElement('li');
  entry.className = direction + (error ? ' error' : '');
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = clock.format(now);
  const arrow = document.createElement('span');
  arrow.className = 'direction';
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = Arrows[direction];
  const who = document.createElement('span');
  who.className = 'visually-hidden';
  who.textContent = `${t(DirectionTexts[direction])}:`;
  const body = document.createElement('pre');
  if (error) {
    const badge = document.createElement('strong');
    badge.className = 'badge';
    badge.textContent = t('Error');
    body.append(badge, ' ');
  }
  body.append(text);
  entry.append(time, arrow, who, body);
  log.append(entry);
  while (log.childElementCount > LogLength) log.firstElementChild.remove();
  if (atBottom) log.scrollTop = log.scrollHeight;
}

// ---------------------------------------------------------------------------------------------
// The history of sent messages (localStorage): the newest first, each text once.

function readHistory() {
  try {
    const list = JSON.parse(readSetting(HistoryKey) || '[]');
    return Array.isArray(list) ? list.filter((text) => typeof text === 'string').slice(0, HistoryLength) : [];
  } catch {
    return [];
  }
}

function remember(text) {
  const history = [text, ...readHistory().filter((old) => old !== text)].slice(0, HistoryLength);
  writeSetting(HistoryKey, JSON.stringify(history));
  renderHistory(history);
}

function renderHistory(history = readHistory()) {
  const list = $('history');
  list.textContent = '';
  for (const text of history) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.title = text;
    button.addEventListener('click', () => {
      $('message').value = text;
      $('message').focus();
    });
    item.append(button);
    list.append(item);
  }
  $('history-empty').hidden = history.length > 0;
  $('history-hint').hidden = history.length === 0;
}

// ---------------------------------------------------------------------------------------------
// The page

const Templates = {
  '/ws': [
    ['start', () => JSON.stringify({ type: 'start', format: 'audio/pcm;rate=16000;channels=1', name: 'console' })],
    ['stop', () => JSON.stringify({ type: 'stop' })],
    ['START_RECORDING', () => 'START_RECORDING'],
    ['STOP_RECORDING', () => 'STOP_RECORDING'],
    ['echo', () => 'echo'],
  ],
  '/ws/transcribe-stream': [],
  '/twilio': [
    ['connected', () => twilioCall().connected()],
    ['start', () => twilioCall().start()],
    ['stop', () => twilioCall().stop()],
  ],
};

// Messages filled in before connecting belong to the call the next connection continues.
function twilioCall() {
  call ??= new TwilioCall();
  return call;
}

let templatesShown = null;

function renderTemplates(path) {
  if (templatesShown === path) return;
  templatesShown = path;
  const row = $('template-buttons');
  row.textContent = '';
  for (const [name, make] of Templates[path]) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'template';
    button.textContent = name;
    button.addEventListener('click', () => {
      $('message').value = make();
      $('message').focus();
    });
    row.append(button);
  }
  $('templates').hidden = Templates[path].length === 0;
}

function setState(next) {
  state = next;
  render();
}

function render() {
  const shown = socket ? endpoint : $('endpoint').value;
  $('connection').dataset.state = state;
  $('connection-text').textContent = t(StateTexts[state]);
  $('endpoint').disabled = socket !== null;
  $('connect-button').disabled = socket !== null;
  $('disconnect').disabled = socket === null || state === 'closing';
  $('endpoint-note').textContent = t(EndpointNotes[shown]);
  renderTemplates(shown);
  $('send').disabled = state !== 'open';
  $('tone').hidden = tone !== null;
  $('tone').disabled = state !== 'open';
  $('tone-stop').hidden = tone === null;
  $('tone-seconds').disabled = tone !== null;
}

function translatePage() {
  document.documentElement.lang = lang;
  document.title = t('Earshot protocol console');
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
}

function bind() {
  $('connect').addEventListener('submit', (event) => {
    event.preventDefault();
    connect();
  });
  $('disconnect').addEventListener('click', disconnect);
  $('endpoint').addEventListener('change', render);
  $('compose').addEventListener('submit', (event) => {
    event.preventDefault();
    sendTyped();
  });
  $('message').addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    sendTyped();
  });
  $('tone').addEventListener('click', startTone);
  $('tone-stop').addEventListener('click', stopTone);
  $('clear-log').addEventListener('click', () => { $('log').textContent = ''; });
}

// For tests and for the curious, read-only.
window.earshotConsole = {
  get state() { return state; },
  get endpoint() { return endpoint; },
  get toneSending() { return tone !== null; },
};

async function main() {
  bind();
  renderHistory();
  render();
  if (await loadTranslations()) {
    translatePage();
    render();
  }
}

main();
