import type { ReplanInput } from './replanTypes';
import type { ScheduleInstance } from './types';

/**
 * The instance of one re-plan compiled to integer indices and typed arrays,
 * built once per call in O(requests × slots): the search then never touches a
 * string. The scheduler has its own model (model.ts); this one adds what only
 * the live day knows (the first open slot, who is absent, what is cancelled)
 * and keeps domains as flags, because the re-planner asks "may r take s?" far
 * more often than "which slots may r take?".
 */
export type ReplanModel = {
  instance: ScheduleInstance;
  S: number;
  T: number;
  P: number;
  R: number;
  /** Index of the first open slot. */
  open: number;
  a: Int32Array;
  b: Int32Array;
  w: Int32Array;
  /**
   * `inDom[r * S + s]` = 1 when r may take slot s by its rules (allowed, fixed,
   * both sides available, host tables that agree), past or not.
   */
  inDom: Uint8Array;
  /** The table r must use (a side's host table, or its locked table), or −1. */
  need: Int32Array;
  /** 1 when both sides have host tables and they differ: r can never be placed. */
  hostsDiffer: Uint8Array;
  /** Most meetings per participant (`maxMeetings`, capped by the number of slots). */
  cap: Int32Array;
  /** 1 for a table that is someone's host table: free meetings use it last. */
  booth: Uint8Array;
  absent: Uint8Array;
  cancelled: Uint8Array;
  /** Requests that must be earlier (`pred`) or later (`succ`) when both are held, CSR. */
  predStart: Int32Array;
  pred: Int32Array;
  succStart: Int32Array;
  succ: Int32Array;
  slotIndex: Map<string, number>;
  tableIndex: Map<string, number>;
  requestIndex: Map<string, number>;
};

/**
 * Compiles a parsed instance (validate.ts: every reference resolves). Throws
 * a RangeError when `firstOpenSlot` is not a slot of the instance: that is a
 * bug of the caller, not a fact of the fair.
 */
export const compileReplan = (input: ReplanInput): ReplanModel => {
  const { instance } = input;
  const S = instance.slots.length;
  const T = instance.tables.length;
  const P = instance.participants.length;
  const R = instance.requests.length;
  const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
  const tableIndex = new Map(instance.tables.map((t, i) => [t.id, i]));
  const personIndex = new Map<string, number>();
  for (let p = 0; p < P; p++) personIndex.set(instance.participants[p]?.id ?? '', p);
  const requestIndex = new Map<string, number>();
  for (let r = 0; r < R; r++) requestIndex.set(instance.requests[r]?.id ?? '', r);
  const open = slotIndex.get(input.firstOpenSlot);
  if (open === undefined) throw new RangeError(`replan: firstOpenSlot “${input.firstOpenSlot}” is not a slot of the instance`);

  const available = new Uint8Array(P * S).fill(1);
  const cap = new Int32Array(P);
  const host = new Int32Array(P).fill(-1);
  const booth = new Uint8Array(T);
  for (const [p, spec] of instance.participants.entries()) {
    for (const s of spec.unavailable ?? []) available[p * S + (slotIndex.get(s) ?? 0)] = 0;
    cap[p] = Math.min(spec.maxMeetings ?? S, S);
    const t = spec.hostTable === undefined ? -1 : (tableIndex.get(spec.hostTable) ?? -1);
    host[p] = t;
    if (t >= 0) booth[t] = 1;
  }
  const absent = new Uint8Array(P);
  for (const { participantId } of input.absent ?? []) {
    const p = personIndex.get(participantId);
    if (p !== undefined) absent[p] = 1;
  }
  const cancelled = new Uint8Array(R);
  for (const id of input.cancelled ?? []) {
    const r = requestIndex.get(id);
    if (r !== undefined) cancelled[r] = 1;
  }

  const lockedTable = new Map((instance.locked ?? []).map((m) => [m.requestId, tableIndex.get(m.tableId) ?? -1]));
  const a = new Int32Array(R);
  const b = new Int32Array(R);
  const w = new Int32Array(R);
  const need = new Int32Array(R).fill(-1);
  const hostsDiffer = new Uint8Array(R);
  const inDom = new Uint8Array(R * S);
  // Few requests have `after`: count first, then fill, rather than an array per request.
  const predStart = new Int32Array(R + 1);
  const succStart = new Int32Array(R + 1);
  for (let r = 0; r < R; r++) {
    const spec = instance.requests[r];
    if (spec === undefined) continue;
    const pa = personIndex.get(spec.a) ?? 0;
    const pb = personIndex.get(spec.b) ?? 0;
    a[r] = pa;
    b[r] = pb;
    w[r] = spec.priority ?? 3;
    const ha = host[pa] ?? -1;
    const hb = host[pb] ?? -1;
    const differ = ha >= 0 && hb >= 0 && ha !== hb;
    if (differ) hostsDiffer[r] = 1;
    const locked = lockedTable.size === 0 ? undefined : lockedTable.get(spec.id);
    need[r] = locked ?? (ha >= 0 ? ha : hb);
    if (spec.after !== undefined) {
      for (const q of spec.after) {
        predStart[r + 1] = (predStart[r + 1] ?? 0) + 1;
        const qi = requestIndex.get(q) ?? 0;
        succStart[qi + 1] = (succStart[qi + 1] ?? 0) + 1;
      }
    }
    if (differ) continue;
    const fixed = spec.fixedSlot === undefined ? -1 : (slotIndex.get(spec.fixedSlot) ?? -1);
    const row = r * S;
    const rowA = pa * S;
    const rowB = pb * S;
    if (spec.allowedSlots === undefined) {
      for (let s = 0; s < S; s++) inDom[row + s] = (available[rowA + s] ?? 0) & (available[rowB + s] ?? 0);
    } else {
      for (const id of spec.allowedSlots) {
        const s = slotIndex.get(id) ?? 0;
        inDom[row + s] = (available[rowA + s] ?? 0) & (available[rowB + s] ?? 0);
      }
    }
    if (fixed >= 0) {
      const keep = inDom[row + fixed] ?? 0;
      inDom.fill(0, row, row + S);
      inDom[row + fixed] = keep;
    }
  }
  for (let r = 0; r < R; r++) {
    predStart[r + 1] = (predStart[r + 1] ?? 0) + (predStart[r] ?? 0);
    succStart[r + 1] = (succStart[r + 1] ?? 0) + (succStart[r] ?? 0);
  }
  const pred = new Int32Array(predStart[R] ?? 0);
  const succ = new Int32Array(succStart[R] ?? 0);
  const predFill = predStart.slice(0, R);
  const succFill = succStart.slice(0, R);
  for (let r = 0; r < R; r++) {
    for (const q of instance.requests[r]?.after ?? []) {
      const qi = requestIndex.get(q) ?? 0;
      pred[predFill[r] ?? 0] = qi;
      predFill[r] = (predFill[r] ?? 0) + 1;
      succ[succFill[qi] ?? 0] = r;
      succFill[qi] = (succFill[qi] ?? 0) + 1;
    }
  }
  return { instance, S, T, P, R, open, a, b, w, inDom, need, hostsDiffer, cap, booth, absent, cancelled, predStart, pred, succStart, succ, slotIndex, tableIndex, requestIndex };
};

/** Whether neither side of r is absent and r is not cancelled: it is still wanted today. */
export const wanted = (m: ReplanModel, r: number): boolean => !m.cancelled[r] && !m.absent[m.a[r] ?? 0] && !m.absent[m.b[r] ?? 0];
