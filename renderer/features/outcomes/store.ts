import { create, type StateCreator } from 'zustand';
import type { OutcomeResult } from '@shared/model';

/** 待记录, 已记录. */
export type OutcomesTab = 'pending' | 'recorded';

/** The 对接成果 page's UI state; the outcomes themselves live in Dexie. */
export type OutcomesUiState = {
  tab: OutcomesTab;
  /** The meeting whose outcome form is open. */
  openMeetingId: string | null;
  /** The highlighted row of the 待记录 queue (↑/↓ move it, Enter opens it). */
  selectedId: string | null;
  /** 已记录 filters. */
  results: OutcomeResult[];
  search: string;
  setTab(tab: OutcomesTab): void;
  open(meetingId: string | null): void;
  select(meetingId: string | null): void;
  setResults(results: OutcomeResult[]): void;
  setSearch(search: string): void;
};

export const outcomesUiState: StateCreator<OutcomesUiState> = (set) => ({
  tab: 'pending',
  openMeetingId: null,
  selectedId: null,
  results: [],
  search: '',
  setTab: (tab) => set({ tab }),
  open: (openMeetingId) => set({ openMeetingId }),
  select: (selectedId) => set({ selectedId }),
  setResults: (results) => set({ results }),
  setSearch: (search) => set({ search }),
});

export const useOutcomesUi = create<OutcomesUiState>()(outcomesUiState);
