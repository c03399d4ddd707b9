import { seededRandom } from '../../shared/ids';
import { checkPlan, replan, REPLAN_TIME_LIMIT_MS, schedule, type ReplanResult, type ScheduleOptions } from '../../shared/scheduling';
import type { ParticipantSpec, PlannedMeeting, Priority, RequestSpec, ScheduleInstance } from '../../shared/scheduling/types';
import { FAIR_SIZES, scheduleFair, type FairSize } from '../fixtures/scheduleFair';
import { formatMs, median, percentile } from '../harness/stats';
import type { Goal, ReportTable } from '../harness/types';
import { count, fixed } from './format';

/**
 * The live re-planner (issue 4) on fair L: one plan by `schedule()`, then a
 * fair day of random events at a clock that moves forward, each followed by a
 * re-plan of the plan the previous one left on the floor.
 */
export const REPLAN_GOAL_MS = 100;
export const REPLAN_EVENTS = 100;
export const REPLAN_FAIR_SEED = 1;
export const REPLAN_EVENT_SEED = 7;

export const EVENT_KINDS = ['no-show', 'cancellation', 'walk-in', 'new request'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** One re-plan: what happened, how long the re-plan took, and what it changed on the floor. */
export type ReplanSample = { kind: EventKind; slot: number; ms: number; moved: number; added: number; dropped: number };

type Day = { instance: ScheduleInstance; current: PlannedMeeting[]; absent: Set<string>; cancelled: Set<string>; walkIns: number; asked: number };

const priorityOf = (u: number): Priority => (u < 0.2 ? 3 : u < 0.5 ? 2 : 1);

/**
 * One event of the day, chosen uniformly among the four kinds: a present
 * participant does not show; an open meeting is cancelled; a walk-in arrives
 * with 1–3 requests to present people; two present people ask to meet. New
 * requests get priorities in the fair generator's shares.
 */
const nextEvent = (day: Day, firstOpen: number, random: () => number): EventKind => {
  const { instance } = day;
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  const present = instance.participants.filter((p) => !day.absent.has(p.id));
  const person = () => pick(present)?.id ?? '';
  const kind = EVENT_KINDS[Math.floor(random() * EVENT_KINDS.length)] ?? 'no-show';
  const slotIndex = new Map(instance.slots.map((s, k) => [s.id, k]));
  const ask = (a: string, b: string): RequestSpec => ({ id: `ask${++day.asked}`, a, b, priority: priorityOf(random()) });
  if (kind === 'no-show') day.absent.add(person());
  if (kind === 'cancellation') {
    const locked = new Set((instance.locked ?? []).map((m) => m.requestId));
    const open = day.current.filter((m) => (slotIndex.get(m.slotId) ?? 0) >= firstOpen && !locked.has(m.requestId) && !day.cancelled.has(m.requestId));
    const m = pick(open);
    if (m) day.cancelled.add(m.requestId);
  }
  if (kind === 'walk-in') {
    const walkIn: ParticipantSpec = { id: `walk-in${++day.walkIns}` };
    const partners = Array.from({ length: 1 + Math.floor(random() * 3) }, person).filter((id, k, all) => all.indexOf(id) === k);
    day.instance = { ...instance, participants: [...instance.participants, walkIn], requests: [...instance.requests, ...partners.map((b) => ask(walkIn.id, b))] };
  }
  if (kind === 'new request') {
    const a = person();
    const b = person();
    if (a !== b) day.instance = { ...instance, requests: [...instance.requests, ask(a, b)] };
  }
  return kind;
};

/**
 * A fair day of `events` events after `plan`: the first open slot moves from
 * the first slot to the last as the events go by. Every re-plan must pass
 * checkPlan with the frozen and locked meetings as locks, or this throws.
 */
export const replanDay = (instance: ScheduleInstance, plan: readonly PlannedMeeting[], events: number, seed: number): ReplanSample[] => {
  const random = seededRandom(seed).float;
  const day: Day = { instance, current: [...plan], absent: new Set(), cancelled: new Set(), walkIns: 0, asked: 0 };
  const samples: ReplanSample[] = [];
  const S = instance.slots.length;
  for (let k = 0; k < events; k++) {
    const firstOpen = Math.min(S - 1, Math.floor((k * S) / events));
    const kind = nextEvent(day, firstOpen, random);
    const input = {
      instance: day.instance,
      current: day.current,
      firstOpenSlot: day.instance.slots[firstOpen]?.id ?? '',
      absent: [...day.absent].map((participantId) => ({ participantId })),
      cancelled: [...day.cancelled],
    };
    const t0 = performance.now();
    const result: ReplanResult = replan(input, { seed: 1 });
    const ms = performance.now() - t0;
    const problems = checkPlan({ ...day.instance, locked: result.fixedMeetings }, result.meetings);
    if (problems.length > 0) throw new Error(`re-plan after event ${k + 1} (${kind}) broke ${problems.length} hard constraint(s), e.g. ${problems.slice(0, 3).join('; ')}`);
    samples.push({ kind, slot: firstOpen, ms, moved: result.stats.moved, added: result.stats.added, dropped: result.stats.dropped });
    day.current = result.meetings;
  }
  return samples;
};

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

const row = (label: string, samples: readonly ReplanSample[]): string[] => {
  const ms = samples.map((s) => s.ms);
  const of = (f: (s: ReplanSample) => number) => `${fixed(2)(mean(samples.map(f)))} (${Math.max(...samples.map(f))})`;
  return [label, count(samples.length), formatMs(median(ms)), formatMs(percentile(ms, 95)), formatMs(Math.max(...ms)), of((s) => s.moved), of((s) => s.added), of((s) => s.dropped)];
};

/** Fair L planned once, then a warm-up day and `runs` measured days of the same events. */
export const replanPart = (runs: number, log: (m: string) => void, size: FairSize = FAIR_SIZES.L, scheduleOptions: ScheduleOptions = { seed: 1 }) => {
  log(`re-plan: generating and planning a fair of ${count(size.participants)} participants, ${count(size.requests)} requests`);
  const instance = scheduleFair(size, REPLAN_FAIR_SEED);
  const plan = schedule(instance, scheduleOptions);
  const samples: ReplanSample[] = [];
  for (let rep = 0; rep <= runs; rep++) {
    log(`re-plan: day ${rep === 0 ? 'warm-up' : `${rep}/${runs}`}, ${REPLAN_EVENTS} events`);
    const day = replanDay(instance, plan.meetings, REPLAN_EVENTS, REPLAN_EVENT_SEED);
    if (rep > 0) samples.push(...day);
  }
  const p95 = percentile(samples.map((s) => s.ms), 95);
  const goals: Goal[] = [
    {
      label: `re-plan on L (${count(size.participants)} participants, ${count(size.requests)} requests) after one event`,
      target: `≤ ${formatMs(REPLAN_GOAL_MS)} (p95)`,
      measured: `${formatMs(p95)} p95, ${formatMs(median(samples.map((s) => s.ms)))} median`,
      met: p95 <= REPLAN_GOAL_MS,
    },
  ];
  const tables: ReportTable[] = [
    {
      caption: `Re-planning fair L after each of ${REPLAN_EVENTS} events (event seed ${REPLAN_EVENT_SEED}), ${runs} measured day(s) after a warm-up day`,
      columns: ['event', 're-plans', 'time, median', 'p95', 'max', 'meetings moved, mean (max)', 'added, mean (max)', 'dropped, mean (max)'],
      rows: [...EVENT_KINDS.map((k) => samples.filter((s) => s.kind === k)).filter((s) => s.length > 0).map((s) => row(s[0]?.kind ?? '', s)), row('all', samples)],
    },
  ];
  const notes = [
    `Re-planning (shared/scheduling/replan.ts): fair L (bench/fixtures/scheduleFair.ts, seed ${REPLAN_FAIR_SEED}) is planned once by \`schedule()\`; then ${REPLAN_EVENTS} events, each of the four kinds equally likely (a present participant does not show; an open, unlocked meeting is cancelled; a walk-in arrives with 1–3 requests to present people; two present people ask to meet, priorities 必须 20 % / 优先 30 % / 一般 50 %), while the first open slot moves from the first slot to the last. After each event \`replan()\` re-makes the plan the previous re-plan left, with everything that happened so far; its default time limit (${REPLAN_TIME_LIMIT_MS} ms) bounds only its one-move search. Time is the wall time of one call on the main thread (compiling the instance, reasons for every request left out and the change list included); every result passes \`checkPlan\` with the frozen and locked meetings as locks, or the suite stops. Moved counts meetings of the floor that changed cell; added, requests newly held; dropped, meetings taken off (no-shows' and cancelled ones).`,
  ];
  return { goals, tables, notes };
};
