// The recorder page in a real Chromium against a real Earshot: what a person records is what
// ends up in the file, through dropped connections, reloads and refusals.
//
//   EARSHOT_BINARY=/path/to/earshot node --test --test-concurrency=1
//   EARSHOT_SCREENSHOT=docs/screenshot-page.png also saves the page while it records.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import {
  EarshotServer, ToneHz, decodeMono16k, dominantFrequency, exists, ffprobe, launchBrowser, makeTempDir,
  makeTone, openPage, pageState, rawWebSocket, readWav, removeDir, sha256, waitFor, waitForPage,
  waitForSidecar,
} from './harness.mjs';

const RecordMs = 4000;
const Tolerance = 0.1; // durations within 10 %

let work;
let tone;
let browser;
let serial = 0;

before(async () => {
  work = await makeTempDir();
  tone = await makeTone(work);
  browser = await launchBrowser(tone);
});

after(async () => {
  await browser?.close();
  await removeDir(work);
});

// One server (own folder and settings) and one phone-sized page per test. The page's console
// and the server's log are attached to a failure.
async function setUp(t, { args = [] } = {}) {
  const root = path.join(work, `test-${++serial}`);
  const dir = path.join(root, 'recordings');
  const home = path.join(root, 'home');
  await mkdir(dir, { recursive: true });
  await mkdir(home, { recursive: true });
  const env = { dir, log: [], server: await new EarshotServer({ dir, home, args }).start() };
  env.page = await openPage(browser, env.server.pageUrl(), env.log);
  t.after(async () => {
    await env.page.context().close();
    await env.server.stop();
  });
  return env;
}

async function withDiagnostics(env, body) {
  try {
    await body();
  } catch (error) {
    const state = await pageState(env.page).catch(() => null);
    error.message += `\n--- page state\n${JSON.stringify(state)}\n--- page console\n${env.log.join('\n')}`
      + `\n--- server\n${env.server.output}`;
    throw error;
  }
}

const startButton = (page) => page.getByRole('button', { name: 'Start recording', exact: true });
const stopButton = (page) => page.getByRole('button', { name: 'Stop recording', exact: true });

async function startRecording(page) {
  await startButton(page).click();
  await waitForPage(page, () => earshot.state === 'recording' && earshot.bytesAcked > 0);
}

async function stopRecording(page) {
  await stopButton(page).click();
  await waitForPage(page, () => earshot.state === 'stopped' || earshot.state === 'error', undefined, { timeout: 30000 });
  const state = await pageState(page);
  assert.equal(state.state, 'stopped', `the page ended in state ${state.state} (${state.lastError})`);
  assert.equal(state.bytesAcked, state.bytesRecorded, 'every recorded byte is acknowledged');
  return state;
}

async function recordFor(page, ms, { whileRecording } = {}) {
  await startRecording(page);
  if (whileRecording) await whileRecording();
  await waitForPage(page, (until) => earshot.elapsedMs >= until, ms, { timeout: ms + 20000 });
  return stopRecording(page);
}

function assertNear(actual, expected, what) {
  assert.ok(Math.abs(actual - expected) <= expected * Tolerance,
    `${what}: ${actual.toFixed(3)} is not within ${Tolerance * 100}% of ${expected.toFixed(3)}`);
}

async function assertTone(file) {
  const frequency = dominantFrequency(await decodeMono16k(file));
  assert.ok(Math.abs(frequency - ToneHz) <= 10, `dominant frequency ${frequency} Hz, expected ${ToneHz} Hz`);
}

// The SHA-256 of the bytes the server received, exactly as the page sent them: a WAV's sample
// data, or the stream file itself. After a remux the sidecar keeps the stream's digest (and the
// stream, when the server keeps originals).
async function receivedBytesSha256(file, sidecar) {
  if (file.endsWith('.wav')) return createHash('sha256').update((await readWav(file)).data).digest('hex');
  if (!sidecar.remuxed) return sha256(file);
  assert.ok(sidecar.original?.sha256, 'a remuxed sidecar records the original stream\'s SHA-256');
  if (sidecar.original.file) assert.equal(await sha256(path.join(path.dirname(file), sidecar.original.file)), sidecar.original.sha256);
  return sidecar.original.sha256;
}

