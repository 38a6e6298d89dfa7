// Earshot's recorder page: records the microphone and streams it to the Earshot that served
// this page (protocol v1, docs/protocol.md). Nothing is dropped: every byte stays in memory
// and in IndexedDB until the server's ack covers it, and a dropped connection is resumed.
//
// This module wires the others together (docs/page.md): it owns only the page's last error
// and the decisions that need several modules at once.

import { TimesliceMs, holdWakeLock, releaseWakeLock } from './capture.js';
import { Connection } from './connection.js';
import { alertCodeForLostUpload, announcedWhileRetrying } from './errors.js';
import { Recorder } from './recorder.js';
import { Key, readSetting, takePairingToken, writeSetting } from './settings.js';
import * as storage from './storage.js';
import { STRINGS, loadTranslations } from './strings.js';
import { TakeFollower, takeFromAddress } from './take.js';
import { UploadQueue } from './upload.js';
import * as view from './view.js';

const token = takePairingToken();
let lastError = null; // the code of what went wrong last, shown in the alert

// Reconnects name the session they resume, for a balancer in front of several Earshots.
const connection = new Connection({ token, needed: needConnection, session: () => uploads.current?.sessionId });
const uploads = new UploadQueue(connection);
const recorder = new Recorder(uploads);
// The take this page records into, when its address names one.
const takeId = takeFromAddress();
const take = takeId ? new TakeFollower(connection, takeId) : null;

function needConnection() {
  return uploads.pendingCount > 0 || recorder.state === 'recording' || recorder.state === 'starting';
}

function render() {
  const live = recorder.live;
  view.render({
    state: recorder.state,
    connection: connection.state,
    lastError,
    mode: recorder.mode,
    elapsedMs: recorder.elapsedMs,
    format: recorder.shownFormat(),
    chunksSent: live ? live.chunksSent : 0,
    bytesSent: live ? live.sentHigh : 0,
    bytesAcked: live ? live.acked : 0,
    summary: recorder.summary,
    keptCount: uploads.keptCount,
    takeStopped: Boolean(take && take.state === 'stopped'),
  });
}

function showAlert(code, values = {}) {
  lastError = code;
  view.showAlert(code, values);
}

function clearAlert() {
  lastError = null;
  view.clearAlert();
}

// ---------------------------------------------------------------------------------------------
// Recording

async function startRecording() {
  if (!recorder.canStart() || connection.state === 'refused') return;
  if (!canRecord()) return;
  const format = recorder.selectedFormat();
  if (!format) {
    showAlert('no_compressed');
    return;
  }
  clearAlert();
  view.clearNotice();
  view.clearCaptions(view.captionsWanted());
  const failure = await recorder.start({
    format, name: view.name(), captions: view.captionsWanted(),
    take: takeId, clock: take && take.clock,
  });
  if (failure) {
    showAlert(failure);
    render();
    return;
  }
  if (connection.hasSocket) uploads.begin();
  else connection.connect();
}

async function stopRecording() {
  if (recorder.state !== 'recording') return;
  await recorder.stop('stopping');
  if (recorder.state !== 'stopping') return;
  const upload = recorder.live;
  if (!upload.done) view.showNotice('Sending the rest of the recording…');
  uploads.maybeStop(upload);
  if (!connection.hasSocket) connection.reconnectNow();
}

// Without a secure page there is no microphone API at all; send the person to https.
function canRecord() {
  if (window.isSecureContext && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) return true;
  if (location.protocol === 'http:') {
    const secure = new URL(location.href);
    secure.protocol = 'https:';
    if (token) secure.searchParams.set('t', token);
    showAlert('insecure', { url: view.link(secure.href, `https://${secure.host}/`) });
  } else {
    showAlert('unsupported');
  }
  recorder.setState('error');
  return false;
}

function setMode(mode) {
  const taken = recorder.setMode(mode);
  view.showMode(taken);
  writeSetting(Key.mode, taken);
  render();
}

