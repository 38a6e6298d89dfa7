// The microphone: MediaRecorder for compressed audio; for PCM the track's own buffers where the
// browser hands them over with their capture times (trackreader.js), else an AudioWorklet
// (pcm-worklet.js), which also makes the level meter; and the screen wake lock that keeps a phone
// from stopping it.

import { Resampler, canReadTrack, readTrack } from './trackreader.js';

export const TimesliceMs = 250; // one chunk (and one level message) about every 250 ms
const CompressedFormats = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4;codecs=mp4a.40.2', 'audio/mp4'];

// The first compressed format this browser records; null when it records none.
export function pickCompressedFormat() {
  if (!window.MediaRecorder || !MediaRecorder.isTypeSupported) return null;
  try {
    return CompressedFormats.find((type) => MediaRecorder.isTypeSupported(type)) || null;
  } catch {
    return null; // the page still records PCM
  }
}

export function pcmFormat(rate) {
  return `audio/pcm;rate=${rate};channels=1;bits=16`;
}

// How long PCM capture may take to start its audio context before the page says it cannot.
const AudioStartMs = 5000;

// Starts the microphone and calls onChunk(Uint8Array) in order, onLevel(peak) for the meter and
// onEnded() when the microphone goes away. Resolves to { stop(), capturedAt }: stop() resolves
// once the last chunk has been delivered; capturedAt resolves to when the recording's first
// sample was captured (performance.now() time), as far as the browser says: for PCM from the
// track's buffers (or the worklet's first frame), for MediaRecorder from the buffer it began with,
// less what its encoder put before it unannounced (known from the first chunk, within 2 s).
//
// Compressed audio comes from MediaRecorder alone: the level meter's audio context is started
// beside it and never waited for. An engine whose context never runs (Firefox with no audio
// server: resume() never settles) records all the same, without a meter.
export async function startCapture({ pcm, rate, compressedFormat, onChunk, onLevel, onEnded }) {
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
    context.close().catch(() => {});
    throw error;
  }
  const stopTracks = () => stream.getTracks().forEach((track) => track.stop());
  const track = stream.getAudioTracks()[0];
  if (track) track.onended = onEnded;

  // How long the microphone's audio takes to reach the page (Chromium says; others may not).
  const inputLatencyMs = 1000 * ((track && track.getSettings && track.getSettings().latency) || 0);

  let flushed = null;
  let onFirst = null;
  const onTapMessage = ({ data }) => {
    if (data.type === 'first' && onFirst) onFirst(data.frame);
    else if (data.type === 'level') onLevel(data.peak);
    else if (data.type === 'pcm') onChunk(new Uint8Array(data.buffer));
    else if (data.type === 'flushed' && flushed) flushed();
  };
  const tapOptions = { pcm, rate, onMessage: onTapMessage };

  if (pcm && canReadTrack()) {
    context.close().catch(() => {});
    return startTimedPcm(track, { rate, onChunk, onLevel, stopTracks });
  }

  if (pcm) {
    let audio;
    const firstFrame = new Promise((resolve) => { onFirst = resolve; });
    try {
      audio = await withinTime(startTap(context, stream, tapOptions), AudioStartMs, 'the audio context did not start');
    } catch (error) {
      stopTracks();
      context.close().catch(() => {});
      const failure = new Error('PCM capture is not available');
      failure.name = 'PcmUnsupported';
      failure.cause = error;
      throw failure;
    }
    return {
      capturedAt: pcmCaptureStart(audio.context, firstFrame, inputLatencyMs),
      async stop() {
        await new Promise((resolve) => {
          flushed = resolve;
          audio.tap.port.postMessage({ type: 'flush' });
          setTimeout(resolve, 1000); // a suspended context never answers
        });
        stopTracks();
        audio.tap.disconnect();
        audio.context.close().catch(() => {});
      },
    };
  }

  const recorder = new MediaRecorder(stream, { mimeType: compressedFormat });
  const slices = new RecorderSlices(recorder);
  let pending = Promise.resolve(); // keeps chunks in order: arrayBuffer() is asynchronous
  let onFirstChunk = null;
  const firstChunk = new Promise((resolve) => { onFirstChunk = resolve; });
  recorder.ondataavailable = ({ data }) => {
    slices.noteSlice(data.size);
    if (data.size === 0) return;
    pending = pending.then(() => data.arrayBuffer()).then((buffer) => {
      const bytes = new Uint8Array(buffer);
      onFirstChunk(bytes);
      onChunk(bytes);
    });
  };
  recorder.onerror = (event) => {
    console.warn('Earshot: MediaRecorder failed', event.error);
    onEnded();
  };
  const startedAtMs = await startRecorder(slices, track, inputLatencyMs);
  // The file's first sample may not be a captured one: what the encoder puts before them and the
  // file does not tell decoders to skip, they play. Known from the first chunk's header. Where
  // the slices say the audio began later than the recorder's start, it is placed there.
  const capturedAt = withinTime(firstChunk, AudioStartMs, 'no first chunk').then((bytes) => {
    const beganMs = Math.max(startedAtMs, slices.audioBeganAfterMs ?? startedAtMs);
    return beganMs - unskippedDelayMs(bytes, compressedFormat);
  }, () => startedAtMs);

  // The meter joins when (if) its context runs; one that comes after the stop is closed at once.
  let stopped = false;
  let meter = null;
  startTap(context, stream, tapOptions).then((audio) => {
    meter = audio;
    if (stopped) closeTap(audio);
  }, (error) => console.warn('Earshot: no level meter', error)); // the recording goes on without it

  return {
    capturedAt,
    async stop() {
      slices.stop();
      if (recorder.state !== 'inactive') {
        await new Promise((resolve) => {
          recorder.addEventListener('stop', resolve, { once: true });
          recorder.stop();
        });
      }
      await pending;
      stopped = true;
      stopTracks();
      if (meter) closeTap(meter);
      else context.close().catch(() => {}); // a context still starting stops here
    },
  };
}

