/**
 * 混合逻辑时钟 (hybrid logical clock).
 *
 * Every write stamps its record with an HLC stamp so that edits made on several
 * laptops, whose wall clocks may disagree by up to a day, can later be ordered
 * and merged field by field. A stamp is a string that sorts lexicographically
 * in causal order: `<ISO wall time>_<counter, 4 hex>_<device id>`.
 */
export type HlcStamp = string;

export type HlcState = { readonly wallMs: number; readonly counter: number; readonly deviceId: string };

const COUNTER_MAX = 0xffff;
const STAMP_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f]{4})_([A-Za-z0-9-]{1,64})$/;

export const initialHlc = (deviceId: string): HlcState => {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(deviceId)) throw new Error(`设备标识无效: ${deviceId}`);
  return { wallMs: 0, counter: 0, deviceId };
};

export const formatStamp = (state: HlcState): HlcStamp =>
  `${new Date(state.wallMs).toISOString()}_${state.counter.toString(16).padStart(4, '0')}_${state.deviceId}`;

export const parseStamp = (stamp: HlcStamp): HlcState => {
  const m = STAMP_PATTERN.exec(stamp);
  if (!m) throw new Error(`时间戳格式无效: ${stamp}`);
  return { wallMs: Date.parse(m[1] as string), counter: parseInt(m[2] as string, 16), deviceId: m[3] as string };
};

export const isStamp = (value: string): boolean => STAMP_PATTERN.test(value);

/** The next local stamp: never goes backwards even if the wall clock does. */
export const tick = (state: HlcState, nowMs: number): HlcState => {
  if (nowMs > state.wallMs) return { ...state, wallMs: nowMs, counter: 0 };
  return bump(state, state.wallMs, state.counter + 1);
};

/** Advance past a stamp received from another device (merge, import). */
export const receive = (state: HlcState, remote: HlcStamp, nowMs: number): HlcState => {
  const r = parseStamp(remote);
  const wall = Math.max(state.wallMs, r.wallMs, nowMs);
  if (wall === state.wallMs && wall === r.wallMs) return bump(state, wall, Math.max(state.counter, r.counter) + 1);
  if (wall === state.wallMs) return bump(state, wall, state.counter + 1);
  if (wall === r.wallMs) return bump(state, wall, r.counter + 1);
  return { ...state, wallMs: wall, counter: 0 };
};

/** Counter overflow moves the logical time one millisecond on rather than wrapping. */
const bump = (state: HlcState, wallMs: number, counter: number): HlcState =>
  counter > COUNTER_MAX ? { ...state, wallMs: wallMs + 1, counter: 0 } : { ...state, wallMs, counter };

export const compareStamps = (a: HlcStamp, b: HlcStamp): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A clock object for one device: the stateful wrapper the app and CLI use.
 * `now` is injected so tests and the demo generator are deterministic.
 */
export type Clock = { next(): HlcStamp; observe(remote: HlcStamp): void; readonly deviceId: string };

export const createClock = (deviceId: string, now: () => number): Clock => {
  let state = initialHlc(deviceId);
  return {
    deviceId,
    next() {
      state = tick(state, now());
      return formatStamp(state);
    },
    observe(remote) {
      state = receive(state, remote, now());
    },
  };
};
