import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MoveVerdict } from '../../../../../renderer/features/schedule/grid/moveVerdict';
import { openGrid } from './gridDesk';
import { smallView } from './fixture';

/** The move check of the tests: 张伟 is busy at 上午#2 (in another meeting, at 桌4). */
const zhangBusyAtNine40 = (meetingId: string, slotId: string): MoveVerdict =>
  meetingId === 'm1' && slotId === 'am#2' ? { ok: false, reason: '张伟在该时段已有洽谈（桌4）' } : { ok: true };

describe('排期表 moving meetings by drag and drop', () => {
  it('moves a card dropped on an empty cell the check allows', () => {
    const desk = openGrid(smallView(), { checkMove: zhangBusyAtNine40 });
    desk.dragOver('m1', 'T4', 'am#1');
    expect(desk.cell('T4', 'am#1').dataset.drop).toBe('ok');
    expect(screen.getByTestId('drag-status').textContent).toBe('松开即移到 4号桌（B区） · 5月20日 上午 第2轮 09:20–09:40');
    expect(desk.checkMove).toHaveBeenLastCalledWith('m1', 'am#1', 'T4');

    desk.drop('m1', 'T4', 'am#1');
    expect(desk.onMove).toHaveBeenCalledExactlyOnceWith('m1', 'am#1', 'T4');
    expect(desk.cell('T4', 'am#1').dataset.drop).toBeUndefined();
  });

  it('marks a refused cell red with the reason, and a drop there only tells the reason', async () => {
    const desk = openGrid(smallView(), { checkMove: zhangBusyAtNine40 });
    desk.dragOver('m1', 'T2', 'am#2');
    const cell = desk.cell('T2', 'am#2');
    expect(cell.dataset.drop).toBe('refused');
    expect(cell.title).toBe('张伟在该时段已有洽谈（桌4）');
    expect(within(cell).getByTestId('drop-hint').textContent).toBe('张伟在该时段已有洽谈（桌4）');
    expect(screen.getByTestId('drag-status').textContent).toContain('不能移到 2号桌（A区） · 5月20日 上午 第3轮 09:40–10:00：张伟在该时段已有洽谈（桌4）');

    desk.drop('m1', 'T2', 'am#2');
    expect(await screen.findByText('张伟在该时段已有洽谈（桌4）', { selector: '.ant-message *' })).toBeTruthy();
    expect(desk.onMove).not.toHaveBeenCalled();
  });

  it('refuses an occupied cell without asking the check', async () => {
    const desk = openGrid(smallView());
    desk.drop('m1', 'T2', 'am#0');
    expect(await screen.findByText('该桌该时段已有洽谈', { selector: '.ant-message *' })).toBeTruthy();
    expect(desk.checkMove).not.toHaveBeenCalled();
    expect(desk.onMove).not.toHaveBeenCalled();
  });

  it('moves the mark from cell to cell while dragging, asking the check once per cell entered', () => {
    const desk = openGrid(smallView());
    desk.dragOver('m1', 'T4', 'am#1');
    const untouched = desk.cell('T3', 'am#2');
    fireEvent.dragOver(desk.cell('T4', 'am#2'));
    expect(desk.cell('T4', 'am#1').dataset.drop).toBeUndefined();
    expect(desk.cell('T4', 'am#2').dataset.drop).toBe('ok');
    expect(desk.cell('T3', 'am#2')).toBe(untouched);
    // Still over the same cell: the check is not asked again.
    const asked = desk.checkMove.mock.calls.length;
    fireEvent.dragOver(desk.cell('T4', 'am#2'));
    expect(desk.checkMove.mock.calls.length).toBe(asked);
    // Into the card of a cell and back: still in the grid, the mark stays.
    desk.dragLeave(desk.cell('T4', 'am#2'), desk.card('m1'));
    expect(desk.cell('T4', 'am#2').dataset.drop).toBe('ok');
    desk.dragLeave(desk.grid(), document.body);
    expect(desk.cell('T4', 'am#2').dataset.drop).toBeUndefined();
  });

  it('does nothing when a card is dropped back on its own cell', () => {
    const desk = openGrid(smallView());
    desk.dragOver('m1', 'T1', 'am#0');
    expect(desk.cell('T1', 'am#0').dataset.drop).toBeUndefined();
    desk.drop('m1', 'T1', 'am#0');
    expect(desk.onMove).not.toHaveBeenCalled();
  });

  it('tells the organiser when saving the move fails', async () => {
    const desk = openGrid(smallView(), { onMove: () => Promise.reject(new Error('数据库只读')) });
    desk.drop('m1', 'T4', 'am#1');
    expect(await screen.findByText('移动失败：数据库只读', { selector: '.ant-message *' })).toBeTruthy();
  });
});

