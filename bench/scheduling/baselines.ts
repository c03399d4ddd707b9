import type { PlannedMeeting, RequestSpec, ScheduleInstance } from '../../shared/scheduling/types';

/**
 * Two baselines that place meetings the way event tools and spreadsheets do
 * today: one request at a time, each at the earliest slot that still works,
 * never revisited. Both respect every hard constraint of the scheduler (a
 * participant or a table once per slot, unavailable and allowed slots, fixed
 * slots, follow-up order, host tables, per-participant maxima, locked
 * meetings), so they differ from it only in how well they choose.
 *
 * They say nothing of why a request was left out, as those tools don't.
 */
export type BaselinePlan = { meetings: PlannedMeeting[]; unscheduled: string[] };

export type Baseline = { name: string; plan(instance: ScheduleInstance): BaselinePlan };

type Person = { busy: Uint8Array; host: number | undefined; max: number; meetings: number };

/** The grid as it fills: who and which table is busy in which slot. */
const openFloor = (instance: ScheduleInstance) => {
  const nSlots = instance.slots.length;
  const slotIndex = new Map(instance.slots.map((s, k) => [s.id, k]));
  const tableIndex = new Map(instance.tables.map((t, k) => [t.id, k]));
  const slotOf = (id: string): number => {
    const k = slotIndex.get(id);
    if (k === undefined) throw new Error(`unknown slot ${id}`);
    return k;
  };
  const people = new Map(
    instance.participants.map((p) => {
      // Unavailable slots are busy from the start.
      const busy = new Uint8Array(nSlots);
      for (const s of p.unavailable ?? []) busy[slotOf(s)] = 1;
      const host = p.hostTable === undefined ? undefined : tableIndex.get(p.hostTable);
      if (p.hostTable !== undefined && host === undefined) throw new Error(`unknown host table ${p.hostTable}`);
      const person: Person = { busy, host, max: p.maxMeetings ?? Infinity, meetings: 0 };
      return [p.id, person] as const;
    }),
  );
  const person = (id: string) => {
    const p = people.get(id);
    if (!p) throw new Error(`unknown participant ${id}`);
    return p;
  };
  const tableBusy = instance.slots.map(() => new Uint8Array(instance.tables.length));
  /** Per slot, the tables before this index are taken: tables only ever fill up. */
  const firstFree = new Array<number>(nSlots).fill(0);
  const placedSlot = new Map<string, number>();
  const meetings: PlannedMeeting[] = [];
  const followersOf = new Map<string, string[]>();
  for (const r of instance.requests) for (const before of r.after ?? []) followersOf.set(before, [...(followersOf.get(before) ?? []), r.id]);

  const occupy = (r: RequestSpec, slot: number, table: number) => {
    const a = person(r.a);
    const b = person(r.b);
    a.busy[slot] = 1;
    b.busy[slot] = 1;
    a.meetings++;
    b.meetings++;
    (tableBusy[slot] as Uint8Array)[table] = 1;
    placedSlot.set(r.id, slot);
    meetings.push({ requestId: r.id, slotId: (instance.slots[slot] as { id: string }).id, tableId: (instance.tables[table] as { id: string }).id });
  };

  const freeTable = (slot: number, host: number | undefined): number | undefined => {
    const busy = tableBusy[slot] as Uint8Array;
    if (host !== undefined) return busy[host] ? undefined : host;
    let k = firstFree[slot] as number;
    while (k < busy.length && busy[k]) k++;
    firstFree[slot] = k;
    return k < busy.length ? k : undefined;
  };

  for (const m of instance.locked ?? []) {
    const r = instance.requests.find((q) => q.id === m.requestId);
    const table = tableIndex.get(m.tableId);
    if (!r || table === undefined) throw new Error(`locked meeting ${m.requestId} names an unknown request or table`);
    occupy(r, slotOf(m.slotId), table);
  }

  return {
    meetings,
    /** Places `r` at its earliest feasible slot, at the first free table there; false when there is none. */
    place(r: RequestSpec): boolean {
      const a = person(r.a);
      const b = person(r.b);
      if (a.meetings >= a.max || b.meetings >= b.max) return false;
      if (a.host !== undefined && b.host !== undefined && a.host !== b.host) return false;
      const host = a.host ?? b.host;
      // As for the scheduler, the order binds only when both are held (shared/scheduling/check.ts).
      let earliest = 0;
      for (const before of r.after ?? []) earliest = Math.max(earliest, (placedSlot.get(before) ?? -1) + 1);
      // Only a locked follow-up can be on the floor before the meeting it follows.
      let latest = nSlots - 1;
      for (const after of followersOf.get(r.id) ?? []) latest = Math.min(latest, (placedSlot.get(after) ?? nSlots) - 1);
      const allowed = r.allowedSlots ? new Set(r.allowedSlots.map(slotOf)) : undefined;
      const candidates = r.fixedSlot !== undefined ? [slotOf(r.fixedSlot)] : instance.slots.map((_, k) => k);
      for (const slot of candidates) {
        if (slot < earliest || slot > latest || a.busy[slot] || b.busy[slot] || (allowed && !allowed.has(slot))) continue;
        const table = freeTable(slot, host);
        if (table !== undefined) {
          occupy(r, slot, table);
          return true;
        }
      }
      return false;
    },
  };
};

