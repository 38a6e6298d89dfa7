// The microphone: MediaRecorder for compressed audio, an AudioWorklet (pcm-worklet.js) for PCM
// and for the level meter; and the screen wake lock that keeps a phone from stopping it.

export const TimesliceMs = 250; // one chunk (and one level message) about every 250 ms
const CompressedFormats = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4;codecs=mp4a.40.2', 'audio/mp4'];

// The first compressed format this browser records; null when it records none.
export function pickCompressedFormat() {
  if (!window.MediaRecorder || !MediaRecorder.isTypeSupported) return null;
  return CompressedFormats.find((type) => MediaRecorder.isTypeSupported(type)) || null;
}

export function pcmFormat(rate) {
  return `audio/pcm;rate=${rate};channels=1;bits=16`;
}

// Starts the microphone and calls onChunk(Uint8Array) in order, onLevel(peak) for the meter and
// onEnded() when the microphone goes away. Resolves to { stop() }, which resolves once the last
// chunk has been delivered.
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
