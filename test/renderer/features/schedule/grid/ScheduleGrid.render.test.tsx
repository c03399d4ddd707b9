import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { GRID_LAYOUT } from '../../../../../renderer/features/schedule/grid/layout';
import { openGrid } from './gridDesk';
import { largeView, smallView } from './fixture';

describe('排期表 layout and virtualisation', () => {
  it('draws only the rows in view of a 250 × 24 fair, and the others as it scrolls', () => {
    const desk = openGrid(largeView(), { height: 400 });
    expect(desk.grid().getAttribute('aria-rowcount')).toBe('251');
    const first = desk.rows().length;
    expect(first).toBeGreaterThan(5);
    expect(first).toBeLessThan(30);
    expect(screen.getByTestId('cell-T1-am#0')).toBeTruthy();
    expect(screen.queryByTestId('cell-T200-pm#5')).toBeNull();

    desk.scrollTo(199 * GRID_LAYOUT.rowHeight);
    expect(screen.getByTestId('meeting-m200-pm#5').textContent).toContain('刘洋');
    expect(screen.queryByTestId('cell-T1-am#0')).toBeNull();
    expect(desk.rows().length).toBeLessThan(30);

    desk.scrollTo(250 * GRID_LAYOUT.rowHeight);
    expect(screen.getByTestId('cell-T250-pm#11')).toBeTruthy();
  });

  it('heads the columns with each session and its slot times, and each row with its table and zone', () => {
    const desk = openGrid(smallView());
    const header = within(desk.grid()).getAllByRole('columnheader');
    expect(header.map((h) => h.textContent)).toEqual(['洽谈桌 \\ 时段', '09:00–09:20', '09:20–09:40', '09:40–10:00', '14:00–14:20', '14:20–14:40', '14:40–15:00']);
    expect(desk.grid().textContent).toContain('5月20日 上午');
    expect(desk.grid().textContent).toContain('5月20日 下午');
    const rowHeaders = within(desk.grid()).getAllByRole('rowheader').map((h) => h.textContent);
    expect(rowHeaders).toEqual(['桌 1A区', '桌 2A区', '桌 3B区', '桌 4B区']);
  });

  it('shows each meeting as a card with both names, priority as its border and state as its background', () => {
    const desk = openGrid(smallView());
    const m1 = desk.card('m1');
    expect(m1.textContent).toBe('张伟李娜');
    expect(m1.title).toContain('张伟（北京智感科技有限公司） ↔ 李娜（清华大学）');
    expect(m1.title).toContain('议题：锂电池热失控预警系统 ↔ 锂离子电池安全预警技术');
    const look = (id: string) => getComputedStyle(desk.card(id));
    expect(look('m1').borderLeftColor).toBe('rgb(245, 34, 45)');
    expect(look('m2').borderLeftColor).toBe('rgb(250, 140, 22)');
    expect(look('m3').borderLeftColor).toBe('rgb(64, 150, 255)');
    expect(look('m2').background).toContain('rgb(230, 244, 255)');
    expect(look('m4').background).toContain('rgb(217, 247, 190)');
    expect(look('m5').background).toContain('repeating-linear-gradient');
    expect(look('m6').opacity).toBe('0.6');
    expect(within(desk.card('m3')).getByTestId('locked-m3')).toBeTruthy();
    expect(within(desk.cell('T4', 'am#0')).queryByRole('button')).toBeNull();
    const legend = screen.getByTestId('grid-legend').textContent;
    for (const word of ['必须', '优先', '一般', '待开始', '进行中', '已完成', '未到场', '已取消', '已锁定']) expect(legend).toContain(word);
    expect(screen.getByTestId('drag-status').textContent).toBe('4 张洽谈桌 × 6 个时段，共 6 场洽谈');
  });

  it('fades the meetings of everyone but the highlighted person', () => {
    const desk = openGrid(smallView(), { highlightParticipantId: 'p-zhang' });
    expect(desk.card('m1').dataset.highlight).toBe('match');
    expect(desk.card('m3').dataset.highlight).toBe('match');
    for (const id of ['m2', 'm4', 'm5', 'm6']) expect(desk.card(id).dataset.highlight).toBe('dim');
    expect(getComputedStyle(desk.card('m2')).opacity).toBe('0.22');
    expect(screen.getByTestId('drag-status').textContent).toContain('已标出 张伟 的 2 场洽谈');

    desk.rerender(smallView(), { highlightParticipantId: undefined });
    expect(desk.card('m2').dataset.highlight).toBe('none');
  });

  it('定位 finds a person by name or pinyin initials, scrolls to their meeting and marks it', async () => {
    const desk = openGrid(largeView(), { height: 400 });
    expect(screen.queryByTestId('meeting-m200-pm#5')).toBeNull();
    await desk.pick('grid-find', 'ly', '刘洋（北京智感科技有限公司） · 1场');
    await waitFor(() => expect(screen.getByTestId('meeting-m200-pm#5').dataset.highlight).toBe('match'));
    expect(desk.grid().scrollTop).toBeGreaterThan(190 * GRID_LAYOUT.rowHeight);
    expect(screen.getByTestId('meeting-m199-pm#5').dataset.highlight).toBe('dim');
    expect(screen.getByTestId('drag-status').textContent).toContain('已标出 刘洋 的 1 场洽谈');
  });

  it('says what to add when the event has no tables', () => {
    const view = smallView();
    openGrid({ ...view, tables: [], tableIndex: new Map() });
    expect(screen.getByTestId('schedule-grid-empty').textContent).toContain('活动还没有洽谈桌');
  });
});
