// The recorder page in the other engines Debian ships: Firefox ESR (puppeteer-core over WebDriver
// BiDi) and WebKitGTK (WebKitWebDriver and MiniBrowser, classic WebDriver, under Xvfb). Each is
// wrapped as an EnginePage with the few things the tests do: run a script, click, wait.
// One scenario serves both: record, lose the connection, resume, stop, check the file.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

import { EarshotServer, decodeMono16k, dominantFrequency, ffprobe, waitFor, waitForSidecar } from './harness.mjs';
import { WebDriverSession } from './webdriver.mjs';

export const FirefoxPath = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const WebKitDriverPath = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MiniBrowserPath = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// A child process of the test's own, stopped by its pid.
async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// What the browsers run beside them

// An X server of the test's own; it picks a free display and says which (-displayfd).
export async function startXvfb() {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.on('data', (data) => { output += data; });
  let number = '';
  child.stdio[3].on('data', (data) => { number += data; });
  await waitFor(() => /^\d+\n/.test(number) || child.exitCode !== null, { timeout: 15000, what: 'Xvfb to pick a display' });
  if (child.exitCode !== null) throw new Error(`Xvfb exited:\n${output}`);
  return { display: `:${number.trim()}`, stop: () => stopChild(child) };
}

// A PulseAudio daemon of the test's own (its runtime folder in `dir`) with a null sink, the
// audio server a desktop has; `env` points a browser at it.
export async function startPulseAudio(dir) {
  const runtime = path.join(dir, 'pulse-runtime');
  await mkdir(runtime, { recursive: true });
  const env = { ...process.env, XDG_RUNTIME_DIR: runtime, PULSE_SERVER: `unix:${runtime}/pulse/native` };
  const child = spawn('pulseaudio', ['--daemonize=no', '--exit-idle-time=-1', '--disallow-exit', '-n',
    '--log-target=stderr', '--log-level=error', '-L', 'module-native-protocol-unix',
    '-L', 'module-null-sink sink_name=vsink'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr.on('data', (data) => { output += data; });
  const run = (args) => new Promise((resolve) => {
    spawn('pactl', args, { env, stdio: 'ignore' }).once('exit', (code) => resolve(code === 0));
  });
  await waitFor(async () => child.exitCode !== null || run(['info']), { timeout: 15000, what: 'PulseAudio to answer' });
  if (child.exitCode !== null) throw new Error(`pulseaudio exited:\n${output}`);
  return { env, stop: () => stopChild(child) };
}

// An environment with no audio server at all: PulseAudio clients find nothing at this address
// and start none of their own.
export function withoutAudioServer(dir) {
  return { ...process.env, XDG_RUNTIME_DIR: dir, PULSE_SERVER: `unix:${path.join(dir, 'no-audio-server')}` };
}

// ---------------------------------------------------------------------------------------------
// The engines

// Firefox ESR, headless, its fake microphone (a 1 kHz tone) allowed without a prompt; `env`
// says whether it finds an audio server.
export async function openFirefox(url, { env, log }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FirefoxPath,
    headless: true,
    timeout: 180000, // a start on a busy 2-core machine has taken minutes
    acceptInsecureCerts: true, // Earshot's own certificate
    env,
    extraPrefsFirefox: {
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
      'intl.accept_languages': 'en-US',
    },
  });
  const page = await browser.newPage();
  page.on('console', (message) => log.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => log.push(`[pageerror] ${error.message}`));
  await page.goto(url);
  return {
    engine: 'Firefox',
    toneHz: 1000,
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    click: (selector) => page.click(selector),
    close: () => browser.close(),
  };
}

// WebKitGTK's MiniBrowser on `display`, with its mock microphone; `env` may set its locale.
export async function openWebKit(url, { env, display, log }) {
  const session = await WebDriverSession.start({
    driverPath: WebKitDriverPath,
    timeout: 180000, // a start on a busy 2-core machine has taken minutes
    env: { ...env, DISPLAY: display },
    capabilities: {
      acceptInsecureCerts: true, // Earshot's own certificate
      'webkitgtk:browserOptions': {
        binary: MiniBrowserPath,
        args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true', '--ignore-tls-errors'],
      },
    },
  });
  try {
    await session.navigate(url);
  } catch (error) {
    await session.quit();
    throw error;
  }
  return {
    engine: 'WebKit',
    toneHz: 150, // what its mock microphone plays
    evaluate: (fn, ...args) => session.evaluate(fn, ...args),
    click: (selector) => session.click(selector),
    close: async () => {
      log.push(`--- WebKitWebDriver\n${session.output}`);
      await session.quit();
    },
  };
}

export async function waitForPage(page, fn, arg, { timeout = 20000, what = String(fn) } = {}) {
  return waitFor(() => page.evaluate(fn, arg), { timeout, interval: 200, what });
}

