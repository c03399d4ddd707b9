import type { Slot, Table } from '@shared/model';
import type { MeetingView, ScheduleView } from '../view';
import { html, printDocument, type SafeHtml } from './printDocument';
import { printedMeetings, runsBy, sessionTitle, slotTime } from './scheduleFormat';

/**
 * 总排期表: the whole schedule as a grid, tables down, slots across, cut
 * into A4 landscape pages that each repeat their headers, so the desk can pin
 * up a wall of pages or flip to "table 137, afternoon".
 */

export type GridPage = { slots: Slot[]; tables: Table[] };
export type GridPaging = { slotsPerPage: number; tablesPerPage: number };

/** 8 columns of about 32 mm keep two short names on one line; 25 rows fill the page height at 8 pt. */
export const DEFAULT_GRID_PAGING: GridPaging = { slotsPerPage: 8, tablesPerPage: 25 };

/** `n` items in `ceil(n / max)` runs of near-equal length: a 10-slot session prints as 5 + 5, not 8 + 2. */
const balancedChunks = <T>(items: readonly T[], max: number): T[][] => {
  const count = Math.ceil(items.length / max);
  const chunks: T[][] = [];
  for (let i = 0, start = 0; i < count; i++) {
    const end = start + Math.ceil((items.length - start) / (count - i));
    chunks.push(items.slice(start, end));
    start = end;
  }
  return chunks;
};

const fixedChunks = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
};

/**
 * The pages in reading order: each session's slots (never two sessions on one
 * page, so a page has one date and one heading), and within them every run of
 * tables. Every (table, slot) cell lands on exactly one page.
 */
export const gridPages = (view: Pick<ScheduleView, 'slots' | 'tables'>, paging: GridPaging = DEFAULT_GRID_PAGING): GridPage[] => {
  const slotChunks = runsBy(view.slots, (s) => s.sessionId).flatMap((run) => balancedChunks(run.items, Math.max(1, paging.slotsPerPage)));
  const tableChunks = fixedChunks(view.tables, Math.max(1, paging.tablesPerPage));
  return slotChunks.flatMap((slots) => tableChunks.map((tables) => ({ slots, tables })));
};

const CSS = `
.grid-title { display: flex; justify-content: space-between; align-items: baseline; margin-bottom: 2mm; }
.grid-title h1 { font-size: 13pt; margin: 0; }
.grid-title .meta { font-size: 9pt; color: #444; }
.grid { table-layout: fixed; font-size: 8pt; line-height: 1.3; }
.grid th, .grid td { border: 0.2mm solid #999; padding: 1mm 1.2mm; overflow: hidden; }
.grid thead th { background: #e8e8e8; text-align: center; font-weight: 600; line-height: 1.2; }
.grid thead .round { font-size: 8.5pt; }
.grid thead .time { font-weight: 400; font-size: 7.5pt; }
.grid tbody th { background: #f2f2f2; white-space: nowrap; text-overflow: ellipsis; }
.grid tbody th .no { font-size: 9.5pt; font-weight: 700; }
.grid tbody th .zone { font-weight: 400; color: #555; margin-left: 1mm; }
.grid tbody tr:nth-child(even) td { background: #fafafa; }
.pair { display: flex; gap: 1mm; }
.pair span { flex: 1 1 0; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.pair span + span { border-left: 0.2mm solid #ccc; padding-left: 1mm; }
.also { color: #b00; font-weight: 600; }
.grid-foot { margin-top: 1.5mm; font-size: 8pt; color: #555; display: flex; justify-content: space-between; }
`;

export const cellKey = (tableId: string, slotId: string): string => `${tableId}|${slotId}`;

/** Printed meetings by `cellKey`; a list, because a double booking must show rather than hide one meeting. */
export const gridCells = (view: ScheduleView): Map<string, MeetingView[]> => {
  const cells = new Map<string, MeetingView[]>();
  for (const m of printedMeetings(view)) {
    const key = cellKey(m.tableId, m.slotId);
    const list = cells.get(key);
    if (list) list.push(m);
    else cells.set(key, [m]);
  }
  return cells;
};

/** Two names side by side, each cut with an ellipsis; a double booking (which planning prevents) shows as a red “+1”. */
const cell = (meetings: readonly MeetingView[] | undefined): SafeHtml => {
  const [m, ...more] = meetings ?? [];
  if (!m) return html``;
  return html`<div class="pair"><span>${m.people[0].name}</span><span>${m.people[1].name}</span></div>${more.length ? html`<div class="also">+${more.length}</div>` : ''}`;
};

const pageHtml = (view: ScheduleView, page: GridPage, n: number, total: number, cells: ReadonlyMap<string, MeetingView[]>): SafeHtml => {
  const first = page.slots[0];
  const session = first ? sessionTitle(view, first.sessionId, first.date) : '';
  const tableRange = page.tables.length ? `第 ${page.tables[0]?.number}–${page.tables.at(-1)?.number} 号桌` : '';
  return html`<section class="page grid-page">
<div class="grid-title"><h1>总排期表\u3000${session}</h1><span class="meta">${view.event.name}\u3000${tableRange}</span></div>
<table class="grid">
<colgroup><col style="width:20mm">${page.slots.map(() => html`<col>`)}</colgroup>
<thead><tr><th>桌号</th>${page.slots.map((s) => html`<th><div class="round">第${s.index + 1}轮</div><div class="time">${slotTime(s)}</div></th>`)}</tr></thead>
<tbody>
${page.tables.map(
  (t) => html`<tr><th><span class="no">${t.number}</span>${t.zone ? html`<span class="zone">${t.zone}</span>` : ''}</th>${page.slots.map(
    (s) => html`<td data-cell="${cellKey(t.id, s.id)}">${cell(cells.get(cellKey(t.id, s.id)))}</td>`,
  )}</tr>`,
)}
</tbody>
</table>
<div class="grid-foot"><span>每格：发起方 | 约谈对象</span><span>第 ${n} / ${total} 页</span></div>
</section>`;
};

export const masterGridHtml = (view: ScheduleView, paging: GridPaging = DEFAULT_GRID_PAGING): string => {
  const cells = gridCells(view);
  const pages = gridPages(view, paging);
  const body = pages.length
    ? html`${pages.map((p, i) => pageHtml(view, p, i + 1, pages.length, cells))}`
    : html`<section class="page"><p class="empty">尚未设置洽谈桌或时段</p></section>`;
  return printDocument({ title: `${view.event.name}-总排期表`, orientation: 'landscape', margin: '10mm', css: CSS, body });
};