function setPcmRate(rate) {
  const taken = recorder.setPcmRate(rate);
  view.showPcmRate(taken);
  writeSetting(Key.rate, String(taken));
  render();
}

// The screen stays on while recording: a phone that locks it may stop the microphone.
recorder.addEventListener('state', ({ detail: { state, previous } }) => {
  if (state === 'recording') holdWakeLock(view.pageVisible());
  else if (previous === 'recording') releaseWakeLock();
  render();
});
recorder.addEventListener('level', ({ detail: { peak } }) => view.showLevel(peak));
recorder.addEventListener('captureended', () => {
  view.resetLevel();
  render();
});
recorder.addEventListener('microphoneended', () => {
  showAlert('microphone_ended');
  stopRecording();
});

// ---------------------------------------------------------------------------------------------
// The connection and the uploads

connection.addEventListener('state', render);
connection.addEventListener('greeted', () => {
  if (announcedWhileRetrying(lastError)) clearAlert(); // "busy" or "cannot reach" no longer holds
  if (recorder.state === 'recording') view.clearNotice(); // "connection lost"
  uploads.begin();
});
connection.addEventListener('message', ({ detail: { message } }) => {
  uploads.handle(message);
  if (message.type === 'partial' || message.type === 'final' || message.type === 'transcription') view.showCaption(message);
});
connection.addEventListener('dropped', () => uploads.disconnected());
connection.addEventListener('down', ({ detail: { code } }) => {
  if (announcedWhileRetrying(code)) showAlert(code);
  else if (recorder.state === 'recording') view.showNotice('Connection lost. Still recording: the audio is sent as soon as the connection is back.');
});
connection.addEventListener('refused', ({ detail: { code } }) => {
  if (code === 'bad_token') writeSetting(Key.token, null); // a stale code would only be refused again
  showAlert(code);
  if (recorder.state === 'recording') recorder.stop('error');
});

// The host starts and stops the take for everyone: the page follows what the host does while it
// is open. A guest who joins a take already recording starts by themselves (after their name).
if (take) {
  take.addEventListener('state', ({ detail: { state, previous } }) => {
    view.showTake(take);
    const hostStarted = state === 'recording' && previous === 'waiting';
    if (hostStarted && recorder.canStart() && !lastError) startRecording();
    else if (state === 'stopped') stopRecording();
    render();
  });
}

uploads.addEventListener('change', render);
uploads.addEventListener('resending', () => view.showNotice('Sending a recording that was interrupted earlier…'));
uploads.addEventListener('finished', ({ detail: { upload, stopped } }) => {
  if (recorder.finished(upload, stopped)) {
    view.clearNotice();
    view.scrollToSummary();
  } else {
    view.showNotice('A recording that was interrupted earlier is now saved as {file}.', { file: (stopped && stopped.file) || upload.file || '' });
  }
  if (!needConnection()) releaseWakeLock();
});
uploads.addEventListener('lost', ({ detail: { upload, code } }) => {
  showAlert(alertCodeForLostUpload(code));
  lastError = code;
  if (upload === recorder.live) {
    if (recorder.state === 'recording') recorder.stop('error');
    else recorder.setState('error');
  }
});

// Four times a second: the clock, the level message, and a check for a silent connection.
function tick() {
  const upload = uploads.current;
  if (recorder.state === 'recording' && upload === recorder.live && upload.streaming) {
    connection.notify({ type: 'level', value: Math.round(Math.min(1, recorder.takePeak()) * 1000) / 1000 });
  }
  uploads.reportUnsent();
  if (recorder.state !== 'recording') view.showLevel(0);
  connection.checkStall();
  render();
}

// ---------------------------------------------------------------------------------------------
// Start-up

function saveKept() {
  view.download(uploads.keptFiles());
}

