// The recorder page in Firefox ESR (puppeteer-core over WebDriver BiDi) against a real Earshot:
// with an audio server, as on a desktop, and with none, where the level meter's audio context
// never starts (AudioContext.resume() never settles) and the recording must go on without it.
//
//   EARSHOT_BINARY=/path/to/earshot tests/browser/run.sh firefox.engine.mjs

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import path from 'node:path';

import { makeTempDir, removeDir } from './harness.mjs';
import {
  assertTone, openFirefox, recordDropResumeStop, startPulseAudio, startServer, waitForPage, withDiagnostics,
  withoutAudioServer,
} from './engines.mjs';

let work;
let serial = 0;

before(async () => {
  work = await makeTempDir('earshot-firefox-');
});

after(async () => {
  await removeDir(work);
});

for (const audioServer of [true, false]) {
  test(`Firefox ${audioServer ? 'with an audio server' : 'with no audio server'}: records Opus in WebM through a lost connection`, async (t) => {
    const root = path.join(work, `test-${++serial}`);
    const env = await startServer(t, root);
    let browserEnv = withoutAudioServer(root);
    if (audioServer) {
      const pulse = await startPulseAudio(root);
      t.after(() => pulse.stop());
      browserEnv = pulse.env;
    }
    await withDiagnostics(env, async () => {
      env.page = await openFirefox(env.server.pageUrl(), { env: browserEnv, log: env.log });
      t.after(() => env.page.close());
      if (!audioServer) {
        // What the page meets: an audio context that never starts.
        const resumed = await env.page.evaluate(() => Promise.race([
          new AudioContext().resume().then(() => 'resumed'), new Promise((resolve) => setTimeout(() => resolve('pending'), 2000))]));
        assert.equal(resumed, 'pending', 'with no audio server, Firefox never starts an audio context');
      }
      const { file, probe } = await recordDropResumeStop(env, {
        format: 'audio/webm;codecs=opus',
        whileRecording: audioServer
          ? () => waitForPage(env.page, () => Number(document.getElementById('meter').getAttribute('aria-valuenow')) > 0,
            undefined, { what: 'the level meter to move' })
          : null,
      });
      assert.match(probe.format.format_name, /webm/);
      assert.equal(probe.streams[0].codec_name, 'opus');
      await assertTone(file, env.page.toneHz);
    });
  });
}
