import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan, countBreaks, parseInstance, schedule, upperBound, type ScheduleInstance } from '../../../shared/scheduling';
import { tickingClock } from './fair';

/**
 * Small random fairs: up to 4 slots, 3 tables, 6 participants and 7 requests,
 * with priorities, unavailable slots, maxima, host tables, allowed and fixed
 * slots and `after` (always to an earlier request, so never a cycle). Bits that
 * would make the instance invalid (a fixed slot a side cannot attend) are dropped,
 * so every instance parses.
 */
const fairs = fc
  .record({ S: fc.integer({ min: 1, max: 4 }), T: fc.integer({ min: 0, max: 3 }), P: fc.integer({ min: 2, max: 6 }) })
  .chain(({ S, T, P }) =>
    fc.record({
      S: fc.constant(S),
      T: fc.constant(T),
      people: fc.array(
        fc.record({
          unavailable: fc.subarray([...Array(S).keys()]),
          maxMeetings: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
          host: T > 0 ? fc.option(fc.integer({ min: 0, max: T - 1 }), { freq: 3, nil: undefined }) : fc.constant(undefined),
        }),
        { minLength: P, maxLength: P },
      ),
      requests: fc.array(
        fc.record({
          a: fc.integer({ min: 0, max: P - 1 }),
          b: fc.integer({ min: 0, max: P - 1 }),
          priority: fc.constantFrom(1 as const, 2 as const, 3 as const),
          allowed: fc.option(fc.subarray([...Array(S).keys()], { minLength: 1 }), { freq: 3, nil: undefined }),
          fixed: fc.option(fc.integer({ min: 0, max: S - 1 }), { freq: 4, nil: undefined }),
          after: fc.option(fc.integer({ min: 0, max: 6 }), { freq: 4, nil: undefined }),
        }),
        { maxLength: 7 },
      ),
    }),
  )
  .map(({ S, T, people, requests }): ScheduleInstance => {
    const slot = (s: number) => `s${s + 1}`;
    const participants = people.map((p, i) => ({
      id: `p${i}`,
      unavailable: p.unavailable.map(slot),
      ...(p.maxMeetings === undefined ? {} : { maxMeetings: p.maxMeetings }),
      ...(p.host === undefined ? {} : { hostTable: `t${p.host + 1}` }),
    }));
    const kept = requests.filter((r) => r.a !== r.b);
    return {
      slots: Array.from({ length: S }, (_, s) => ({ id: slot(s), session: s < S / 2 ? '上午' : '下午' })),
      tables: Array.from({ length: T }, (_, t) => ({ id: `t${t + 1}` })),
      participants,
      requests: kept.map((r, i) => {
        const fixedOk = r.fixed !== undefined && (r.allowed ?? [r.fixed]).includes(r.fixed) && !people[r.a]?.unavailable.includes(r.fixed) && !people[r.b]?.unavailable.includes(r.fixed);
        return {
          id: `r${i}`,
          a: `p${r.a}`,
          b: `p${r.b}`,
          priority: r.priority,
          ...(r.allowed === undefined ? {} : { allowedSlots: r.allowed.map(slot) }),
          ...(fixedOk && r.fixed !== undefined ? { fixedSlot: slot(r.fixed) } : {}),
          ...(r.after !== undefined && r.after < i ? { after: [`r${r.after}`] } : {}),
        };
      }),
    };
  });

/**
 * The best weight by exhaustive search: every request skipped or put in a
 * slot; a slot's meetings fit its tables when they number at most #tables and
 * host-bound ones use distinct host tables (free meetings take any other table).
 */
