// Live captions through the recorder page: a real Chromium whose microphone plays read speech
// (LibriVox, from Debian's pocketsphinx-testdata), the "Live captions" switch on, a real Earshot
// transcribing it. What the person sees is what was said, and the transcript lands beside the
// recording.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import {
  EarshotServer, exists, ffprobe, launchBrowser, makeTempDir, openPage, pageState, removeDir, waitForPage,
  waitForSidecar,
} from './harness.mjs';

const run = promisify(execFile);
const LibriVox = '/usr/share/pocketsphinx/test/data/librivox';
const Sentences = ['sense_and_sensibility_01_austen_64kb-0870', 'sense_and_sensibility_01_austen_64kb-0880'];

let work;
let speech;
let reference;
let browser;

before(async () => {
  work = await makeTempDir('earshot-captions-');
  // Chromium's fake microphone plays a WAV in a loop: the two sentences, then a second of quiet so
  // that the recognizer hears the speaker stop.
  speech = path.join(work, 'speech.wav');
  const inputs = Sentences.flatMap((name) => ['-i', path.join(LibriVox, `${name}.wav`)]);
  await run('ffmpeg', ['-loglevel', 'error', '-y', ...inputs, '-f', 'lavfi', '-t', '1', '-i', 'anullsrc=r=16000:cl=mono',
    '-filter_complex', '[0][1][2]concat=n=3:v=0:a=1', '-ar', '48000', '-ac', '1', speech]);
  const lines = (await readFile(path.join(LibriVox, 'transcription'), 'utf8')).split('\n');
  reference = new Set(lines.filter((line) => Sentences.some((name) => line.includes(name)))
    .join(' ').replace(/<\/?s>|\(.*?\)/g, ' ').split(/\s+/).filter(Boolean));
  browser = await launchBrowser(speech);
});

after(async () => {
  await browser?.close();
  await removeDir(work);
});

function wordsHeard(text) {
  return [...new Set(text.toLowerCase().split(/[^a-z']+/).filter(Boolean))].filter((word) => reference.has(word));
}

test('the page shows live captions of what is said, and the transcript is kept', async (t) => {
  const dir = path.join(work, 'recordings');
  const home = path.join(work, 'home');
  await mkdir(dir, { recursive: true });
  await mkdir(home, { recursive: true });
  const server = await new EarshotServer({ dir, home }).start();
  const log = [];
  const page = await openPage(browser, server.pageUrl(), log);
  t.after(async () => {
    await page.context().close();
    await server.stop();
  });
  try {
    const captions = page.getByLabel('Live captions');
    await captions.check();
    await page.getByLabel('Your name').fill('Reader');
    await page.getByRole('button', { name: 'Start recording', exact: true }).click();
    await waitForPage(page, () => earshot.state === 'recording' && earshot.bytesAcked > 0);

    // A partial (set apart) first, then finals with the reader's words, while the page records.
    await waitForPage(page, () => document.getElementById('caption-partial').textContent.length > 0, undefined,
      { timeout: 30000 });
    await waitForPage(page, () => document.getElementById('caption-final').textContent.split(' ').length >= 8,
      undefined, { timeout: 60000 });
    const shown = await page.locator('#caption-final').textContent();
    const heard = wordsHeard(shown);
    assert.ok(heard.length >= reference.size / 3, `the page showed "${shown}": only ${heard.length} of ${reference.size} words`);
    assert.ok(await page.locator('#captions-view').isVisible(), 'the captions are on the page');

    await page.getByRole('button', { name: 'Stop recording', exact: true }).click();
    await waitForPage(page, () => earshot.state === 'stopped', undefined, { timeout: 30000 });
    const state = await pageState(page);
    const file = path.join(dir, state.file);
    const sidecar = await waitForSidecar(file, (s) => s.status === 'complete' && s.transcript, 'a sidecar naming its transcript');
    const vtt = path.join(path.dirname(file), sidecar.transcript);
    assert.ok(await exists(vtt), `${vtt} exists`);
    const probe = await ffprobe(vtt);
    assert.equal(probe.streams[0].codec_name, 'webvtt');
  } catch (error) {
    error.message += `\n--- page console\n${log.join('\n')}\n--- server\n${server.output}`;
    throw error;
  }
});