// PCM from the track's buffers: resampled to `rate` here, in chunks of TimesliceMs, the level
// from the same samples. Its first sample is the first buffer's, captured when that says.
async function startTimedPcm(track, { rate, onChunk, onLevel, stopTracks }) {
  const chunkSamples = Math.round((rate * TimesliceMs) / 1000);
  const out = new DataView(new ArrayBuffer(chunkSamples * 2));
  let filled = 0;
  const sendChunk = () => {
    if (filled === 0) return;
    onChunk(new Uint8Array(out.buffer.slice(0, filled * 2)));
    filled = 0;
  };
  const push = (samples) => {
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i] < -1 ? -1 : samples[i] > 1 ? 1 : samples[i];
      out.setInt16(filled * 2, Math.round(s < 0 ? s * 0x8000 : s * 0x7fff), true);
      if (++filled === chunkSamples) sendChunk();
    }
  };
  let resampler = null;
  let peak = 0;
  let levelAt = 0;
  let first;
  const firstBuffer = new Promise((resolve) => { first = resolve; });
  const reading = readTrack(track, ({ samples, rate: trackRate, capturedAtMs }) => {
    if (!resampler) {
      resampler = new Resampler(trackRate, rate);
      first(capturedAtMs);
    }
    for (let i = 0; i < samples.length; i++) peak = Math.max(peak, Math.abs(samples[i]));
    if (capturedAtMs - levelAt >= 50) {
      onLevel(Math.min(1, peak));
      peak = 0;
      levelAt = capturedAtMs;
    }
    push(resampler.push(samples));
  });
  let capturedAtMs;
  try {
    capturedAtMs = await withinTime(firstBuffer, AudioStartMs, 'the microphone sent nothing');
  } catch (error) {
    reading.stop();
    stopTracks();
    throw error;
  }
  return {
    capturedAt: Promise.resolve(capturedAtMs),
    async stop() {
      stopTracks(); // its last buffers are still read
      await withinTime(reading.done, 1000, 'the microphone did not end').catch(() => reading.stop());
      if (resampler) push(resampler.flush());
      sendChunk();
    },
  };
}

