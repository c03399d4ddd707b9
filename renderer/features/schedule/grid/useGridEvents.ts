import { useMemo, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { StoreApi } from 'zustand';
import { cellKey } from './gridIndex';
import type { GridUiState } from './gridUi';
import type { MoveVerdict } from './moveVerdict';

/** What the grid does when the organiser acts on a card or a cell. */
export type GridActions = {
  /** `null`: the meeting is already there. */
  verdict(meetingId: string, slotId: string, tableId: string): MoveVerdict | null;
  move(meetingId: string, slotId: string, tableId: string): void;
  refuse(reason: string): void;
  toggleLock(meetingId: string): void;
  openMoveDialog(meetingId: string): void;
  openMeeting(meetingId: string): void;
};

type Cell = { tableId: string; slotId: string };

const cellAt = (target: EventTarget | null): Cell | null => {
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-cell]') : null;
  const tableId = el?.dataset.table;
  const slotId = el?.dataset.slot;
  return tableId && slotId ? { tableId, slotId } : null;
};

/**
 * Whether a dragleave leaves the grid rather than passing from a cell into a
 * card. Older Chromium sends no relatedTarget with drag events, so the
 * pointer's position decides when it is missing.
 */
const leftGrid = (e: DragEvent<Element>) => {
  if (e.relatedTarget instanceof Node) return !e.currentTarget.contains(e.relatedTarget);
  const r = e.currentTarget.getBoundingClientRect();
  return r.width === 0 || e.clientX <= r.left || e.clientX >= r.right || e.clientY <= r.top || e.clientY >= r.bottom;
};

const meetingAt = (target: EventTarget | null): string | null => (target instanceof Element ? (target.closest<HTMLElement>('[data-meeting]')?.dataset.meeting ?? null) : null);

/**
 * The scroll container's event handlers, delegated: one set for the whole
 * grid instead of a closure per cell, so a cell is only markup and a store
 * subscription. `actions` is read when an event fires, never during render.
 */
export const useGridEvents = (ui: StoreApi<GridUiState>, actions: { current: GridActions }) =>
  useMemo(() => {
    const over = (e: DragEvent) => {
      const { draggingId, hover, setHover } = ui.getState();
      const cell = cellAt(e.target);
      // Only our own cards are dropped here; a file dragged over the window is left alone.
      if (!draggingId || !cell) return;
      // Always accept the drop, even when refused: the drop is where the reason is told.
      e.preventDefault();
      const key = cellKey(cell.tableId, cell.slotId);
      if (hover?.key === key) return;
      const verdict = actions.current.verdict(draggingId, cell.slotId, cell.tableId);
      setHover(verdict ? { key, ...cell, verdict } : null);
    };
    return {
      onClick: (e: MouseEvent) => ui.getState().select(meetingAt(e.target)),
      onDoubleClick: (e: MouseEvent) => {
        const id = meetingAt(e.target);
        if (id) actions.current.openMeeting(id);
      },
      onKeyDown: (e: KeyboardEvent) => {
        const id = meetingAt(e.target);
        if (e.key === 'Escape') return ui.getState().select(null);
        if (!id) return;
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          ui.getState().select(id);
        } else if (e.key === 'l' || e.key === 'L') actions.current.toggleLock(id);
        else if (e.key === 'm' || e.key === 'M') actions.current.openMoveDialog(id);
      },
      onDragStart: (e: DragEvent) => {
        const id = meetingAt(e.target);
        if (!id) return;
        // jsdom's synthetic drags may come without a DataTransfer.
        e.dataTransfer?.setData('text/plain', id);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
        ui.getState().startDrag(id);
      },
      // Both: browsers send dragenter first, and some drivers (Playwright) send no dragover at all.
      onDragEnter: over,
      onDragOver: over,
      onDragLeave: (e: DragEvent) => {
        if (!leftGrid(e)) return;
        ui.getState().setHover(null);
      },
      onDrop: (e: DragEvent) => {
        const { draggingId, endDrag } = ui.getState();
        const cell = cellAt(e.target);
        if (!draggingId) return;
        e.preventDefault();
        endDrag();
        if (!cell) return;
        const verdict = actions.current.verdict(draggingId, cell.slotId, cell.tableId);
        if (!verdict) return;
        if (verdict.ok) actions.current.move(draggingId, cell.slotId, cell.tableId);
        else actions.current.refuse(verdict.reason);
      },
      onDragEnd: () => ui.getState().endDrag(),
    };
  }, [ui, actions]);
