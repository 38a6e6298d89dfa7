// Earshot's recorder page: records the microphone and streams it to the Earshot that served
// this page (protocol v1, docs/protocol.md). Nothing is dropped: every byte stays in memory
// and in IndexedDB until the server's ack covers it, and a dropped connection is resumed.

// Every text a person can see, in English. The server's /i18n.json translates these exact
// strings; t() is only ever called with a literal from this list.
const STRINGS = [
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
  'Connection lost. Still recording: the audio is sent as soon as the connection is back.',
  'Sending the rest of the recording…',
  'Sending a recording that was interrupted earlier…',
  'A recording that was interrupted earlier is now saved as {file}.',
];

// ---------------------------------------------------------------------------------------------
// Settings

const TimesliceMs = 250; // one chunk (and one level message) about every 250 ms
const FirstRetryMs = 500;
const MaxRetryMs = 10000; // reconnect attempts are at most this far apart
const StallMs = 8000; // a connection that answers nothing for this long is dead
const HashCopyLimit = 64 * 1024 * 1024; // a whole recording up to this size stays in memory
const CompressedFormats = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4;codecs=mp4a.40.2', 'audio/mp4'];
const FatalCodes = new Set(['bad_token', 'forbidden_origin', 'banned']);
const SessionLostCodes = new Set(['unknown_session', 'bad_resume_token', 'disk_full', 'write_error', 'bad_format', 'gap']);
const Key = { token: 'earshot.token', name: 'earshot.name', mode: 'earshot.mode', rate: 'earshot.pcmRate' };

// ---------------------------------------------------------------------------------------------
// Text

let dictionary = {};
const lang = navigator.language || 'en';

function t(text, values = {}) {
  const translated = typeof dictionary[text] === 'string' && dictionary[text] ? dictionary[text] : text;
  return translated.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

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

async function loadTranslations() {
  try {
    const response = await fetch(`/i18n.json?lang=${encodeURIComponent(lang)}`, { cache: 'no-cache' });
    if (!response.ok) return;
    const table = await response.json();
    if (!table || typeof table !== 'object' || Object.keys(table).length === 0) return;
    dictionary = table;
    document.documentElement.lang = lang;
  } catch {
    return; // English it is
  }
  document.title = t('Earshot recorder');
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of document.querySelectorAll('[data-i18n-label]')) element.setAttribute('aria-label', t(element.dataset.i18nLabel));
}

const numbers = new Intl.NumberFormat(lang);

function formatBytes(bytes) {
  const [value, unit, digits] = bytes < 1e6 ? [bytes / 1e3, 'kilobyte', 1] : [bytes / 1e6, 'megabyte', bytes < 1e8 ? 2 : 1];
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
  } catch {
    return `${numbers.format(bytes)} B`;
  }
}

