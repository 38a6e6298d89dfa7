// A take: several guests recorded together (docs/protocol.md, "Takes"). The page opened with
// `take=<id>` in its address follows that take: it joins it on every connection, learns where it
// stands (waiting, recording, stopped by the host), and measures this device's clock against
// Earshot's, so that its recording is placed on the take's timeline.
//
// Events: 'state' { state, previous, name } whenever the take's state is told (previous is null
// for the first answer on this page).

// Clock probes: a burst on each connection and again every ReprobeMs while it lasts; of the
// answers of the last MaxProbeAgeMs, the one with the shortest round trip gives the offset best.
// This device's clock (performance.now()) runs at its own rate, some 0.01 % off Earshot's, so an
// hour-old answer can be a third of a second off: an old one gives way to any newer one.
const ProbeCount = 8;
const ProbeSpacingMs = 150;
const ReprobeMs = 60000;
const MaxProbeAgeMs = 150000;

export function takeFromAddress() {
  const take = new URLSearchParams(location.search).get('take');
  return take && /^[0-9a-f]{1,32}$/i.test(take) ? take.toLowerCase() : null;
}

function unixMsNow() {
  return performance.timeOrigin + performance.now();
}

// This device's clock against Earshot's, from the fastest of the probes so far.
export class TakeClock {
  #best = null; // { offsetMs, roundTripMs, receivedMs }

  // A probe sent at `clientMs` came back at `receivedMs`, saying Earshot's clock read `serverMs`.
  // Kept when it is the fastest, or the best so far is older than MaxProbeAgeMs.
  addProbe(clientMs, serverMs, receivedMs) {
    const roundTripMs = receivedMs - clientMs;
    if (!(roundTripMs >= 0)) return;
    const recent = this.#best && receivedMs - this.#best.receivedMs <= MaxProbeAgeMs;
    if (recent && this.#best.roundTripMs <= roundTripMs) return;
    this.#best = { offsetMs: serverMs - (clientMs + roundTripMs / 2), roundTripMs, receivedMs };
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
    if (!this.#connection.ready) return;
    this.#connection.notify({ type: 'time', clientMs: unixMsNow() });
    const burstGoesOn = --this.#probesLeft > 0;
    if (!burstGoesOn) this.#probesLeft = ProbeCount;
    this.#timer = setTimeout(() => this.#probe(), burstGoesOn ? ProbeSpacingMs : ReprobeMs);
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
