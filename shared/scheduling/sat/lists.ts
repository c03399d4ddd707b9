/**
 * One growable list of integers per literal (watches, binary partners), all
 * segments of one Int32Array: a list is found by two flat loads instead of a
 * pointer chase to its own array, which on instances of 70,000 literals is
 * most of a propagation's cache misses. A full segment moves to the end with
 * twice the room; the hole it leaves is reclaimed by `relayout`.
 */
export type Lists = {
  data: Int32Array;
  start: Int32Array;
  len: Int32Array;
  cap: Int32Array;
  /** First unused entry of `data`. */
  end: number;
};

const MIN_ROOM = 4;

export const createLists = (keys: number): Lists => ({
  data: new Int32Array(1024),
  start: new Int32Array(keys),
  len: new Int32Array(keys),
  cap: new Int32Array(keys),
  end: 0,
});

export const growKeys = (l: Lists, keys: number): void => {
  const grown = (old: Int32Array) => {
    const next = new Int32Array(keys);
    next.set(old);
    return next;
  };
  l.start = grown(l.start);
  l.len = grown(l.len);
  l.cap = grown(l.cap);
};

const reserve = (l: Lists, need: number): void => {
  if (need <= l.data.length) return;
  const data = new Int32Array(Math.max(need, l.data.length * 2));
  data.set(l.data.subarray(0, l.end));
  l.data = data;
};

/** Makes room for `extra` more entries in key's list, moving it to the end when full. May replace `data`. */
const ensureRoom = (l: Lists, key: number, extra: number): void => {
  const n = l.len[key] ?? 0;
  const cap = l.cap[key] ?? 0;
  if (n + extra <= cap) return;
  const room = Math.max(MIN_ROOM, 2 * cap, n + extra);
  reserve(l, l.end + room);
  const from = l.start[key] ?? 0;
  l.data.copyWithin(l.end, from, from + n);
  l.start[key] = l.end;
  l.cap[key] = room;
  l.end += room;
};

export const push = (l: Lists, key: number, x: number): void => {
  ensureRoom(l, key, 1);
  const n = l.len[key] ?? 0;
  l.data[(l.start[key] ?? 0) + n] = x;
  l.len[key] = n + 1;
};

export const pushPair = (l: Lists, key: number, x: number, y: number): void => {
  ensureRoom(l, key, 2);
  const n = l.len[key] ?? 0;
  const at = (l.start[key] ?? 0) + n;
  l.data[at] = x;
  l.data[at + 1] = y;
  l.len[key] = n + 2;
};

/**
 * Empties every list and lays the segments out afresh, in key order, with
 * room for `sizes[key]` entries plus half as many again: used when all
 * watches are rebuilt.
 */
export const relayout = (l: Lists, sizes: Int32Array, keys: number): void => {
  let total = 0;
  for (let k = 0; k < keys; k++) {
    const n = sizes[k] ?? 0;
    const room = n === 0 ? 0 : Math.max(MIN_ROOM, n + (n >> 1));
    l.start[k] = total;
    l.cap[k] = room;
    l.len[k] = 0;
    total += room;
  }
  if (total > l.data.length || total < l.data.length >> 2) l.data = new Int32Array(Math.max(1024, total + (total >> 1)));
  l.end = total;
};
