// A scripted guest in a take, speaking protocol v1 (docs/protocol.md) as a device would: it joins
// the take, measures its clock against Earshot's with time probes, starts with when its first
// sample was captured (on Earshot's clock), streams 16-bit PCM at real pace from a sample clock
// that may run fast or slow, and stops with the count and SHA-256 of every byte it produced.
//
// Its audio is quiet noise, with a click (a 10 ms burst) at the sample its own clock puts at a
// given instant of true time.

import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

export const ClickMs = 10;
export const ClickAmplitude = 24000;

// Unix ms on this machine's clock, finer than a millisecond: the clock the test keeps time by.
export function nowMs() {
  return performance.timeOrigin + performance.now();
}

export class ScriptedGuest {
  // `speed`: how many samples its clock makes per nominal sample (1.001: 0.1 % fast).
  constructor({ url, take, name, rate = 16000, speed = 1 }) {
    Object.assign(this, { url, take, name, rate, speed });
    this.messages = [];
    this.samplesSent = 0;
    this.bytesSent = 0;
    this.hash = createHash('sha256');
    this.clickAtMs = null; // the true instant of the click, this machine's Unix ms
    this.offsetMs = 0; // Earshot's clock minus this one, from the fastest probe
    this.roundTripMs = Infinity;
    this.#waiters = [];
  }

  #socket = null;
  #waiters;
  #timer = null;
  #captureStartMs = 0; // its first sample, on this machine's clock

  async open() {
    this.#socket = new WebSocket(this.url, { rejectUnauthorized: false }); // Earshot's own certificate
    this.#socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      const message = JSON.parse(data.toString('utf8'));
      this.messages.push(message);
      for (const waiter of [...this.#waiters]) waiter();
    });
    await new Promise((resolve, reject) => {
      this.#socket.once('open', resolve);
      this.#socket.once('error', reject);
    });
    await this.waitFor((m) => m.type === 'connection');
    this.send({ type: 'join', take: this.take });
    await this.waitFor((m) => m.type === 'take');
  }

  send(message) {
    this.#socket.send(JSON.stringify(message));
  }

  // The first message after the `from`-th that satisfies `check`.
  waitFor(check, { from = 0, timeout = 15000 } = {}) {
    return new Promise((resolve, reject) => {
      const look = () => {
        const found = this.messages.slice(from).find(check);
        if (!found) return false;
        this.#waiters = this.#waiters.filter((w) => w !== look);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== look);
        reject(new Error(`${this.name}: no such message within ${timeout} ms; got ${JSON.stringify(this.messages)}`));
      }, timeout);
      if (!look()) this.#waiters.push(look);
    });
  }

  // Eight probes, one after the other; the fastest gives the offset.
  async probeClock(count = 8) {
    for (let i = 0; i < count; i++) {
      const from = this.messages.length;
      const clientMs = nowMs();
      this.send({ type: 'time', clientMs });
      const answer = await this.waitFor((m) => m.type === 'time' && m.clientMs === clientMs, { from });
      const roundTripMs = nowMs() - clientMs;
      if (roundTripMs < this.roundTripMs) {
        this.roundTripMs = roundTripMs;
        this.offsetMs = answer.serverMs - (clientMs + roundTripMs / 2);
      }
    }
  }

  // Captures from now on, streaming every 20 ms what its clock has made; the click goes at the
  // sample its clock reaches at `clickAtMs` (this machine's clock).
  async start(clickAtMs) {
    this.clickAtMs = clickAtMs;
    this.#captureStartMs = nowMs();
    const from = this.messages.length;
    this.send({
      type: 'start', format: `audio/pcm;rate=${this.rate};channels=1;bits=16`, name: this.name, take: this.take,
      captureStartMs: this.#captureStartMs + this.offsetMs, clockUncertaintyMs: this.roundTripMs / 2,
    });
    this.started = await this.waitFor((m) => m.type === 'started', { from });
    this.#timer = setInterval(() => this.#sendDue(), 20);
  }

  // The samples its clock has made by now (`speed` times the nominal rate).
  #sendDue() {
    const due = Math.floor(((nowMs() - this.#captureStartMs) / 1000) * this.rate * this.speed);
    if (due <= this.samplesSent) return;
    const clickSample = Math.round(((this.clickAtMs - this.#captureStartMs) / 1000) * this.rate * this.speed);
    const clickSamples = Math.round((ClickMs / 1000) * this.rate);
    const chunk = Buffer.alloc((due - this.samplesSent) * 2);
    for (let i = this.samplesSent; i < due; i++) {
      const click = i >= clickSample && i < clickSample + clickSamples;
      const value = click ? (i % 2 ? ClickAmplitude : -ClickAmplitude) : ((i * 7919) % 200) - 100;
      chunk.writeInt16LE(value, (i - this.samplesSent) * 2);
    }
    this.samplesSent = due;
    this.bytesSent += chunk.length;
    this.hash.update(chunk);
    this.#socket.send(chunk);
  }

  // Stops capturing; resolves to Earshot's `stopped` once every byte is acknowledged.
  async stop() {
    clearInterval(this.#timer);
    this.#sendDue();
    this.stoppedAtMs = nowMs();
    const bytes = this.bytesSent;
    await this.waitFor((m) => m.type === 'ack' && m.bytes >= bytes);
    const from = this.messages.length;
    this.send({ type: 'stop', bytes, sha256: this.hash.copy().digest('hex') });
    return this.waitFor((m) => m.type === 'stopped', { from });
  }

  close() {
    clearInterval(this.#timer);
    this.#socket?.close();
  }
}
