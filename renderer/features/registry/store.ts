import { create, type StateCreator } from 'zustand';
import type { RegistryKind } from '../../db/recordKinds';

/** UI state of the registry lists: per kind the query, filters and what is open. */
export type ListState = {
  query: string;
  filters: Record<string, string[]>;
  /** The record shown in the drawer; `'new'` while creating one. */
  openId: string | 'new' | null;
  editing: boolean;
};

export type RegistryUiState = {
  lists: Record<RegistryKind, ListState>;
  setQuery(kind: RegistryKind, query: string): void;
  setFilter(kind: RegistryKind, key: string, values: string[]): void;
  open(kind: RegistryKind, id: string | 'new', editing?: boolean): void;
  setEditing(kind: RegistryKind, editing: boolean): void;
  close(kind: RegistryKind): void;
};

const emptyList = (): ListState => ({ query: '', filters: {}, openId: null, editing: false });

export const registryUiState: StateCreator<RegistryUiState> = (set) => {
  const patch = (kind: RegistryKind, change: Partial<ListState>) =>
    set((s) => ({ lists: { ...s.lists, [kind]: { ...s.lists[kind], ...change } } }));
  return {
    lists: { organisations: emptyList(), participants: emptyList(), needs: emptyList(), achievements: emptyList() },
    setQuery: (kind, query) => patch(kind, { query }),
    setFilter: (kind, key, values) =>
      set((s) => ({ lists: { ...s.lists, [kind]: { ...s.lists[kind], filters: { ...s.lists[kind].filters, [key]: values } } } })),
    open: (kind, id, editing = id === 'new') => patch(kind, { openId: id, editing }),
    setEditing: (kind, editing) => patch(kind, { editing }),
    close: (kind) => patch(kind, { openId: null, editing: false }),
  };
};

export const useRegistryUi = create<RegistryUiState>()(registryUiState);
