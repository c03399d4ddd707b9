import { create, type StateCreator } from 'zustand';
import { NO_FILTER, type BoardFilter } from '@shared/floor';

/** Which slot the board shows, relative to the moment (see `shownSlots`). */
export type BoardView = 'previous' | 'current' | 'next';

/**
 * The floor's last mark that freed seats (未到场, 取消, 本日缺席): the board
 * offers 补位 for it, and 撤销 for a single meeting's mark, until the next
 * mark or a dismissal.
 */
export type LastMark = { text: string; undo?: { meetingId: string; marked: '未到场' | '已取消' } };

/** The floor's UI state; meetings and their states live in Dexie. */
export type FloorUiState = {
  view: BoardView;
  filter: BoardFilter;
  /** The meeting whose outcome is being recorded (记录成果), or none. */
  outcomeMeetingId: string | null;
  replacementOpen: boolean;
  adHocOpen: boolean;
  bigScreen: boolean;
  lastMark: LastMark | null;
  setView(view: BoardView): void;
  setFilter(patch: Partial<BoardFilter>): void;
  setOutcomeMeeting(id: string | null): void;
  setReplacementOpen(open: boolean): void;
  setAdHocOpen(open: boolean): void;
  setBigScreen(open: boolean): void;
  setLastMark(mark: LastMark | null): void;
};

export const floorUiState: StateCreator<FloorUiState> = (set) => ({
  view: 'current',
  filter: NO_FILTER,
  outcomeMeetingId: null,
  replacementOpen: false,
  adHocOpen: false,
  bigScreen: false,
  lastMark: null,
  setView: (view) => set({ view }),
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  setOutcomeMeeting: (outcomeMeetingId) => set({ outcomeMeetingId }),
  setReplacementOpen: (replacementOpen) => set({ replacementOpen }),
  setAdHocOpen: (adHocOpen) => set({ adHocOpen }),
  setBigScreen: (bigScreen) => set({ bigScreen }),
  setLastMark: (lastMark) => set({ lastMark }),
});

export const useFloorUi = create<FloorUiState>()(floorUiState);
