import fc from 'fast-check';
import type { ScheduleInstance } from '../../../../shared/scheduling';

/**
 * Small random fairs for the SAT search's tests: up to 5 slots, 3 tables, 5
 * participants and 7 requests, with unavailable slots, host tables, allowed
 * and fixed slots and `after` to an earlier request; small enough to check
 * by enumerating every plan.
 */
export const smallFairs: fc.Arbitrary<ScheduleInstance> = fc
  .record({ S: fc.integer({ min: 2, max: 5 }), T: fc.integer({ min: 1, max: 3 }), P: fc.integer({ min: 2, max: 5 }) })
  .chain(({ S, T, P }) =>
    fc.record({
      S: fc.constant(S),
      T: fc.constant(T),
      people: fc.array(
        fc.record({
          unavailable: fc.subarray([...Array(S).keys()], { maxLength: 1 }),
          host: fc.option(fc.integer({ min: 0, max: T - 1 }), { freq: 5, nil: undefined }),
        }),
        { minLength: P, maxLength: P },
      ),
      requests: fc.array(
        fc.record({
          a: fc.integer({ min: 0, max: P - 1 }),
          b: fc.integer({ min: 0, max: P - 1 }),
          allowed: fc.option(fc.subarray([...Array(S).keys()], { minLength: 1 }), { freq: 4, nil: undefined }),
          after: fc.option(fc.integer({ min: 0, max: 6 }), { freq: 5, nil: undefined }),
        }),
        { maxLength: 7 },
      ),
    }),
  )
  .map(({ S, T, people, requests }): ScheduleInstance => {
    const slot = (s: number) => `s${s + 1}`;
    return {
      slots: Array.from({ length: S }, (_, s) => ({ id: slot(s) })),
      tables: Array.from({ length: T }, (_, t) => ({ id: `t${t + 1}` })),
      participants: people.map((p, i) => ({
        id: `p${i}`,
        unavailable: p.unavailable.map(slot),
        ...(p.host === undefined ? {} : { hostTable: `t${p.host + 1}` }),
      })),
      requests: requests
        .filter((r) => r.a !== r.b)
        .map((r, i) => ({
          id: `r${i}`,
          a: `p${r.a}`,
          b: `p${r.b}`,
          ...(r.allowed === undefined ? {} : { allowedSlots: r.allowed.map(slot) }),
          ...(r.after !== undefined && r.after < i ? { after: [`r${r.after}`] } : {}),
        })),
    };
  });
