// The protocol console (/websocket-test) in a real Chromium against a real Earshot that asks
// for the pairing code on loopback too: a person connects to an endpoint, types messages, sends
// the generated tone, reads the replies in the log, and finds the recordings Earshot made of it
// playing as the tone.
//
//   EARSHOT_BINARY=/path/to/earshot node --test console.test.mjs
//   EARSHOT_CONSOLE_SCREENSHOT=/tmp/console.png also saves the page at the end.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';

import {
  EarshotServer, ToneHz, decodeMono16k, exists, ffprobe, launchBrowser, makeTempDir, makeTone,
  removeDir,
} from './harness.mjs';

const ToneSeconds = 2;
const StartPcm = '{"type":"start","format":"audio/pcm;rate=16000;channels=1","name":"console"}';

let work;
let dir;
let server;
let browser;

before(async () => {
  work = await makeTempDir('earshot-console-');
  dir = path.join(work, 'recordings');
  const home = path.join(work, 'home');
  await mkdir(dir, { recursive: true });
  await mkdir(home, { recursive: true });
  server = await new EarshotServer({ dir, home, args: ['--token-required-on-loopback'] }).start();
  browser = await launchBrowser(await makeTone(work, 1)); // the console uses no microphone
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await removeDir(work);
});

const consoleUrl = (token) => `${server.origin}/websocket-test${token ? `?t=${encodeURIComponent(token)}` : ''}`;

// A desktop-sized page in a new profile; its console goes to `log`.
async function openConsole(t, log, token = server.token) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  t.after(() => context.close());
  const page = await context.newPage();
  page.on('console', (message) => log.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => log.push(`[pageerror] ${error.message}`));
  const response = await page.goto(consoleUrl(token));
  return { page, response };
}

async function withDiagnostics(log, body) {
  try {
    await body();
  } catch (error) {
    error.message += `\n--- page console\n${log.join('\n')}\n--- server\n${server.output}`;
    throw error;
  }
}

// What the person reads in the log.
const logEntries = (page, kind) => page.locator(`#log li.${kind}`);

// The newest reply whose pretty-printed JSON shows all of `texts`, once it is in the log.
async function reply(page, ...texts) {
  let entry = logEntries(page, 'received');
  for (const text of texts) entry = entry.filter({ hasText: text });
  await entry.last().waitFor();
  return JSON.parse(await entry.last().locator('pre').textContent());
}

const messageBox = (page) => page.getByLabel('Message', { exact: true });

async function type(page, text, { button = false } = {}) {
  await messageBox(page).fill(text);
  if (button) await page.getByRole('button', { name: 'Send', exact: true }).click();
  else await messageBox(page).press('Enter');
}

async function connect(page, endpoint) {
  await page.getByLabel('Endpoint').selectOption(endpoint);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.locator('#connection').getByText('Connected', { exact: true }).waitFor();
}

async function sendTone(page, frames) {
  await page.getByLabel('Tone length (seconds)').fill(String(ToneSeconds));
  await page.getByRole('button', { name: 'Send a 440 Hz tone' }).click();
  await logEntries(page, 'note').filter({ hasText: `Tone sent: ${frames} messages.` }).waitFor({ timeout: 10000 });
}

// The share of the file's energy at `hz` (Goertzel over the whole file): 1 for a pure tone,
// about 0 for noise, speech or another tone, and 0 for silence.
function toneShare(samples, hz, rate = 16000) {
  const coefficient = 2 * Math.cos((2 * Math.PI * hz) / rate);
  let [previous, beforePrevious, energy] = [0, 0, 0];
  for (const sample of samples) {
    const current = sample + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
    energy += sample * sample;
  }
  const power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
  return energy > 0 ? (2 * power) / (samples.length * energy) : 0;
}

async function assertTone(file) {
  const samples = await decodeMono16k(file);
  const share = toneShare(samples, ToneHz);
  assert.ok(share > 0.9, `${file}: only ${(share * 100).toFixed(1)} % of its energy is at ${ToneHz} Hz`);
  const rms = Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);
  assert.ok(rms > 0.25 * 32767, `${file}: RMS ${rms.toFixed(0)} is too quiet for the tone`);
}

function assertNear(actual, expected, tolerance, what) {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);
}

test('without the pairing code the console is the not-paired page', async (t) => {
  const log = [];
  await withDiagnostics(log, async () => {
    for (const token of [null, 'wrong-token']) {
      const { page, response } = await openConsole(t, log, token);
      assert.equal(response.status(), 403, `token ${token}`);
      assert.match(await page.textContent('body'), /not paired/i);
    }
  });
});

