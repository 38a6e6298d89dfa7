// The uploads: each recording on its way to Earshot as byte offsets, and the queue that sends
// them one at a time over the connection, drops what the server acknowledges, re-sends the rest
// after a resume, and keeps on this device what the server can no longer take.

import { Sha256 } from './sha256.js';
import * as storage from './storage.js';
import { losesUpload, givesUp, retriesLater } from './errors.js';

const HashCopyLimit = 64 * 1024 * 1024; // a whole recording up to this size stays in memory
// What this device holds unacknowledged is told to Earshot ("unsent", docs/protocol.md) at most
// this often, while something is held and once more when nothing is.
export const UnsentReportMs = 1000;

function randomId() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class Upload {
  constructor({ localId = randomId(), format, name, live = false, captions = false, take = null }) {
    this.localId = localId;
    this.format = format;
    this.name = name;
    this.captions = captions; // live captions asked for: "transcribe" in its start
    this.take = take; // the take it records into, or null
    this.captureStartMs = null; // its first sample on Earshot's clock (Unix ms), when known
    this.clockUncertaintyMs = null;
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
    // Every byte recorded, hashed as it comes, for the stop to say what Earshot must hold. An
    // upload recovered from an earlier visit has lost it: Earshot then cannot verify it.
    this.hash = live ? new Sha256() : null;
    // Where each chunk ends in the recording's time (ms from its start, when the recorder
    // delivered it), and where the acknowledged part ends: how much audio is unsent.
    this.createdAt = performance.now();
    this.ackedMediaMs = 0;
  }

  static fromStore({ record, chunks }) {
    const upload = new Upload({ localId: record.localId, format: record.format, name: record.name, take: record.take || null });
    Object.assign(upload, {
      sessionId: record.sessionId, resumeToken: record.resumeToken, file: record.file,
      acked: record.acked, lost: record.lost, finished: true, ackedMediaMs: record.ackedMediaMs || 0,
    });
    upload.chunks = chunks.map(({ offset, data, mediaMs }) => ({ offset, data: data instanceof Uint8Array ? data : new Uint8Array(data), sent: false, mediaMs }));
    const last = upload.chunks[upload.chunks.length - 1];
    upload.recorded = last ? last.offset + last.data.byteLength : record.acked;
    return upload;
  }

  record() {
    const { localId, format, name, take, sessionId, resumeToken, file, acked, ackedMediaMs, finished, lost } = this;
    return { localId, format, name, take, sessionId, resumeToken, file, acked, ackedMediaMs, finished, lost, savedAt: Date.now() };
  }

  append(data) {
    const chunk = { offset: this.recorded, data, sent: false, mediaMs: performance.now() - this.createdAt };
    this.chunks.push(chunk);
    this.recorded += data.byteLength;
    if (this.hash) this.hash.update(data);
    if (this.copy) {
      this.copyBytes += data.byteLength;
      if (this.copyBytes <= HashCopyLimit) this.copy.push(data);
      else this.copy = null;
    }
    storage.saveChunk(this, chunk);
    return chunk;
  }

  // Forgets what the server has; returns the chunks that went.
  acknowledge(bytes) {
    this.acked = Math.max(this.acked, bytes);
    const dropped = [];
    while (this.chunks.length && this.chunks[0].offset + this.chunks[0].data.byteLength <= this.acked) dropped.push(this.chunks.shift());
    if (dropped.length) {
      const last = dropped[dropped.length - 1];
      if (last.mediaMs >= 0) this.ackedMediaMs = last.mediaMs;
      storage.dropChunks(this, dropped);
    }
    return dropped;
  }

  // The bytes recorded that no ack covers, and how much audio that is (ms, whole): for PCM from
  // its rate, otherwise from when the recorder delivered the chunks (a chunk only partly
  // acknowledged counts in proportion). durationMs is null when an earlier visit's chunks do
  // not say when they were delivered.
  unsent() {
    const bytes = Math.max(0, this.recorded - this.acked);
    if (bytes === 0) return { bytes, durationMs: 0 };
    const pcm = /^audio\/pcm;rate=(\d+);channels=(\d+);bits=16/.exec(this.format);
    if (pcm) return { bytes, durationMs: Math.round((bytes * 1000) / (Number(pcm[1]) * Number(pcm[2]) * 2)) };
    const first = this.chunks[0];
    const last = this.chunks[this.chunks.length - 1];
    if (!first || !(first.mediaMs >= 0) || !(last.mediaMs >= 0)) return { bytes, durationMs: null };
    const firstEnd = first.offset + first.data.byteLength;
    const firstShare = Math.min(1, (firstEnd - this.acked) / first.data.byteLength);
    const durationMs = last.mediaMs - first.mediaMs + firstShare * Math.max(0, first.mediaMs - this.ackedMediaMs);
    return { bytes, durationMs: Math.round(durationMs) };
  }

  get done() {
    return this.finished && this.acked >= this.recorded;
  }

  // What the person can take away: the whole recording if this page still has it.
  keptBlob() {
    const parts = this.copy || this.chunks.map((c) => c.data);
    return new Blob(parts, { type: this.format.startsWith('audio/pcm') ? 'application/octet-stream' : this.format.split(';')[0] });
  }

  // The file name "Save a copy" offers; "-unsent" when it holds only what Earshot lacks.
  downloadName() {
    const extension = this.format.startsWith('audio/pcm') ? 'pcm'
      : this.format.startsWith('audio/ogg') ? 'ogg' : this.format.startsWith('audio/mp4') ? 'm4a' : 'webm';
    return `earshot-${this.sessionId || this.localId}${this.copy ? '' : '-unsent'}.${extension}`;
  }
}