function formatDuration(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const $ = (id) => document.getElementById(id);

function readSetting(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeSetting(key, value) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function randomId() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function toHex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

// The pairing token comes with the link (?t=...). It stays in the address (Earshot serves the
// page only with it) and is also remembered, for a page opened from loopback without it.
function takePairingToken() {
  const fromUrl = new URLSearchParams(location.search).get('t');
  if (fromUrl) writeSetting(Key.token, fromUrl);
  return fromUrl || readSetting(Key.token);
}

// ---------------------------------------------------------------------------------------------
// Local copy: IndexedDB keeps every unacknowledged chunk with what is needed to resume.

const store = {
  db: null,

  async open() {
    if (!window.indexedDB) return;
    try {
      this.db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('earshot', 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('uploads', { keyPath: 'localId' });
          request.result.createObjectStore('chunks', { keyPath: ['localId', 'offset'] });
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } catch (error) {
      console.warn('Earshot: no IndexedDB, unsent audio lives in memory only', error);
    }
  },

  write(action) {
    if (!this.db) return;
    try {
      const tx = this.db.transaction(['uploads', 'chunks'], 'readwrite');
      action(tx.objectStore('uploads'), tx.objectStore('chunks'));
      tx.onerror = () => console.warn('Earshot: could not keep audio on this device', tx.error);
    } catch (error) {
      console.warn('Earshot: could not keep audio on this device', error);
    }
  },

  saveUpload(upload) {
    this.write((uploads) => uploads.put(upload.record()));
  },

  saveChunk(upload, chunk) {
    this.write((uploads, chunks) => chunks.put({ localId: upload.localId, offset: chunk.offset, data: chunk.data }));
  },

  dropChunks(upload, dropped) {
    this.write((uploads, chunks) => {
      for (const chunk of dropped) chunks.delete([upload.localId, chunk.offset]);
      uploads.put(upload.record());
    });
  },

  forget(upload) {
    this.write((uploads, chunks) => {
      uploads.delete(upload.localId);
      chunks.delete(IDBKeyRange.bound([upload.localId, 0], [upload.localId, Infinity]));
    });
  },

  async loadAll() {
    if (!this.db) return [];
    const tx = this.db.transaction(['uploads', 'chunks'], 'readonly');
    const all = (request) => new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await all(tx.objectStore('uploads').getAll());
    return Promise.all(records.map(async (record) => ({
      record,
      chunks: await all(tx.objectStore('chunks').getAll(IDBKeyRange.bound([record.localId, 0], [record.localId, Infinity]))),
    })));
  },
};

// ---------------------------------------------------------------------------------------------
// An upload: one recording on its way to the server, as byte offsets.

class Upload {
  constructor({ localId = randomId(), format, name, live = false }) {
    this.localId = localId;
    this.format = format;
    this.name = name;
    this.live = live; // recorded by this page now (not recovered from an earlier visit)
    this.sessionId = null;
    this.resumeToken = null;
    this.file = null;
    this.chunks = []; // { offset, data: Uint8Array, sent }, not yet covered by an ack
    this.recorded = 0; // bytes produced by the recorder
    this.acked = 0; // bytes the server has written
    this.sent = 0; // bytes sent on the current connection (from the resume offset)
    this.sentHigh = 0;
    this.chunksSent = 0;
    this.finished = false; // the recorder has delivered its last chunk
    this.lost = false; // the server can no longer take it; kept on this device
    this.streaming = false; // started or resumed on the current connection
    this.stopSent = false;
    this.copy = live ? [] : null; // every byte, for recordedSha256() and "Save a copy"
    this.copyBytes = 0;
  }

  static fromStore({ record, chunks }) {
    const upload = new Upload({ localId: record.localId, format: record.format, name: record.name });
    Object.assign(upload, {
      sessionId: record.sessionId, resumeToken: record.resumeToken, file: record.file,
      acked: record.acked, lost: record.lost, finished: true,
    });
    upload.chunks = chunks.map(({ offset, data }) => ({ offset, data: data instanceof Uint8Array ? data : new Uint8Array(data), sent: false }));
    const last = upload.chunks[upload.chunks.length - 1];
    upload.recorded = last ? last.offset + last.data.byteLength : record.acked;
    return upload;
  }

  record() {
    const { localId, format, name, sessionId, resumeToken, file, acked, finished, lost } = this;
    return { localId, format, name, sessionId, resumeToken, file, acked, finished, lost, savedAt: Date.now() };
  }

  append(data) {
    const chunk = { offset: this.recorded, data, sent: false };
    this.chunks.push(chunk);
    this.recorded += data.byteLength;
    if (this.copy) {
      this.copyBytes += data.byteLength;
      if (this.copyBytes <= HashCopyLimit) this.copy.push(data);
      else this.copy = null;
    }
    store.saveChunk(this, chunk);
    return chunk;
  }

  // Forgets what the server has; returns the chunks that went.
  acknowledge(bytes) {
    this.acked = Math.max(this.acked, bytes);
    const dropped = [];
    while (this.chunks.length && this.chunks[0].offset + this.chunks[0].data.byteLength <= this.acked) dropped.push(this.chunks.shift());
    if (dropped.length) store.dropChunks(this, dropped);
    return dropped;
  }

  get done() {
    return this.finished && this.acked >= this.recorded;
  }

  // What the person can take away: the whole recording if this page still has it.
  keptBlob() {
    const parts = this.copy || this.chunks.map((c) => c.data);
    return new Blob(parts, { type: this.format.startsWith('audio/pcm') ? 'application/octet-stream' : this.format.split(';')[0] });
  }
}

// Holds a Web Lock named after the upload for as long as this tab owns it, so that a second
// tab of this page never "recovers" a recording that is still going on in the first.
function claim(upload) {
  if (!navigator.locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    navigator.locks.request(`earshot-upload-${upload.localId}`, { ifAvailable: true }, (lock) => {
      resolve(Boolean(lock));
      return lock ? new Promise((release) => { upload.release = release; }) : null;
    });
  });
}

function unclaim(upload) {
  if (upload.release) upload.release();
  upload.release = null;
}

// ---------------------------------------------------------------------------------------------
// Page state

const app = {
  state: 'idle', // idle | starting | recording | stopping | stopped | error
  connection: 'connecting', // connecting | open | reconnecting | closed | idle | refused
  lastError: null,
  mode: 'compressed',
  pcmRate: 48000,
  compressedFormat: null,
  token: null,
  ws: null,
  ready: false, // the server has greeted the current connection
  attempt: 0,
  retryTimer: 0,
  lastHeard: 0,
  awaitingSince: 0, // when we started waiting for the server to answer something
  live: null, // the upload being recorded now (or last)
  queue: [], // uploads to send, one at a time; queue[0] is on the wire
  kept: [], // uploads the server cannot take any more
  capture: null,
  startedAt: 0,
  stoppedAt: 0,
  peak: 0, // highest level since the last level message
  meter: 0,
  summary: null,
  notice: null,
};

const current = () => app.queue[0] || null;

// ---------------------------------------------------------------------------------------------
// The connection

function socketUrl() {
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${proto}//${location.host}/ws${app.token ? `?t=${encodeURIComponent(app.token)}` : ''}`;
}

function connect() {
  if (app.ws || app.connection === 'refused') return;
  clearTimeout(app.retryTimer);
  app.retryTimer = 0;
  let ws;
  try {
    ws = new WebSocket(socketUrl());
  } catch (error) {
    console.warn('Earshot: cannot open the WebSocket', error);
    scheduleReconnect();
    return;
  }
  ws.binaryType = 'arraybuffer';
  app.ws = ws;
  app.ready = false;
  app.awaitingSince = Date.now(); // for the greeting
  setConnection(app.attempt > 0 ? 'reconnecting' : 'connecting');
  ws.onopen = () => { ws.opened = true; };
  ws.onmessage = (event) => {
    if (app.ws !== ws || typeof event.data !== 'string') return;
    let message;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    app.lastHeard = Date.now();
    app.awaitingSince = 0;
    onServerMessage(ws, message);
  };
  ws.onclose = (event) => onSocketClosed(ws, event);
}

function needConnection() {
  return app.queue.length > 0 || app.state === 'recording' || app.state === 'starting';
}

function send(message) {
  if (!app.ws || !app.ready) return false;
  app.ws.send(ArrayBuffer.isView(message) ? message : JSON.stringify(message));
  if (!app.awaitingSince) app.awaitingSince = Date.now();
  return true;
}

// Drops a connection that stopped answering without waiting for a closing handshake that
// a dead network never completes.
function abandonConnection() {
  const ws = app.ws;
  if (!ws) return;
  ws.onclose = ws.onmessage = null;
  ws.close();
  const greeted = app.ready;
  connectionLost();
  if (greeted) app.attempt = 0;
  afterConnectionLoss(greeted ? null : 'unreachable');
}

function connectionLost() {
  app.ws = null;
  app.ready = false;
  app.awaitingSince = 0;
  for (const upload of app.queue) {
    upload.streaming = false;
    upload.stopSent = false;
  }
}

async function onSocketClosed(ws, event) {
  if (app.ws !== ws) return;
  connectionLost();
  let code = ws.errorCode || (FatalCodes.has(event.reason) || event.reason === 'server_full' ? event.reason : null);
  if (!code && !ws.opened) {
    code = await probe();
    if (app.ws) return; // a new connection started meanwhile
  }
  afterConnectionLoss(code);
}

function afterConnectionLoss(code) {
  if (FatalCodes.has(code)) {
    refuse(code);
    return;
  }
  if (code === 'idle_timeout' && !needConnection()) {
    setConnection('idle');
    return;
  }
  if (code === 'server_full' || code === 'unreachable') {
    showAlert(code);
  } else if (app.state === 'recording') {
    showNotice('Connection lost. Still recording: the audio is sent as soon as the connection is back.');
  }
  scheduleReconnect();
}

// A WebSocket that fails before it opens says nothing about why. Ask over HTTP: no answer
// means unreachable; a refusal may carry the error code as JSON.
async function probe() {
  try {
    const response = await fetch(`/ws${app.token ? `?t=${encodeURIComponent(app.token)}` : ''}`, { cache: 'no-store' });
    if (response.status >= 400 && response.status !== 426) {
      const body = await response.json().catch(() => null);
      if (body && typeof body.code === 'string') return body.code;
    }
    return null;
  } catch {
    return 'unreachable';
  }
}

function scheduleReconnect() {
  if (app.retryTimer || app.connection === 'refused') return;
  const ceiling = Math.min(MaxRetryMs, FirstRetryMs * 2 ** app.attempt);
  const delay = ceiling / 2 + Math.random() * (ceiling / 2);
  app.attempt += 1;
  setConnection('reconnecting');
  app.retryTimer = setTimeout(() => {
    app.retryTimer = 0;
    connect();
  }, delay);
}

// Try at once when the device says the network is back, instead of waiting out the backoff.
function reconnectNow() {
  if (app.ws || app.connection === 'refused' || !(app.retryTimer || needConnection())) return;
  clearTimeout(app.retryTimer);
  app.retryTimer = 0;
  connect();
}

function refuse(code) {
  clearTimeout(app.retryTimer);
  app.retryTimer = 0;
  setConnection('refused');
  if (code === 'bad_token') writeSetting(Key.token, null); // a stale code would only be refused again
  showAlert(code);
  if (app.state === 'recording') stopCapture('error');
}

function setConnection(state) {
  app.connection = state;
  render();
}

// ---------------------------------------------------------------------------------------------
// Protocol

function onServerMessage(ws, message) {
  const upload = current();
  switch (message.type) {
  case 'connection':
    app.ready = true;
    app.attempt = 0;
    setConnection('open');
    if (app.lastError === 'server_full' || app.lastError === 'unreachable') clearAlert();
    if (app.state === 'recording') clearNotice(); // "connection lost"
    beginUpload();
    break;
  case 'started':
    if (!upload) break;
    upload.sessionId = message.session;
    upload.resumeToken = message.resumeToken;
    upload.file = message.file;
    store.saveUpload(upload);
    streamFrom(upload, 0);
    break;
  case 'resumed':
    if (!upload || message.session !== upload.sessionId) break;
    upload.acknowledge(message.bytes);
    streamFrom(upload, message.bytes);
    break;
  case 'ack':
    if (!upload || message.session !== upload.sessionId) break;
    upload.acknowledge(message.bytes);
    maybeStop(upload);
    render();
    break;
  case 'stopped':
    if (upload && message.session === upload.sessionId) finishUpload(upload, message);
    break;
  case 'error':
    onServerError(ws, message);
    break;
  default:
    break;
  }
}

function onServerError(ws, { code, message }) {
  console.warn(`Earshot: server error ${code}: ${message}`);
  ws.errorCode = code;
  const upload = current();
  if (FatalCodes.has(code) || code === 'server_full') return; // the close that follows handles it
  if (upload && (code === 'unknown_session' || code === 'bad_resume_token') && upload.done && upload.sessionId) {
    // Everything had arrived; only the "stopped" answer was lost with the connection.
    finishUpload(upload, null);
    return;
  }
  if (upload && SessionLostCodes.has(code)) loseUpload(upload, code);
}

function beginUpload() {
  const upload = current();
  if (!upload || !app.ready || upload.streaming) return;
  if (upload.sessionId) {
    send({ type: 'resume', session: upload.sessionId, resumeToken: upload.resumeToken });
  } else {
    const start = { type: 'start', format: upload.format };
    if (upload.name) start.name = upload.name;
    send(start);
  }
  if (!upload.live) showNotice('Sending a recording that was interrupted earlier…');
}

function streamFrom(upload, offset) {
  const first = upload.chunks[0];
  if (first ? offset < first.offset : offset < upload.recorded) {
    loseUpload(upload, 'gap'); // the server lost bytes that this page no longer has
    return;
  }
  upload.streaming = true;
  upload.sent = offset;
  for (const chunk of upload.chunks) {
    if (chunk.offset + chunk.data.byteLength > offset) sendChunk(upload, chunk);
  }
  maybeStop(upload);
  render();
}

function sendChunk(upload, chunk) {
  const skip = upload.sent - chunk.offset;
  if (!send(skip > 0 ? chunk.data.subarray(skip) : chunk.data)) return;
  upload.sent = chunk.offset + chunk.data.byteLength;
  upload.sentHigh = Math.max(upload.sentHigh, upload.sent);
  if (!chunk.sent) {
    chunk.sent = true;
    upload.chunksSent += 1;
  }
}

function onRecorded(upload, data) {
  if (data.byteLength === 0) return;
  const chunk = upload.append(data);
  if (upload === current() && upload.streaming && app.ready) sendChunk(upload, chunk);
}

// Stop only once every byte is acknowledged: the server's "stopped" then covers everything.
function maybeStop(upload) {
  if (upload.streaming && !upload.stopSent && upload.done) {
    upload.stopSent = true;
    send({ type: 'stop' });
  }
}

function finishUpload(upload, stopped) {
  store.forget(upload);
  unclaim(upload);
  app.queue.shift();
  if (upload === app.live) {
    app.summary = {
      file: (stopped && stopped.file) || upload.file,
      bytes: stopped ? stopped.bytes : upload.recorded,
      durationMs: stopped ? stopped.durationMs : app.stoppedAt - app.startedAt,
    };
    setState('stopped');
    clearNotice();
    $('summary').scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  } else {
    showNotice('A recording that was interrupted earlier is now saved as {file}.', { file: (stopped && stopped.file) || upload.file || '' });
  }
  beginUpload();
  if (!needConnection()) releaseWakeLock();
}

// The server cannot take this upload any more: keep it on the device, tell the person.
function loseUpload(upload, code) {
  upload.lost = true;
  upload.streaming = false;
  store.saveUpload(upload);
  if (app.queue.includes(upload)) app.queue.splice(app.queue.indexOf(upload), 1);
  app.kept.push(upload);
  showAlert(code === 'gap' ? 'unknown_session' : code);
  app.lastError = code;
  if (upload === app.live) {
    if (app.state === 'recording') stopCapture('error');
    else setState('error');
  }
  beginUpload();
  render();
}

// ---------------------------------------------------------------------------------------------
// Capture: MediaRecorder for compressed audio, an AudioWorklet for PCM and for the meter.

function pickCompressedFormat() {
  if (!window.MediaRecorder || !MediaRecorder.isTypeSupported) return null;
  return CompressedFormats.find((type) => MediaRecorder.isTypeSupported(type)) || null;
}

function pcmFormat(rate) {
  return `audio/pcm;rate=${rate};channels=1;bits=16`;
}

// Technical names, the same in every language; the MIME type goes in the tooltip.
function formatLabel(format) {
  const pcm = /^audio\/pcm;rate=(\d+)/.exec(format || '');
  if (pcm) return `PCM 16-bit · ${numbers.format(pcm[1] / 1000)}\u00a0kHz`;
  const container = { 'audio/webm': 'WebM', 'audio/ogg': 'Ogg', 'audio/mp4': 'MP4' }[(format || '').split(';')[0]];
  if (!container) return format || '–';
  return `${container === 'MP4' ? 'AAC' : 'Opus'} · ${container}`;
}

function selectedFormat() {
  return app.mode === 'pcm' ? pcmFormat(app.pcmRate) : app.compressedFormat;
}

// Starts the microphone and calls onChunk(Uint8Array) in order. Resolves to { stop() }.
async function startCapture({ pcm, rate, onChunk, onLevel, onEnded }) {
  // Made before the first await: Safari only lets audio start inside the click itself.
  let context;
  try {
    context = new AudioContext(pcm ? { sampleRate: rate } : {});
  } catch {
    context = new AudioContext();
  }
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false },
    });
  } catch (error) {
    context.close();
    throw error;
  }
  const stopTracks = () => stream.getTracks().forEach((track) => track.stop());
  const track = stream.getAudioTracks()[0];
  if (track) track.onended = onEnded;

  let tap = null;
  try {
    let source;
    try {
      source = context.createMediaStreamSource(stream);
    } catch (error) {
      // Some browsers refuse a microphone at another rate than the device's: resample ourselves.
      if (!pcm) throw error;
      await context.close();
      context = new AudioContext();
      source = context.createMediaStreamSource(stream);
    }
    await context.audioWorklet.addModule('/pcm-worklet.js');
    tap = new AudioWorkletNode(context, 'earshot-tap', {
      numberOfInputs: 1, numberOfOutputs: 1, outputChannelCount: [1],
      processorOptions: { pcm, targetRate: rate, chunkSamples: Math.round((rate * TimesliceMs) / 1000) },
    });
    source.connect(tap);
    tap.connect(context.destination); // silent; a node nobody pulls might not run
    await context.resume();
  } catch (error) {
    if (pcm) {
      stopTracks();
      context.close();
      const failure = new Error('PCM capture is not available');
      failure.name = 'PcmUnsupported';
      failure.cause = error;
      throw failure;
    }
    console.warn('Earshot: no level meter', error); // compressed recording works without it
  }

  let flushed = null;
  if (tap) {
    tap.port.onmessage = ({ data }) => {
      if (data.type === 'level') onLevel(data.peak);
      else if (data.type === 'pcm') onChunk(new Uint8Array(data.buffer));
      else if (data.type === 'flushed' && flushed) flushed();
    };
  }

  const closeAudio = () => {
    stopTracks();
    if (tap) tap.disconnect();
    context.close().catch(() => {});
  };

  if (pcm) {
    return {
      async stop() {
        await new Promise((resolve) => {
          flushed = resolve;
          tap.port.postMessage({ type: 'flush' });
          setTimeout(resolve, 1000); // a suspended context never answers
        });
        closeAudio();
      },
    };
  }

  const recorder = new MediaRecorder(stream, { mimeType: app.compressedFormat });
  let pending = Promise.resolve(); // keeps chunks in order: arrayBuffer() is asynchronous
  recorder.ondataavailable = ({ data }) => {
    if (data.size > 0) pending = pending.then(() => data.arrayBuffer()).then((buffer) => onChunk(new Uint8Array(buffer)));
  };
  recorder.onerror = (event) => {
    console.warn('Earshot: MediaRecorder failed', event.error);
    onEnded();
  };
  recorder.start(TimesliceMs);
  return {
    async stop() {
      if (recorder.state !== 'inactive') {
        await new Promise((resolve) => {
          recorder.addEventListener('stop', resolve, { once: true });
          recorder.stop();
        });
      }
      await pending;
      closeAudio();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Recording

async function startRecording() {
  if (!['idle', 'stopped', 'error'].includes(app.state) || app.connection === 'refused') return;
  if (!canRecord()) return;
  const format = selectedFormat();
  if (!format) {
    showAlert('no_compressed');
    return;
  }
  clearAlert();
  clearNotice();
  app.summary = null;
  app.lastError = null;
  const name = $('name').value.trim();
  const upload = new Upload({ format, name, live: true });
  claim(upload);
  store.saveUpload(upload); // before its first chunk, so that a crash leaves nothing unexplained
  setState('starting');
  try {
    app.capture = await startCapture({
      pcm: app.mode === 'pcm',
      rate: app.pcmRate,
      onChunk: (data) => onRecorded(upload, data),
      onLevel,
      onEnded: () => {
        if (app.state === 'recording') {
          showAlert('microphone_ended');
          stopRecording();
        }
      },
    });
  } catch (error) {
    console.warn('Earshot: cannot start the microphone', error);
    store.forget(upload);
    unclaim(upload);
    showAlert(microphoneErrorCode(error));
    setState('error');
    return;
  }
  app.live = upload;
  app.startedAt = performance.now();
  app.stoppedAt = 0;
  app.peak = 0;
  app.queue.push(upload);
  setState('recording');
  holdWakeLock();
  if (app.ws) beginUpload();
  else connect();
}

function microphoneErrorCode(error) {
  switch (error && error.name) {
  case 'NotAllowedError':
  case 'SecurityError':
    return 'microphone_denied';
  case 'NotFoundError':
  case 'OverconstrainedError':
    return 'no_microphone';
  case 'NotReadableError':
  case 'AbortError':
    return 'microphone_busy';
  case 'PcmUnsupported':
    return 'no_pcm';
  default:
    return 'microphone_failed';
  }
}

async function stopRecording() {
  if (app.state !== 'recording') return;
  await stopCapture('stopping');
  if (app.state !== 'stopping') return;
  if (!app.live.done) showNotice('Sending the rest of the recording…');
  maybeStop(app.live);
  if (!app.ws) reconnectNow();
}

// Ends the microphone; the recorder's last chunks still go into the upload.
async function stopCapture(nextState) {
  const upload = app.live;
  const capture = app.capture;
  app.capture = null;
  app.stoppedAt = performance.now();
  setState(nextState);
  releaseWakeLock();
  if (capture) await capture.stop();
  upload.finished = true;
  store.saveUpload(upload);
  app.meter = 0;
  onLevel(0);
  render();
}

function onLevel(peak) {
  app.peak = Math.max(app.peak, peak);
  // Decibels make quiet speech visible: -60 dBFS is empty, 0 dBFS full.
  const position = peak > 0 ? Math.max(0, 1 + (20 * Math.log10(peak)) / 60) : 0;
  app.meter = Math.max(position, app.meter * 0.8);
  $('meter-cover').style.transform = `scaleX(${(1 - app.meter).toFixed(3)})`;
}

function setState(state) {
  app.state = state;
  render();
}

// ---------------------------------------------------------------------------------------------
// Screen wake lock: a phone that locks its screen may stop the microphone.

let wakeLock = null;

async function holdWakeLock() {
  if (!navigator.wakeLock || wakeLock || document.visibilityState !== 'visible') return;
  try {
    wakeLock = await navigator.wakeLock.request('screen');
    wakeLock.addEventListener('release', () => { wakeLock = null; });
  } catch (error) {
    console.warn('Earshot: no wake lock', error);
  }
}

function releaseWakeLock() {
  if (wakeLock) wakeLock.release().catch(() => {});
  wakeLock = null;
}

// ---------------------------------------------------------------------------------------------
// Messages

const AlertTexts = {
  insecure: 'This page was opened over plain http, where browsers do not allow the microphone. Open the secure address instead: {url}',
  unsupported: 'This browser cannot record audio. Try a current version of Safari, Chrome or Firefox.',
  microphone_denied: 'Earshot is not allowed to use the microphone. Allow microphone access for this page in the browser settings, then try again.',
  no_microphone: 'No microphone was found on this device.',
  microphone_busy: 'The microphone is in use by another app, or could not be started.',
  microphone_failed: 'The microphone could not be started.',
  microphone_ended: 'The microphone stopped, so the recording stopped.',
  no_compressed: 'This browser cannot record compressed audio. Choose Lossless (PCM).',
  no_pcm: 'This browser cannot record lossless audio. Choose Compressed.',
  unreachable: 'Cannot reach Earshot at {host}. Check that Earshot is still running and that this device is on the same network. Trying again…',
  server_full: 'Earshot is busy: it is recording as many people as it can. Trying again…',
  bad_token: 'Earshot refused this page: the pairing code in the address is wrong or missing. Scan the QR code or open the link shown in Earshot again.',
  forbidden_origin: 'Earshot refused the connection because this page was not opened from Earshot’s own address. Open the address shown in Earshot.',
  banned: 'Earshot has blocked this device after too many wrong pairing codes. Wait a while, or ask the person running Earshot.',
  unknown_session: 'Earshot no longer has the recording this page was sending (it ended or expired), so it cannot be continued. The audio that did not reach Earshot is kept on this device.',
  bad_resume_token: 'Earshot no longer has the recording this page was sending (it ended or expired), so it cannot be continued. The audio that did not reach Earshot is kept on this device.',
  disk_full: 'Earshot’s disk is full, so the recording stopped. What Earshot received is saved; the rest is kept on this device.',
  write_error: 'Earshot could not write the recording, so it stopped. The rest is kept on this device.',
  bad_format: 'Earshot does not accept this audio format. Choose another quality.',
};

function showAlert(code, values = {}) {
  app.lastError = code;
  if ($('alert').textContent && $('alert').dataset.code === code) return; // announce it once
  const text = AlertTexts[code] || AlertTexts.microphone_failed;
  setMessage($('alert'), text, { host: location.host, ...values });
  $('alert').dataset.code = code;
}

function clearAlert() {
  app.lastError = null;
  $('alert').textContent = '';
  delete $('alert').dataset.code;
}

function showNotice(text, values = {}) {
  if (app.notice === text && !values.file) return; // announce it once
  app.notice = text;
  setMessage($('notice'), text, values);
}

function clearNotice() {
  app.notice = null;
  $('notice').textContent = '';
}

// Without a secure page there is no microphone API at all; send the person to https.
function canRecord() {
  if (window.isSecureContext && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) return true;
  if (location.protocol === 'http:') {
    const secure = new URL(location.href);
    secure.protocol = 'https:';
    if (app.token) secure.searchParams.set('t', app.token);
    const link = document.createElement('a');
    link.href = secure.href;
    link.textContent = `https://${secure.host}/`;
    showAlert('insecure', { url: link });
  } else {
    showAlert('unsupported');
  }
  app.state = 'error';
  render();
  return false;
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

function render() {
  const live = app.live;
  const recording = app.state === 'recording' || app.state === 'starting';
  $('connection').dataset.state = app.connection;
  $('connection-text').textContent = t(ConnectionTexts[app.connection]);
  document.body.dataset.state = app.state;

  $('start').hidden = recording;
  $('stop').hidden = !recording;
  $('start').disabled = app.state === 'stopping' || app.connection === 'refused' || app.lastError === 'insecure' || app.lastError === 'unsupported';
  $('stop').disabled = app.state !== 'recording';
  for (const id of ['name', 'mode', 'rate']) $(id).disabled = recording || app.state === 'stopping';
  $('rate-row').hidden = app.mode !== 'pcm';

  const elapsed = app.startedAt ? (app.stoppedAt || performance.now()) - app.startedAt : 0;
  $('elapsed').textContent = formatDuration(elapsed);
  const format = live && app.state !== 'idle' && !app.summary ? live.format : selectedFormat();
  $('format').textContent = formatLabel(format);
  $('format').title = format || '';
  $('chunks').textContent = numbers.format(live ? live.chunksSent : 0);
  $('sent').textContent = formatBytes(live ? live.sentHigh : 0);
  $('acked').textContent = formatBytes(live ? live.acked : 0);
  const level = Math.round(app.meter * 100);
  if ($('meter').getAttribute('aria-valuenow') !== String(level)) $('meter').setAttribute('aria-valuenow', String(level));

  $('summary').hidden = !app.summary;
  if (app.summary) {
    const file = app.summary.file || '';
    $('summary-file').textContent = file.split('/').pop() || '–';
    $('summary-file').title = file;
    $('summary-bytes').textContent = formatBytes(app.summary.bytes);
    $('summary-duration').textContent = formatDuration(app.summary.durationMs);
  }
  $('kept').hidden = app.kept.length === 0;
}

// Four times a second: the clock, the level message, and a check for a silent connection.
function tick() {
  const upload = current();
  if (app.state === 'recording' && upload === app.live && upload.streaming) {
    app.ws.send(JSON.stringify({ type: 'level', value: Math.round(Math.min(1, app.peak) * 1000) / 1000 }));
    app.peak = 0;
  }
  if (app.state !== 'recording') onLevel(0);
  if (app.ws && app.awaitingSince && Date.now() - app.awaitingSince > StallMs) {
    console.warn('Earshot: the server stopped answering; reconnecting');
    abandonConnection();
  }
  render();
}

// ---------------------------------------------------------------------------------------------
// Kept audio

function saveKept() {
  for (const upload of app.kept) {
    const extension = upload.format.startsWith('audio/pcm') ? 'pcm'
      : upload.format.startsWith('audio/ogg') ? 'ogg' : upload.format.startsWith('audio/mp4') ? 'm4a' : 'webm';
    const link = document.createElement('a');
    link.href = URL.createObjectURL(upload.keptBlob());
    link.download = `earshot-${upload.sessionId || upload.localId}${upload.copy ? '' : '-unsent'}.${extension}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  }
}

function discardKept() {
  if (!confirm(t('Discard the audio kept on this device? It cannot be recovered.'))) return;
  for (const upload of app.kept) store.forget(upload);
  app.kept = [];
  render();
}

// ---------------------------------------------------------------------------------------------
// Start-up

async function recoverEarlierUploads() {
  let saved = [];
  try {
    saved = await store.loadAll();
  } catch (error) {
    console.warn('Earshot: cannot read audio kept on this device', error);
  }
  for (const entry of saved) {
    const upload = Upload.fromStore(entry);
    if (upload.lost) {
      app.kept.push(upload);
    } else if (await claim(upload)) { // else another tab is still recording or sending it
      if (upload.chunks.length > 0 || upload.sessionId) {
        app.queue.push(upload);
      } else {
        store.forget(upload); // it never recorded anything
        unclaim(upload);
      }
    }
  }
}

function setMode(mode) {
  app.mode = mode === 'pcm' || !app.compressedFormat ? 'pcm' : 'compressed';
  $('mode').value = app.mode;
  writeSetting(Key.mode, app.mode);
  render();
}

function setPcmRate(rate) {
  app.pcmRate = Number(rate) === 16000 ? 16000 : 48000;
  $('rate').value = String(app.pcmRate);
  writeSetting(Key.rate, String(app.pcmRate));
  render();
}

async function main() {
  app.token = takePairingToken();
  app.compressedFormat = pickCompressedFormat();
  if (!app.compressedFormat) $('mode').querySelector('option[value="compressed"]').disabled = true;
  setMode(readSetting(Key.mode) || 'compressed');
  setPcmRate(readSetting(Key.rate) || 48000);
  $('name').value = readSetting(Key.name) || '';

  $('name').addEventListener('input', () => writeSetting(Key.name, $('name').value));
  $('mode').addEventListener('change', () => setMode($('mode').value));
  $('rate').addEventListener('change', () => setPcmRate($('rate').value));
  $('setup').addEventListener('submit', (event) => event.preventDefault());
  $('start').addEventListener('click', startRecording);
  $('stop').addEventListener('click', stopRecording);
  $('kept-save').addEventListener('click', saveKept);
  $('kept-discard').addEventListener('click', discardKept);
  window.addEventListener('online', reconnectNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    if (app.state === 'recording') holdWakeLock();
    reconnectNow();
  });
  window.addEventListener('beforeunload', (event) => {
    if (app.state === 'recording' || app.queue.length > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  await loadTranslations();
  render();
  setInterval(tick, TimesliceMs);
  if (!canRecord()) {
    setConnection('closed');
    return;
  }
  await store.open();
  await recoverEarlierUploads();
  render();
  connect();
}

// For tests and for the curious: the page's state, read-only, and a few controls.
window.earshot = {
  get state() { return app.state; },
  get connection() { return app.connection; },
  get sessionId() { return app.live ? app.live.sessionId : null; },
  get file() { return app.live ? app.live.file : null; },
  get format() { return app.live ? app.live.format : selectedFormat(); },
  get bytesRecorded() { return app.live ? app.live.recorded : 0; },
  get bytesSent() { return app.live ? app.live.sentHigh : 0; },
  get bytesAcked() { return app.live ? app.live.acked : 0; },
  get chunksSent() { return app.live ? app.live.chunksSent : 0; },
  get elapsedMs() { return app.startedAt ? (app.stoppedAt || performance.now()) - app.startedAt : 0; },
  get lastError() { return app.lastError; },
  get summary() { return app.summary; },
  get pendingUploads() { return app.queue.length; },
  get keptUploads() { return app.kept.length; },
  // The SHA-256 (hex) of the bytes recorded so far, or of the first `length` of them.
  async recordedSha256(length = Infinity) {
    if (!app.live) return null;
    if (!app.live.copy) throw new Error('The recording is too long to keep a copy for hashing.');
    const bytes = await new Blob(app.live.copy).arrayBuffer();
    return toHex(await crypto.subtle.digest('SHA-256', bytes.slice(0, Math.min(length, bytes.byteLength))));
  },
  setMode,
  setPcmRate,
  start: startRecording,
  stop: stopRecording,
  strings: STRINGS,
};

main();
