import { seededRandom } from '../ids';
import { Held, slotsWithRoom } from './replanBoard';
import { placeDirect, placeWithOneMove, type Placing } from './replanInsert';
import { compileReplan, wanted, type ReplanModel } from './replanModel';
import { createMovers } from './replanMovers';
import { assemble, breaksOfCurrent, dropDisplaced } from './replanResult';
import { sortByKey } from './replanSort';
import { seatCurrent } from './replanStart';
import type { ReplanInput, ReplanOptions, ReplanResult } from './replanTypes';

/** Enough for thousands of one-move tries on a 10,000-request fair, inside the 100 ms a desk can wait for. */
export const REPLAN_TIME_LIMIT_MS = 50;

/**
 * 现场调整 (issue 4): re-makes the plan of the fair day after no-shows,
 * cancellations, walk-ins and new requests, changing as few future meetings
 * as it can.
 *
 * Objectives, in order: (1) frozen (past or running) and locked meetings never
 * move and are never dropped; (2) every other meeting of `current` that is still
 * wanted stays, and stays where it is unless it breaks a rule now or moving it
 * lets one more request be held (so the held weight strictly rises); only
 * absent people's, cancelled and withdrawn meetings are dropped, and one that
 * breaks a rule only when no free cell is left for it; (3) open requests are
 * placed by priority, 必须 first, busy people last among equals; (4) with the
 * fewest moved meetings: each priority class first takes free cells directly,
 * then what is left tries one-step ejection (one meeting moves to a free cell
 * to make room; meetings added in this same call move for free); (5) the
 * fewest new breaks; (6) tables stay: a moved meeting keeps its table where it
 * can, people keep the table they sit at in the slot before or after, host
 * tables are always used by their hosts, and booths are used by others last.
 *
 * Greedy and one move deep on purpose: it answers in milliseconds on the
 * largest fair, and every extra move is one more person to find on the floor.
 * The scheduler (schedule.ts) is the tool for a fresh plan. Every result passes
 * `checkPlan({ ...instance, locked: result.fixedMeetings }, result.meetings)`
 * when `current`'s frozen meetings and the locks are valid together (a plan
 * that passed checkPlan always is).
 *
 * Deterministic for a seed and a clock; with the real clock, only the
 * one-move search can be cut short by `timeLimitMs`.
 */
export const replan = (input: ReplanInput, options: ReplanOptions = {}): ReplanResult => {
  const now = options.now ?? Date.now;
  const started = now();
  const deadline = started + Math.max(0, options.timeLimitMs ?? REPLAN_TIME_LIMIT_MS);
  const m = compileReplan(input);
  const start = seatCurrent(m, input);
  const breaksBefore = breaksOfCurrent(start);
  const { bd } = start;
  const movers = createMovers(m.S);

  for (const r of start.displaced) {
    const placing: Placing = { r, prefer: bd.origTable[r] ?? -1, kind: Held.kept };
    if (!placeDirect(bd, placing) && !placeWithOneMove(bd, placing, movers)) dropDisplaced(start, bd, r);
  }

  const order = byPriority(m, bd.nMeet, openRequests(m, bd.slotOf, options.seed ?? 1));
  for (let from = 0; from < order.length; ) {
    const w = m.w[order[from] ?? 0] ?? 0;
    let to = from;
    while (to < order.length && m.w[order[to] ?? 0] === w) to++;
    const waiting: number[] = [];
    for (let k = from; k < to; k++) {
      const r = order[k] ?? 0;
      if (slotsWithRoom(bd, movers.roomy) === 0 || !placeDirect(bd, { r, prefer: -1, kind: Held.added })) waiting.push(r);
    }
    for (const r of waiting) {
      if (now() >= deadline || slotsWithRoom(bd, movers.roomy) === 0) break;
      placeWithOneMove(bd, { r, prefer: -1, kind: Held.added }, movers);
    }
    from = to;
  }
  return assemble(start, breaksBefore, () => now() - started);
};

/**
 * Heaviest first; among equals, the pair with fewer meetings so far first
 * (the busy get theirs last), else the seeded order.
 */
const byPriority = (m: ReplanModel, nMeet: Int32Array, open: readonly number[]): number[] => {
  const span = 2 * m.S + 1;
  return sortByKey(open, 3 * span, (r) => (3 - (m.w[r] ?? 3)) * span + Math.min(span - 1, (nMeet[m.a[r] ?? 0] ?? 0) + (nMeet[m.b[r] ?? 0] ?? 0)));
};

/** Requests not held, still wanted and with an open slot they may take, in a seeded order that the priority sort then keeps among equals. */
const openRequests = (m: ReplanModel, slotOf: Int32Array, seed: number): number[] => {
  const open: number[] = [];
  for (let r = 0; r < m.R; r++) {
    if ((slotOf[r] ?? -1) >= 0 || !wanted(m, r)) continue;
    const row = r * m.S;
    for (let s = m.open; s < m.S; s++) {
      if (m.inDom[row + s]) {
        open.push(r);
        break;
      }
    }
  }
  const random = seededRandom(seed).float;
  for (let k = open.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    const x = open[k] ?? 0;
    open[k] = open[j] ?? 0;
    open[j] = x;
  }
  return open;
};