// Holds a Web Lock named after the upload for as long as this tab owns it, so that a second
// tab of this page never "recovers" a recording that is still going on in the first.
export function claim(upload) {
  if (!navigator.locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    navigator.locks.request(`earshot-upload-${upload.localId}`, { ifAvailable: true }, (lock) => {
      resolve(Boolean(lock));
      return lock ? new Promise((release) => { upload.release = release; }) : null;
    });
  });
}

export function unclaim(upload) {
  if (upload.release) upload.release();
  upload.release = null;
}

// ---------------------------------------------------------------------------------------------
// The queue. `connection` is what it sends over: { send(message) → bool, ready }.
//
// Events: 'change' (something shown changed), 'finished' { upload, stopped } (Earshot has all of
// it; `stopped` is the server's answer, null when only that answer was lost), 'lost'
// { upload, code } (kept on this device), 'resending' { upload } (an earlier visit's upload
// goes out now).
export class UploadQueue extends EventTarget {
  #connection;
  #queue = []; // uploads to send, one at a time; #queue[0] is on the wire
  #kept = []; // uploads the server cannot take any more
  #unsentAt = -Infinity; // when the last "unsent" went (performance.now())
  #unsentShown = false; // the last one said something is held

  constructor(connection) {
    super();
    this.#connection = connection;
  }

  get current() {
    return this.#queue[0] || null;
  }

  get pendingCount() {
    return this.#queue.length;
  }

  get keptCount() {
    return this.#kept.length;
  }

  // What "Save a copy" downloads: [{ blob, name }].
  keptFiles() {
    return this.#kept.map((upload) => ({ blob: upload.keptBlob(), name: upload.downloadName() }));
  }