// Proven complete: the page sent the count and SHA-256 of every byte it recorded with its stop,
// Earshot compared them with its file, and both the page and the sidecar say verified.
async function assertVerified(page, sidecar, state) {
  const summary = await page.evaluate(() => earshot.summary);
  assert.equal(summary.verification, 'verified', 'the stopped answer says verified');
  await assert.doesNotReject(page.getByText('Verified: Earshot has every byte this page recorded.').waitFor());
  assert.equal(sidecar.verification, 'verified', 'the sidecar says verified');
  assert.equal(sidecar.produced.bytes, state.bytesRecorded);
  assert.equal(sidecar.produced.sha256, await page.evaluate(() => earshot.recordedSha256()));
  assert.equal(sidecar.payloadSha256, sidecar.produced.sha256);
}

test('the page’s own SHA-256 matches the standard’s test vectors, fed in pieces', async (t) => {
  const env = await setUp(t);
  await withDiagnostics(env, async () => {
    const random = Array.from(createHash('sha256').update('seed').digest()).concat(Array.from({ length: 1000 }, (_, i) => (i * 7919) % 256));
    const digests = await env.page.evaluate(async (randomBytes) => {
      const { Sha256 } = await import('/sha256.js');
      const text = (s) => new TextEncoder().encode(s);
      const pieces = (bytes, sizes) => {
        const hash = new Sha256();
        let at = 0;
        for (const size of sizes) { hash.update(bytes.subarray(at, at + size)); at += size; }
        return hash.update(bytes.subarray(at)).hex();
      };
      const million = new Uint8Array(1000000).fill(0x61);
      return {
        empty: new Sha256().hex(),
        abc: new Sha256().update(text('abc')).hex(),
        twoBlocks: pieces(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'), [1, 54, 1]),
        million: pieces(million, [63, 1, 64, 65, 100000]),
        random: pieces(new Uint8Array(randomBytes), [3, 61, 64, 500]),
      };
    }, random);
    // FIPS 180-4's examples, and Node's digest of the same bytes.
    assert.equal(digests.empty, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(digests.abc, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(digests.twoBlocks, '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    assert.equal(digests.million, 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
    assert.equal(digests.random, createHash('sha256').update(Buffer.from(random)).digest('hex'));
  });
});

test('records Opus in WebM that plays back as the tone', async (t) => {
  const env = await setUp(t);
  await withDiagnostics(env, async () => {
    const { page, dir } = env;
    assert.equal(await page.evaluate(() => earshot.format), 'audio/webm;codecs=opus');
    await page.getByLabel('Your name').fill('Ana Lima');
    const state = await recordFor(page, RecordMs, {
      whileRecording: async () => {
        if (!process.env.EARSHOT_SCREENSHOT) return;
        await waitForPage(page, () => earshot.elapsedMs >= 2300);
        await page.screenshot({ path: process.env.EARSHOT_SCREENSHOT });
      },
    });
    assert.equal(state.format, 'audio/webm;codecs=opus');
    assert.ok(state.chunksSent >= RecordMs / 250 - 2, `only ${state.chunksSent} chunks were sent`);
    const summary = await page.evaluate(() => earshot.summary);
    assert.equal(summary.file, state.file);
    assert.equal(summary.bytes, state.bytesRecorded);
    await assert.doesNotReject(page.getByText('Recording saved').waitFor());

    const file = path.join(dir, state.file);
    assert.ok(await exists(file), `${file} exists`);
    assert.match(path.basename(file), /_Ana_Lima_/);
    const sidecar = await waitForSidecar(file, (s) => s.status === 'complete' && s.remuxed === true, 'the remuxed sidecar');
    assert.equal(sidecar.label, 'Ana Lima');
    assert.equal(await receivedBytesSha256(file, sidecar), await page.evaluate(() => earshot.recordedSha256()));
    await assertVerified(page, sidecar, state);
    const probe = await ffprobe(file);
    assert.match(probe.format.format_name, /webm/);
    assert.equal(probe.streams[0].codec_name, 'opus');
    assertNear(Number(probe.format.duration), state.elapsedMs / 1000, 'duration (s)');
    await assertTone(file);
  });
});

for (const rate of [16000, 48000]) {
  test(`records lossless PCM at ${rate} Hz as a WAV file`, async (t) => {
    const env = await setUp(t);
    await withDiagnostics(env, async () => {
      const { page, dir } = env;
      await page.getByLabel('Quality').selectOption('pcm');
      await page.getByLabel('Sample rate').selectOption(String(rate));
      const format = `audio/pcm;rate=${rate};channels=1;bits=16`;
      assert.equal(await page.evaluate(() => earshot.format), format);
      const state = await recordFor(page, RecordMs);
      assert.equal(state.format, format);

      const file = path.join(dir, state.file);
      assert.match(file, /\.wav$/);
      const sidecar = await waitForSidecar(file, (s) => s.status === 'complete', 'a complete sidecar');
      const wav = await readWav(file);
      assert.deepEqual(wav.format, { channels: 1, rate, bits: 16 });
      assert.equal(wav.declaredBytes, wav.data.length, 'the header counts every byte');
      assert.equal(wav.data.length, state.bytesRecorded);
      assertNear(wav.data.length / (rate * 2), state.elapsedMs / 1000, 'duration (s)');
      const probe = await ffprobe(file);
      assert.equal(Number(probe.streams[0].sample_rate), rate);
      assert.equal(probe.streams[0].codec_name, 'pcm_s16le');
      await assertTone(file);
      assert.equal(await receivedBytesSha256(file, sidecar), await page.evaluate(() => earshot.recordedSha256()));
      await assertVerified(page, sidecar, state);
    });
  });
}

// SIGTERM: Earshot shuts down and comes back; SIGKILL: it crashes. With --keep-originals the
// stream as received stays beside the remuxed file, and must be what the page recorded.
for (const [mode, signal, args] of [['compressed', 'SIGTERM', ['--keep-originals']], ['pcm', 'SIGTERM', []], ['compressed', 'SIGKILL', []]]) {
  test(`resumes after the server ${signal === 'SIGKILL' ? 'crashes' : 'restarts'} mid-recording (${mode})`, async (t) => {
    const env = await setUp(t, { args });
    await withDiagnostics(env, async () => {
      const { page, dir } = env;
      await page.evaluate((m) => { earshot.setMode(m); earshot.setPcmRate(16000); }, mode);
      let sessionBefore;
      const state = await recordFor(page, RecordMs + 2000, {
        whileRecording: async () => {
          await waitForPage(page, () => earshot.elapsedMs >= 1500 && earshot.bytesAcked > 0);
          sessionBefore = (await pageState(page)).sessionId;
          env.server = await env.server.restart(signal); // then a new process on the same port
          await waitForPage(page, () => earshot.connection === 'open', undefined, { timeout: 20000 });
          await waitForPage(page, () => earshot.bytesAcked > 0 && earshot.bytesRecorded - earshot.bytesAcked < 64000);
        },
      });
      assert.equal(state.sessionId, sessionBefore, 'the page resumed its session instead of starting another');
      const file = path.join(dir, state.file);
      const sidecar = await waitForSidecar(file, (s) => s.status === 'complete' && (mode === 'pcm' || s.remuxed === true),
        'a finished sidecar');
      assert.equal(sidecar.remuxed ? sidecar.original.bytes : sidecar.bytes, state.bytesRecorded);
      assert.equal(await receivedBytesSha256(file, sidecar), await page.evaluate(() => earshot.recordedSha256()));
      await assertVerified(page, sidecar, state); // across the resume
      await assertTone(file);
    });
  });
}

// Earshot crashes while a guest records: the page keeps recording, and once it has resumed it
// tells Earshot how much audio it held ("unsent", docs/protocol.md) before sending it.
test('after Earshot was away, the page says how much audio it held', async (t) => {
  const env = await setUp(t);
  await withDiagnostics(env, async () => {
    const { page } = env;
    const BytesPerSecond = 32000; // 16 kHz mono, 16-bit
    // Every frame the page sends or receives, in order, per socket.
    const frames = [];
    let sockets = 0;
    page.on('websocket', (ws) => {
      const socket = ++sockets;
      ws.on('framesent', ({ payload }) => frames.push({ socket, at: Date.now(), sent: true, text: typeof payload === 'string' ? payload : null }));
      ws.on('framereceived', ({ payload }) => frames.push({ socket, at: Date.now(), sent: false, text: typeof payload === 'string' ? payload : null }));
    });
    const reports = (socket) => frames.filter((f) => f.socket === socket && f.sent && f.text && JSON.parse(f.text).type === 'unsent')
      .map((f) => ({ at: f.at, ...JSON.parse(f.text) }));
    await page.evaluate(() => { earshot.setMode('pcm'); earshot.setPcmRate(16000); });
    await startRecording(page);
    await waitForPage(page, () => earshot.elapsedMs >= 1500 && earshot.bytesAcked > 0);

    await env.server.stop('SIGKILL');
    await waitForPage(page, (bytes) => earshot.bytesRecorded - earshot.bytesAcked >= bytes, 3 * BytesPerSecond);
    const socketsBefore = sockets;
    const heldBefore = await page.evaluate(() => earshot.bytesRecorded);
    env.server = await env.server.restart('SIGKILL');
    await waitForPage(page, () => earshot.connection === 'open', undefined, { timeout: 20000 });
    const socket = await waitFor(() => {
      for (let s = socketsBefore + 1; s <= sockets; ++s) if (reports(s).length > 0) return s;
      return false;
    }, { what: 'an unsent report on a resumed connection' });
    const recordedAfter = await page.evaluate(() => earshot.bytesRecorded);

    const onSocket = frames.filter((f) => f.socket === socket);
    const resumed = onSocket.find((f) => !f.sent && f.text && JSON.parse(f.text).type === 'resumed');
    assert.ok(resumed, 'the page resumed its session');
    const serverHad = JSON.parse(resumed.text).bytes;
    const firstReport = onSocket.findIndex((f) => f.sent && f.text && JSON.parse(f.text).type === 'unsent');
    const firstAudio = onSocket.findIndex((f) => f.sent && f.text === null);
    assert.ok(firstAudio === -1 || firstReport < firstAudio, 'the report goes before the audio it speaks of');
    const report = reports(socket)[0];
    // What the page held: everything past what Earshot had, recorded by the time of the report.
    assert.ok(report.bytes >= heldBefore - serverHad && report.bytes <= recordedAfter - serverHad,
      `reported ${report.bytes} bytes; Earshot had ${serverHad}, the page had recorded ${heldBefore} to ${recordedAfter}`);
    assert.ok(report.durationMs >= 3000, `reported ${report.durationMs} ms held`);
    assert.equal(report.durationMs, Math.round((report.bytes * 1000) / BytesPerSecond), 'the duration is the PCM bytes\' length');

    // The backlog goes: a report says so (0), once; reports come at most once a second.
    await waitFor(() => reports(socket).some((r) => r.bytes === 0), { what: 'a report that nothing is held' });
    const later = reports(socket);
    for (let i = 1; i < later.length; ++i) {
      assert.ok(later[i].at - later[i - 1].at >= 900, `reports ${later[i].at - later[i - 1].at} ms apart`);
      assert.ok(later[i].bytes > 0 || later[i - 1].bytes > 0, 'nothing held is said once, not again and again');
    }
    await stopRecording(page);
  });
});

test('a tab that died offline leaves its audio for the next visit to upload', async (t) => {
  const env = await setUp(t);
  await withDiagnostics(env, async () => {
    const { page, dir } = env;
    await page.evaluate(() => { earshot.setMode('pcm'); earshot.setPcmRate(16000); });
    await startRecording(page);
    await waitForPage(page, () => earshot.elapsedMs >= 1000);
    const { file } = await pageState(page);
    await env.server.stop(); // the network is gone: chunks pile up on the phone
    await waitForPage(page, () => earshot.bytesRecorded - earshot.bytesAcked >= 16000); // half a second
    const before = await page.evaluate(async () => ({
      recorded: earshot.bytesRecorded, acked: earshot.bytesAcked, sha256: await earshot.recordedSha256(earshot.bytesRecorded),
    }));
    await waitForPage(page, (recorded) => earshot.bytesRecorded > recorded + 8000, before.recorded); // stored meanwhile
    await page.close(); // the tab dies; its browser profile (IndexedDB) stays

    env.server = await new EarshotServer({ dir, home: env.server.home, args: env.server.args, port: env.server.port }).start();
    const next = env.page = await openPage(browser, env.server.pageUrl(), env.log, page.context());
    const sidecar = await waitForSidecar(path.join(dir, file), (s) => s.status === 'complete', 'the recovered recording to complete');
    await waitForPage(next, () => earshot.pendingUploads === 0);
    await assert.doesNotReject(next.getByText('A recording that was interrupted earlier is now saved as').waitFor());

    const wav = await readWav(path.join(dir, file));
    assert.ok(before.recorded > before.acked, 'some audio was only on the device');
    assert.ok(wav.data.length >= before.recorded, `the file has ${wav.data.length} bytes, the page had recorded ${before.recorded}`);
    assert.equal(createHash('sha256').update(wav.data.subarray(0, before.recorded)).digest('hex'), before.sha256);
    assert.equal(sidecar.bytes, wav.data.length);
    await assertTone(path.join(dir, file));
  });
});

test('a second tab leaves the first tab’s recording alone', async (t) => {
  const env = await setUp(t);
  await withDiagnostics(env, async () => {
    const { page } = env;
    await startRecording(page);
    const second = await page.context().newPage(); // same profile: sees the first tab's IndexedDB
    await second.goto(env.server.pageUrl());
    await waitForPage(second, () => earshot.connection === 'open');
    assert.equal(await second.evaluate(() => earshot.pendingUploads), 0, 'the second tab took nothing over');
    await waitForPage(page, () => earshot.elapsedMs >= 2000);
    const state = await stopRecording(page);
    const sidecar = await waitForSidecar(path.join(env.dir, state.file), (s) => s.status === 'complete' && s.remuxed, 'a finished sidecar');
    assert.equal(sidecar.original.sha256, await page.evaluate(() => earshot.recordedSha256()));
  });
});

test('a full server makes the page wait and retry, then record', async (t) => {
  const env = await setUp(t, { args: ['--max-sessions', '1'] });
  await withDiagnostics(env, async () => {
    const { page, server } = env;
    // Another client takes the only place.
    const other = await page.context().newPage();
    await other.goto(server.pageUrl());
    await other.evaluate((url) => new Promise((resolve, reject) => {
      window.blocker = new WebSocket(url);
      window.blocker.onmessage = (event) => {
        const message = JSON.parse(event.data);
        if (message.type === 'connection') window.blocker.send(JSON.stringify({ type: 'start', format: 'audio/webm', name: 'blocker' }));
        if (message.type === 'started') resolve();
        if (message.type === 'error') reject(new Error(message.code));
      };
    }), `${server.origin.replace(/^http/, 'ws')}/ws${server.token ? `?t=${server.token}` : ''}`);

    await startButton(page).click();
    await waitForPage(page, () => earshot.lastError === 'server_full');
    await assert.doesNotReject(page.getByText('Earshot is busy').waitFor());
    assert.equal((await pageState(page)).state, 'recording', 'the page keeps recording while it waits');

    await other.evaluate(() => window.blocker.send(JSON.stringify({ type: 'stop' })));
    await waitForPage(page, () => earshot.bytesAcked > 0, undefined, { timeout: 30000 });
    await waitForPage(page, () => earshot.elapsedMs >= 2000);
    const state = await stopRecording(page);
    const sidecar = await waitForSidecar(path.join(env.dir, state.file), (s) => s.status !== 'recording', 'a finished sidecar');
    assert.equal(sidecar.bytes, state.bytesRecorded);
  });
});

test('a wrong pairing token is refused and explained', async (t) => {
  const env = await setUp(t, { args: ['--token-required-on-loopback'] });
  await withDiagnostics(env, async () => {
    const { page, server } = env;
    assert.ok(server.token, 'the server printed a page address with a pairing token');
    await waitForPage(page, () => earshot.connection === 'open');

    // Earshot gets a new pairing code (here: fresh settings) while the page is open: the
    // page's reconnect is refused, and the page says why and stops trying.
    const home = path.join(path.dirname(server.home), 'other-home');
    await mkdir(home, { recursive: true });
    await server.stop();
    env.server = await new EarshotServer({ dir: env.dir, home, args: server.args, port: server.port }).start();
    assert.notEqual(env.server.token, server.token, 'the fresh server has a new pairing token');
    await waitForPage(page, () => earshot.lastError === 'bad_token');
    await assert.doesNotReject(page.getByText('the pairing code in the address is wrong or missing').waitFor());
    assert.equal(await page.evaluate(() => earshot.connection), 'refused');
    assert.ok(await startButton(page).isDisabled(), 'Start is disabled while refused');
    // A refused page must not hammer the server: it ends with no retry armed and no socket
    // open, and what would reconnect early (the network back, the page shown again) opens none.
    await waitForPage(page, () => earshot.connection === 'refused' && !earshot.retryScheduled && !earshot.socketOpen);
    // The browser's own count of WebSockets, beside the page's: one opened anywhere shows here.
    let socketsSeen = 0;
    const countSocket = () => { socketsSeen += 1; };
    page.on('websocket', countSocket);
    const opened = await page.evaluate(() => {
      const before = earshot.socketsOpened;
      window.dispatchEvent(new Event('online'));
      document.dispatchEvent(new Event('visibilitychange'));
      return { sockets: earshot.socketsOpened - before, retryScheduled: earshot.retryScheduled };
    });
    assert.deepEqual(opened, { sockets: 0, retryScheduled: false }, 'the page does not retry after bad_token');
    // Nor is anything of it left on the server.
    const status = () => page.evaluate(async (t) => (await fetch(`/api/status?t=${encodeURIComponent(t)}`)).json(), env.server.token);
    await waitFor(async () => (await status()).totals.connections === 0, { what: 'the server to hold no connection' });
    page.off('websocket', countSocket);
    assert.equal(socketsSeen, 0, 'the browser opened no WebSocket after the refusal');

    // Opening the page with a wrong or no token: refused too, in words a person understands
    // (the server's "not paired" page, or the recorder page's own message).
    for (const token of ['wrong-token', null]) {
      const response = await page.goto(env.server.pageUrl(token));
      if (response.status() === 403) {
        assert.match(await page.textContent('body'), /not paired/i);
      } else {
        await waitForPage(page, () => earshot.lastError === 'bad_token');
      }
    }

    const wsUrl = (token) => `${env.server.origin}/ws?t=${encodeURIComponent(token)}`;
    // Refused: a plain 401/403, or the WebSocket's error code and a 1008 close.
    const refused = (answer, code) => answer.status === 401 || answer.status === 403
      || (answer.closeCode === 1008 && answer.messages.some((m) => m.type === 'error' && m.code === code));
    const wrong = await rawWebSocket(wsUrl('wrong-token'), { origin: env.server.origin });
    assert.ok(refused(wrong, 'bad_token'), `wrong token: ${JSON.stringify(wrong)}`);
    const foreign = await rawWebSocket(wsUrl(env.server.token), { origin: 'https://evil.example' });
    assert.ok(refused(foreign, 'forbidden_origin'), `foreign origin: ${JSON.stringify(foreign)}`);
    // Welcome, and still connected after the greeting: a recording starts and stops on it.
    const fine = await rawWebSocket(wsUrl(env.server.token), {
      origin: env.server.origin,
      answer: (message) => ({ connection: { type: 'start', format: 'audio/webm' }, started: { type: 'stop' } })[message.type],
      until: (messages) => messages.some((m) => m.type === 'stopped' || m.type === 'error'),
    });
    assert.equal(fine.status, 101);
    assert.equal(fine.messages[0]?.type, 'connection', 'the right token and origin are welcome');
    assert.deepEqual(fine.messages.map((m) => m.type), ['connection', 'started', 'stopped'], 'and stay connected');
    assert.equal(fine.closeCode, null);
  });
});

test('a page opened over plain http to a network address points to the https address', async (t) => {
  const env = await setUp(t);
  const other = await launchBrowser(tone, ['--host-resolver-rules=MAP earshot.test 127.0.0.1']);
  t.after(() => other.close());
  await withDiagnostics(env, async () => {
    const { server } = env;
    const log = [];
    const page = await openPage(other, `http://earshot.test:${server.port}/${server.token ? `?t=${server.token}` : ''}`, log);
    if (new URL(page.url()).protocol === 'https:') {
      t.skip('the server sends plain http to https itself');
      return;
    }
    await waitForPage(page, () => earshot.lastError === 'insecure');
    const link = page.getByRole('link', { name: `https://earshot.test:${server.port}/` });
    await assert.doesNotReject(link.waitFor());
    const href = new URL(await link.getAttribute('href'));
    assert.equal(href.protocol, 'https:');
    assert.equal(href.host, `earshot.test:${server.port}`);
    if (server.token) assert.equal(href.searchParams.get('t'), server.token);
    assert.ok(await startButton(page).isDisabled());
  });
});

test('a microphone the person did not allow is explained, and Start works again', async (t) => {
  const env = await setUp(t);
  const other = await launchBrowser(tone, [], { answerPrompts: false });
  t.after(() => other.close());
  await withDiagnostics(env, async () => {
    const context = await other.newContext({ ignoreHTTPSErrors: true }); // no microphone permission
    const page = await context.newPage();
    await page.goto(env.server.pageUrl());
    await startButton(page).click();
    await waitForPage(page, () => earshot.state === 'error');
    assert.equal(await page.evaluate(() => earshot.lastError), 'microphone_denied');
    await assert.doesNotReject(page.getByText('Earshot is not allowed to use the microphone').waitFor());
    assert.ok(await startButton(page).isEnabled(), 'the person can try again after allowing it');
  });
});

test('the page speaks the browser’s language', async (t) => {
  const env = await setUp(t);
  await withDiagnostics(env, async () => {
    const { server } = env;
    const strings = await env.page.evaluate(() => earshot.strings);
    let table = await env.page.evaluate(async () => (await fetch('/i18n.json?lang=de-DE')).json());
    for (const key of Object.keys(table)) assert.ok(strings.includes(key), `Earshot translates "${key}", which the page never shows`);
    const context = await browser.newContext({ locale: 'de-DE', ignoreHTTPSErrors: true, permissions: ['microphone'] });
    t.after(() => context.close());
    if (!table['Start recording']) {
      // No German in Earshot yet: check the page's side with a stand-in table.
      table = Object.fromEntries(strings.map((text) => [text, `«${text}»`]));
      await context.route('**/i18n.json?*', (route) => route.fulfill({ json: table }));
    }
    const page = await context.newPage();
    await page.goto(server.pageUrl());
    await assert.doesNotReject(page.getByRole('button', { name: table['Start recording'], exact: true }).waitFor());
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de-DE');
    if (table['Earshot recorder']) assert.equal(await page.title(), table['Earshot recorder']);
    if (table.Connected) await assert.doesNotReject(page.getByText(table.Connected, { exact: true }).waitFor());
  });
});