test('a person tries /ws and /twilio by hand and Earshot records the tone', async (t) => {
  const log = [];
  await withDiagnostics(log, async () => {
    assert.ok(server.token, 'the server printed a page address with a pairing code');
    const { page, response } = await openConsole(t, log);
    assert.equal(response.status(), 200);
    assert.equal(await page.title(), 'Earshot protocol console');
    await page.locator('#connection').getByText('Not connected', { exact: true }).waitFor();

    // /ws: the greeting, a PCM session, the tone in 100 ms messages, the stop.
    await connect(page, '/ws');
    assert.equal((await reply(page, '"type": "connection"')).protocol, 1);
    await type(page, StartPcm);
    const started = await reply(page, '"type": "started"');
    assert.match(started.file, /\.wav$/);
    assert.equal(await messageBox(page).inputValue(), '', 'a sent message leaves the box');

    const pcmFrames = ToneSeconds * 10;
    await sendTone(page, pcmFrames);
    assert.equal(await logEntries(page, 'sent').filter({ hasText: 'binary, 3,200 bytes' }).count(), pcmFrames);
    await reply(page, '"type": "ack"', `"bytes": ${pcmFrames * 3200}`);
    await type(page, '{"type":"stop"}', { button: true });
    const stopped = await reply(page, '"type": "stopped"');
    assert.equal(stopped.file, started.file);
    assert.equal(stopped.bytes, pcmFrames * 3200);

    const wav = path.join(dir, stopped.file);
    const probe = await ffprobe(wav);
    assert.equal(probe.streams[0].codec_name, 'pcm_s16le');
    assert.equal(Number(probe.streams[0].sample_rate), 16000);
    assert.equal(probe.streams[0].channels, 1);
    assertNear(Number(probe.format.duration), ToneSeconds, 0.05, `${wav} duration (s)`);
    await assertTone(wav);

    // A message that is not JSON, once the connection speaks v1: an error the log sets apart.
    await type(page, '{"type":');
    const error = logEntries(page, 'received.error').filter({ hasText: 'bad_message' });
    await error.waitFor();
    assert.equal(await error.locator('.badge').textContent(), 'Error');
    assert.equal(await logEntries(page, 'received.error').count(), 1, 'only the bad message is an error');

    // The history: newest first; a click puts a message back in the box; it outlives a reload.
    const history = page.locator('#history button');
    assert.deepEqual(await history.allTextContents(), ['{"type":', '{"type":"stop"}', StartPcm]);
    await history.filter({ hasText: StartPcm }).click();
    assert.equal(await messageBox(page).inputValue(), StartPcm);

    await page.getByRole('button', { name: 'Disconnect', exact: true }).click();
    await logEntries(page, 'note').filter({ hasText: 'Closed with code 1000' }).waitFor();
    await page.locator('#connection').getByText('Not connected', { exact: true }).waitFor();
    await page.reload();
    assert.deepEqual(await history.allTextContents(), ['{"type":', '{"type":"stop"}', StartPcm]);
    assert.equal(await logEntries(page, 'received').count(), 0);

    // /twilio: connected, start (μ-law, 8 kHz, inbound), the tone as media messages, stop;
    // Earshot closes the call normally.
    await connect(page, '/twilio');
    for (const name of ['connected', 'start']) {
      await page.getByRole('button', { name, exact: true }).click();
      assert.equal(JSON.parse(await messageBox(page).inputValue()).event, name);
      await messageBox(page).press('Enter');
    }
    const twilioFrames = ToneSeconds * 50;
    await sendTone(page, twilioFrames);
    const media = JSON.parse(await logEntries(page, 'sent').filter({ hasText: '"event":"media"' }).last().locator('pre').textContent());
    assert.deepEqual([media.media.track, media.media.chunk], ['inbound', String(twilioFrames)]);
    assert.equal(Buffer.from(media.media.payload, 'base64').length, 160, 'a frame is 20 ms of 8 kHz μ-law');
    await page.getByRole('button', { name: 'stop', exact: true }).click();
    await messageBox(page).press('Enter');
    await logEntries(page, 'note').filter({ hasText: 'Closed with code 1000' }).waitFor({ timeout: 10000 });
    assert.equal(await logEntries(page, 'received.error').count(), 0, 'Earshot took every message of the call');

    const inbound = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.inbound.wav'));
    assert.equal(inbound.length, 1, `one call: ${inbound.join(' ')}`);
    const inboundWav = path.join(dir, inbound[0]);
    const stereoWav = inboundWav.replace(/\.inbound\.wav$/, '.wav');
    assert.ok(await exists(stereoWav), `${stereoWav} exists`);
    const stereo = (await ffprobe(stereoWav)).streams[0];
    assert.deepEqual([stereo.channels, Number(stereo.sample_rate)], [2, 8000]);
    const inboundProbe = await ffprobe(inboundWav);
    assert.deepEqual([inboundProbe.streams[0].channels, Number(inboundProbe.streams[0].sample_rate)], [1, 8000]);
    assertNear(Number(inboundProbe.format.duration), ToneSeconds, 0.1, `${inboundWav} duration (s)`);
    await assertTone(inboundWav);

    // Nothing the page did was refused (its policy allows no inline script or style) or threw.
    assert.deepEqual(log.filter((line) => /^\[(error|pageerror)\]/.test(line)), []);
    if (process.env.EARSHOT_CONSOLE_SCREENSHOT) await page.screenshot({ path: process.env.EARSHOT_CONSOLE_SCREENSHOT });
  });
});
