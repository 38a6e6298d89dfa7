// The recorder page in WebKitGTK, the engine closest to Safari (MiniBrowser through
// WebKitWebDriver, under an Xvfb of its own), against a real Earshot. Its MediaRecorder offers
// only audio/mp4 (AAC), hands over about one fragment a second and doubles boxes of its own;
// under LANG=C.UTF-8 its navigator.language is "C", which Intl refuses.
//
//   EARSHOT_BINARY=/path/to/earshot tests/browser/run.sh webkit.engine.mjs

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import path from 'node:path';

import { makeTempDir, removeDir } from './harness.mjs';
import { assertTone, openWebKit, recordDropResumeStop, startServer, startXvfb, withDiagnostics } from './engines.mjs';

let work;
let xvfb;

before(async () => {
  work = await makeTempDir('earshot-webkit-');
  xvfb = await startXvfb();
});

after(async () => {
  await xvfb?.stop();
  await removeDir(work);
});

test('WebKit under LANG=C.UTF-8: records AAC in MP4 through a lost connection, and the file plays to its end', async (t) => {
  const root = path.join(work, 'test-1');
  const env = await startServer(t, root);
  // Debian's C.UTF-8, the locale of a bare system or a service: WebKit reads it as "C".
  const locale = { ...process.env, LANG: 'C.UTF-8' };
  delete locale.LC_ALL;
  delete locale.LANGUAGE;
  await withDiagnostics(env, async () => {
    env.page = await openWebKit(env.server.pageUrl(), { env: locale, display: xvfb.display, log: env.log });
    t.after(() => env.page.close());
    assert.equal(await env.page.evaluate(() => navigator.language), 'C', 'WebKit passes the C locale on');
    const { file, sidecar, probe } = await recordDropResumeStop(env, { format: 'audio/mp4;codecs=mp4a.40.2', recordMs: 6500 });
    assert.equal(probe.streams[0].codec_name, 'aac');
    // WebKit's doubled ftyp (and, when the stop cuts a fragment, its doubled moof) were mended.
    assert.ok(sidecar.remux.repairs?.some((repair) => repair.includes('second ftyp')), JSON.stringify(sidecar.remux));
    await assertTone(file, env.page.toneHz);
  });
});