  discardKept() {
    for (const upload of this.#kept) storage.forget(upload);
    this.#kept = [];
    this.#changed();
  }

  add(upload) {
    this.#queue.push(upload);
  }

  // Takes over what earlier visits left in IndexedDB: uploads to finish, and audio kept before.
  async recover() {
    let saved = [];
    try {
      saved = await storage.loadAll();
    } catch (error) {
      console.warn('Earshot: cannot read audio kept on this device', error);
    }
    for (const entry of saved) {
      const upload = Upload.fromStore(entry);
      if (upload.lost) {
        this.#kept.push(upload);
      } else if (await claim(upload)) { // else another tab is still recording or sending it
        if (upload.chunks.length > 0 || upload.sessionId) {
          this.#queue.push(upload);
        } else {
          storage.forget(upload); // it never recorded anything
          unclaim(upload);
        }
      }
    }
  }

  // Starts (or resumes) the upload at the head of the queue on a greeted connection.
  begin() {
    const upload = this.current;
    if (!upload || !this.#connection.ready || upload.streaming) return;
    if (upload.sessionId) {
      this.#connection.send({ type: 'resume', session: upload.sessionId, resumeToken: upload.resumeToken });
    } else {
      const start = { type: 'start', format: upload.format };
      if (upload.name) start.name = upload.name;
      if (upload.captions) start.transcribe = true;
      if (upload.take) start.take = upload.take;
      if (upload.captureStartMs !== null) start.captureStartMs = upload.captureStartMs;
      if (upload.clockUncertaintyMs !== null) start.clockUncertaintyMs = upload.clockUncertaintyMs;
      this.#connection.send(start);
    }
    if (!upload.live) this.#emit('resending', { upload });
  }

  // Tells Earshot what the upload on the wire holds unacknowledged (docs/protocol.md,
  // "Unsent"): called often (the page's tick), it sends at most once per UnsentReportMs, while
  // something is held and once more when nothing is. `now` forces one at once: right after a
  // start or resume, so that Earshot sees what this device kept while it was away.
  reportUnsent({ now = false } = {}) {
    const upload = this.current;
    if (!upload || !upload.streaming || !this.#connection.ready) return;
    const { bytes, durationMs } = upload.unsent();
    if (durationMs === null) return;
    if (bytes === 0 && !this.#unsentShown && !now) return;
    const at = performance.now();
    if (!now && at - this.#unsentAt < UnsentReportMs) return;
    this.#connection.notify({ type: 'unsent', bytes, durationMs });
    this.#unsentAt = at;
    this.#unsentShown = bytes > 0;
  }

  // The connection went: whatever was streaming starts over with a resume on the next one.
  disconnected() {
    for (const upload of this.#queue) {
      upload.streaming = false;
      upload.stopSent = false;
    }
  }

  // A message from the server about the upload on the wire.
  handle(message) {
    const upload = this.current;
    switch (message.type) {
    case 'started':
      if (!upload) break;
      upload.sessionId = message.session;
      upload.resumeToken = message.resumeToken;
      upload.file = message.file;
      storage.saveUpload(upload);
      this.#streamFrom(upload, 0, false);
      break;
    case 'resumed':
      if (!upload || message.session !== upload.sessionId) break;
      upload.acknowledge(message.bytes);
      this.#streamFrom(upload, message.bytes, true);
      break;
    case 'ack':
      if (!upload || message.session !== upload.sessionId) break;
      upload.acknowledge(message.bytes);
      this.maybeStop(upload);
      this.#changed();
      break;
    case 'stopped':
      if (upload && message.session === upload.sessionId) this.#finish(upload, message);
      break;
    case 'error':
      this.#onError(upload, message.code);
      break;
    default:
      break;
    }
  }

  // A chunk from the recorder: kept, and sent at once when its upload is streaming.
  record(upload, data) {
    if (data.byteLength === 0) return;
    const chunk = upload.append(data);
    if (upload === this.current && upload.streaming && this.#connection.ready) this.#sendChunk(upload, chunk);
  }

  // Stop only once every byte is acknowledged: the server's "stopped" then covers everything.
  // The stop carries the count and SHA-256 of every byte recorded, for Earshot to verify its
  // file against (docs/protocol.md, "Stop").
  maybeStop(upload) {
    if (upload.streaming && !upload.stopSent && upload.done) {
      upload.stopSent = true;
      const stop = { type: 'stop' };
      if (upload.hash && upload.hash.bytes === upload.recorded) {
        stop.bytes = upload.hash.bytes;
        stop.sha256 = upload.hash.hex();
      }
      this.#connection.send(stop);
    }
  }

  #onError(upload, code) {
    if (givesUp(code) || retriesLater(code)) return; // about the connection: its close handles it
    if (upload && (code === 'unknown_session' || code === 'bad_resume_token') && upload.done && upload.sessionId) {
      // Everything had arrived; only the "stopped" answer was lost with the connection.
      this.#finish(upload, null);
      return;
    }
    if (upload && losesUpload(code)) this.#lose(upload, code);
  }

  // `resumed`: Earshot may still show what this device said before the drop, so it hears the
  // figure now even when it is 0.
  #streamFrom(upload, offset, resumed) {
    const first = upload.chunks[0];
    if (first ? offset < first.offset : offset < upload.recorded) {
      this.#lose(upload, 'gap'); // the server lost bytes that this page no longer has
      return;
    }
    upload.streaming = true;
    this.#unsentShown = false;
    const { bytes } = upload.unsent();
    if (bytes > 0 || resumed) this.reportUnsent({ now: true });
    upload.sent = offset;
    for (const chunk of upload.chunks) {
      if (chunk.offset + chunk.data.byteLength > offset) this.#sendChunk(upload, chunk);
    }
    this.maybeStop(upload);
    this.#changed();
  }

  #sendChunk(upload, chunk) {
    const skip = upload.sent - chunk.offset;
    if (!this.#connection.send(skip > 0 ? chunk.data.subarray(skip) : chunk.data)) return;
    upload.sent = chunk.offset + chunk.data.byteLength;
    upload.sentHigh = Math.max(upload.sentHigh, upload.sent);
    if (!chunk.sent) {
      chunk.sent = true;
      upload.chunksSent += 1;
    }
  }

  #finish(upload, stopped) {
    storage.forget(upload);
    unclaim(upload);
    this.#queue.shift();
    this.#emit('finished', { upload, stopped });
    this.begin();
  }

  // The server cannot take this upload any more: keep it on the device.
  #lose(upload, code) {
    upload.lost = true;
    upload.streaming = false;
    storage.saveUpload(upload);
    if (this.#queue.includes(upload)) this.#queue.splice(this.#queue.indexOf(upload), 1);
    this.#kept.push(upload);
    this.#emit('lost', { upload, code });
    this.begin();
    this.#changed();
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  #changed() {
    this.dispatchEvent(new Event('change'));
  }
}
