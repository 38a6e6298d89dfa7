// The microphone's samples as the browser captured them, each with the instant it was captured:
// MediaStreamTrackProcessor (Chromium, Edge, Chrome on Android) hands every buffer the track
// delivers as an AudioData whose timestamp is when its first sample was captured, on the
// performance.now() clock (in µs). An audio graph does not: a MediaStreamAudioSourceNode re-times
// the microphone onto the output's clock through a buffer whose delay the page cannot read, and
// that delay grows by a block whenever the graph runs ahead of the microphone (silence is put in).
//
// Both work on this page's own thread; nothing here touches the DOM, so node can test it.

// Buffers held for a busy page before the browser drops the oldest: 10 s of 10 ms buffers.
const MaxQueuedBuffers = 1000;

// Whether this browser hands a track's audio over with capture times.
export function canReadTrack() {
  return typeof globalThis.MediaStreamTrackProcessor === 'function';
}

// Reads `track` until it ends or stop() is called, calling onBuffer({ samples, rate, capturedAtMs })
// for each buffer in order: `samples` its first channel (Float32Array), `capturedAtMs` when its
// first sample was captured (performance.now() time). Returns { stop(), done } (done resolves
// once the last buffer has been handed over).
export function readTrack(track, onBuffer) {
  // The processor drops the oldest buffers beyond maxBufferSize (10 by default: a quarter of a
  // second) while this thread is busy; a recording must not lose them.
  const reader = new MediaStreamTrackProcessor({ track, maxBufferSize: MaxQueuedBuffers }).readable.getReader();
  let stopped = false;
  const done = (async () => {
    for (;;) {
      let result;
      try {
        result = await reader.read();
      } catch {
        return; // the track ended under the reader
      }
      if (result.done) return;
      const data = result.value;
      try {
        if (stopped) continue;
        const samples = new Float32Array(data.numberOfFrames);
        data.copyTo(samples, { planeIndex: 0, format: 'f32-planar' });
        onBuffer({ samples, rate: data.sampleRate, capturedAtMs: data.timestamp / 1000 });
      } finally {
        data.close();
      }
    }
  })();
  return {
    done,
    stop() {
      stopped = true;
      reader.cancel().catch(() => {});
    },
  };
}

// Band-limited sample-rate conversion (a Blackman-windowed sinc, 16 zero crossings each side,
// cut off just below the lower rate's Nyquist frequency). Output sample n is the input at
// n * inRate / outRate exactly: the first output sample is the first input sample's instant. At
// equal rates the samples pass through unchanged.
export class Resampler {
  static ZeroCrossings = 16;

  constructor(inRate, outRate) {
    this.step = inRate / outRate; // input samples per output sample
    this.cutoff = Math.min(1, outRate / inRate) * 0.95;
    this.half = Math.ceil(Resampler.ZeroCrossings / this.cutoff); // taps each side, in input samples
    this.buffer = new Float32Array(0);
    this.offset = 0; // input index of buffer[0]
    this.position = 0; // input index of the next output sample
  }

  // The output for `samples` (the next input), as far as it can be computed yet.
  push(samples) {
    if (this.step === 1) return samples;
    const joined = new Float32Array(this.buffer.length + samples.length);
    joined.set(this.buffer);
    joined.set(samples, this.buffer.length);
    this.buffer = joined;
    return this.#drain(this.offset + this.buffer.length - this.half);
  }

  // What is left, the input taken as silent after its end.
  flush() {
    if (this.step === 1) return new Float32Array(0);
    const end = this.offset + this.buffer.length;
    const padded = new Float32Array(this.buffer.length + this.half);
    padded.set(this.buffer);
    this.buffer = padded;
    return this.#drain(end);
  }

  // The output samples whose position is below `until` (an input index).
  #drain(until) {
    const out = [];
    const { half, cutoff } = this;
    while (this.position < until) {
      const centre = Math.floor(this.position);
      let sum = 0;
      for (let k = centre - half + 1; k <= centre + half; k++) {
        const at = k - this.offset;
        if (at < 0 || at >= this.buffer.length) continue; // before the first sample: silence
        const x = this.position - k;
        const t = x / half; // -1..1 across the window
        const window = 0.42 + 0.5 * Math.cos(Math.PI * t) + 0.08 * Math.cos(2 * Math.PI * t);
        const arg = Math.PI * cutoff * x;
        sum += this.buffer[at] * cutoff * (arg === 0 ? 1 : Math.sin(arg) / arg) * window;
      }
      out.push(sum);
      this.position += this.step;
    }
    // Keep what the next outputs still reach back to.
    const keepFrom = Math.max(this.offset, Math.floor(this.position) - half + 1);
    this.buffer = this.buffer.slice(keepFrom - this.offset);
    this.offset = keepFrom;
    return Float32Array.from(out);
  }
}
