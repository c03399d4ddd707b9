import fc from 'fast-check';
import type { PlannedMeeting, Priority, ReplanInput, ScheduleInstance } from '../../../shared/scheduling';

/**
 * A random fair day for the re-planner's property tests: a small instance
 * (the same kinds of rules as properties.test.ts: unavailable slots, limits,
 * host tables, allowed and fixed slots, `after`), some of the first plan's
 * meetings locked, then a sequence of events at a clock that only moves
 * forward: a no-show, a cancellation, a walk-in with 1–3 new requests, a new
 * request between two people who are still there.
 */
export type DayEvent = { kind: 'absent' | 'cancel' | 'walk-in' | 'request'; advance: number; pick: number; partners: number[]; priority: Priority };

export const instances = fc
  .record({ S: fc.integer({ min: 1, max: 5 }), T: fc.integer({ min: 1, max: 3 }), P: fc.integer({ min: 2, max: 7 }) })
  .chain(({ S, T, P }) =>
    fc.record({
      S: fc.constant(S),
      T: fc.constant(T),
      people: fc.array(
        fc.record({
          unavailable: fc.subarray([...Array(S).keys()]),
          maxMeetings: fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 }),
          host: fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: T - 1 }), weight: 1 }),
        }),
        { minLength: P, maxLength: P },
      ),
      requests: fc.array(
        fc.record({
          a: fc.integer({ min: 0, max: P - 1 }),
          b: fc.integer({ min: 0, max: P - 1 }),
          priority: fc.constantFrom<Priority>(1, 2, 3),
          allowed: fc.option(fc.subarray([...Array(S).keys()], { minLength: 1 }), { freq: 4, nil: undefined }),
          fixed: fc.option(fc.integer({ min: 0, max: S - 1 }), { freq: 5, nil: undefined }),
          after: fc.option(fc.integer({ min: 0, max: 8 }), { freq: 4, nil: undefined }),
        }),
        { maxLength: 9 },
      ),
    }),
  )
  .map(({ S, T, people, requests }): ScheduleInstance => {
    const slot = (s: number) => `s${s + 1}`;
    const kept = requests.filter((r) => r.a !== r.b);
    return {
      slots: Array.from({ length: S }, (_, s) => ({ id: slot(s) })),
      tables: Array.from({ length: T }, (_, t) => ({ id: `t${t + 1}` })),
      participants: people.map((p, i) => ({
        id: `p${i}`,
        unavailable: p.unavailable.map(slot),
        ...(p.maxMeetings === undefined ? {} : { maxMeetings: p.maxMeetings }),
        ...(p.host === undefined ? {} : { hostTable: `t${p.host + 1}` }),
      })),
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

export const dayEvents = fc.array(
  fc.record({
    kind: fc.constantFrom<DayEvent['kind']>('absent', 'cancel', 'walk-in', 'request'),
    advance: fc.integer({ min: 0, max: 1 }),
    pick: fc.nat(),
    partners: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    priority: fc.constantFrom<Priority>(1, 2, 3),
  }),
  { maxLength: 6 },
);

/** What the desk knows so far: the instance grows with walk-ins and requests, the lists of absent and cancelled only grow. */
export type Day = { instance: ScheduleInstance; current: PlannedMeeting[]; open: number; absent: string[]; cancelled: string[]; walkIns: number };

/** The day after one event, as the input to the next re-plan. */
export const applyEvent = (day: Day, e: DayEvent): Day => {
  const { instance } = day;
  const open = Math.min(instance.slots.length - 1, day.open + e.advance);
  const present = instance.participants.map((p) => p.id).filter((id) => !day.absent.includes(id));
  const next: Day = { ...day, open, absent: [...day.absent], cancelled: [...day.cancelled] };
  const newRequest = (a: string, b: string, k: number) => ({ id: `n${instance.requests.length + k}`, a, b, priority: e.priority });
  if (e.kind === 'absent' && present.length > 0) next.absent.push(present[e.pick % present.length] ?? '');
  if (e.kind === 'cancel' && instance.requests.length > 0) next.cancelled.push(instance.requests[e.pick % instance.requests.length]?.id ?? '');
  if (e.kind === 'walk-in' && present.length > 0) {
    const id = `w${day.walkIns}`;
    const partners = [...new Set(e.partners.map((k) => present[k % present.length] ?? ''))];
    next.walkIns = day.walkIns + 1;
    next.instance = { ...instance, participants: [...instance.participants, { id }], requests: [...instance.requests, ...partners.map((b, k) => newRequest(id, b, k))] };
  }
  if (e.kind === 'request' && present.length > 1) {
    const a = present[e.pick % present.length] ?? '';
    const b = present[(e.pick + 1 + ((e.partners[0] ?? 0) % (present.length - 1))) % present.length] ?? '';
    next.instance = { ...instance, requests: [...instance.requests, newRequest(a, b, 0)] };
  }
  return next;
};

export const inputOf = (day: Day): ReplanInput => ({
  instance: day.instance,
  current: day.current,
  firstOpenSlot: day.instance.slots[day.open]?.id ?? '',
  absent: day.absent.map((participantId) => ({ participantId })),
  cancelled: day.cancelled,
});
