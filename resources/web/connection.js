// The WebSocket to the Earshot that served this page: connecting, noticing a dead connection,
// reconnecting with backoff, and finding out why a connection was refused.

import { comesAsCloseReason, givesUp } from './errors.js';

const FirstRetryMs = 500;
const MaxRetryMs = 10000; // reconnect attempts are at most this far apart
const StallMs = 8000; // a connection that answers nothing for this long is dead

// `token` is the pairing token; `needed()` says whether anything wants a connection now (an
// idle server may then close it for good); `session()`, when given, the session the next
// connection resumes, if any: the URL names it (/ws?session=...) so that a balancer in front of
// several Earshots (docs/scaling.md) sends it to the one that records it.
//
// Events: 'state' (see `state`), 'greeted' (the server said hello: uploads may go), 'message'
// { message } (every other message from the server), 'dropped' (the socket is gone; what was
// streaming must resume on the next one), 'down' { code } (the connection is lost and a
// reconnect is coming; code says why, when known), 'refused' { code } (the page may not
// connect: no retry will follow).
export class Connection extends EventTarget {
  #token;
  #needed;
  #session;
  #state = 'connecting'; // connecting | open | reconnecting | closed | idle | refused
  #ws = null;
  #ready = false; // the server has greeted the current connection
  #attempt = 0;
  #retryTimer = 0;
  #awaitingSince = 0; // when we started waiting for the server to answer something
  #socketsOpened = 0;

  constructor({ token, needed, session = () => null }) {
    super();
    this.#token = token;
    this.#needed = needed;
    this.#session = session;
  }

  get state() {
    return this.#state;
  }

  get ready() {
    return this.#ready;
  }

  // Whether a socket exists (open or still opening).
  get hasSocket() {
    return this.#ws !== null;
  }

  // Whether a reconnect is armed; for the tests, which prove a refused page stays quiet.
  get retryScheduled() {
    return this.#retryTimer !== 0;
  }

  get socketsOpened() {
    return this.#socketsOpened;
  }

  connect() {
    if (this.#ws || this.#state === 'refused') return;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = 0;
    let ws;
    try {
      ws = new WebSocket(this.#socketUrl());
    } catch (error) {
      console.warn('Earshot: cannot open the WebSocket', error);
      this.#scheduleReconnect();
      return;
    }
    this.#socketsOpened += 1;
    ws.binaryType = 'arraybuffer';
    this.#ws = ws;
    this.#ready = false;
    this.#awaitingSince = Date.now(); // for the greeting
    this.#setState(this.#attempt > 0 ? 'reconnecting' : 'connecting');
    ws.onopen = () => { ws.opened = true; };
    ws.onmessage = (event) => {
      if (this.#ws !== ws || typeof event.data !== 'string') return;
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      this.#awaitingSince = 0;
      this.#onMessage(ws, message);
    };
    ws.onclose = (event) => this.#onClosed(ws, event);
  }

  // Try at once when the device says the network is back, instead of waiting out the backoff.
  reconnectNow() {
    if (this.#ws || this.#state === 'refused' || !(this.#retryTimer || this.#needed())) return;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = 0;
    this.connect();
  }

  // Sends a message the server answers (JSON, or audio bytes); false when not connected.
  send(message) {
    if (!this.#ws || !this.#ready) return false;
    this.#ws.send(ArrayBuffer.isView(message) ? message : JSON.stringify(message));
    if (!this.#awaitingSince) this.#awaitingSince = Date.now();
    return true;
  }

  // Sends a message that gets no answer (the level), so it does not start a wait for one.
  notify(message) {
    this.#ws.send(JSON.stringify(message));
  }

  // Called regularly: drops a connection that has not answered for too long.
  checkStall() {
    if (this.#ws && this.#awaitingSince && Date.now() - this.#awaitingSince > StallMs) {
      console.warn('Earshot: the server stopped answering; reconnecting');
      this.#abandon();
    }
  }

  // The page cannot record at all, so it does not connect.
  markClosed() {
    this.#setState('closed');
  }

  #query() {
    const parameters = [];
    if (this.#token) parameters.push(`t=${encodeURIComponent(this.#token)}`);
    const session = this.#session();
    if (session) parameters.push(`session=${encodeURIComponent(session)}`);
    return parameters.length > 0 ? `?${parameters.join('&')}` : '';
  }

  // Absolute: older browsers take no relative WebSocket URL.
  #socketUrl() {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${proto}//${location.host}/ws${this.#query()}`;
  }

  #onMessage(ws, message) {
    if (message.type === 'connection') {
      this.#ready = true;
      this.#attempt = 0;
      this.#setState('open');
      this.dispatchEvent(new Event('greeted'));
      return;
    }
    if (message.type === 'error') {
      console.warn(`Earshot: server error ${message.code}: ${message.message}`);
      ws.errorCode = message.code; // the close that may follow explains itself by it
    }
    this.dispatchEvent(new CustomEvent('message', { detail: { message } }));
  }

  // Drops a connection that stopped answering without waiting for a closing handshake that
  // a dead network never completes.
  #abandon() {
    const ws = this.#ws;
    if (!ws) return;
    ws.onclose = ws.onmessage = null;
    ws.close();
    const greeted = this.#ready;
    this.#dropped();
    if (greeted) this.#attempt = 0;
    this.#afterLoss(greeted ? null : 'unreachable');
  }

  #dropped() {
    this.#ws = null;
    this.#ready = false;
    this.#awaitingSince = 0;
    this.dispatchEvent(new Event('dropped'));
  }

  async #onClosed(ws, event) {
    if (this.#ws !== ws) return;
    this.#dropped();
    let code = ws.errorCode || (comesAsCloseReason(event.reason) ? event.reason : null);
    if (!code && !ws.opened) {
      code = await this.#probe();
      if (this.#ws) return; // a new connection started meanwhile
    }
    this.#afterLoss(code);
  }

  #afterLoss(code) {
    if (givesUp(code)) {
      this.#refuse(code);
      return;
    }
    if (code === 'idle_timeout' && !this.#needed()) {
      this.#setState('idle');
      return;
    }
    this.dispatchEvent(new CustomEvent('down', { detail: { code } }));
    this.#scheduleReconnect();
  }

  // A WebSocket that fails before it opens says nothing about why. Ask over HTTP: no answer
  // means unreachable; a refusal may carry the error code as JSON.
  async #probe() {
    try {
      const response = await fetch(`/ws${this.#query()}`, { cache: 'no-store' });
      if (response.status >= 400 && response.status !== 426) {
        const body = await response.json().catch(() => null);
        if (body && typeof body.code === 'string') return body.code;
      }
      return null;
    } catch {
      return 'unreachable';
    }
  }

  #scheduleReconnect() {
    if (this.#retryTimer || this.#state === 'refused') return;
    const ceiling = Math.min(MaxRetryMs, FirstRetryMs * 2 ** this.#attempt);
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    this.#attempt += 1;
    this.#setState('reconnecting');
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = 0;
      this.connect();
    }, delay);
  }

  #refuse(code) {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = 0;
    this.#setState('refused');
    this.dispatchEvent(new CustomEvent('refused', { detail: { code } }));
  }

  #setState(state) {
    this.#state = state;
    this.dispatchEvent(new Event('state'));
  }
}