/** Requests still to place (locked ones are already on the floor), with who waits on whom for the follow-up order. */
const pending = (instance: ScheduleInstance) => {
  const locked = new Set((instance.locked ?? []).map((m) => m.requestId));
  const open = instance.requests.filter((r) => !locked.has(r.id));
  const waitingOn = new Map(open.map((r) => [r.id, (r.after ?? []).filter((id) => !locked.has(id)).length]));
  const followers = new Map<string, RequestSpec[]>();
  for (const r of open) for (const before of r.after ?? []) if (!locked.has(before)) followers.set(before, [...(followers.get(before) ?? []), r]);
  return { open, isReady: (r: RequestSpec) => waitingOn.get(r.id) === 0, followers, waitingOn };
};

/**
 * First-fit: requests in input order (a follow-up waits until the meetings it
 * follows have had their turn), each into the first slot where both sides are
 * free and allowed, at the first free table.
 */
export const firstFit: Baseline = {
  name: 'first-fit greedy',
  plan(instance) {
    const floor = openFloor(instance);
    const { open, isReady, followers, waitingOn } = pending(instance);
    const unscheduled: string[] = [];
    const reached = new Set<string>();
    const attempt = (first: RequestSpec) => {
      const stack = [first];
      while (stack.length > 0) {
        const r = stack.pop() as RequestSpec;
        if (!floor.place(r)) unscheduled.push(r.id);
        for (const f of followers.get(r.id) ?? []) {
          waitingOn.set(f.id, (waitingOn.get(f.id) ?? 0) - 1);
          // Its turn in input order has come and gone: it goes now.
          if (isReady(f) && reached.has(f.id)) stack.push(f);
        }
      }
    };
    for (const r of open) {
      reached.add(r.id);
      if (isReady(r)) attempt(r);
    }
    if (floor.meetings.length + unscheduled.length !== instance.requests.length) throw new Error('first-fit: the follow-up order has a cycle or names an unknown request');
    return { meetings: floor.meetings, unscheduled };
  },
};

/**
 * Round-robin by participant: participants take turns in input order, each
 * placing its next request (input order; a follow-up waits until the meetings
 * it follows have had their turn) at the earliest feasible slot, until every
 * request has had its turn.
 */
export const roundRobin: Baseline = {
  name: 'round-robin by participant',
  plan(instance) {
    const floor = openFloor(instance);
    const { open, isReady, followers, waitingOn } = pending(instance);
    const queues = new Map(instance.participants.map((p) => [p.id, [] as RequestSpec[]]));
    for (const r of open) for (const side of [r.a, r.b]) queues.get(side)?.push(r);
    const done = new Set<string>();
    const unscheduled: string[] = [];
    let left = open.length;
    while (left > 0) {
      let progress = false;
      for (const queue of queues.values()) {
        const r = queue.find((q) => !done.has(q.id) && isReady(q));
        if (!r) continue;
        done.add(r.id);
        left--;
        progress = true;
        if (!floor.place(r)) unscheduled.push(r.id);
        for (const f of followers.get(r.id) ?? []) waitingOn.set(f.id, (waitingOn.get(f.id) ?? 0) - 1);
      }
      if (!progress) throw new Error('round-robin: the follow-up order has a cycle or names an unknown request');
    }
    return { meetings: floor.meetings, unscheduled };
  },
};

export const BASELINES: readonly Baseline[] = [firstFit, roundRobin];
