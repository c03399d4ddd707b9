import { deriveSlots, minutesOf, type DockingEvent, type Slot } from '../model';
import { cellText, nameKey, type CellResult } from './values';

/**
 * 可约时段 as organisers write it, turned into the event's slot ids
 * (`<sessionId>#<n>`). Items are separated by 、，；or new lines; each is
 *  - a session label (上午, 下午场) — every slot of those sessions;
 *  - 上午 / 下午 / 晚上 when no session is labelled so — sessions by start time;
 *  - a time range (09:00-10:00, 9点-10点半, 14:00至15:30) — slots wholly inside it;
 *  - a start time (09:25) — the slot starting then;
 *  - a round (上午第2轮, 第3轮) — that round of the session(s);
 *  - any of these after a date (5月21日 上午, 2026-05-21 09:00-10:00), or a date alone;
 *  - 不限 / 全天 / 均可 — no restriction (an empty list).
 */
export type SlotEvent = Pick<DockingEvent, 'sessions' | 'slotMinutes' | 'breakMinutes'>;

const ANY = new Set(['不限', '全天', '均可', '任意', '都可以', '全部', '任意时段', '全部时段', '无限制']);

/** An hour with optional minutes (9, 9:30, 9点, 9点半, 9点30分); a range's ends may be bare hours, a lone time may not. */
const HOUR = String.raw`(\d{1,2})(?::(\d{2})|点(半|\d{1,2}分?)?)?`;
const RANGE = new RegExp(String.raw`^(?:${HOUR})?\s*(?:-|–|—|~|至|到)\s*(?:${HOUR})?$`);
const SINGLE = /^(\d{1,2})(?::(\d{2})|点(半|\d{1,2}分?)?)$/;
const DATE = /^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*([-/.月])\s*(\d{1,2})\s*[日号]?\s*/;
const ROUND = /^(.*?)第?(\d+)轮$/;

const minutes = (h: string | undefined, m: string | undefined, cn: string | undefined): number | undefined => {
  if (h === undefined) return undefined;
  const extra = m !== undefined ? Number(m) : cn === '半' ? 30 : cn ? Number(cn.replace('分', '')) : 0;
  return Number(h) * 60 + extra;
};

/** 上午 / 下午 / 晚上 by the session's start time, for sessions labelled otherwise (“第一场”). */
const PART_OF_DAY: Readonly<Record<string, (start: number) => boolean>> = {
  上午: (s) => s < 12 * 60,
  中午: (s) => s >= 11 * 60 && s < 14 * 60,
  下午: (s) => s >= 12 * 60 && s < 18 * 60,
  晚上: (s) => s >= 18 * 60,
};

/** `unknown`: the text names nothing this reader knows, as opposed to naming slots the event does not have. */
type Parsed = { slots: readonly Slot[] } | { unknown: true };

/** Reads one item's text (after any date) against the slots of the day(s) it names. */
const readItem = (text: string, slots: readonly Slot[], event: SlotEvent): Parsed => {
  if (text === '') return { slots };
  const k = nameKey(text);
  const range = RANGE.exec(text);
  if (range && (range[1] !== undefined || range[4] !== undefined)) {
    const from = minutes(range[1], range[2], range[3]) ?? 0;
    const to = minutes(range[4], range[5], range[6]) ?? 24 * 60;
    return { slots: slots.filter((s) => minutesOf(s.start) >= from && minutesOf(s.end) <= to) };
  }
  const single = SINGLE.exec(text);
  if (single) return { slots: slots.filter((s) => minutesOf(s.start) === minutes(single[1], single[2], single[3])) };
  const round = ROUND.exec(k);
  if (round) {
    const sessions = round[1] === '' ? new Set(event.sessions.map((s) => s.id)) : sessionsNamed(round[1] ?? '', event);
    if (sessions === undefined) return { unknown: true };
    return { slots: slots.filter((s) => s.index === Number(round[2]) - 1 && sessions.has(s.sessionId)) };
  }
  const sessions = sessionsNamed(k, event);
  return sessions === undefined ? { unknown: true } : { slots: slots.filter((s) => sessions.has(s.sessionId)) };
};

/** Sessions by label (exact, then containing), else by part of day; undefined when the text is neither. */
const sessionsNamed = (k: string, event: SlotEvent): Set<string> | undefined => {
  const exact = event.sessions.filter((s) => nameKey(s.label) === k);
  if (exact.length > 0) return new Set(exact.map((s) => s.id));
  const near = event.sessions.filter((s) => nameKey(s.label).includes(k) || (nameKey(s.label).length >= 2 && k.includes(nameKey(s.label))));
  if (near.length > 0) return new Set(near.map((s) => s.id));
  const part = Object.entries(PART_OF_DAY).find(([word]) => k === word || k === `${word}场`)?.[1];
  return part && new Set(event.sessions.filter((s) => part(minutesOf(s.start))).map((s) => s.id));
};

const pad = (n: string | undefined): string => String(n ?? '').padStart(2, '0');

/** Splits off a leading date; `9-10` alone is a time range, not 9月10日. */
const splitDate = (item: string, slots: readonly Slot[]): { slots: readonly Slot[]; rest: string } => {
  const m = DATE.exec(item);
  if (!m) return { slots, rest: item };
  const rest = item.slice(m[0].length).trim();
  if (m[1] === undefined && (m[3] === '-' || m[3] === '.') && rest === '') return { slots, rest: item };
  const monthDay = `-${pad(m[2])}-${pad(m[4])}`;
  return { slots: slots.filter((s) => s.date.endsWith(monthDay) && (m[1] === undefined || s.date.startsWith(m[1]))), rest };
};

const describeSessions = (event: SlotEvent): string => [...new Set(event.sessions.map((s) => s.label))].join('、');

/** A reader bound to one event: its slots are derived once for the whole sheet. */
export const slotReader = (event: SlotEvent) => {
  const all = deriveSlots(event);
  const byId = new Map(all.map((s, i) => [s.id, i]));
  return (raw: string): CellResult<string[]> => {
    const items = cellText(raw)
      .normalize('NFKC')
      .split(/[、,;；\n\r]+/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (items.length === 0) return { value: undefined };
    const picked = new Set<string>();
    for (const item of items) {
      if (ANY.has(item)) return { value: [] };
      if (byId.has(item)) {
        picked.add(item);
        continue;
      }
      const dated = splitDate(item, all);
      const parsed = readItem(dated.rest, dated.slots, event);
      if ('unknown' in parsed)
        return { problem: `可约时段“${item}”无法识别：可填场次（${describeSessions(event)}）、时间段（如 09:00-10:00）或轮次（如 ${event.sessions[0]?.label ?? '上午'}第2轮）` };
      if (parsed.slots.length === 0) return { problem: `可约时段“${item}”在本活动中没有对应的洽谈时段` };
      for (const s of parsed.slots) picked.add(s.id);
    }
    return { value: [...picked].sort((a, b) => (byId.get(a) ?? 0) - (byId.get(b) ?? 0)) };
  };
};
