import { create, type StateCreator } from 'zustand';
import type { Suggestion } from '@shared/matching';
import type { BulkProgress } from './client/types';
import { NO_FILTERS, type FilterKey, type SuggestionFilters } from './filters';

/** 按需求 (a need's suggestions), 按成果 (the needs an achievement could serve), 批量推荐. */
export type MatchingView = 'byNeed' | 'byAchievement' | 'bulk';
export type NeedTab = 'achievements' | 'experts';
export type BulkTarget = 'achievements' | 'experts';

/** The bulk run: what it ranks, and where it is. */
export type BulkJob =
  | { phase: 'idle' }
  | { phase: 'running'; target: BulkTarget; top: number; progress: BulkProgress; cancel: () => void }
  | { phase: 'done'; target: BulkTarget; top: number; results: Readonly<Record<string, Suggestion[]>> }
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
  /** Review table rows picked for 批量邀请 / 标记不合适, as `needId|targetId`. */
  bulkSelection: string[];
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
  setBulkSelection(keys: string[]): void;
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
  bulkSelection: [],
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
  setBulk: (bulk) => set(bulk.phase === 'done' ? { bulk, bulkSelection: [] } : { bulk }),
  setBulkSelection: (bulkSelection) => set({ bulkSelection }),
  reset: () => set(initial),
});

export const useMatchingUi = create<MatchingUiState>()(matchingUiState);