describe('排期表 locking and the 移动到… dialog', () => {
  it('keeps locked cards in place: not draggable, 移动到… disabled, the reason on hover', async () => {
    const desk = openGrid(smallView());
    expect(desk.card('m3').getAttribute('draggable')).toBe('false');
    expect(desk.card('m1').getAttribute('draggable')).toBe('true');
    expect(desk.card('m3').title).toContain('已锁定，解锁后才能移动');
    await desk.select('m3');
    expect(screen.getByTestId('move-open')).toHaveProperty('disabled', true);
    // A drag forced on it anyway (e.g. a stale DOM) is refused too.
    desk.drop('m3', 'T4', 'am#1');
    expect(await screen.findByText('已锁定，解锁后才能移动', { selector: '.ant-message *' })).toBeTruthy();
    expect(desk.onMove).not.toHaveBeenCalled();
  });

  it('locks and unlocks the selected card with the toolbar or the L key', async () => {
    const desk = openGrid(smallView());
    await desk.select('m3');
    expect(desk.card('m3').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('lock-toggle').textContent).toContain('解锁');
    await desk.user.click(screen.getByTestId('lock-toggle'));
    expect(desk.onToggleLock).toHaveBeenCalledExactlyOnceWith('m3');

    await desk.select('m1');
    expect(screen.getByTestId('lock-toggle').textContent).toContain('锁定');
    await desk.user.keyboard('l');
    expect(desk.onToggleLock).toHaveBeenLastCalledWith('m1');
    await desk.user.keyboard('{Escape}');
    expect(screen.getByTestId('selection-hint')).toBeTruthy();
  });

  it('moves through the dialog once the chosen place is allowed', async () => {
    const desk = openGrid(smallView(), { checkMove: zhangBusyAtNine40 });
    await desk.select('m1');
    await desk.user.click(screen.getByTestId('move-open'));
    const dialog = await screen.findByTestId('move-dialog');
    expect(within(dialog).getByTestId('move-verdict').textContent).toContain('这是该洽谈现在的位置');
    expect(screen.getByTestId('move-confirm')).toHaveProperty('disabled', true);

    await desk.pick('move-table', '4', '4号桌（B区）');
    await waitFor(() => expect(within(dialog).getByTestId('move-verdict').textContent).toContain('可以移动到这里'));
    await desk.pick('move-slot', '14:20', '5月20日 14:20–14:40（下午 第2轮）');
    expect(desk.checkMove).toHaveBeenLastCalledWith('m1', 'pm#1', 'T4');
    expect(screen.getByTestId('move-confirm')).toHaveProperty('disabled', false);
    await desk.user.click(screen.getByTestId('move-confirm'));
    expect(desk.onMove).toHaveBeenCalledExactlyOnceWith('m1', 'pm#1', 'T4');
    await waitFor(() => expect(screen.queryByTestId('move-dialog')).toBeNull());
  });

  it('shows the refusal live and keeps 确定 disabled; the M key opens it too', async () => {
    const desk = openGrid(smallView(), { checkMove: zhangBusyAtNine40 });
    await desk.select('m1');
    await desk.user.keyboard('m');
    const dialog = await screen.findByTestId('move-dialog');
    await desk.pick('move-slot', '09:40', '5月20日 09:40–10:00（上午 第3轮）');
    await waitFor(() => expect(within(dialog).getByTestId('move-verdict').textContent).toBe('张伟在该时段已有洽谈（桌4）'));
    expect(screen.getByTestId('move-confirm')).toHaveProperty('disabled', true);
    await desk.pick('move-table', '2', '2号桌（A区）');
    expect(within(dialog).getByTestId('move-verdict').textContent).toBe('张伟在该时段已有洽谈（桌4）');
    await desk.pick('move-slot', '09:00', '5月20日 09:00–09:20（上午 第1轮）');
    expect(within(dialog).getByTestId('move-verdict').textContent).toBe('该桌该时段已有洽谈');
    await desk.user.click(screen.getByTestId('move-cancel'));
    await waitFor(() => expect(screen.queryByTestId('move-dialog')).toBeNull());
    expect(desk.onMove).not.toHaveBeenCalled();
  });

  it('opens the details on double-click and 详情', async () => {
    const desk = openGrid(smallView());
    await desk.user.dblClick(desk.card('m2'));
    expect(desk.onOpenMeeting).toHaveBeenCalledWith('m2');
    await desk.user.click(screen.getByTestId('open-meeting'));
    expect(desk.onOpenMeeting).toHaveBeenLastCalledWith('m2');
  });
});
