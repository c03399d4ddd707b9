import { describe, expect, it } from 'vitest';
import { tableCardsHtml } from '../../../../../renderer/features/schedule/print/tableCards';
import { meetingRows, pagesOf, parsePrintout, textOf } from '../printHelpers';
import { scheduleFixture } from '../scheduleViewFixture';

describe('tableCardsHtml', () => {
  const view = scheduleFixture();
  const doc = parsePrintout(tableCardsHtml(view));

  it('prints one card per table with a meeting, by number', () => {
    expect(pagesOf(doc).map((p) => p.dataset.table)).toEqual(['T1', 'T2', 'T3']);
    expect(pagesOf(doc).map((p) => textOf(p.querySelector('.card-head > div')))).toEqual(['1 号桌', '2 号桌 A区', '3 号桌 B区']);
    expect(doc.title).toBe('2026 中关村技术对接会-桌牌');
  });

  it("lists the table's meetings by slot with both people, leaving out cancelled ones", () => {
    const t2 = pagesOf(doc)[1];
    if (!t2) throw new Error('no card');
    expect(meetingRows(t2)).toEqual([
      ['09:00–09:20 第1轮', '王芳', '刘洋 中科院自动化所', '—'],
      ['14:00–14:20 第1轮', '刘洋 中科院自动化所', '张伟 清华大学', '机器人控制'],
    ]);
    expect(doc.querySelectorAll('script, img, b')).toHaveLength(0);
  });

  it('skips tables without meetings', () => {
    const onlyT1 = { ...view, meetings: view.meetings.filter((m) => m.tableId === 'T1') };
    expect(pagesOf(parsePrintout(tableCardsHtml(onlyT1))).map((p) => p.dataset.table)).toEqual(['T1']);
  });
});
