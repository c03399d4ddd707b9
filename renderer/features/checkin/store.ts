import { create, type StateCreator } from 'zustand';

/** What the desk last said: shown above the result card until the next action. */
export type DeskNotice = { kind: 'success' | 'error'; text: string };

/** The check-in desk's UI state; the check-ins themselves live in Dexie. */
export type CheckInUiState = {
  query: string;
  /** The person on the result card: the last one checked in, scanned or registered. */
  shownId: string | null;
  notice: DeskNotice | null;
  walkInOpen: boolean;
  cameraOpen: boolean;
  setQuery(query: string): void;
  show(id: string | null, notice: DeskNotice | null): void;
  setNotice(notice: DeskNotice | null): void;
  setWalkInOpen(open: boolean): void;
  setCameraOpen(open: boolean): void;
};

export const checkInUiState: StateCreator<CheckInUiState> = (set) => ({
  query: '',
  shownId: null,
  notice: null,
  walkInOpen: false,
  cameraOpen: false,
  setQuery: (query) => set({ query }),
  show: (shownId, notice) => set({ shownId, notice }),
  setNotice: (notice) => set({ notice }),
  setWalkInOpen: (walkInOpen) => set({ walkInOpen }),
  setCameraOpen: (cameraOpen) => set({ cameraOpen }),
});

export const useCheckInUi = create<CheckInUiState>()(checkInUiState);
