import type { PlannedMeeting, ScheduleInstance, UnscheduledReason } from './types';

/**
 * 现场调整: what the live desk knows when something changes on the fair day.
 * The re-planner reads it afresh on every call (it keeps no state between
 * calls), so the desk can hand it whatever it holds now.
 */
export type ReplanInput = {
  /**
   * Every request still wanted, new ones and walk-ins' included, and every
   * request of a meeting that already took place (they stay in the plan as
   * history). `instance.locked` are the organiser's locked meetings: they
   * never move and are never dropped.
   */
  instance: ScheduleInstance;
  /** The plan on the floor now. */
  current: readonly PlannedMeeting[];
  /**
   * The first slot still open to changes. Meetings in earlier slots are past
   * or running: they are frozen exactly as they are in `current`.
   */
  firstOpenSlot: string;
  /**
   * No-shows and people gone for the rest of the day: their open meetings are
   * dropped and their requests are not placed. Someone away only for a while is
   * an `unavailable` edit in the instance instead; the re-planner then moves
   * the meetings that no longer fit.
   */
  absent?: readonly { participantId: string }[];
  /** Requests cancelled by the organiser: their open meetings are dropped. */
  cancelled?: readonly string[];
};

export type ReplanOptions = {
  /** The clock for `timeLimitMs` and `stats.ms` (injected so tests are deterministic); default `Date.now`. */
  now?: () => number;
  /**
   * Stop searching for one-move insertions after this long; direct insertion
   * into free cells and the repair of meetings that no longer fit always run
   * to the end. Default `REPLAN_TIME_LIMIT_MS`.
   */
  timeLimitMs?: number;
  /** Orders requests that tie (same priority, as busy people); the same seed and input give the same result. */
  seed?: number;
};

/** Where a meeting sits. */
export type ReplanCell = { slotId: string; tableId: string };

/**
 * Why an open meeting left the plan. `withdrawn`: its request is no longer in
 * the instance. `no-longer-fits`: it breaks a rule of the instance as it is
 * now (a side became unavailable, a limit was lowered, a locked meeting took
 * its table…) and no free cell was found for it.
 */
export type DropReason = 'absent' | 'cancelled' | 'withdrawn' | 'no-longer-fits';

/** One change to the floor, for the desk to announce. */
export type ReplanChange =
  | { kind: 'added'; meeting: PlannedMeeting }
  | { kind: 'moved'; requestId: string; from: ReplanCell; to: ReplanCell }
  | { kind: 'dropped'; requestId: string; from: ReplanCell; reason: DropReason };

/**
 * The re-planner's reasons: the scheduler's, and `absent` (a side is gone),
 * `cancelled`, and `past-slots` (every slot the request could take is already past).
 */
export type ReplanReason = UnscheduledReason | 'absent' | 'cancelled' | 'past-slots';
export type ReplanUnscheduled = { requestId: string; reason: ReplanReason; message: string };

export type ReplanStats = {
  held: number;
  /** Sum of the priorities of the held requests. */
  weight: number;
  added: number;
  moved: number;
  dropped: number;
  /** Total breaks of the new plan (breaks.ts), and its change from `current`. */
  breaks: number;
  breakChange: number;
  ms: number;
};

export type ReplanResult = {
  /** Frozen, locked and open meetings of the new plan, by slot then table. */
  meetings: PlannedMeeting[];
  changes: ReplanChange[];
  /** Every request of the instance not in `meetings`, with the reason. */
  unscheduled: ReplanUnscheduled[];
  /**
   * What the organiser asked for but the re-planner would not do: a locked or
   * frozen meeting of an absent participant or a cancelled request stays, since
   * only the organiser unlocks a meeting.
   */
  notices: { requestId: string; message: string }[];
  /** Frozen and locked meetings together: `checkPlan({ ...instance, locked: fixedMeetings }, meetings)` is empty. */
  fixedMeetings: PlannedMeeting[];
  stats: ReplanStats;
};
