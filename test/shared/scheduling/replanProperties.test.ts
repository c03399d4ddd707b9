import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan, parseInstance, replan, schedule, type PlannedMeeting, type ReplanResult, type ScheduleInstance } from '../../../shared/scheduling';
import { tickingClock } from './fair';
import { applyEvent, dayEvents, inputOf, instances, type Day, type DayEvent } from './replanDay';

const replanDay = (day: Day, seed = 1): ReplanResult => replan(inputOf(day), { now: tickingClock(), timeLimitMs: 1_000, seed });

/** The first plan of the day, with the meetings `locks` picks locked, and the day at its first slot. */
const morning = (instance: ScheduleInstance, locks: boolean[]): Day => {
  const plan = schedule(instance, { now: tickingClock(), timeLimitMs: 30, seed: 1 });
  const locked = plan.meetings.filter((_, k) => locks[k]);
  return { instance: { ...instance, locked }, current: plan.meetings, open: 0, absent: [], cancelled: [], walkIns: 0 };
};

const key = (m: PlannedMeeting) => `${m.requestId}@${m.slotId}/${m.tableId}`;

/**
 * Everything that must hold after one re-plan of `day`: the hard constraints
 * with frozen and locked meetings as locks; frozen and locked meetings where
 * they were; every request held or explained, once; the changes exactly the
 * difference between the two plans; no open meeting of someone still there
 * lost (the instance's rules never change during these days, so none stops
 * fitting); and a move only ever to make room for an addition.
 */
const checkDay = (day: Day, result: ReplanResult) => {
  const { instance } = day;
  expect(parseInstance({ ...instance, locked: result.fixedMeetings }).ok).toBe(true);
  expect(checkPlan({ ...instance, locked: result.fixedMeetings }, result.meetings)).toEqual([]);

  const slot = new Map(instance.slots.map((s, k) => [s.id, k]));
  const after = new Set(result.meetings.map(key));
  const frozen = day.current.filter((m) => (slot.get(m.slotId) ?? 0) < day.open);
  for (const m of [...frozen, ...(instance.locked ?? [])]) expect(after).toContain(key(m));

  const ids = [...result.meetings.map((m) => m.requestId), ...result.unscheduled.map((u) => u.requestId)].sort();
  expect(ids).toEqual(instance.requests.map((r) => r.id).sort());

  const before = new Map(day.current.map((m) => [m.requestId, m]));
  const now = new Map(result.meetings.map((m) => [m.requestId, m]));
  const described = new Set<string>();
  for (const c of result.changes) {
    const id = c.kind === 'added' ? c.meeting.requestId : c.requestId;
    described.add(id);
    if (c.kind === 'added') expect([before.has(id), now.get(id)]).toEqual([false, c.meeting]);
    if (c.kind === 'moved') expect([before.get(id), now.get(id)]).toEqual([{ requestId: id, ...c.from }, { requestId: id, ...c.to }]);
    if (c.kind === 'dropped') expect([before.get(id), now.has(id)]).toEqual([{ requestId: id, ...c.from }, false]);
  }
  for (const [id, m] of before) if (!described.has(id)) expect(now.get(id)).toEqual(m);
  for (const [id, m] of now) if (!described.has(id)) expect(before.get(id)).toEqual(m);

  const request = new Map(instance.requests.map((r) => [r.id, r]));
  for (const m of day.current) {
    const r = request.get(m.requestId);
    const stillWanted = r !== undefined && !day.cancelled.includes(r.id) && !day.absent.includes(r.a) && !day.absent.includes(r.b);
    if (stillWanted) expect(now.has(m.requestId)).toBe(true);
  }
  expect(result.stats.moved).toBeLessThanOrEqual(result.stats.added);
  expect(result.stats).toMatchObject({ held: result.meetings.length, dropped: result.changes.filter((c) => c.kind === 'dropped').length });
};

const live = (instance: ScheduleInstance, locks: boolean[], events: DayEvent[], each: (day: Day, result: ReplanResult) => void) => {
  let day = morning(instance, locks);
  for (const e of events) {
    day = applyEvent(day, e);
    const result = replanDay(day);
    each(day, result);
    day = { ...day, current: result.meetings };
  }
};

/** Each property schedules and re-plans hundreds of days: generous on a machine busy with other work. */
const PROPERTY_TIMEOUT_MS = 60_000;

describe('replan over random fair days', () => {
  it('keeps every hard constraint, never touches frozen or locked meetings, and accounts for every change', () => {
    fc.assert(
      fc.property(instances, fc.array(fc.boolean(), { maxLength: 9 }), dayEvents, (instance, locks, events) => {
        live(instance, locks, events, checkDay);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('gives the same result for the same input, seed and clock', () => {
    fc.assert(
      fc.property(instances, dayEvents, fc.integer(), (instance, events, seed) => {
        live(instance, [], events, (day) => expect(replanDay(day, seed)).toEqual(replanDay(day, seed)));
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('re-planning an unchanged day changes nothing', () => {
    fc.assert(
      fc.property(instances, dayEvents, (instance, events) => {
        live(instance, [], events, (day, result) => {
          const again = replanDay({ ...day, current: result.meetings });
          expect(again.meetings).toEqual(result.meetings);
          expect(again.changes.filter((c) => c.kind !== 'added')).toEqual([]);
        });
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
