// The page's clock against Earshot's in a take (take.js): the fastest round trip places best,
// but only while it is recent; this device's clock drifts from Earshot's, so an old answer
// gives way to a newer one, however slow.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { TakeClock } from '../../resources/web/take.js';

// A device whose clock reads `offsetMs` behind Earshot's, answered after `roundTripMs` split
// evenly both ways, asked at `sentMs` (device time).
function answer(clock, { sentMs, roundTripMs, offsetMs }) {
  clock.addProbe(sentMs, sentMs + roundTripMs / 2 + offsetMs, sentMs + roundTripMs);
}

test('the fastest recent answer gives the offset, within half its round trip', () => {
  const clock = new TakeClock();
  assert.equal(clock.toServerMs(1000), null);
  answer(clock, { sentMs: 0, roundTripMs: 40, offsetMs: 500 });
  answer(clock, { sentMs: 150, roundTripMs: 8, offsetMs: 500 });
  answer(clock, { sentMs: 300, roundTripMs: 30, offsetMs: 520 }); // slower: not taken
  assert.deepEqual(clock.toServerMs(1000), { ms: 1500, uncertaintyMs: 4 });
});

test('an answer more than 150 s old gives way to a slower new one', () => {
  const clock = new TakeClock();
  answer(clock, { sentMs: 0, roundTripMs: 8, offsetMs: 500 });
  // A minute on, the clocks have moved 6 ms apart: the old, faster answer still counts.
  answer(clock, { sentMs: 60000, roundTripMs: 20, offsetMs: 506 });
  assert.equal(clock.toServerMs(60000).ms, 60500);
  // Three minutes on, the first answer is too old: the newer one counts, with its uncertainty.
  answer(clock, { sentMs: 180000, roundTripMs: 20, offsetMs: 518 });
  assert.deepEqual(clock.toServerMs(180000), { ms: 180518, uncertaintyMs: 10 });
  // And a faster one then beats it again.
  answer(clock, { sentMs: 180150, roundTripMs: 6, offsetMs: 518 });
  assert.deepEqual(clock.toServerMs(180000), { ms: 180518, uncertaintyMs: 3 });
});
