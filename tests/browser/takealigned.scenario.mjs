// A take with three sources at once, aligned: two Chromium pages (one recording Opus in WebM, one
// 48 kHz PCM) whose microphone is the same PulseAudio source, and a scripted PCM guest whose
// capture start and clock the test controls (its clock runs 0.1 % fast). One click is played
// into the room at a known instant; the pages hear it through PulseAudio, the scripted guest puts
// it at the sample its own clock reaches then. `earshot --export-take` must line the click up in
// all three aligned WAVs within 20 ms, give every WAV the take's length within 20 ms, and every
// track's sidecar must say verified.
//
//   EARSHOT_BINARY=/path/to/earshot tests/browser/run.sh takealigned.scenario.mjs
// (ctest's browser_take_aligned). Needs PulseAudio and its tools (pulseaudio, pactl, parec:
// scripts/install-deps.sh --test) besides what the other browser tests need.

import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';

import { startPulseAudio } from './engines.mjs';
import {
  EarshotServer, launchBrowser, makeTempDir, openPage, readSidecar, removeDir, waitFor, waitForPage, waitForSidecar,
} from './harness.mjs';
import { ScriptedGuest, nowMs } from './v1guest.mjs';

const run = promisify(execFile);

const RoomRate = 48000; // the room's sound, which is the pages' microphone
const ClickAfterMs = 26000; // after the scripted guest's start: 26 ms of drift at 0.1 % fast
const StopAfterClickMs = 2500;
const ToleranceMs = 20;
const ExportRate = 48000;

let work;

before(async () => {
  work = await makeTempDir('earshot-take-aligned-');
});

after(async () => {
  await removeDir(work);
});

// The room's sound, played into the microphone itself: a PulseAudio pipe source that posts
// what is written into its FIFO as it comes. The test writes it at real pace (every 5 ms what is
// due by then, nothing ahead), so that a sample is heard when it is written: within a few ms,
// where a null sink's monitor renders up to 2 s ahead and runs dry as often. Silence from
// start() on, and a click (a 10 ms burst) at the instant asked for.
class Room {
  constructor(env, fifo) {
    Object.assign(this, { env, fifo });
    this.clickAtMs = null;
    this.written = 0;
  }

  async start() {
    await pactl(this.env, ['load-module', 'module-pipe-source', 'source_name=microphone', `file=${this.fifo}`,
      `rate=${RoomRate}`, 'channels=1', 'format=s16le']);
    await pactl(this.env, ['set-default-source', 'microphone']);
    // Someone always listens, so that the source reads the FIFO as it is written: a page that
    // opens the microphone hears the room from then on, not a backlog of what came before.
    this.listener = spawn('parec', ['--device=microphone', '--raw', '--latency-msec=10'],
      { env: this.env, stdio: ['ignore', 'ignore', 'ignore'] });
    await waitFor(async () => (await pactl(this.env, ['list', 'short', 'source-outputs'])).stdout.trim() !== '',
      { what: 'parec to listen' });
    // Never blocking: the source reads only while someone records from it; what comes while
    // nobody does is dropped, as a room's sound is.
    this.fd = openSync(this.fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    this.startMs = nowMs();
    this.timer = setInterval(() => this.#write(), 5);
  }

  // The click sounds at `atMs` (this machine's Unix ms).
  clickAt(atMs) {
    assert.ok(atMs > nowMs() + 100, 'the click is scheduled ahead of what is written');
    this.clickAtMs = atMs;
  }

  #write() {
    const due = Math.floor(((nowMs() - this.startMs) / 1000) * RoomRate);
    if (due <= this.written) return;
    const chunk = Buffer.alloc((due - this.written) * 2);
    if (this.clickAtMs !== null) {
      const click = Math.round(((this.clickAtMs - this.startMs) / 1000) * RoomRate);
      for (let i = Math.max(click, this.written); i < Math.min(click + RoomRate / 100, due); i++)
        chunk.writeInt16LE(i % 2 ? 24000 : -24000, (i - this.written) * 2);
    }
    this.written = due;
    try {
      writeSync(this.fd, chunk); // in order, at once: an asynchronous write could come late
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error;
    }
  }

  stop() {
    clearInterval(this.timer);
    if (this.listener && this.listener.exitCode === null) this.listener.kill('SIGTERM');
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

function pactl(env, args) {
  return run('pactl', args, { env });
}

// 16-bit mono samples at `rate` as a player decodes the file.
async function decode(file, rate) {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', file, '-f', 's16le', '-ac', '1', '-ar', String(rate), '-'],
    { encoding: 'buffer', maxBuffer: 1 << 28 });
  return new Int16Array(stdout.buffer, stdout.byteOffset, Math.floor(stdout.byteLength / 2));
}

// The first sample above the threshold, in ms from the start; -1 when there is none.
function clickMs(samples, rate) {
  const at = samples.findIndex((sample) => Math.abs(sample) > 8000);
  return at < 0 ? -1 : (at * 1000) / rate;
}

async function durationMs(file) {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'stream=duration', '-of', 'csv=p=0', file]);
  return Number(stdout.trim()) * 1000;
}

