import { create, type StateCreator } from 'zustand';
import type { Suggestion } from '@shared/matching';
import type { BulkProgress } from './client/types';
import { NO_FILTERS, type FilterKey, type SuggestionFilters } from './filters';

/** 按需求 (a need's suggestions), 按成果 (the needs an achievement could serve), 批量推荐. */
export type MatchingView = 'byNeed' | 'byAchievement' | 'bulk';
export type NeedTab = 'achievements' | 'experts';
export type BulkTarget = 'achievements' | 'experts';
/** How the bulk run is reviewed: 按需求 (each need's top-k) or 按参会人 (who should meet whom). */
export type ReviewMode = 'byNeed' | 'byPerson';

/** A finished bulk run's suggestions, keyed by need id. */
export type BulkResults = Readonly<Record<string, Suggestion[]>>;

/** The bulk run: what it ranks, and where it is. Its results are kept in `bulkResults`. */
export type BulkJob =
  | { phase: 'idle' }
  | { phase: 'running'; target: BulkTarget; top: number; progress: BulkProgress; cancel: () => void }
  | { phase: 'done'; target: BulkTarget; top: number }
  | { phase: 'failed'; target: BulkTarget; top: number; message: string };

export type MatchingUiState = {
  view: MatchingView;
  needId: string | null;
  achievementId: string | null;
  tab: NeedTab;
  needQuery: string;
  achievementQuery: string;
  filters: SuggestionFilters;
  /** The card whose texts are shown side by side with the shared terms marked. */
  expandedId: string | null;
  /** Whether suggestions marked 不合适 are listed (to undo the mark). */
  showRejected: boolean;
  settingsOpen: boolean;
  bulkOpen: boolean;
  bulk: BulkJob;
  /**
   * The last finished run of each kind: 按需求 reviews the kind of the latest
   * run, 按参会人 combines both, so running 推荐专家 after 推荐成果 adds the
   * experts to the people view instead of replacing the achievements.
   */
  bulkResults: Partial<Record<BulkTarget, BulkResults>>;
  reviewMode: ReviewMode;
  /** 按需求 rows picked for 批量邀请 / 标记不合适, as `needId|targetId`. */
  bulkSelection: string[];
  /** 按参会人 rows picked for 批量邀请, keyed by their topic like `bulkSelection`. */
  peopleSelection: string[];
  peopleQuery: string;
  setView(view: MatchingView): void;
  pickNeed(id: string | null): void;
  pickAchievement(id: string | null): void;
  setTab(tab: NeedTab): void;
  setNeedQuery(query: string): void;
  setAchievementQuery(query: string): void;
  setFilter(key: FilterKey, values: string[]): void;
  clearFilters(): void;
  toggleExpanded(id: string): void;
  setShowRejected(show: boolean): void;
  setSettingsOpen(open: boolean): void;
  setBulkOpen(open: boolean): void;
  setBulk(job: BulkJob): void;
  finishBulk(target: BulkTarget, top: number, results: BulkResults): void;
  setReviewMode(mode: ReviewMode): void;
  setBulkSelection(keys: string[]): void;
  setPeopleSelection(keys: string[]): void;
  setPeopleQuery(query: string): void;
  reset(): void;
};

const initial = {
  view: 'byNeed',
  needId: null,
  achievementId: null,
  tab: 'achievements',
  needQuery: '',
  achievementQuery: '',
  filters: NO_FILTERS,
  expandedId: null,
  showRejected: false,
  settingsOpen: false,
  bulkOpen: false,
  bulk: { phase: 'idle' },
  bulkResults: {},
  reviewMode: 'byNeed',
  bulkSelection: [],
  peopleSelection: [],
  peopleQuery: '',
} satisfies Partial<MatchingUiState>;

/** UI state of 精准对接; the records, feedback and requests stay in Dexie. */
export const matchingUiState: StateCreator<MatchingUiState> = (set) => ({
  ...initial,
  setView: (view) => set({ view, expandedId: null }),
  pickNeed: (needId) => set({ needId, expandedId: null }),
  pickAchievement: (achievementId) => set({ achievementId, expandedId: null }),
  setTab: (tab) => set({ tab, expandedId: null }),
  setNeedQuery: (needQuery) => set({ needQuery }),
  setAchievementQuery: (achievementQuery) => set({ achievementQuery }),
  setFilter: (key, values) => set((s) => ({ filters: { ...s.filters, [key]: values } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
  toggleExpanded: (id) => set((s) => ({ expandedId: s.expandedId === id ? null : id })),
  setShowRejected: (showRejected) => set({ showRejected }),
  setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
  setBulkOpen: (bulkOpen) => set({ bulkOpen }),
  setBulk: (bulk) => set({ bulk }),
  // New results reorder the rows, so a selection made on the old ones no longer means anything.
  finishBulk: (target, top, results) => set((s) => ({ bulk: { phase: 'done', target, top }, bulkResults: { ...s.bulkResults, [target]: results }, bulkSelection: [], peopleSelection: [] })),
  setReviewMode: (reviewMode) => set({ reviewMode }),
  setBulkSelection: (bulkSelection) => set({ bulkSelection }),
  setPeopleSelection: (peopleSelection) => set({ peopleSelection }),
  setPeopleQuery: (peopleQuery) => set({ peopleQuery }),
  reset: () => set(initial),
});

export const useMatchingUi = create<MatchingUiState>()(matchingUiState);
