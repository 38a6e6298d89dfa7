// Helpers for the browser tests: a real Earshot (EARSHOT_BINARY), a real Chromium with a fake
// microphone that plays a 440 Hz tone, and the tools a person would use to check a file
// (ffprobe, ffmpeg, SHA-256).

import { spawn, execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import http from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const run = promisify(execFile);

export const ChromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const ToneHz = 440;

export async function makeTempDir(prefix = 'earshot-browser-') {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export async function removeDir(dir) {
  if (dir) await rm(dir, { recursive: true, force: true });
}

export async function makeTone(dir, seconds = 30) {
  const file = path.join(dir, 'tone.wav');
  await run('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `sine=frequency=${ToneHz}:duration=${seconds}`,
    '-ar', '48000', '-ac', '1', file]);
  return file;
}

// Polls `check` until it returns something truthy; the test's own clock, not sleeps, decides.
export async function waitFor(check, { timeout = 15000, interval = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what} (last: ${last})`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

// ---------------------------------------------------------------------------------------------
// The server

export class EarshotServer {
  constructor({ binary = process.env.EARSHOT_BINARY, dir, home, args = [], port = 0 }) {
    if (!binary) throw new Error('Set EARSHOT_BINARY to the earshot executable.');
    Object.assign(this, { binary, dir, home, args, port });
    this.output = '';
    this.url = null;
  }

  // Starts `earshot --headless` and resolves once it prints the address of its page.
  async start() {
    const args = ['--headless', '--bind', '127.0.0.1', '--port', String(this.port), '--dir', this.dir, ...this.args];
    // Settings (pairing token, certificate) go to a private HOME shared by restarts of one test.
    const env = { ...process.env, HOME: this.home, XDG_CONFIG_HOME: path.join(this.home, '.config'),
      XDG_DATA_HOME: path.join(this.home, '.local/share'), QT_QPA_PLATFORM: 'offscreen' };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    this.process = spawn(this.binary, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.process.once('exit', (code, signal) => resolve({ code, signal })));
    const collect = (data) => { this.output += data; };
    this.process.stdout.on('data', collect);
    this.process.stderr.on('data', collect);
    const pageUrl = /(https?):\/\/127\.0\.0\.1:(\d+)\/(\?t=[^\s]+)?/;
    const found = await Promise.race([
      waitFor(() => this.output.match(pageUrl), { timeout: 15000, what: 'the server to print its address' }),
      this.exited.then(({ code, signal }) => { throw new Error(`earshot exited (${code ?? signal}):\n${this.output}`); }),
    ]);
    // Prefer the https address with the pairing token ("Open on a phone: ...") when printed.
    const all = [...this.output.matchAll(new RegExp(pageUrl, 'g'))];
    const best = all.find((m) => m[1] === 'https' && m[3]) ?? all.find((m) => m[1] === 'https') ?? found;
    this.url = best[0];
    this.port = Number(best[2]);
    this.origin = `${best[1]}://127.0.0.1:${this.port}`;
    this.token = new URL(this.url).searchParams.get('t');
    return this;
  }

  // SIGTERM, as a person's Ctrl+C or a service manager would (SIGKILL: a crash); waits for the exit.
  async stop(signal = 'SIGTERM') {
    if (!this.process || this.process.exitCode !== null || this.process.signalCode !== null) return;
    this.process.kill(signal);
    const result = await Promise.race([this.exited, new Promise((resolve) => setTimeout(() => resolve(null), 15000))]);
    if (!result) {
      this.process.kill('SIGKILL');
      await this.exited;
      throw new Error(`earshot did not stop within 15 s after SIGTERM:\n${this.output}`);
    }
  }

  // A second process on the same port, folder, settings and arguments.
  async restart(signal = 'SIGTERM') {
    await this.stop(signal);
    const next = new EarshotServer({ binary: this.binary, dir: this.dir, home: this.home, args: this.args, port: this.port });
    return next.start();
  }

  pageUrl(token = this.token) {
    return token ? `${this.origin}/?t=${encodeURIComponent(token)}` : `${this.origin}/`;
  }
}

