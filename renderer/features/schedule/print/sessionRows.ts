import type { MeetingView, ScheduleView } from '../view';
import { html, type SafeHtml } from './printDocument';
import { runsBy, sessionTitle, slotOf, UNKNOWN_SLOT } from './scheduleFormat';

/**
 * Meetings (in time order) as one `<tbody>` per session, each headed by the
 * session's name and date, so a morning and an afternoon, or two days, read
 * as separate blocks on paper.
 */
export const sessionBodies = (view: ScheduleView, meetings: readonly MeetingView[], columns: number, row: (m: MeetingView) => SafeHtml): SafeHtml[] =>
  runsBy(meetings, (m) => slotOf(view, m.slotId)?.sessionId).map(({ key, items }) => {
    const first = slotOf(view, items[0]?.slotId ?? '');
    const title = key === undefined || !first ? UNKNOWN_SLOT : sessionTitle(view, key, first.date);
    return html`<tbody><tr class="session"><td colspan="${columns}">${title}</td></tr>${items.map(row)}</tbody>`;
  });

/**
 * From this many meetings the rows go to one line each (date, zone and
 * organisation inline, long text cut with an ellipsis), so that a person's
 * or a table's 24 slots with long topics still fit one A4 page.
 */
export const DENSE_FROM = 13;

export const denseClass = (meetings: number): string => (meetings >= DENSE_FROM ? ' dense' : '');

/** The meeting table of agendas and table cards; each sets its own column widths on `col.c-*`. */
export const MEETING_TABLE_CSS = `
.meetings { table-layout: fixed; }
.meetings th { font-size: 9.5pt; font-weight: 600; background: #eee; border-bottom: 0.3mm solid #111; padding: 1.6mm 2mm; }
.meetings td { border-bottom: 0.2mm solid #bbb; padding: 1.6mm 2mm; }
.meetings .session td { background: #f5f5f5; font-weight: 600; font-size: 9.5pt; border-bottom: 0.3mm solid #888; padding-top: 2.4mm; }
.meetings .sub { font-size: 9pt; color: #555; }
.meetings .who { font-weight: 600; }
.dense .meetings { font-size: 9.5pt; line-height: 1.35; }
.dense .meetings td { padding: 0.9mm 2mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.dense .meetings td > div { display: inline; }
.dense .meetings td > .sub { margin-left: 1.5mm; }
.dense .meetings .session td { padding-top: 1.4mm; }
`;
