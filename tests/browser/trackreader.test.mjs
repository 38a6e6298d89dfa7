// The page's own resampler (trackreader.js), used for PCM read from the track's buffers: the
// tone comes out at the asked rate unchanged, what the lower rate cannot carry is filtered out
// rather than folded down, and output sample n is the input's instant n * inRate / outRate
// whatever the buffers' sizes (the track's start places the whole recording). And the Opus
// look-ahead a header leaves unannounced (capture.js).

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { Resampler } from '../../resources/web/trackreader.js';

const tone = (hz, rate, seconds, amplitude = 0.5) =>
  Float32Array.from({ length: Math.round(rate * seconds) }, (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / rate));

// Pushes `input` in buffers of `size` samples, then flushes: everything the resampler gives.
function resample(input, inRate, outRate, size = 1024) {
  const resampler = new Resampler(inRate, outRate);
  const parts = [];
  for (let at = 0; at < input.length; at += size) parts.push(resampler.push(input.subarray(at, at + size)));
  parts.push(resampler.flush());
  const out = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// The largest difference from `expected` away from the edges (the kernel's reach).
function worstError(out, expected, margin = 100) {
  let worst = 0;
  for (let i = margin; i < out.length - margin; i++) worst = Math.max(worst, Math.abs(out[i] - expected(i)));
  return worst;
}

test('equal rates pass the samples through unchanged', () => {
  const input = tone(440, 48000, 0.5);
  assert.deepEqual(resample(input, 48000, 48000), input);
});

for (const [inRate, outRate] of [[44100, 48000], [48000, 16000], [44100, 16000], [16000, 48000]]) {
  test(`${inRate} Hz to ${outRate} Hz keeps a 1 kHz tone, on time`, () => {
    const seconds = 1;
    const out = resample(tone(1000, inRate, seconds), inRate, outRate);
    assert.ok(Math.abs(out.length - outRate * seconds) <= 1, `${out.length} samples`);
    const error = worstError(out, (i) => 0.5 * Math.sin((2 * Math.PI * 1000 * i) / outRate));
    assert.ok(error < 0.005, `off by up to ${error}`);
  });
}

test('48 kHz to 16 kHz filters out what 16 kHz cannot carry', () => {
  // 10 kHz is above 16 kHz's Nyquist frequency (8 kHz): kept, it would fold to 6 kHz.
  const input = tone(1000, 48000, 1);
  const high = tone(10000, 48000, 1);
  for (let i = 0; i < input.length; i++) input[i] += high[i];
  const error = worstError(resample(input, 48000, 16000), (i) => 0.5 * Math.sin((2 * Math.PI * 1000 * i) / 16000));
  assert.ok(error < 0.01, `the 10 kHz tone leaks through by ${error}`);
});

test('a click lands where its instant is, whatever the buffer sizes', () => {
  const inRate = 44100;
  const outRate = 48000;
  const input = new Float32Array(inRate);
  const clickAt = 30000; // input sample: 680.27 ms
  input[clickAt] = 1;
  for (const size of [128, 441, 1024, 4410]) {
    const out = resample(input, inRate, outRate, size);
    const peak = out.reduce((best, value, i) => (value > out[best] ? i : best), 0);
    assert.ok(Math.abs(peak - (clickAt * outRate) / inRate) <= 1, `buffers of ${size}: peak at ${peak}`);
  }
});

test('an Opus header that says no pre-skip leaves the look-ahead in: 312 samples at 48 kHz', async () => {
  const { unskippedDelayMs } = await import('../../resources/web/capture.js');
  // Bytes before it (the EBML header) and OpusHead: version 1, 2 channels, pre-skip, 48 kHz.
  const head = (preSkip) => Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 0x63, 0xa2, 0x93,
    ...Buffer.from('OpusHead'), 1, 2, preSkip & 0xff, preSkip >> 8, 0x80, 0xbb, 0, 0, 0, 0, 0]);
  assert.equal(unskippedDelayMs(head(0), 'audio/webm;codecs=opus'), 6.5);
  assert.equal(unskippedDelayMs(head(312), 'audio/webm;codecs=opus'), 0);
  assert.equal(unskippedDelayMs(head(0), 'audio/mp4'), 0);
  assert.equal(unskippedDelayMs(Uint8Array.from([1, 2, 3]), 'audio/webm;codecs=opus'), 0);
});