function discardKept() {
  if (view.confirmDiscard()) uploads.discardKept();
}

async function main() {
  if (!recorder.canRecordCompressed) view.disableCompressed();
  setMode(readSetting(Key.mode) || 'compressed');
  setPcmRate(readSetting(Key.rate) || 48000);
  view.showName(readSetting(Key.name) || '');
  view.showCaptionsWanted(readSetting(Key.captions) === 'on');
  view.bind({
    onName: (text) => writeSetting(Key.name, text),
    onCaptions: (on) => writeSetting(Key.captions, on ? 'on' : null),
    onMode: setMode,
    onRate: setPcmRate,
    onStart: startRecording,
    onStop: stopRecording,
    onSaveKept: saveKept,
    onDiscardKept: discardKept,
    onOnline: () => connection.reconnectNow(),
    onVisible: () => {
      if (recorder.state === 'recording') holdWakeLock(true);
      connection.reconnectNow();
    },
    leaveNeedsWarning: () => recorder.state === 'recording' || uploads.pendingCount > 0,
  });

  await optional('the translations', async () => {
    if (await loadTranslations()) view.translatePage();
  });
  render();
  setInterval(tick, TimesliceMs);
  if (!canRecord()) {
    connection.markClosed();
    return;
  }
  await optional('the audio kept on this device', async () => {
    await storage.open();
    await uploads.recover();
  });
  render();
  connection.connect();
}

// A step the page can do without (its language, an earlier visit's audio): one that fails is
// logged and skipped, so that the page still connects and records.
async function optional(what, step) {
  try {
    await step();
  } catch (error) {
    console.warn(`Earshot: going on without ${what}`, error);
  }
}

// For tests and for the curious: the page's state, read-only, and a few controls.
window.earshot = {
  get state() { return recorder.state; },
  get connection() { return connection.state; },
  get sessionId() { return recorder.live ? recorder.live.sessionId : null; },
  get file() { return recorder.live ? recorder.live.file : null; },
  get format() { return recorder.live ? recorder.live.format : recorder.selectedFormat(); },
  get bytesRecorded() { return recorder.live ? recorder.live.recorded : 0; },
  get bytesSent() { return recorder.live ? recorder.live.sentHigh : 0; },
  get bytesAcked() { return recorder.live ? recorder.live.acked : 0; },
  // What the recording on the wire holds that Earshot has not acknowledged: { bytes, durationMs }.
  get unsent() { return uploads.current ? uploads.current.unsent() : { bytes: 0, durationMs: 0 }; },
  get chunksSent() { return recorder.live ? recorder.live.chunksSent : 0; },
  get elapsedMs() { return recorder.elapsedMs; },
  get lastError() { return lastError; },
  get summary() { return recorder.summary; },
  get pendingUploads() { return uploads.pendingCount; },
  get keptUploads() { return uploads.keptCount; },
  get take() { return take ? { id: take.take, name: take.name, state: take.state, clockKnown: take.clock.known } : null; },
  // Whether a reconnect is armed, whether a socket is open or opening, and how many this page
  // has opened: a refused page shows none armed, none open, and opens no more.
  get retryScheduled() { return connection.retryScheduled; },
  get socketOpen() { return connection.hasSocket; },
  get socketsOpened() { return connection.socketsOpened; },
  // The SHA-256 (hex) of the bytes recorded so far, or of the first `length` of them.
  async recordedSha256(length = Infinity) {
    const upload = recorder.live;
    if (!upload) return null;
    if (!upload.copy) throw new Error('The recording is too long to keep a copy for hashing.');
    const bytes = await new Blob(upload.copy).arrayBuffer();
    return toHex(await crypto.subtle.digest('SHA-256', bytes.slice(0, Math.min(length, bytes.byteLength))));
  },
  setMode,
  setPcmRate,
  start: startRecording,
  stop: stopRecording,
  strings: STRINGS,
};

function toHex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

main();