// Cuts a MediaRecorder's output into chunks of about TimesliceMs, each delivered before the
// recorder's "stop". Gecko's own time slices do not keep that order: a slice cut while the
// encoder shuts down can reach the page after the final chunk and "stop" (it takes one more hop
// through the encoder's thread), so its bytes would come after bytes recorded later. There the
// page asks for each slice (requestData(), which Gecko answers in order); elsewhere the
// recorder's timeslice does it, which also goes on in a hidden tab whose timers are slowed.
//
// Asked-for slices also tell when the audio began: Gecko answers an empty one until its encoder
// has had audio, which with an audio server comes a second or more after the recorder's start.
class RecorderSlices {
  #askedFor = /\bFirefox\//.test(globalThis.navigator?.userAgent ?? '');
  #recorder;
  #timer = null;
  #heard = false;
  #silentUntilMs = null;

  constructor(recorder) {
    this.#recorder = recorder;
  }

  start() {
    if (!this.#askedFor) {
      this.#recorder.start(TimesliceMs);
      return;
    }
    this.#recorder.start();
    this.#timer = setInterval(() => {
      if (this.#recorder.state === 'recording') this.#recorder.requestData();
    }, TimesliceMs);
  }

  // Each slice's size, as it comes.
  noteSlice(bytes) {
    if (this.#heard || !this.#askedFor) return;
    if (bytes > 0) this.#heard = true;
    else this.#silentUntilMs = performance.now();
  }

  // When the last empty slice came before the first audio (performance.now() time): the audio
  // began after it. Null when none did, or where the recorder cuts its own slices.
  get audioBeganAfterMs() {
    return this.#silentUntilMs;
  }

  // Before the recorder's stop(): no slice is asked for after it.
  stop() {
    clearInterval(this.#timer);
    this.#timer = null;
  }
}

// Starts the recorder of `slices` and resolves to when its first sample was captured.
// MediaRecorder records from the next buffer the track delivers on: where a reader of the
// track's buffers runs (on a copy of the track), the recorder is started just after one has
// come, early enough that the next cannot have come yet (a buffer comes at the earliest once its
// last sample is captured), and its first sample is that next buffer's. Else: now, less the
// microphone's latency as the browser says it.
async function startRecorder(slices, track, inputLatencyMs) {
  const startNow = () => {
    slices.start();
    return performance.now() - inputLatencyMs;
  };
  if (!canReadTrack() || !track) return startNow();
  const copy = track.clone();
  let settle;
  const started = new Promise((resolve) => { settle = resolve; });
  let buffers = 0; // -1 once started
  const reading = readTrack(copy, ({ samples, rate, capturedAtMs }) => {
    if (buffers < 0) return;
    const durationMs = (1000 * samples.length) / rate;
    const nextAtMs = capturedAtMs + durationMs; // the next buffer's first sample
    if (performance.now() < nextAtMs + durationMs - 1) {
      buffers = -1;
      slices.start();
      settle(nextAtMs);
    } else if (++buffers >= 20) { // never early enough: a busy page
      buffers = -1;
      settle(startNow());
    }
  });
  const fallBack = () => {
    if (buffers < 0) return;
    buffers = -1;
    settle(startNow());
  };
  const timer = setTimeout(fallBack, AudioStartMs); // a copy that delivers nothing
  reading.done.then(fallBack);
  const capturedAtMs = await started;
  clearTimeout(timer);
  reading.stop();
  copy.stop();
  return capturedAtMs;
}

// Opus always starts with its encoder's look-ahead (RFC 7845, 4.2), which the header's pre-skip
// tells decoders to drop; libopus's is 312 samples at 48 kHz (Firefox's and Chromium's encoder).
// A header that says 0 (Chromium's MediaRecorder) leaves them in what every decoder plays, so
// the file's first sample comes that much before the first captured one.
const OpusLookaheadMs = 312 / 48;

// How long the recording's first chunk plays before its first captured sample: 0 unless it is
// Opus whose header (OpusHead, in its first bytes) says no pre-skip.
export function unskippedDelayMs(bytes, format) {
  if (!/opus/i.test(format)) return 0;
  const magic = [0x4f, 0x70, 0x75, 0x73, 0x48, 0x65, 0x61, 0x64]; // "OpusHead"
  const end = Math.min(bytes.length - 12, 4096);
  for (let at = 0; at < end; at++) {
    if (magic.every((byte, i) => bytes[at + i] === byte)) {
      const preSkip = bytes[at + 10] | (bytes[at + 11] << 8);
      return preSkip === 0 ? OpusLookaheadMs : 0;
    }
  }
  return 0;
}

// When the tap's first PCM sample was captured (performance.now() time). The worklet says at
// which frame of the context it came; the context says when a frame is heard at the output
// (getOutputTimestamp) and how far ahead of that it renders (baseLatency + outputLatency); the
// microphone's own latency comes before. A context that says nothing usable: about now, less
// the input latency. The audio graph may start on audio older than the tap (a page that fetched
// its worklet while the microphone ran), so "now" can be late by as much: the frame is not.
async function pcmCaptureStart(context, firstFrame, inputLatencyMs) {
  const fallback = performance.now() - inputLatencyMs;
  const frame = await withinTime(firstFrame, 1000, 'no first frame').catch(() => null);
  if (frame === null || !context.getOutputTimestamp) return fallback;
  for (let tries = 0; tries < 50; tries++) {
    const { contextTime, performanceTime } = context.getOutputTimestamp();
    if (performanceTime > 0 && contextTime > 0) {
      const renderAheadMs = 1000 * ((context.baseLatency || 0) + (context.outputLatency || 0));
      return performanceTime + 1000 * (frame / context.sampleRate - contextTime) - renderAheadMs - inputLatencyMs;
    }
    await new Promise((resolve) => setTimeout(resolve, 20)); // the output has not begun yet
  }
  return fallback;
}

// Feeds the microphone into the tap worklet (pcm-worklet.js) in `context` and starts the
// context. Resolves to { context, tap }: the context is a new one when the browser refused the
// microphone at the rate asked for.
async function startTap(context, stream, { pcm, rate, onMessage }) {
  let source;
  try {
    source = context.createMediaStreamSource(stream);
  } catch (error) {
    // Some browsers refuse a microphone at another rate than the device's: resample ourselves.
    if (!pcm) throw error;
    context.close().catch(() => {});
    context = new AudioContext();
    source = context.createMediaStreamSource(stream);
  }
  await context.audioWorklet.addModule('/pcm-worklet.js');
  const tap = new AudioWorkletNode(context, 'earshot-tap', {
    numberOfInputs: 1, numberOfOutputs: 1, outputChannelCount: [1],
    processorOptions: { pcm, targetRate: rate, chunkSamples: Math.round((rate * TimesliceMs) / 1000) },
  });
  tap.port.onmessage = onMessage;
  source.connect(tap);
  tap.connect(context.destination); // silent; a node nobody pulls might not run
  await context.resume();
  return { context, tap };
}

function closeTap({ context, tap }) {
  tap.disconnect();
  context.close().catch(() => {});
}

// `promise`, or a rejection with `what` once `ms` have passed without it settling.
function withinTime(promise, ms, what) {
  let timer;
  const timeout = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------
// Screen wake lock: a phone that locks its screen may stop the microphone.

let wakeLock = null;

// Only a visible page gets a wake lock; `visible` says whether this one is.
export async function holdWakeLock(visible) {
  if (!navigator.wakeLock || wakeLock || !visible) return;
  try {
    wakeLock = await navigator.wakeLock.request('screen');
    wakeLock.addEventListener('release', () => { wakeLock = null; });
  } catch (error) {
    console.warn('Earshot: no wake lock', error);
  }
}

export function releaseWakeLock() {
  if (wakeLock) wakeLock.release().catch(() => {});
  wakeLock = null;
}
