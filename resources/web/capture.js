// The microphone: MediaRecorder for compressed audio, an AudioWorklet (pcm-worklet.js) for PCM
// and for the level meter; and the screen wake lock that keeps a phone from stopping it.

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
// onEnded() when the microphone goes away. Resolves to { stop(), capturedAtMs }: stop() resolves
// once the last chunk has been delivered; capturedAtMs is when the first sample was captured
// (performance.now() time), as far as the browser says.
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
      capturedAtMs: await pcmCaptureStart(audio.context, firstFrame, inputLatencyMs),
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
  let pending = Promise.resolve(); // keeps chunks in order: arrayBuffer() is asynchronous
  recorder.ondataavailable = ({ data }) => {
    if (data.size > 0) pending = pending.then(() => data.arrayBuffer()).then((buffer) => onChunk(new Uint8Array(buffer)));
  };
  recorder.onerror = (event) => {
    console.warn('Earshot: MediaRecorder failed', event.error);
    onEnded();
  };
  recorder.start(TimesliceMs);
  // Its first sample is what the microphone delivers from now on: captured that much earlier.
  const capturedAtMs = performance.now() - inputLatencyMs;

  // The meter joins when (if) its context runs; one that comes after the stop is closed at once.
  let stopped = false;
  let meter = null;
  startTap(context, stream, tapOptions).then((audio) => {
    meter = audio;
    if (stopped) closeTap(audio);
  }, (error) => console.warn('Earshot: no level meter', error)); // the recording goes on without it

  return {
    capturedAtMs,
    async stop() {
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
