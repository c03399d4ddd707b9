/** The organiser at the schedule grid in component tests: render it with spies, then act on it. */
import { vi } from 'vitest';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { configure, createEvent, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScheduleGrid, type MoveVerdict, type ScheduleGridProps } from '../../../../../renderer/features/schedule/grid/ScheduleGrid';
import type { ScheduleView } from '../../../../../renderer/features/schedule/view';

// Other engineers' tests run beside these on a two-core machine.
configure({ asyncUtilTimeout: 5_000 });

type Options = Partial<Omit<ScheduleGridProps, 'view'>>;

/** A DataTransfer stand-in: jsdom has none. */
const dataTransfer = () => {
  const data = new Map<string, string>();
  return { setData: (k: string, v: string) => data.set(k, v), getData: (k: string) => data.get(k) ?? '', effectAllowed: 'all', dropEffect: 'none', types: [] as string[] };
};

export const openGrid = (view: ScheduleView, options: Options = {}) => {
  const user = userEvent.setup();
  const checkMove = vi.fn<ScheduleGridProps['checkMove']>(options.checkMove ?? ((): MoveVerdict => ({ ok: true })));
  const onMove = vi.fn<ScheduleGridProps['onMove']>(options.onMove ?? (() => undefined));
  const onToggleLock = vi.fn<ScheduleGridProps['onToggleLock']>(options.onToggleLock ?? (() => undefined));
  const onOpenMeeting = vi.fn<NonNullable<ScheduleGridProps['onOpenMeeting']>>();
  const props = (v: ScheduleView, more: Options = {}): ScheduleGridProps => ({ height: 400, ...options, view: v, checkMove, onMove, onToggleLock, onOpenMeeting, ...more });
  const wrap = (p: ScheduleGridProps) => (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1f6feb', borderRadius: 6 } }}>
      <AntApp>
        <ScheduleGrid {...p} />
      </AntApp>
    </ConfigProvider>
  );
  const { rerender } = render(wrap(props(view)));

  const grid = () => screen.getByTestId('schedule-grid');
  const cell = (tableId: string, slotId: string) => screen.getByTestId(`cell-${tableId}-${slotId}`);
  const card = (meetingId: string) => screen.getByTestId(`meeting-${meetingId}`);
  const rows = () => screen.queryAllByTestId('grid-row');

  /** Picks an option of an antd Select by typing part of its label and clicking the option. */
  const pick = async (selectTestId: string, typed: string, optionText: string) => {
    const select = screen.getByTestId(selectTestId);
    const input = within(select).getByRole('combobox');
    await user.click(input);
    await user.type(input, typed);
    const item = await screen.findByText(optionText, { selector: '.ant-select-item-option-content' });
    await user.click(item);
  };

  return {
    user,
    checkMove,
    onMove,
    onToggleLock,
    onOpenMeeting,
    grid,
    cell,
    card,
    rows,
    pick,
    rerender: (v: ScheduleView, more: Options = {}) => rerender(wrap(props(v, more))),
    select: (meetingId: string) => user.click(card(meetingId)),
    scrollTo: (scrollTop: number) => fireEvent.scroll(grid(), { target: { scrollTop } }),
    /** Drags a card over a cell (without dropping): the cell shows the verdict. */
    dragOver: (meetingId: string, tableId: string, slotId: string) => {
      const transfer = dataTransfer();
      fireEvent.dragStart(card(meetingId), { dataTransfer: transfer });
      fireEvent.dragEnter(cell(tableId, slotId), { dataTransfer: transfer });
      fireEvent.dragOver(cell(tableId, slotId), { dataTransfer: transfer });
      return transfer;
    },
    /** jsdom has no DragEvent, so the generic event it falls back to needs its relatedTarget set by hand. */
    dragLeave: (from: Element, to: Element) => {
      const event = createEvent.dragLeave(from);
      Object.defineProperty(event, 'relatedTarget', { value: to });
      fireEvent(from, event);
    },
    /** Drags a card onto a cell and lets go. */
    drop: (meetingId: string, tableId: string, slotId: string) => {
      const transfer = dataTransfer();
      fireEvent.dragStart(card(meetingId), { dataTransfer: transfer });
      fireEvent.dragOver(cell(tableId, slotId), { dataTransfer: transfer });
      fireEvent.drop(cell(tableId, slotId), { dataTransfer: transfer });
      fireEvent.dragEnd(card(meetingId), { dataTransfer: transfer });
    },
  };
};
