// Earshot's audio tap: reports the input's peak level and, in PCM mode, turns the first
// input channel into 16-bit little-endian mono chunks at the target rate.
//
// processorOptions: { pcm: boolean, targetRate: number, chunkSamples: number }
// Posts { type: 'level', peak }, { type: 'pcm', buffer } (transferred), { type: 'flushed' },
// and once, in PCM mode, { type: 'first', frame }: the context frame of the first sample sent.
// Accepts { type: 'flush' }: sends what is buffered, then 'flushed'.

const LevelIntervalSeconds = 0.05;

class EarshotTap extends AudioWorkletProcessor {
  constructor(options) {
    super();
    const opts = options.processorOptions || {};
    this.pcm = Boolean(opts.pcm);
    this.targetRate = opts.targetRate || sampleRate;
    this.chunkSamples = Math.max(128, opts.chunkSamples || Math.round(this.targetRate / 4));
    // Input samples per output sample; 1 means no resampling.
    this.step = sampleRate / this.targetRate;
    this.pos = 0; // next output position, in input samples from the start of the current block
    this.prev = 0; // last input sample of the previous block
    this.out = new DataView(new ArrayBuffer(this.chunkSamples * 2));
    this.filled = 0;
    this.peak = 0;
    this.levelFrames = 0;
    this.levelEvery = Math.round(sampleRate * LevelIntervalSeconds);
    this.port.onmessage = (event) => {
      if (event.data && event.data.type === 'flush') {
        this.sendChunk();
        this.port.postMessage({ type: 'flushed' });
      }
    };
  }

  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (!channel) return true; // no input connected yet

    for (let i = 0; i < channel.length; i++) {
      const a = Math.abs(channel[i]);
      if (a > this.peak) this.peak = a;
    }
    this.levelFrames += channel.length;
    if (this.levelFrames >= this.levelEvery) {
      this.port.postMessage({ type: 'level', peak: Math.min(1, this.peak) });
      this.peak = 0;
      this.levelFrames = 0;
    }

    if (this.pcm) {
      if (!this.firstSent) {
        this.firstSent = true;
        this.port.postMessage({ type: 'first', frame: currentFrame });
      }
      if (this.step === 1) {
        for (let i = 0; i < channel.length; i++) this.push(channel[i]);
      } else {
        this.resample(channel);
      }
    }
    return true;
  }

  // Linear interpolation. Only used when the browser could not run the audio graph at the
  // target rate itself (its own resampler is better).
  resample(block) {
    const n = block.length;
    while (this.pos < n - 1) {
      const i = Math.floor(this.pos);
      const f = this.pos - i;
      const a = i < 0 ? this.prev : block[i];
      this.push(a + (block[i + 1] - a) * f);
      this.pos += this.step;
    }
    this.pos -= n;
    this.prev = block[n - 1];
  }

  push(sample) {
    const s = sample < -1 ? -1 : sample > 1 ? 1 : sample;
    this.out.setInt16(this.filled * 2, Math.round(s < 0 ? s * 0x8000 : s * 0x7fff), true);
    if (++this.filled === this.chunkSamples) this.sendChunk();
  }

  sendChunk() {
    if (this.filled === 0) return;
    const buffer = this.out.buffer.slice(0, this.filled * 2);
    this.port.postMessage({ type: 'pcm', buffer }, [buffer]);
    this.filled = 0;
  }
}

registerProcessor('earshot-tap', EarshotTap);
