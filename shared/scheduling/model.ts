import type { ScheduleInstance, UnscheduledReason } from './types';

/**
 * The instance compiled to integer indices and typed arrays, so the search's
 * hot loops never touch a string or a Map. Slots, tables, participants and
 * requests are numbered in input order; per-record lists are stored CSR-style
 * (`xStart[i]..xStart[i+1]` indexes into `x`).
 */
export type Model = {
  S: number;
  T: number;
  P: number;
  R: number;
  instance: ScheduleInstance;
  /** The two sides and the priority (3 = 必须) of each request. */
  a: Int32Array;
  b: Int32Array;
  w: Int32Array;
  /** Slots a request may take: allowed, fixed, and free for both sides; ascending. */
  domStart: Int32Array;
  dom: Int32Array;
  /** `inDom[r * S + s]` = 1 when slot s is in request r's domain. */
  inDom: Uint8Array;
  /** The table a request must use (a side's host table, or its locked table), or −1. */
  table: Int32Array;
  /** 1 for a locked request: its only slot is its locked slot and it never moves. */
  locked: Uint8Array;
  /** Most meetings per participant: `maxMeetings`, capped by the number of slots. */
  cap: Int32Array;
  /** `available[p * S + s]` = 1 when participant p can attend slot s. */
  available: Uint8Array;
  /** Requests that must be earlier (`pred`) or later (`succ`) when both are held. */
  predStart: Int32Array;
  pred: Int32Array;
  succStart: Int32Array;
  succ: Int32Array;
  /** Each participant's requests. */
  partStart: Int32Array;
  partReq: Int32Array;
  /** Why a request can never be placed, whatever the plan; undefined when it might be. */
  blocked: (UnscheduledReason | undefined)[];
};

const csr = (count: number, lists: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } => {
  const start = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) start[i + 1] = (start[i] ?? 0) + (lists[i]?.length ?? 0);
  const items = new Int32Array(start[count] ?? 0);
  for (let i = 0; i < count; i++) items.set(lists[i] ?? [], start[i] ?? 0);
  return { start, items };
};

/** Compiles a parsed instance (see validate.ts: every reference resolves). */
export const compileModel = (instance: ScheduleInstance): Model => {
  const S = instance.slots.length;
  const T = instance.tables.length;
  const P = instance.participants.length;
  const R = instance.requests.length;
  const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
  const tableIndex = new Map(instance.tables.map((t, i) => [t.id, i]));
  const personIndex = new Map(instance.participants.map((p, i) => [p.id, i]));
  const requestIndex = new Map(instance.requests.map((r, i) => [r.id, i]));
  const at = <K>(map: Map<K, number>, key: K): number => map.get(key) ?? -1;

  const available = new Uint8Array(P * S).fill(1);
  const cap = new Int32Array(P);
  const host = new Int32Array(P).fill(-1);
  for (const [p, spec] of instance.participants.entries()) {
    for (const s of spec.unavailable ?? []) available[p * S + at(slotIndex, s)] = 0;
    cap[p] = Math.min(spec.maxMeetings ?? S, S);
    if (spec.hostTable !== undefined) host[p] = at(tableIndex, spec.hostTable);
  }

  const lockedAt = new Map((instance.locked ?? []).map((m) => [m.requestId, m]));
  const a = new Int32Array(R);
  const b = new Int32Array(R);
  const w = new Int32Array(R);
  const table = new Int32Array(R).fill(-1);
  const locked = new Uint8Array(R);
  const inDom = new Uint8Array(R * S);
  const domains: number[][] = [];
  const preds: number[][] = instance.requests.map(() => []);
  const succs: number[][] = instance.requests.map(() => []);
  const byPerson: number[][] = instance.participants.map(() => []);
  const blocked: (UnscheduledReason | undefined)[] = [];

  for (const [r, spec] of instance.requests.entries()) {
    const pa = at(personIndex, spec.a);
    const pb = at(personIndex, spec.b);
    a[r] = pa;
    b[r] = pb;
    w[r] = spec.priority ?? 3;
    byPerson[pa]?.push(r);
    byPerson[pb]?.push(r);
    for (const q of spec.after ?? []) {
      const qi = at(requestIndex, q);
      preds[r]?.push(qi);
      succs[qi]?.push(r);
    }
    const lock = lockedAt.get(spec.id);
    const ha = host[pa] ?? -1;
    const hb = host[pb] ?? -1;
    let allowed: number[];
    if (lock) {
      locked[r] = 1;
      table[r] = at(tableIndex, lock.tableId);
      allowed = [at(slotIndex, lock.slotId)];
    } else {
      table[r] = ha >= 0 ? ha : hb;
      const fixed = spec.fixedSlot === undefined ? undefined : at(slotIndex, spec.fixedSlot);
      const listed = spec.allowedSlots === undefined ? undefined : new Set(spec.allowedSlots.map((s) => at(slotIndex, s)));
      allowed = [];
      for (let s = 0; s < S; s++) {
        if ((fixed === undefined || fixed === s) && (listed === undefined || listed.has(s)) && available[pa * S + s] && available[pb * S + s]) allowed.push(s);
      }
    }
    for (const s of allowed) inDom[r * S + s] = 1;
    domains.push(allowed);
    blocked.push(
      lock ? undefined
      : ha >= 0 && hb >= 0 && ha !== hb ? 'host-tables-differ'
      : allowed.length === 0 ? 'no-common-slot'
      : (cap[pa] ?? 0) === 0 || (cap[pb] ?? 0) === 0 ? 'participant-limit'
      : T === 0 ? 'tables-full'
      : undefined,
    );
  }

  const d = csr(R, domains);
  const p = csr(R, preds);
  const s = csr(R, succs);
  const part = csr(P, byPerson);
  return {
    S, T, P, R, instance, a, b, w, inDom, table, locked, cap, available, blocked,
    domStart: d.start, dom: d.items,
    predStart: p.start, pred: p.items,
    succStart: s.start, succ: s.items,
    partStart: part.start, partReq: part.items,
  };
};