const bestWeight = (instance: ScheduleInstance): number => {
  const people = new Map(instance.participants.map((p) => [p.id, p]));
  const slots = instance.slots.map((s) => s.id);
  const T = instance.tables.length;
  const index = new Map(instance.requests.map((r, i) => [r.id, i]));
  const slotOf: number[] = instance.requests.map(() => -1);
  const busy = new Set<string>();
  const count = new Map<string, number>();
  const load = slots.map(() => 0);
  let best = 0;
  const visit = (i: number, weight: number, left: number) => {
    if (weight + left <= best) return;
    const r = instance.requests[i];
    if (!r) {
      best = weight;
      return;
    }
    const w = r.priority ?? 3;
    visit(i + 1, weight, left - w);
    const [pa, pb] = [people.get(r.a), people.get(r.b)];
    if (pa?.hostTable !== undefined && pb?.hostTable !== undefined && pa.hostTable !== pb.hostTable) return;
    const host = pa?.hostTable ?? pb?.hostTable;
    for (const [s, id] of slots.entries()) {
      if (r.fixedSlot !== undefined && r.fixedSlot !== id) continue;
      if (r.allowedSlots !== undefined && !r.allowedSlots.includes(id)) continue;
      if (pa?.unavailable?.includes(id) || pb?.unavailable?.includes(id)) continue;
      if (busy.has(`${r.a}@${s}`) || busy.has(`${r.b}@${s}`) || (load[s] ?? 0) >= T) continue;
      if (host !== undefined && busy.has(`#${host}@${s}`)) continue;
      if ((count.get(r.a) ?? 0) >= (pa?.maxMeetings ?? Infinity) || (count.get(r.b) ?? 0) >= (pb?.maxMeetings ?? Infinity)) continue;
      if ((r.after ?? []).some((q) => (slotOf[index.get(q) ?? 0] ?? -1) >= s)) continue;
      const keys = [`${r.a}@${s}`, `${r.b}@${s}`, ...(host === undefined ? [] : [`#${host}@${s}`])];
      for (const k of keys) busy.add(k);
      load[s] = (load[s] ?? 0) + 1;
      count.set(r.a, (count.get(r.a) ?? 0) + 1);
      count.set(r.b, (count.get(r.b) ?? 0) + 1);
      slotOf[i] = s;
      visit(i + 1, weight + w, left - w);
      slotOf[i] = -1;
      count.set(r.a, (count.get(r.a) ?? 0) - 1);
      count.set(r.b, (count.get(r.b) ?? 0) - 1);
      load[s] = (load[s] ?? 0) - 1;
      for (const k of keys) busy.delete(k);
    }
  };
  visit(0, 0, instance.requests.reduce((sum, r) => sum + (r.priority ?? 3), 0));
  return best;
};

const run = (instance: ScheduleInstance, seed = 1) => schedule(instance, { seed, now: tickingClock(), timeLimitMs: 60 });

describe('schedule on random small fairs', () => {
  it('every instance parses, and every plan keeps every hard constraint (never double-books anyone or any table)', () => {
    fc.assert(
      fc.property(fairs, (instance) => {
        expect(parseInstance(instance).ok).toBe(true);
        const plan = run(instance);
        expect(checkPlan(instance, plan.meetings)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('accounts for every request once, and its figures match the plan', () => {
    fc.assert(
      fc.property(fairs, (instance) => {
        const plan = run(instance);
        const ids = [...plan.meetings.map((m) => m.requestId), ...plan.unscheduled.map((u) => u.requestId)].sort();
        expect(ids).toEqual(instance.requests.map((r) => r.id).sort());
        const priority = new Map(instance.requests.map((r) => [r.id, r.priority ?? 3]));
        const breaks = countBreaks(instance, plan.meetings);
        expect(plan.stats).toMatchObject({
          scheduled: plan.meetings.length,
          weight: plan.meetings.reduce((sum, m) => sum + (priority.get(m.requestId) ?? 0), 0),
          breaks: breaks.total,
          maxBreaks: breaks.max,
          minBreaks: breaks.min,
        });
        for (const u of plan.unscheduled) expect(u.message).toMatch(/“.+”.*“.+”/);
      }),
      { numRuns: 200 },
    );
  });

  it('never claims more than the bound, the bound is never below the true optimum, and the plan reaches it', () => {
    fc.assert(
      fc.property(fairs, (instance) => {
        const best = bestWeight(instance);
        const plan = run(instance);
        expect(upperBound(instance)).toBeGreaterThanOrEqual(best);
        expect(plan.stats.upperBound).toBe(upperBound(instance));
        expect(plan.stats.weight).toBe(best);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same plan for the same seed and clock', () => {
    fc.assert(
      fc.property(fairs, fc.integer(), (instance, seed) => {
        expect(run(instance, seed)).toEqual(run(instance, seed));
      }),
      { numRuns: 100 },
    );
  });

  it('leaves locked meetings exactly where they were', () => {
    fc.assert(
      fc.property(fairs, fc.array(fc.boolean(), { maxLength: 7 }), (instance, picks) => {
        const first = run(instance);
        const locked = first.meetings.filter((_, i) => picks[i]);
        const relocked = { ...instance, locked };
        expect(parseInstance(relocked).ok).toBe(true);
        const second = run(relocked, 7);
        expect(checkPlan(relocked, second.meetings)).toEqual([]);
        for (const m of locked) expect(second.meetings).toContainEqual(m);
      }),
      { numRuns: 200 },
    );
  });
});
