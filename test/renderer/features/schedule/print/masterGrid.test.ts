import { describe, expect, it } from 'vitest';
import { gridPages, masterGridHtml } from '../../../../../renderer/features/schedule/print/masterGrid';
import type { ScheduleView } from '../../../../../renderer/features/schedule/view';
import { pagesOf, parsePrintout, textOf } from '../printHelpers';
import { largeScheduleFixture, scheduleFixture } from '../scheduleViewFixture';

/** Every (table, slot) cell of the printout, page by page. */
const cellsOf = (html: string) => pagesOf(parsePrintout(html)).map((page) => [...page.querySelectorAll<HTMLElement>('td[data-cell]')].map((td) => td.dataset.cell ?? ''));

const everyCell = (view: ScheduleView) => view.tables.flatMap((t) => view.slots.map((s) => `${t.id}|${s.id}`)).sort();

describe('masterGridHtml', () => {
  it('prints tables as rows and slots as columns, each cell with its two names', () => {
    const view = scheduleFixture();
    const doc = parsePrintout(masterGridHtml(view));
    expect(pagesOf(doc)).toHaveLength(2);
    const am = pagesOf(doc)[0];
    expect([...(am?.querySelectorAll('thead th') ?? [])].map((th) => textOf(th))).toEqual(['桌号', '第1轮 09:00–09:20', '第2轮 09:25–09:45']);
    expect([...(am?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => textOf(c)))).toEqual([
      ['1', '张伟 李娜', '张伟 王芳'],
      ['2 A区', '王芳 刘洋', ''],
      ['3 B区', '', '<script>alert("x")</script>赵 李娜'],
    ]);
    expect(textOf(doc.querySelector('[data-cell="T2|pm#1"]'))).toBe('');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(masterGridHtml(view)).toContain('size: A4 landscape');
  });

  it('covers every table and slot exactly once when split into pages', () => {
    const view = scheduleFixture();
    const pages = cellsOf(masterGridHtml(view, { slotsPerPage: 1, tablesPerPage: 2 }));
    expect(pages).toHaveLength(8);
    expect(pages.flat().sort()).toEqual(everyCell(view));
  });

  it('stays within 8 slots × 25 tables a page at 250 tables × 24 slots, repeating the headers', () => {
    const view = largeScheduleFixture(250, 24);
    // 600 KB of markup: read with patterns, as parsing it in jsdom takes seconds.
    const pages = masterGridHtml(view).split('<section class="page').slice(1);
    // Two sessions of 12 slots, each cut 6 + 6, times 10 runs of 25 tables.
    expect(pages).toHaveLength(40);
    const cells: string[] = [];
    for (const page of pages) {
      const [head = '', body = ''] = page.split('<tbody>');
      expect(head).toMatch(/<thead><tr><th>桌号<\/th>/);
      expect(head.match(/<th>/g)?.length).toBeLessThanOrEqual(9);
      expect(body.match(/<tr>/g)?.length).toBeLessThanOrEqual(25);
      cells.push(...[...page.matchAll(/data-cell="([^"]+)"/g)].map(([, cell]) => cell ?? ''));
    }
    expect(cells).toHaveLength(250 * 24);
    expect(cells.sort()).toEqual(everyCell(view));
  });

  it('never puts two sessions on one page and balances their columns', () => {
    const view = largeScheduleFixture(3, 20);
    expect(gridPages(view).map((p) => [p.slots.length, new Set(p.slots.map((s) => s.sessionId)).size])).toEqual([
      [5, 1],
      [5, 1],
      [5, 1],
      [5, 1],
    ]);
  });
});
