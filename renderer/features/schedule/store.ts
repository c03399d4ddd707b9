import { create, type StateCreator } from 'zustand';
import type { ExactCertificate, ScheduleProgress, SchedulePlan } from '@shared/scheduling';
import type { RequestScope } from '@shared/scheduling/fair';

/** 约谈申请, 排期表, 个人日程, 未排入. */
export type ScheduleTab = 'requests' | 'grid' | 'agenda' | 'unplaced';

/**
 * 自动排期 as the organiser lives it: running (with the best figures so far
 * and a cancel), then a new plan to compare with the current one before it
 * is applied, or a failure to read.
 */
export type PlanJob =
  | { phase: 'idle' }
  | { phase: 'running'; progress?: ScheduleProgress; startedAt: number; timeLimitMs: number; cancel: () => void }
  | { phase: 'review'; plan: SchedulePlan; basis: string; scope: RequestScope; certificate?: ExactCertificate; note?: string }
  | { phase: 'failed'; message: string };

export type ScheduleUiState = {
  tab: ScheduleTab;
  /** Plan the pending requests as well as the accepted ones. */
  scope: RequestScope;
  /** Seconds the planner may search: longer finds fewer breaks on big fairs. */
  timeLimitMs: number;
  /** A hard bound on (max − min) breaks over participants, or none. */
  maxBreakSpread: number | null;
  /** 精确求解: the integer program (small fairs only), which can prove the plan optimal. */
  exact: boolean;
  job: PlanJob;
  /** The person whose agenda is shown (个人日程) and whose meetings the grid highlights. */
  personId: string | null;
  setTab(tab: ScheduleTab): void;
  setScope(scope: RequestScope): void;
  setTimeLimit(ms: number): void;
  setMaxBreakSpread(spread: number | null): void;
  setExact(exact: boolean): void;
  setJob(job: PlanJob): void;
  setPerson(id: string | null): void;
};

export const DEFAULT_PLAN_TIME_MS = 2000;

export const scheduleUiState: StateCreator<ScheduleUiState> = (set) => ({
  tab: 'grid',
  scope: 'accepted',
  timeLimitMs: DEFAULT_PLAN_TIME_MS,
  maxBreakSpread: null,
  exact: false,
  job: { phase: 'idle' },
  personId: null,
  setTab: (tab) => set({ tab }),
  setScope: (scope) => set({ scope }),
  setTimeLimit: (timeLimitMs) => set({ timeLimitMs }),
  setMaxBreakSpread: (maxBreakSpread) => set({ maxBreakSpread }),
  setExact: (exact) => set({ exact }),
  setJob: (job) => set({ job }),
  setPerson: (personId) => set({ personId }),
});

export const useScheduleUi = create<ScheduleUiState>()(scheduleUiState);
