import { createContext, useContext } from 'react';
import { createStore, useStore, type StateCreator, type StoreApi } from 'zustand';
import type { MoveVerdict } from './moveVerdict';

/**
 * The grid's pointer state, one small store per grid. Cells subscribe to
 * “am I the hovered cell?” and “am I selected?” only, so dragging across
 * the grid re-renders the cell left and the cell entered, never the grid.
 */

/** The cell under a dragged card and what the move check said about it. */
export type DragHover = { key: string; tableId: string; slotId: string; verdict: MoveVerdict };

export type GridUiState = {
  selectedId: string | null;
  draggingId: string | null;
  hover: DragHover | null;
  select(id: string | null): void;
  startDrag(id: string): void;
  setHover(hover: DragHover | null): void;
  endDrag(): void;
};

export const gridUiState: StateCreator<GridUiState> = (set) => ({
  selectedId: null,
  draggingId: null,
  hover: null,
  select: (selectedId) => set({ selectedId }),
  // Not selecting the dragged card: that would redraw the toolbar above the grid as the drag begins.
  startDrag: (id) => set({ draggingId: id, hover: null }),
  setHover: (hover) => set({ hover }),
  endDrag: () => set({ draggingId: null, hover: null }),
});

export const createGridUi = (): StoreApi<GridUiState> => createStore(gridUiState);

export const GridUiContext = createContext<StoreApi<GridUiState> | null>(null);

export const useGridUiStore = (): StoreApi<GridUiState> => {
  const store = useContext(GridUiContext);
  if (!store) throw new Error('useGridUi outside <ScheduleGrid>');
  return store;
};

export const useGridUi = <T>(selector: (s: GridUiState) => T): T => useStore(useGridUiStore(), selector);
