// A small classic W3C WebDriver client over fetch, enough to drive WebKitGTK's MiniBrowser
// through WebKitWebDriver: a session, navigation, scripts, and the browser's end. (No npm
// client is needed for so little, and the protocol is plain JSON over HTTP.)

import { spawn } from 'node:child_process';
import net from 'node:net';

// A free loopback port: the driver takes a port, not 0.
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export class WebDriverError extends Error {}

// How W3C WebDriver names an element in JSON.
const ElementKey = 'element-6066-11e4-a52e-4f735466cecf';

// One driver process and one session in it.
export class WebDriverSession {
  #base;
  #driver;
  #output = '';

  // Starts `driverPath` on a free port and opens a session with `capabilities`
  // (alwaysMatch); `env` is the driver's (and so the browser's) environment.
  static async start({ driverPath, capabilities, env = process.env, timeout = 30000 }) {
    const port = await freePort();
    const session = new WebDriverSession();
    session.#driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (data) => { session.#output += data; };
    session.#driver.stdout.on('data', collect);
    session.#driver.stderr.on('data', collect);
    const root = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + timeout;
    for (;;) {
      try {
        const status = await (await fetch(`${root}/status`)).json();
        if (status.value?.ready !== false) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline || session.#driver.exitCode !== null) {
        await session.quit();
        throw new WebDriverError(`${driverPath} did not answer on port ${port}:\n${session.#output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    try {
      const created = await command(`${root}/session`, 'POST', { capabilities: { alwaysMatch: capabilities } });
      session.#base = `${root}/session/${created.sessionId}`;
    } catch (error) {
      await session.quit();
      error.message += `\n--- driver\n${session.#output}`;
      throw error;
    }
    return session;
  }

  get output() {
    return this.#output;
  }

  navigate(url) {
    return command(`${this.#base}/url`, 'POST', { url });
  }

  // Runs `fn` (a function or its source) in the page with `args` and returns its result; a
  // promise it returns is awaited (executeAsync's callback does that for any engine).
  evaluate(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn.toString()})(...Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value }), (error) => done({ error: String(error && (error.name + ": " + error.message + " " + error.stack) || error) }));`;
    return command(`${this.#base}/execute/async`, 'POST', { script, args }).then((result) => {
      if (result && result.error) throw new WebDriverError(`the page's script failed: ${result.error}`);
      return result ? result.value : undefined;
    });
  }

  // Clicks the element `selector` finds as a person would (a user gesture, which a page may need
  // to start audio).
  async click(selector) {
    const element = await command(`${this.#base}/element`, 'POST', { using: 'css selector', value: selector });
    const id = element?.[ElementKey];
    if (!id) throw new WebDriverError(`no element for ${selector}: ${JSON.stringify(element)}`);
    return command(`${this.#base}/element/${id}/click`, 'POST', {});
  }

  // Polls `fn(...args)` in the page until it is truthy.
  async waitFor(fn, args = [], { timeout = 20000, what = String(fn) } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.evaluate(fn, ...args);
        if (last) return last;
      } catch (error) {
        last = error;
      }
      if (Date.now() > deadline) throw new WebDriverError(`Timed out after ${timeout} ms waiting for ${what} (last: ${last})`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  // Ends the session (the browser with it) and the driver.
  async quit() {
    if (this.#base) {
      await command(this.#base, 'DELETE').catch(() => {});
      this.#base = null;
    }
    const driver = this.#driver;
    if (driver && driver.exitCode === null && driver.signalCode === null) {
      const exited = new Promise((resolve) => driver.once('exit', resolve));
      driver.kill('SIGTERM');
      const timer = setTimeout(() => driver.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  }
}

async function command(url, method, body) {
  const response = await fetch(url, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const reply = await response.json().catch(() => ({}));
  if (!response.ok) {
    const value = reply.value || {};
    throw new WebDriverError(`WebDriver ${method} ${url}: ${value.error || response.status}: ${value.message || ''}`);
  }
  return reply.value;
}