// ---------------------------------------------------------------------------------------------
// The browser

// `answerPrompts: false` leaves out the flag that says yes to the microphone prompt, so that a
// page without the permission is refused as a person who said no would be. With no `toneFile`
// the microphone is the audio server's default source, as on a desktop: `env` points Chromium
// at an audio server of the test's own (PulseAudio, see engines.mjs).
export async function launchBrowser(toneFile, extraArgs = [], { answerPrompts = true, env = undefined } = {}) {
  const microphone = toneFile
    ? ['--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${toneFile}`]
    : [];
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', ...microphone,
    '--use-fake-ui-for-media-stream', '--ignore-certificate-errors',
    ...extraArgs,
  ];
  return chromium.launch({
    executablePath: ChromiumPath,
    args: answerPrompts ? args : args.filter((arg) => arg !== '--use-fake-ui-for-media-stream'),
    env,
  });
}

// A phone-sized page, in a new browser profile unless `context` (an earlier page's) is given;
// its console goes to `log` so a failure shows what the page said.
export async function openPage(browser, url, log = [], context = null) {
  context ??= await browser.newContext({
    ignoreHTTPSErrors: true,
    permissions: ['microphone'],
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'en-US',
  });
  const page = await context.newPage();
  page.on('console', (message) => log.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => log.push(`[pageerror] ${error.message}`));
  await page.goto(url);
  return page;
}

export async function pageState(page) {
  return page.evaluate(() => ({
    state: earshot.state, connection: earshot.connection, sessionId: earshot.sessionId, file: earshot.file,
    format: earshot.format, bytesRecorded: earshot.bytesRecorded, bytesAcked: earshot.bytesAcked,
    chunksSent: earshot.chunksSent, lastError: earshot.lastError, elapsedMs: earshot.elapsedMs,
  }));
}

export async function waitForPage(page, predicate, arg, { timeout = 20000 } = {}) {
  await page.waitForFunction(predicate, arg, { timeout, polling: 100 });
}

// ---------------------------------------------------------------------------------------------
// Files

export async function sha256(file) {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

export function sidecarPath(file) {
  return file.replace(/\.[^./]+$/, '.json');
}

export async function readSidecar(file) {
  return JSON.parse(await readFile(sidecarPath(file), 'utf8'));
}

// Waits until the recording's sidecar satisfies `check` (e.g. complete and remuxed).
export async function waitForSidecar(file, check, what) {
  return waitFor(async () => {
    const sidecar = await readSidecar(file);
    return check(sidecar) ? sidecar : false;
  }, { timeout: 30000, what });
}

export async function exists(file) {
  return stat(file).then(() => true, () => false);
}

export async function ffprobe(file) {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file]);
  return JSON.parse(stdout);
}

// Decodes to 16 kHz mono 16-bit samples, the way a person's player would read the file.
export async function decodeMono16k(file) {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', file, '-f', 's16le', '-ac', '1', '-ar', '16000', '-'],
    { encoding: 'buffer', maxBuffer: 1 << 28 });
  return new Int16Array(stdout.buffer, stdout.byteOffset, Math.floor(stdout.byteLength / 2));
}

// The strongest frequency between 50 Hz and 4 kHz in one second of audio (a plain DFT in
// 1 Hz steps, with a Hann window).
export function dominantFrequency(samples, rate = 16000) {
  const n = Math.min(rate, samples.length);
  const start = Math.max(0, Math.floor((samples.length - n) / 2));
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = samples[start + i] * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1)));
  let best = 0;
  let bestPower = -1;
  for (let f = 50; f <= 4000; f++) {
    const w = (2 * Math.PI * f) / rate;
    let re = 0;
    let im = 0;
    for (let i = 0; i < n; i++) {
      re += x[i] * Math.cos(w * i);
      im -= x[i] * Math.sin(w * i);
    }
    const power = re * re + im * im;
    if (power > bestPower) {
      bestPower = power;
      best = f;
    }
  }
  return best;
}

