import { App, Empty } from 'antd';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { ScheduleView } from '../view';
import { DragStatus } from './DragStatus';
import { FindPerson } from './FindPerson';
import { slotName, tableName } from './format';
import { GridBody, type GridBodyHandle } from './GridBody';
import { buildGridIndex } from './gridIndex';
import { GridLegend } from './GridLegend';
import { createGridUi, GridUiContext, type GridUiState } from './gridUi';
import { MoveDialog } from './MoveDialog';
import { LOCKED_REASON, moveVerdict } from './moveRules';
import type { CheckMove } from './moveVerdict';
import { SelectionBar } from './SelectionBar';
import { useGridEvents, type GridActions } from './useGridEvents';

export type { MoveVerdict } from './moveVerdict';

export type ScheduleGridProps = {
  view: ScheduleView;
  /** Synchronous and fast: called for each cell a dragged card passes over. */
  checkMove: CheckMove;
  onMove: (meetingId: string, slotId: string, tableId: string) => void | Promise<void>;
  onToggleLock: (meetingId: string) => void | Promise<void>;
  /** On double-click or 详情: the meeting's details. */
  onOpenMeeting?: (meetingId: string) => void;
  /** Fades every meeting that does not involve this person (定位 in the grid overrides it while set). */
  highlightParticipantId?: string;
  /** The scroll viewport's height in px; the toolbar and legend above it come on top. */
  height: number;
};

/**
 * 排期表: tables down, slots across, a card per meeting. Cards move by drag
 * and drop or by 移动到…, both asking the same `checkMove`; locked cards stay.
 * Virtualised for a fair of 250 tables × 24 slots.
 */
export const ScheduleGrid = (props: ScheduleGridProps) => {
  const [ui] = useState(createGridUi);
  return (
    <GridUiContext.Provider value={ui}>
      <GridPanel {...props} ui={ui} />
    </GridUiContext.Provider>
  );
};

const noop = () => undefined;
const idleActions: GridActions = { verdict: () => null, move: noop, refuse: noop, toggleLock: noop, openMoveDialog: noop, openMeeting: noop };
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

const GridPanel = ({ view, checkMove, onMove, onToggleLock, onOpenMeeting, highlightParticipantId, height, ui }: ScheduleGridProps & { ui: StoreApi<GridUiState> }) => {
  const { message } = App.useApp();
  const index = useMemo(() => buildGridIndex(view), [view]);
  const [foundId, setFoundId] = useState<string>();
  const [movingId, setMovingId] = useState<string | null>(null);
  const selectedId = useStore(ui, (s) => s.selectedId);
  const body = useRef<GridBodyHandle>(null);
  const highlightId = foundId ?? highlightParticipantId;

  const run = async (what: string, action: () => void | Promise<void>) => {
    try {
      await action();
      return true;
    } catch (e) {
      message.error(`${what}失败：${errorText(e)}`);
      return false;
    }
  };
  const verdict = (meetingId: string, slotId: string, tableId: string) => moveVerdict(index, checkMove, meetingId, slotId, tableId);
  const toggleLock = (id: string) => void run('锁定/解锁', () => onToggleLock(id));
  const openMoveDialog = (id: string) => {
    const m = index.byId.get(id);
    if (m?.locked) message.warning(LOCKED_REASON);
    else if (m) setMovingId(id);
  };

  // The delegated handlers stay the same object for the grid's life and read the latest props through this ref.
  const actions = useRef<GridActions>(idleActions);
  useLayoutEffect(() => {
    actions.current = {
      verdict,
      move: (id, slotId, tableId) => void run('移动', () => onMove(id, slotId, tableId)),
      refuse: (reason) => void message.warning(reason),
      toggleLock,
      openMoveDialog,
      openMeeting: (id) => onOpenMeeting?.(id),
    };
  });
  const events = useGridEvents(ui, actions);

  const describe = (tableId: string, slotId: string) => {
    const table = view.tables[view.tableIndex.get(tableId) ?? -1];
    const slot = view.slots[view.slotIndex.get(slotId) ?? -1];
    return [table ? tableName(table) : tableId, slot ? slotName(slot) : slotId].join(' · ');
  };

  const find = (personId: string | undefined) => {
    setFoundId(personId);
    const first = personId ? index.people.find((p) => p.id === personId)?.meetingIds.map((id) => index.byId.get(id)).find((m) => m && view.tableIndex.has(m.tableId) && view.slotIndex.has(m.slotId)) : undefined;
    if (first) body.current?.scrollToCell(view.tableIndex.get(first.tableId) ?? 0, view.slotIndex.get(first.slotId) ?? 0);
  };

  const selected = selectedId ? index.byId.get(selectedId) : undefined;
  const moving = movingId ? index.byId.get(movingId) : undefined;
  const person = highlightId ? index.people.find((p) => p.id === highlightId) : undefined;
  const summary = highlightId
    ? person
      ? `已标出 ${person.name} 的 ${person.meetingIds.length} 场洽谈，其余已淡化`
      : '该参会人没有洽谈安排'
    : `${view.tables.length} 张洽谈桌 × ${view.slots.length} 个时段，共 ${view.meetings.length} 场洽谈`;
  const orphans = index.orphans > 0 ? `；另有 ${index.orphans} 场洽谈的时段或洽谈桌已不在活动中，未显示` : '';

  if (view.tables.length === 0 || view.slots.length === 0)
    return <Empty data-testid="schedule-grid-empty" description={view.tables.length === 0 ? '活动还没有洽谈桌，请先在活动设置中添加' : '活动还没有洽谈时段，请先在活动设置中添加场次'} />;

  return (
    <div data-testid="schedule-grid-panel" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap', minHeight: 32 }}>
        <FindPerson people={index.people} value={foundId} onChange={find} />
        <SelectionBar meeting={selected} place={selected ? describe(selected.tableId, selected.slotId) : ''} onToggleLock={toggleLock} onMove={openMoveDialog} onOpen={onOpenMeeting} />
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
        <GridLegend />
        <div style={{ flex: 1, minWidth: 240 }}>
          <DragStatus describe={describe} idle={summary + orphans} />
        </div>
      </div>
      <GridBody ref={body} tables={view.tables} index={index} highlightId={highlightId} height={height} events={events} />
      {moving && (
        <MoveDialog
          meeting={moving}
          columns={index.columns}
          sessions={index.sessions}
          tables={view.tables}
          verdict={(slotId, tableId) => verdict(moving.id, slotId, tableId)}
          onConfirm={async (slotId, tableId) => {
            if (await run('移动', () => onMove(moving.id, slotId, tableId))) setMovingId(null);
          }}
          onClose={() => setMovingId(null)}
        />
      )}
    </div>
  );
};
