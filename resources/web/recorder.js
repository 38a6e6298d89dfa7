// The recording: what the person chose (quality, rate), the microphone while it runs, the
// upload it fills, and the page's state through one recording:
//   idle → starting → recording → stopping → stopped, or → error from any of them.

import { pcmFormat, pickCompressedFormat, startCapture } from './capture.js';
import { microphoneErrorCode } from './errors.js';
import * as storage from './storage.js';
import { Upload, claim, unclaim } from './upload.js';

// `uploads` is the UploadQueue the recordings go into.
//
// Events: 'state' { state, previous }, 'level' { peak } (for the meter, several times a
// second), 'microphoneended' (the microphone went away while recording), 'captureended' (the
// microphone is off and the upload has its last chunk).
export class Recorder extends EventTarget {
  #uploads;
  #state = 'idle';
  #mode = 'compressed';
  #pcmRate = 48000;
  #compressedFormat = pickCompressedFormat();
  #live = null; // the upload being recorded now (or last)
  #capture = null;
  #startedAt = 0;
  #stoppedAt = 0;
  #peak = 0; // highest level since the last level message
  #summary = null;

  constructor(uploads) {
    super();
    this.#uploads = uploads;
  }

  get state() { return this.#state; }
  get mode() { return this.#mode; }
  get canRecordCompressed() { return this.#compressedFormat !== null; }
  get live() { return this.#live; }
  // { file, bytes, durationMs, verification, recorded } of the recording Earshot saved last; null before and while recording.
  get summary() { return this.#summary; }

  get elapsedMs() {
    return this.#startedAt ? (this.#stoppedAt || performance.now()) - this.#startedAt : 0;
  }

  // The format the next recording will have; null when the browser records none of that kind.
  selectedFormat() {
    return this.#mode === 'pcm' ? pcmFormat(this.#pcmRate) : this.#compressedFormat;
  }

  // The format the page shows: the recording's own while there is one to show.
  shownFormat() {
    return this.#live && this.#state !== 'idle' && !this.#summary ? this.#live.format : this.selectedFormat();
  }

  // Returns the mode taken: compressed only where the browser can record it.
  setMode(mode) {
    this.#mode = mode === 'pcm' || !this.#compressedFormat ? 'pcm' : 'compressed';
    return this.#mode;
  }

  // Returns the rate taken: 16 kHz or 48 kHz, the two the page offers.
  setPcmRate(rate) {
    this.#pcmRate = Number(rate) === 16000 ? 16000 : 48000;
    return this.#pcmRate;
  }

  canStart() {
    return ['idle', 'stopped', 'error'].includes(this.#state);
  }

  // The level since the last call, for the level message; starts the next period.
  takePeak() {
    const peak = this.#peak;
    this.#peak = 0;
    return peak;
  }

  // Starts the microphone into a new upload in `format`. Resolves to null, or to the error code
  // of a microphone that could not start (the state is then 'error'). In a take, `clock`
  // (a TakeClock) places the capture's start on Earshot's clock.
  async start({ format, name, captions = false, take = null, clock = null }) {
    this.#summary = null;
    const upload = new Upload({ format, name, live: true, captions, take });
    claim(upload);
    storage.saveUpload(upload); // before its first chunk, so that a crash leaves nothing unexplained
    this.setState('starting');
    try {
      this.#capture = await startCapture({
        pcm: this.#mode === 'pcm',
        rate: this.#pcmRate,
        compressedFormat: this.#compressedFormat,
        onChunk: (data) => this.#uploads.record(upload, data),
        onLevel: (peak) => this.#onLevel(peak),
        onEnded: () => {
          if (this.#state === 'recording') this.dispatchEvent(new Event('microphoneended'));
        },
      });
    } catch (error) {
      console.warn('Earshot: cannot start the microphone', error);
      storage.forget(upload);
      unclaim(upload);
      this.setState('error');
      return microphoneErrorCode(error);
    }
    this.#live = upload;
    this.#startedAt = performance.now();
    // The clock counts from the first captured sample where that is known to come later (Firefox
    // with an audio server has its first audio a second or more after the start).
    const capture = this.#capture;
    capture.capturedAt.then((capturedAtMs) => {
      if (capture === this.#capture && capturedAtMs > this.#startedAt) this.#startedAt = capturedAtMs;
    });
    // In a take: when its first sample was captured, as the capture says (docs/page.md, "Takes"),
    // on Earshot's clock; how far off that may be is the clock's uncertainty. The upload starts
    // once that is known (for MediaRecorder, from its first chunk), its chunks kept meanwhile.
    if (clock) {
      const capturedAtMs = await this.#capture.capturedAt;
      const placed = clock.toServerMs(performance.timeOrigin + capturedAtMs);
      if (placed) {
        upload.captureStartMs = placed.ms;
        upload.clockUncertaintyMs = placed.uncertaintyMs;
      }
    }
    this.#stoppedAt = 0;
    this.#peak = 0;
    this.#uploads.add(upload);
    this.setState('recording');
    return null;
  }

  // Ends the microphone and moves to `nextState`; the recorder's last chunks still go into the
  // upload, which is then finished.
  async stop(nextState) {
    const upload = this.#live;
    const capture = this.#capture;
    this.#capture = null;
    this.#stoppedAt = performance.now();
    this.setState(nextState);
    if (capture) await capture.stop();
    upload.finished = true;
    storage.saveUpload(upload);
    this.dispatchEvent(new Event('captureended'));
  }

  // Earshot has saved `upload`: the summary when it is this recording. Returns whether it was.
  finished(upload, stopped) {
    if (upload !== this.#live) return false;
    this.#summary = {
      file: (stopped && stopped.file) || upload.file,
      bytes: stopped ? stopped.bytes : upload.recorded,
      durationMs: stopped ? stopped.durationMs : this.#stoppedAt - this.#startedAt,
      // Whether Earshot's file holds every byte recorded here: 'verified', 'mismatch',
      // 'unverified', or null when its answer was lost.
      verification: (stopped && stopped.verification) || null,
      recorded: upload.recorded,
    };
    this.setState('stopped');
    return true;
  }

  setState(state) {
    const previous = this.#state;
    this.#state = state;
    this.dispatchEvent(new CustomEvent('state', { detail: { state, previous } }));
  }

  #onLevel(peak) {
    this.#peak = Math.max(this.#peak, peak);
    this.dispatchEvent(new CustomEvent('level', { detail: { peak } }));
  }
}