export function pageState(page) {
  return page.evaluate(() => ({
    state: earshot.state, connection: earshot.connection, sessionId: earshot.sessionId, file: earshot.file,
    format: earshot.format, bytesRecorded: earshot.bytesRecorded, bytesAcked: earshot.bytesAcked,
    chunksSent: earshot.chunksSent, lastError: earshot.lastError, elapsedMs: earshot.elapsedMs,
  }));
}

// ---------------------------------------------------------------------------------------------
// The files

// The errors ffmpeg meets decoding `file` to its end; empty for a file that plays cleanly.
export function decodeErrors(file) {
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', ['-v', 'error', '-i', file, '-f', 'null', '-'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (data) => { errors += data; });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code === 0 ? errors.trim() : `ffmpeg exited with ${code}: ${errors.trim()}`));
  });
}

// ---------------------------------------------------------------------------------------------
// The scenario

// A test's surroundings: one server (own folder and settings; a restart replaces env.server,
// and whichever runs last is stopped after the test), the page once opened, its console.
export async function startServer(t, root, args = []) {
  const dir = path.join(root, 'recordings');
  const home = path.join(root, 'home');
  await mkdir(dir, { recursive: true });
  await mkdir(home, { recursive: true });
  const env = { dir, log: [], page: null, server: await new EarshotServer({ dir, home, args }).start() };
  t.after(() => env.server.stop());
  return env;
}

// Attaches the page's state and console and the server's log to a failure.
export async function withDiagnostics(env, body) {
  try {
    await body();
  } catch (error) {
    const state = env.page ? await pageState(env.page).catch(() => null) : null;
    error.message += `\n--- page state\n${JSON.stringify(state)}\n--- page console\n${env.log.join('\n')}`
      + `\n--- server\n${env.server.output}`;
    throw error;
  }
}

// Records with the page's Start button (`whileRecording` runs once it streams), loses the
// connection mid-recording (Earshot crashes and comes back on the same port: no close frame, as
// a dead network gives none), lets the page resume, stops, and checks the file as a person's
// player reads it. Resolves to the file's path, its sidecar, the page's last state and ffprobe's.
export async function recordDropResumeStop(env, { format, recordMs = 6000, dropAtMs = 2500, whileRecording = null }) {
  const { page } = env;
  await waitForPage(page, () => earshot.connection === 'open', undefined, { what: 'the page to connect' });
  assert.equal(await page.evaluate(() => earshot.format), format);
  await page.click('#start');
  await waitForPage(page, () => earshot.state === 'recording' && earshot.bytesAcked > 0, undefined,
    { what: 'the recording to stream' });
  if (whileRecording) await whileRecording();
  await waitForPage(page, (ms) => earshot.elapsedMs >= ms && earshot.bytesAcked > 0, dropAtMs);
  const before = await pageState(page);

  env.server = await env.server.restart('SIGKILL');
  await waitForPage(page, () => earshot.connection === 'open', undefined, { timeout: 30000, what: 'the page to reconnect' });
  await waitForPage(page, (acked) => earshot.bytesAcked > acked, before.bytesAcked, { what: 'the resumed upload' });
  await waitForPage(page, (ms) => earshot.elapsedMs >= ms, recordMs, { timeout: recordMs + 20000 });

  await page.click('#stop');
  await waitForPage(page, () => earshot.state === 'stopped' || earshot.state === 'error', undefined,
    { timeout: 30000, what: 'the recording to be saved' });
  const state = await pageState(page);
  assert.equal(state.state, 'stopped', `the page ended in state ${state.state} (${state.lastError})`);
  assert.equal(state.sessionId, before.sessionId, 'the page resumed its session instead of starting another');
  assert.equal(state.bytesAcked, state.bytesRecorded, 'every recorded byte is acknowledged');

  const file = path.join(env.dir, state.file);
  const sidecar = await waitForSidecar(file, (s) => s.status === 'complete' && s.remux?.state, 'the remuxed sidecar');
  assert.equal(sidecar.remux.state, 'replaced', `the remux: ${JSON.stringify(sidecar.remux)}`);
  assert.equal(sidecar.original.bytes, state.bytesRecorded);
  assert.equal(sidecar.original.sha256, await page.evaluate(() => earshot.recordedSha256()),
    'the stream as it arrived is what the page recorded, byte for byte');
  assert.equal(await decodeErrors(file), '', 'the file decodes to its end without an error');
  const probe = await ffprobe(file);
  const duration = Number(probe.format.duration);
  const elapsed = state.elapsedMs / 1000;
  // MediaRecorder starts a little after the clock and WebKit's hands over whole seconds.
  assert.ok(duration >= elapsed - 1.5 && duration <= elapsed + 0.5, `the file lasts ${duration} s, the page recorded ${elapsed} s`);
  return { file, sidecar, state, probe };
}

// The strongest frequency in `file`, which must be the engine's fake microphone's tone.
export async function assertTone(file, hz) {
  const frequency = dominantFrequency(await decodeMono16k(file));
  assert.ok(Math.abs(frequency - hz) <= 10, `dominant frequency ${frequency} Hz, expected ${hz} Hz`);
}
