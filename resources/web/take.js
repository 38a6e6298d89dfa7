// A take: several guests recorded together (docs/protocol.md, "Takes"). The page opened with
// `take=<id>` in its address follows that take: it joins it on every connection, learns where it
// stands (waiting, recording, stopped by the host), and measures this device's clock against
// Earshot's, so that its recording is placed on the take's timeline.
//
// Events: 'state' { state, previous, name } whenever the take's state is told (previous is null
// for the first answer on this page).

// Clock probes per connection; the one with the shortest round trip gives the offset best.
const ProbeCount = 8;
const ProbeSpacingMs = 150;

export function takeFromAddress() {
  const take = new URLSearchParams(location.search).get('take');
  return take && /^[0-9a-f]{1,32}$/i.test(take) ? take.toLowerCase() : null;
}

function unixMsNow() {
  return performance.timeOrigin + performance.now();
}

// This device's clock against Earshot's, from the fastest of the probes so far.
export class TakeClock {
  #best = null; // { offsetMs, roundTripMs }

  // A probe sent at `clientMs` came back at `receivedMs`, saying Earshot's clock read `serverMs`.
  addProbe(clientMs, serverMs, receivedMs) {
    const roundTripMs = receivedMs - clientMs;
    if (!(roundTripMs >= 0)) return;
    if (this.#best && this.#best.roundTripMs <= roundTripMs) return;
    this.#best = { offsetMs: serverMs - (clientMs + roundTripMs / 2), roundTripMs };
  }

  get known() {
    return this.#best !== null;
  }

  // `localMs` (Unix ms on this device) on Earshot's clock, with how far off it may be; null
  // before the first probe came back.
  toServerMs(localMs) {
    if (!this.#best) return null;
    return { ms: localMs + this.#best.offsetMs, uncertaintyMs: this.#best.roundTripMs / 2 };
  }
}

export class TakeFollower extends EventTarget {
  #connection;
  #timer = null;
  #probesLeft = 0;

  constructor(connection, take) {
    super();
    this.#connection = connection;
    this.take = take;
    this.name = '';
    this.state = null; // until Earshot says: 'waiting', 'recording' or 'stopped'
    this.clock = new TakeClock();
    connection.addEventListener('greeted', () => this.#onGreeted());
    connection.addEventListener('message', ({ detail: { message } }) => this.#onMessage(message));
    connection.addEventListener('dropped', () => this.#stopProbing());
  }

  #onGreeted() {
    this.#connection.notify({ type: 'join', take: this.take });
    this.#stopProbing();
    this.#probesLeft = ProbeCount;
    this.#probe();
  }

  #probe() {
    this.#timer = null;
    if (this.#probesLeft-- <= 0 || !this.#connection.ready) return;
    this.#connection.notify({ type: 'time', clientMs: unixMsNow() });
    this.#timer = setTimeout(() => this.#probe(), ProbeSpacingMs);
  }

  #stopProbing() {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #onMessage(message) {
    if (message.type === 'time' && typeof message.serverMs === 'number') {
      this.clock.addProbe(message.clientMs, message.serverMs, unixMsNow());
    } else if (message.type === 'take' && message.take === this.take) {
      const previous = this.state;
      this.name = message.name || '';
      this.state = message.state;
      this.dispatchEvent(new CustomEvent('state', { detail: { state: this.state, previous, name: this.name } }));
    }
  }
}
