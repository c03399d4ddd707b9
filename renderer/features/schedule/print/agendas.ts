import type { MeetingView, PersonRef, ScheduleView } from '../view';
import { html, printDocument, type SafeHtml } from './printDocument';
import { qrSvg } from './qrSvg';
import { denseClass, MEETING_TABLE_CSS, sessionBodies } from './sessionRows';
import {
  counterpartOf,
  eventDates,
  meetingsByPerson,
  peopleWithMeetings,
  shortDate,
  slotOf,
  slotTime,
  tableName,
  tableOf,
  UNKNOWN_SLOT,
  UNKNOWN_TABLE,
} from './scheduleFormat';

/**
 * 个人洽谈日程: the sheet each participant gets at check-in, one A4 page per
 * person, with the badge's QR code so the desk can scan the sheet when the
 * badge is forgotten.
 */

const CSS = `${MEETING_TABLE_CSS}
.agenda { display: flex; flex-direction: column; min-height: 268mm; }
.head { display: flex; justify-content: space-between; align-items: flex-start; gap: 8mm; border-bottom: 0.6mm solid #111; padding-bottom: 4mm; margin-bottom: 4mm; }
.event-name { font-size: 12pt; font-weight: 600; }
.event-meta { font-size: 9.5pt; }
h1 { font-size: 18pt; margin: 3mm 0 2mm; letter-spacing: 0.1em; }
.person { font-size: 15pt; font-weight: 700; }
.person .title { font-size: 10.5pt; font-weight: 400; margin-left: 3mm; }
.org { font-size: 11pt; }
.badge { margin: 0; width: 30mm; text-align: center; flex: none; }
.badge svg { display: block; width: 30mm; height: 30mm; }
.badge figcaption { font-family: Consolas, Menlo, "DejaVu Sans Mono", monospace; font-size: 10pt; letter-spacing: 0.12em; margin-top: 1mm; }
.meetings .c-time { width: 25mm; } .meetings .c-table { width: 24mm; } .meetings .c-who { width: 62mm; }
.meetings .when { font-weight: 600; }
.meetings .table-no { font-size: 12pt; font-weight: 700; }
.dense .meetings .c-time { width: 37mm; } .dense .meetings .c-who { width: 54mm; }
.dense .meetings .table-no { font-size: 10.5pt; }
.foot { margin-top: auto; padding-top: 4mm; display: flex; justify-content: space-between; font-size: 9pt; color: #555; border-top: 0.2mm solid #bbb; }
`;

const row = (view: ScheduleView, m: MeetingView, personId: string): SafeHtml => {
  const slot = slotOf(view, m.slotId);
  const table = tableOf(view, m.tableId);
  const other = counterpartOf(m, personId);
  return html`<tr>
<td class="nowrap"><div class="when">${slot ? slotTime(slot) : UNKNOWN_SLOT}</div><div class="sub">${slot ? shortDate(slot.date) : ''}</div></td>
<td class="nowrap"><div class="table-no">${table ? tableName(table) : UNKNOWN_TABLE}</div>${table?.zone ? html`<div class="sub">${table.zone}</div>` : ''}</td>
<td><div class="who">${other.name}${other.title ? html` <span class="sub">${other.title}</span>` : ''}</div>${other.organisation ? html`<div class="sub">${other.organisation}</div>` : ''}</td>
<td><div class="topic">${m.topic || html`<span class="sub">—</span>`}</div></td>
</tr>`;
};

const page = (view: ScheduleView, person: PersonRef, meetings: readonly MeetingView[], n: number, total: number): SafeHtml => {
  const { event } = view;
  return html`<section class="page agenda${denseClass(meetings.length)}" data-person="${person.id}">
<header class="head">
<div>
<div class="event-name">${event.name}</div>
<div class="event-meta muted">${eventDates(event)}\u3000${event.venue}</div>
<h1>个人洽谈日程</h1>
<div class="person">${person.name}${person.title ? html`<span class="title">${person.title}</span>` : ''}</div>
${person.organisation ? html`<div class="org">${person.organisation}</div>` : ''}
</div>
${person.badgeCode ? html`<figure class="badge">${qrSvg(person.badgeCode)}<figcaption>${person.badgeCode}</figcaption></figure>` : ''}
</header>
<table class="meetings">
<colgroup><col class="c-time"><col class="c-table"><col class="c-who"><col></colgroup>
<thead><tr><th>时间</th><th>桌号</th><th>洽谈对象</th><th>洽谈主题</th></tr></thead>
${sessionBodies(view, meetings, 4, (m) => row(view, m, person.id))}
</table>
<footer class="foot"><span>共 ${meetings.length} 场洽谈\u3000请提前5分钟到达洽谈桌</span><span>第 ${n} / ${total} 页</span></footer>
</section>`;
};

/**
 * Whose agendas print: everyone with a meeting, by name; or the given
 * participants in the given order, skipping any without a meeting.
 */
export const agendaOwners = (view: ScheduleView, participantIds?: readonly string[]): PersonRef[] => {
  const everyone = peopleWithMeetings(view);
  if (!participantIds) return everyone;
  const byId = new Map(everyone.map((p) => [p.id, p]));
  return [...new Set(participantIds)].map((id) => byId.get(id)).filter((p): p is PersonRef => p !== undefined);
};

export const agendasHtml = (view: ScheduleView, participantIds?: readonly string[]): string => {
  const people = agendaOwners(view, participantIds);
  const meetings = meetingsByPerson(view);
  const title = people.length === 1 && people[0] ? `${people[0].name}-个人洽谈日程` : `${view.event.name}-个人洽谈日程`;
  const body = people.length
    ? html`${people.map((p, i) => page(view, p, meetings.get(p.id) ?? [], i + 1, people.length))}`
    : html`<section class="page"><p class="empty">暂无洽谈安排</p></section>`;
  return printDocument({ title, css: CSS, body });
};