// `earshot --export-take FOLDER`: exit 0 and the files it wrote, one a line.
async function exportTake(folder) {
  const { stdout } = await run(process.env.EARSHOT_BINARY, ['--export-take', folder], { env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } });
  return stdout.split('\n').map((line) => line.trim()).filter(Boolean);
}

// A page records into the take from its link: the name, the quality, Start.
async function startPage(browser, link, { name, pcm, log }) {
  const page = await openPage(browser, link, log);
  await waitForPage(page, () => earshot.take && earshot.take.state === 'recording' && earshot.take.clockKnown);
  if (pcm) await page.evaluate(() => { earshot.setMode('pcm'); earshot.setPcmRate(48000); });
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Start recording', exact: true }).click();
  await waitForPage(page, () => earshot.state === 'recording' && earshot.bytesAcked > 0);
  return page;
}

test('two pages and a fast scripted guest hear one click: the aligned export lines it up', async (t) => {
  const dir = path.join(work, 'recordings');
  const home = path.join(work, 'home');
  await mkdir(dir, { recursive: true });
  await mkdir(home, { recursive: true });

  const pulse = await startPulseAudio(work);
  const room = new Room(pulse.env, path.join(work, 'room.fifo'));
  // The room falls silent before its audio server goes: a FIFO nobody reads refuses writes.
  t.after(() => {
    room.stop();
    return pulse.stop();
  });
  await room.start();

  const server = await new EarshotServer({ dir, home, args: ['--take', 'Aligned'] }).start();
  t.after(() => server.stop());
  const link = new URL((await waitFor(() => server.output.match(/Guests open: (\S+)/), { what: 'the take link' }))[1]);
  const takeId = link.searchParams.get('take');
  const folder = path.join(dir, server.output.match(/recording into (\S+)/)[1]);

  const browser = await launchBrowser(null, [], { env: pulse.env });
  t.after(() => browser.close());
  const log = [];
  const guest = new ScriptedGuest({
    url: `${server.origin.replace(/^http/, 'ws')}/ws?t=${encodeURIComponent(server.token)}`,
    take: takeId, name: 'Fast', speed: 1.001,
  });
  t.after(() => guest.close());
  try {
    const pages = [
      await startPage(browser, link.href, { name: 'Ada', pcm: false, log }),
      await startPage(browser, link.href, { name: 'Grace', pcm: true, log }),
    ];
    await guest.open();
    await guest.probeClock();
    const clickAtMs = nowMs() + ClickAfterMs;
    room.clickAt(clickAtMs);
    await guest.start(clickAtMs);

    // Real time passes: the click sounds, the guests record on a little, the scripted one stops.
    await waitFor(() => nowMs() > clickAtMs + StopAfterClickMs, { timeout: ClickAfterMs + StopAfterClickMs + 5000,
      interval: 50, what: 'the click and a little more' });
    const stopped = await guest.stop();
    assert.equal(stopped.verification, 'verified', JSON.stringify(stopped));
    // The host stops the take: the pages stop and send their totals.
    await server.stop();
    for (const page of pages) {
      await waitForPage(page, () => earshot.state === 'stopped', undefined, { timeout: 10000 });
    }

    const takeJson = JSON.parse(await readFile(path.join(folder, 'take.json'), 'utf8'));
    assert.deepEqual(takeJson.tracks.map((track) => track.guest).sort(), ['Ada', 'Fast', 'Grace']);
    const tracks = {};
    for (const listed of takeJson.tracks) {
      const file = path.join(dir, listed.file);
      const sidecar = await waitForSidecar(file, (s) => s.status === 'complete' && (s.format.startsWith('audio/pcm') || s.remuxed),
        `${listed.guest}'s track complete`);
      assert.equal(sidecar.verification, 'verified', `${listed.guest}: ${JSON.stringify(sidecar)}`);
      tracks[listed.guest] = { file, sidecar };
    }
    assert.match(tracks.Ada.sidecar.format, /^audio\/webm/);
    assert.equal(tracks.Grace.sidecar.format, 'audio/pcm;rate=48000;channels=1;bits=16');

    // The take's length, from what the originals hold: from the take's start (the host started
    // it before anyone recorded) to the last track's end, each on true time: the pages on this
    // machine's clock, the scripted guest's samples at the rate its clock really ran.
    const takeStartMs = Date.parse(takeJson.startedAt);
    const trueLengthMs = {
      Ada: (await decode(tracks.Ada.file, ExportRate)).length * 1000 / ExportRate,
      Grace: (await decode(tracks.Grace.file, ExportRate)).length * 1000 / ExportRate,
      Fast: (guest.samplesSent * 1000) / (16000 * guest.speed),
    };
    const takeEndMs = Math.max(...Object.entries(trueLengthMs).map(([name, ms]) => tracks[name].sidecar.take.captureStartMs + ms));
    const takeLengthMs = takeEndMs - takeStartMs;
    const expectedClickMs = clickAtMs + guest.offsetMs - takeStartMs;

    const files = await exportTake(folder);
    const measured = {};
    for (const name of ['Ada', 'Grace', 'Fast']) {
      const wav = path.join(folder, 'aligned', `${name}.wav`);
      assert.ok(files.includes(wav), `the export lists ${wav}: ${files.join(', ')}`);
      const lengthMs = await durationMs(wav);
      const samples = await decode(wav, ExportRate);
      measured[name] = { clickMs: clickMs(samples, ExportRate), lengthMs };
    }
    assert.ok(files.includes(path.join(folder, 'aligned', 'Aligned.mka')), files.join(', '));
    for (const [name, { sidecar }] of Object.entries(tracks)) {
      console.log(`${name}: starts ${sidecar.take.captureStartMs - takeStartMs} ms into the take (±${sidecar.take.clockUncertaintyMs}), ` +
        `${trueLengthMs[name]} ms decoded, sidecar durationMs ${sidecar.durationMs}, bytes ${sidecar.bytes}, ` +
        `session ${Date.parse(sidecar.startedAt) - takeStartMs}..${Date.parse(sidecar.endedAt) - takeStartMs} ms`);
    }
    console.log(`take ${takeLengthMs.toFixed(1)} ms, click expected at ${expectedClickMs.toFixed(1)} ms; ` +
      `the fast clock measured at ${tracks.Fast.sidecar.take.clock?.ppm} ppm; ${JSON.stringify(measured)}`);

    for (const [name, { clickMs: at, lengthMs }] of Object.entries(measured)) {
      assert.ok(at > 0, `${name} heard the click`);
      assert.ok(Math.abs(lengthMs - takeLengthMs) <= ToleranceMs, `${name} lasts ${lengthMs} ms, the take ${takeLengthMs} ms`);
    }
    const clicks = Object.values(measured).map((m) => m.clickMs);
    assert.ok(Math.max(...clicks) - Math.min(...clicks) <= ToleranceMs, `the clicks at ${clicks.join(', ')} ms`);
    assert.ok(Math.abs(measured.Fast.clickMs - expectedClickMs) <= ToleranceMs,
      `the scripted guest's click at ${measured.Fast.clickMs} ms, the room's at ${expectedClickMs} ms`);
  } catch (error) {
    console.log(`page log:\n${log.join('\n')}\nserver output:\n${server.output}`);
    throw error;
  }
});
