import { create, type StateCreator } from 'zustand';
import { DEFAULT_FILTERS, type RequestFilters } from './filters';

/** The form drawer: creating a request, or editing one by id. */
export type RequestFormTarget = { mode: 'new' } | { mode: 'edit'; id: string };

/** UI state of the 约谈申请 list; the requests themselves live in Dexie. */
export type RequestsUiState = {
  filters: RequestFilters;
  /** Selected row ids; actions apply only to those still shown. */
  selected: string[];
  form: RequestFormTarget | null;
  /** The 导入 dialog is open. */
  importing: boolean;
  setFilters(patch: Partial<RequestFilters>): void;
  select(ids: string[]): void;
  openForm(target: RequestFormTarget): void;
  closeForm(): void;
  setImporting(open: boolean): void;
  reset(): void;
};

export const requestsUiState: StateCreator<RequestsUiState> = (set) => ({
  filters: DEFAULT_FILTERS,
  selected: [],
  form: null,
  importing: false,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  select: (ids) => set({ selected: ids }),
  openForm: (target) => set({ form: target }),
  closeForm: () => set({ form: null }),
  setImporting: (open) => set({ importing: open }),
  reset: () => set({ filters: DEFAULT_FILTERS, selected: [], form: null, importing: false }),
});

export const useRequestsUi = create<RequestsUiState>()(requestsUiState);
