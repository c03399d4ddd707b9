import type { State } from './state';
import type { PlannedMeeting, ScheduleInstance } from './types';

/**
 * Gives every held meeting a table, slot by slot in time order. Meetings bound
 * to a table (host or locked) take it; the others first try the table where one
 * of their two sides sat last, the side with more meetings first (a company
 * with a full day keeps its table and its visitors come to it), then any free
 * table, least recently used first so a table someone just left stays theirs
 * as long as possible. Always succeeds: the state keeps at most #tables
 * meetings per slot and bound tables distinct. Returns the table of each request (−1 if not held).
 */
export const assignTables = (st: State): Int32Array => {
  const { m } = st;
  const { S, T } = m;
  const tableOf = new Int32Array(m.R).fill(-1);
  const lastTable = new Int32Array(m.P).fill(-1);
  const lastUsed = new Int32Array(T).fill(-1);
  const taken = new Int32Array(T).fill(-1);
  const waiting: number[] = [];
  const byFreshness = Array.from({ length: T }, (_, t) => t);
  const sit = (r: number, t: number, s: number) => {
    tableOf[r] = t;
    taken[t] = s;
    lastUsed[t] = s;
    lastTable[m.a[r] ?? 0] = t;
    lastTable[m.b[r] ?? 0] = t;
  };
  for (let s = 0; s < S; s++) {
    const load = st.load[s] ?? 0;
    const meetings = Array.from(st.members.subarray(s * T, s * T + load));
    for (const r of meetings) if ((m.table[r] ?? -1) >= 0) sit(r, m.table[r] ?? 0, s);
    const free = meetings.filter((r) => (m.table[r] ?? -1) < 0);
    free.sort((x, y) => busiest(st, y) - busiest(st, x));
    waiting.length = 0;
    for (const r of free) {
      const [first, second] = (st.nMeet[m.a[r] ?? 0] ?? 0) >= (st.nMeet[m.b[r] ?? 0] ?? 0) ? [m.a[r] ?? 0, m.b[r] ?? 0] : [m.b[r] ?? 0, m.a[r] ?? 0];
      const t = [lastTable[first] ?? -1, lastTable[second] ?? -1].find((c) => c >= 0 && taken[c] !== s);
      if (t === undefined) waiting.push(r);
      else sit(r, t, s);
    }
    if (waiting.length === 0) continue;
    byFreshness.sort((x, y) => (lastUsed[x] ?? 0) - (lastUsed[y] ?? 0) || x - y);
    let next = 0;
    for (const r of waiting) {
      while (taken[byFreshness[next] ?? 0] === s) next++;
      sit(r, byFreshness[next] ?? 0, s);
    }
  }
  return tableOf;
};

const busiest = (st: State, r: number): number => Math.max(st.nMeet[st.m.a[r] ?? 0] ?? 0, st.nMeet[st.m.b[r] ?? 0] ?? 0);

/** Per participant, consecutive meetings (in slot order) at different tables, summed: how often people change tables. */
export const countTableChanges = (instance: ScheduleInstance, meetings: readonly PlannedMeeting[]): number => {
  const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
  const requests = new Map(instance.requests.map((r) => [r.id, r]));
  const seats = new Map<string, { slot: number; table: string }[]>();
  for (const m of meetings) {
    const r = requests.get(m.requestId);
    if (!r) continue;
    for (const p of [r.a, r.b]) {
      const list = seats.get(p) ?? [];
      list.push({ slot: slotIndex.get(m.slotId) ?? 0, table: m.tableId });
      seats.set(p, list);
    }
  }
  let changes = 0;
  for (const list of seats.values()) {
    list.sort((x, y) => x.slot - y.slot);
    for (let i = 1; i < list.length; i++) if (list[i]?.table !== list[i - 1]?.table) changes++;
  }
  return changes;
};
