// A take through the recorder page: a real Chromium opens the take's link that a real headless
// Earshot prints (`--take`), records into the take, measures its clock against Earshot's, and
// stops when the host stops the take (here: the server asked to stop, as a service would be).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import {
  EarshotServer, decodeMono16k, dominantFrequency, ffprobe, launchBrowser, makeTempDir, makeTone, openPage,
  removeDir, ToneHz, waitFor, waitForPage, waitForSidecar,
} from './harness.mjs';

let work;
let browser;

before(async () => {
  work = await makeTempDir('earshot-takes-');
  browser = await launchBrowser(await makeTone(work));
});

after(async () => {
  await browser?.close();
  await removeDir(work);
});

test('a guest records into the take from its link and stops with the host', async (t) => {
  const dir = path.join(work, 'recordings');
  const home = path.join(work, 'home');
  await mkdir(dir, { recursive: true });
  await mkdir(home, { recursive: true });
  const server = await new EarshotServer({ dir, home, args: ['--take', 'Episode 12'] }).start();
  const printed = await waitFor(() => server.output.match(/Guests open: (\S+)/), { what: 'the take link' });
  const link = new URL(printed[1]);
  const takeId = link.searchParams.get('take');
  assert.match(takeId, /^[0-9a-f]{8}$/);
  assert.equal(link.searchParams.get('t'), server.token, 'the take link pairs like the pairing link');
  const folder = server.output.match(/recording into (\S+)/)[1];

  const log = [];
  const page = await openPage(browser, link.href, log);
  t.after(async () => {
    await page.context().close();
    await server.stop();
  });
  try {
    // The page says which take it is in and where the take stands; it learns Earshot's clock.
    await waitForPage(page, () => earshot.take && earshot.take.state === 'recording' && earshot.take.clockKnown);
    assert.equal(await page.locator('#take').textContent(), 'Take “Episode 12”: the host started it.');
    assert.equal(await page.evaluate(() => earshot.state), 'idle', 'a guest who joins late starts by themselves');

    await page.getByLabel('Your name').fill('Ada');
    const clickedAt = Date.now();
    await page.getByRole('button', { name: 'Start recording', exact: true }).click();
    await waitForPage(page, () => earshot.state === 'recording' && earshot.bytesAcked > 20000);
    const file = path.join(dir, await page.evaluate(() => earshot.file));
    assert.equal(path.relative(dir, file), path.join(folder, 'Ada.webm'), 'the track is named by the guest, in the take');

    // The host stops the take: the page is told, stops its recording and sends the rest first.
    const stopping = server.stop();
    await waitForPage(page, () => earshot.take.state === 'stopped');
    assert.equal(await page.locator('#take').textContent(), 'Take “Episode 12”: stopped by the host.');
    await waitForPage(page, () => earshot.state === 'stopped', undefined, { timeout: 10000 });
    assert.ok(await page.getByRole('button', { name: 'Start recording', exact: true }).isDisabled(),
      'a stopped take takes no new recording');
    await stopping;
    assert.match(server.output, /Take "Episode 12" stopped by the host/);

    const sidecar = await waitForSidecar(file, (s) => s.status === 'complete', 'a complete track');
    assert.equal(sidecar.take.take, takeId);
    assert.equal(sidecar.take.name, 'Episode 12');
    assert.equal(sidecar.take.guest, 'Ada');
    // Its first sample on Earshot's clock: after the click, before the first ack came back.
    const startedAt = Date.parse(sidecar.startedAt);
    assert.ok(sidecar.take.captureStartMs >= clickedAt - 50 && sidecar.take.captureStartMs <= startedAt + 1000,
      `capture start ${sidecar.take.captureStartMs} against click ${clickedAt} and start ${startedAt}`);
    assert.ok(sidecar.take.clockUncertaintyMs >= 0 && sidecar.take.clockUncertaintyMs < 50,
      `clock uncertainty ${sidecar.take.clockUncertaintyMs} ms on loopback`);

    const takeJson = JSON.parse(await readFile(path.join(dir, folder, 'take.json'), 'utf8'));
    assert.equal(takeJson.state, 'stopped');
    assert.deepEqual(takeJson.tracks.map((track) => [track.guest, track.file]), [['Ada', path.join(folder, 'Ada.webm')]]);
    assert.equal(takeJson.tracks[0].captureStartMs, sidecar.take.captureStartMs);

    // What the guest recorded plays: the tone, for as long as the page recorded.
    const probe = await ffprobe(file);
    assert.ok(Number(probe.format.duration) > 1, `duration ${probe.format.duration}`);
    const samples = await decodeMono16k(file);
    assert.ok(Math.abs(dominantFrequency(samples) - ToneHz) <= 5, 'the tone is in the track');
  } catch (error) {
    console.log(`page log:\n${log.join('\n')}\nserver output:\n${server.output}`);
    throw error;
  }
});
