/**
 * The scheduling problem as the scheduler sees it: the same shape as the
 * CLI's instance.json (issue 4), so the app, the CLI and the benchmarks all
 * hand it the same thing. Slots are in time order; `session` groups them
 * (the pause between sessions is not a slot, so it is never a break).
 */
export type SlotSpec = { id: string; session?: string };
export type TableSpec = { id: string };
export type ParticipantSpec = {
  id: string;
  /** Slots this participant cannot attend. */
  unavailable?: string[];
  /** At most this many meetings (absent: no limit beyond the slots). */
  maxMeetings?: number;
  /** Meets only at this table (a university's booth). */
  hostTable?: string;
};

/** 3 = 必须, 2 = 优先, 1 = 一般. */
export type Priority = 1 | 2 | 3;

export type RequestSpec = {
  id: string;
  a: string;
  b: string;
  /** Default 3 (必须). */
  priority?: Priority;
  /** The request may only be placed in these slots. */
  allowedSlots?: string[];
  /** The request must be placed in this slot. */
  fixedSlot?: string;
  /** Requests that must be held strictly earlier than this one. */
  after?: string[];
};

/** A meeting already on the floor that must not move (locked, or in the past during a re-plan). */
export type LockedMeeting = { requestId: string; slotId: string; tableId: string };

export type ScheduleInstance = {
  slots: SlotSpec[];
  tables: TableSpec[];
  participants: ParticipantSpec[];
  requests: RequestSpec[];
  locked?: LockedMeeting[];
};

export type PlannedMeeting = { requestId: string; slotId: string; tableId: string };

/**
 * Why a request could not be placed; `message` is the Chinese sentence the organiser reads.
 * `host-tables-differ`: both sides are bound to host tables, and not the same one, so no table suits them.
 */
export type UnscheduledReason =
  | 'no-common-slot'
  | 'tables-full'
  | 'participant-limit'
  | 'conflicts-with-fixed'
  | 'order-impossible'
  | 'host-tables-differ';
export type Unscheduled = { requestId: string; reason: UnscheduledReason; message: string };

export type ScheduleStats = {
  scheduled: number;
  /** Sum of the priorities of the scheduled requests. */
  weight: number;
  /** A proven upper bound on `weight`: no plan can schedule more. */
  upperBound: number;
  /** Total breaks over all participants (see breaks.ts for the definition). */
  breaks: number;
  maxBreaks: number;
  minBreaks: number;
  ms: number;
  /**
   * Only when `maxBreakSpread` was given: whether the plan keeps (max − min) breaks within it.
   * The scheduler never drops a meeting to meet the bound (see schedule.ts), so it can be false.
   */
  breakSpreadMet?: boolean;
};

export type SchedulePlan = { meetings: PlannedMeeting[]; unscheduled: Unscheduled[]; stats: ScheduleStats };

export type ScheduleOptions = {
  /** Hard bound on (max − min) breaks over participants; absent = no bound. */
  maxBreakSpread?: number;
  /** Stop improving after this long (the plan is always complete and valid). */
  timeLimitMs?: number;
  /** Seed of the local search; the same seed and instance give the same plan. */
  seed?: number;
  /** The clock for `timeLimitMs` and `stats.ms` (injected so tests are deterministic); default `Date.now`. */
  now?: () => number;
  /** Told how the search is going, at most every `PROGRESS_EVERY_MS` or so, so the app can show it. */
  onProgress?: (progress: ScheduleProgress) => void;
};

/** The best plan found so far, while the search runs. */
export type ScheduleProgress = {
  /** Share of the time limit used, 0–1. */
  fraction: number;
  scheduled: number;
  weight: number;
  upperBound: number;
  breaks: number;
};
