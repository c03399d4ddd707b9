import type { Table } from '@shared/model';
import type { MeetingView, PersonRef, ScheduleView } from '../view';
import { html, printDocument, type SafeHtml } from './printDocument';
import { eventDates, printedMeetings, slotOf, slotTime, UNKNOWN_SLOT } from './scheduleFormat';
import { denseClass, MEETING_TABLE_CSS, sessionBodies } from './sessionRows';

/**
 * 桌牌: the sheet laid on each table, read from a step away: the number
 * large enough to find the table across the hall, then who sits there when.
 */

const CSS = `${MEETING_TABLE_CSS}
.card-head { display: flex; align-items: flex-end; justify-content: space-between; border-bottom: 0.8mm solid #111; padding-bottom: 3mm; margin-bottom: 4mm; }
.number { font-size: 64pt; font-weight: 800; line-height: 1; letter-spacing: -0.02em; }
.number small { font-size: 24pt; font-weight: 700; margin-left: 2mm; letter-spacing: 0; }
.zone { font-size: 18pt; font-weight: 600; margin-top: 2mm; }
.card-event { text-align: right; font-size: 10pt; color: #444; max-width: 95mm; }
.card-event .name { font-size: 12pt; font-weight: 600; color: #111; }
.meetings .c-time { width: 30mm; } .meetings .c-who { width: 52mm; }
.meetings .when { font-size: 12pt; font-weight: 700; white-space: nowrap; }
.dense .meetings .when { font-size: 10.5pt; }
.dense .meetings .c-time { width: 27mm; } .dense .meetings .c-who { width: 52mm; }
.dense .meetings .round { display: none; }
`;

const person = (p: PersonRef): SafeHtml => html`<div class="who">${p.name}</div>${p.organisation ? html`<div class="sub">${p.organisation}</div>` : ''}`;

const row = (view: ScheduleView, m: MeetingView): SafeHtml => {
  const slot = slotOf(view, m.slotId);
  return html`<tr>
<td><div class="when">${slot ? slotTime(slot) : UNKNOWN_SLOT}</div>${slot ? html`<div class="sub round">第${slot.index + 1}轮</div>` : ''}</td>
<td>${person(m.people[0])}</td>
<td>${person(m.people[1])}</td>
<td>${m.topic || html`<span class="sub">—</span>`}</td>
</tr>`;
};

const card = (view: ScheduleView, table: Table, meetings: MeetingView[]): SafeHtml => html`<section class="page card${denseClass(meetings.length)}" data-table="${table.id}">
<header class="card-head">
<div><div class="number">${table.number}<small>号桌</small></div>${table.zone ? html`<div class="zone">${table.zone}</div>` : ''}</div>
<div class="card-event"><div class="name">${view.event.name}</div><div>${eventDates(view.event)}</div><div>${view.event.venue}</div></div>
</header>
<table class="meetings">
<colgroup><col class="c-time"><col class="c-who"><col class="c-who"><col></colgroup>
<thead><tr><th>时间</th><th>发起方</th><th>约谈对象</th><th>洽谈主题</th></tr></thead>
${sessionBodies(view, meetings, 4, (m) => row(view, m))}
</table>
</section>`;

/** Tables with at least one printed meeting, by number, each with its meetings in time order. */
export const tablesWithMeetings = (view: ScheduleView): { table: Table; meetings: MeetingView[] }[] => {
  const byTable = new Map<string, MeetingView[]>();
  for (const m of printedMeetings(view)) {
    const list = byTable.get(m.tableId);
    if (list) list.push(m);
    else byTable.set(m.tableId, [m]);
  }
  return view.tables.flatMap((table) => {
    const meetings = byTable.get(table.id);
    return meetings ? [{ table, meetings }] : [];
  });
};

export const tableCardsHtml = (view: ScheduleView): string => {
  const cards = tablesWithMeetings(view);
  const body = cards.length
    ? html`${cards.map(({ table, meetings }) => card(view, table, meetings))}`
    : html`<section class="page"><p class="empty">暂无洽谈安排</p></section>`;
  return printDocument({ title: `${view.event.name}-桌牌`, css: CSS, body });
};