// The sample data of a WAV file and its format, from its RIFF chunks.
export async function readWav(file) {
  const bytes = await readFile(file);
  if (bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WAVE') throw new Error(`${file} is not a WAV file`);
  let format = null;
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = bytes.toString('latin1', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    if (id === 'fmt ') {
      format = { channels: bytes.readUInt16LE(at + 10), rate: bytes.readUInt32LE(at + 12), bits: bytes.readUInt16LE(at + 22) };
    } else if (id === 'data') {
      return { format, declaredBytes: size, data: bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + size)) };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error(`${file} has no data chunk`);
}

// ---------------------------------------------------------------------------------------------
// A raw WebSocket handshake, to see exactly how the server answers a refused client.

// Resolves to { status } for a plain HTTP answer, or { status: 101, messages, closeCode } after
// reading the frames the server sends until it closes, `until(messages)` holds, or `timeout`
// passes (a guard: the result then shows what had come). `answer(message)` may return a
// message to send back to each one received.
export function rawWebSocket(url, { origin, timeout = 5000, answer = () => undefined, until = () => false } = {}) {
  const target = new URL(url);
  const client = target.protocol === 'wss:' || target.protocol === 'https:' ? https : http;
  const headers = {
    Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13',
    'Sec-WebSocket-Key': Buffer.from(Array.from({ length: 16 }, () => Math.floor(Math.random() * 256))).toString('base64'),
  };
  if (origin) headers.Origin = origin;
  return new Promise((resolve, reject) => {
    const request = client.request({
      host: target.hostname, port: target.port, path: target.pathname + target.search, headers, rejectUnauthorized: false,
    });
    request.setTimeout(timeout, () => request.destroy(new Error('no answer to the WebSocket handshake')));
    request.on('error', reject);
    request.on('response', (response) => {
      response.resume();
      resolve({ status: response.statusCode });
    });
    request.on('upgrade', (response, socket, head) => {
      const result = { status: 101, messages: [], closeCode: null };
      let buffer = head;
      const finish = () => {
        socket.destroy();
        resolve(result);
      };
      const timer = setTimeout(finish, timeout);
      const consume = (data) => {
        buffer = Buffer.concat([buffer, data]);
        for (let frame = readFrame(buffer); frame; frame = readFrame(buffer)) {
          buffer = buffer.subarray(frame.length);
          if (frame.opcode === 0x1) {
            const message = JSON.parse(frame.payload.toString('utf8'));
            result.messages.push(message);
            const reply = answer(message);
            if (reply) socket.write(textFrame(JSON.stringify(reply)));
            if (until(result.messages)) {
              clearTimeout(timer);
              finish();
              return;
            }
          }
          if (frame.opcode === 0x8) {
            result.closeCode = frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : 1005;
            result.closeReason = frame.payload.subarray(2).toString('utf8');
            clearTimeout(timer);
            finish();
            return;
          }
        }
      };
      socket.on('data', consume);
      consume(Buffer.alloc(0)); // frames that came with the handshake's answer
      socket.on('close', () => {
        clearTimeout(timer);
        resolve(result);
      });
    });
    request.end();
  });
}

// A client's text frame: final, masked as RFC 6455 requires of clients.
function textFrame(text) {
  const payload = Buffer.from(text, 'utf8');
  const mask = Buffer.from(Array.from({ length: 4 }, () => Math.floor(Math.random() * 256)));
  const length = payload.length < 126 ? Buffer.from([0x80 | payload.length])
    : Buffer.from([0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]));
  return Buffer.concat([Buffer.from([0x81]), length, mask, masked]);
}

function readFrame(buffer) {
  if (buffer.length < 2) return null;
  const opcode = buffer[0] & 0x0f;
  let length = buffer[1] & 0x7f;
  let at = 2;
  if (length === 126) {
    if (buffer.length < 4) return null;
    length = buffer.readUInt16BE(2);
    at = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return null;
    length = Number(buffer.readBigUInt64BE(2));
    at = 10;
  }
  if (buffer.length < at + length) return null; // server frames are never masked
  return { opcode, payload: buffer.subarray(at, at + length), length: at + length };
}
