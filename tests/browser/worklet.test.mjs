// The PCM tap on its own, in node: fed a 440 Hz sine in 128-frame render quanta as an
// AudioWorklet would be, it must produce 16-bit little-endian chunks of the asked size at the
// asked rate, carrying the same tone. Chromium resamples by itself, so the browser tests never
// reach the tap's own resampler; this test does.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import vm from 'node:vm';

const source = await readFile(new URL('../../resources/web/pcm-worklet.js', import.meta.url), 'utf8');

// Runs the worklet script in a fresh context with the globals of an AudioWorkletGlobalScope
// at `rate` (currentFrame: the frame of the block being rendered, which runTap advances);
// returns the processor class it registers.
function loadTap(rate) {
  let registered = null;
  const scope = {
    sampleRate: rate,
    currentFrame: 0,
    AudioWorkletProcessor: class {
      constructor() {
        this.port = { messages: [], onmessage: null, postMessage(message) { this.messages.push(message); } };
      }
    },
    registerProcessor: (name, processor) => { registered = processor; },
  };
  vm.runInNewContext(source, scope, { filename: 'pcm-worklet.js' });
  registered.scope = scope;
  return registered;
}

function runTap(Tap, { inputRate, targetRate, seconds, pcm = true }) {
  const chunkSamples = Math.round(targetRate / 4);
  const tap = new Tap({ processorOptions: { pcm, targetRate, chunkSamples } });
  const frames = Math.ceil((inputRate * seconds) / 128) * 128; // whole render quanta
  for (let start = 0; start < frames; start += 128) {
    const block = new Float32Array(128);
    for (let i = 0; i < 128; i++) block[i] = 0.5 * Math.sin((2 * Math.PI * 440 * (start + i)) / inputRate);
    Tap.scope.currentFrame = start;
    assert.equal(tap.process([[block]]), true);
  }
  tap.port.onmessage({ data: { type: 'flush' } });
  // PCM says once at which frame its first sample came (the page places the recording by it).
  assert.deepEqual(tap.port.messages.filter((m) => m.type === 'first').map((m) => m.frame), pcm ? [0] : []);
  return { messages: tap.port.messages, chunkSamples, expected: (frames * targetRate) / inputRate };
}

function samplesOf(messages) {
  const chunks = messages.filter((m) => m.type === 'pcm').map((m) => Buffer.from(m.buffer));
  const all = Buffer.concat(chunks);
  return { chunks, samples: Array.from({ length: all.length / 2 }, (_, i) => all.readInt16LE(i * 2)) };
}

for (const [inputRate, targetRate] of [[48000, 48000], [48000, 16000], [44100, 16000], [44100, 48000]]) {
  test(`PCM from a ${inputRate} Hz graph at ${targetRate} Hz`, async () => {
    const Tap = loadTap(inputRate);
    const { messages, chunkSamples, expected } = runTap(Tap, { inputRate, targetRate, seconds: 2 });
    const { chunks, samples } = samplesOf(messages);
    assert.equal(messages.at(-1).type, 'flushed');
    for (const chunk of chunks.slice(0, -1)) assert.equal(chunk.length, chunkSamples * 2, 'every chunk but the last is full');
    assert.ok(Math.abs(samples.length - expected) <= 2, `${samples.length} samples, expected ${expected}`);
    const peak = Math.max(...samples.map(Math.abs));
    assert.ok(Math.abs(peak - 0.5 * 0x7fff) < 0.02 * 0x7fff, `peak ${peak}`);
    let crossings = 0; // a pure tone: its zero crossings give its frequency
    for (let i = 1; i < samples.length; i++) if ((samples[i - 1] < 0) !== (samples[i] < 0)) crossings += 1;
    const frequency = crossings / 2 / (samples.length / targetRate);
    assert.ok(Math.abs(frequency - 440) <= 2, `${frequency} Hz`);
  });
}

test('levels only, when not recording PCM', async () => {
  const Tap = loadTap(48000);
  const { messages } = runTap(Tap, { inputRate: 48000, targetRate: 48000, seconds: 1, pcm: false });
  assert.equal(messages.filter((m) => m.type === 'pcm').length, 0);
  const levels = messages.filter((m) => m.type === 'level');
  assert.ok(levels.length >= 18 && levels.length <= 21, `${levels.length} level reports in a second`);
  for (const { peak } of levels) assert.ok(Math.abs(peak - 0.5) < 0.01);
});
