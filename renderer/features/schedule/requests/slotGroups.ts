import { deriveSlots, type DockingEvent, type Slot } from '@shared/model';

/** One session's slots, for the form's quick picks and the list's 可约时段 summary. */
export type SlotGroup = { sessionId: string; name: string; slots: Slot[] };

/** `5月20日`: only shown when session names alone would be ambiguous (a two-day fair has two 上午). */
const dayName = (date: string): string => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

export const slotGroups = (event: Pick<DockingEvent, 'sessions' | 'slotMinutes' | 'breakMinutes'>): SlotGroup[] => {
  const slots = deriveSlots(event);
  const labelCount = new Map<string, number>();
  for (const s of event.sessions) labelCount.set(s.label, (labelCount.get(s.label) ?? 0) + 1);
  return event.sessions.map((s) => ({
    sessionId: s.id,
    name: (labelCount.get(s.label) ?? 0) > 1 ? `${dayName(s.date)}${s.label}` : s.label,
    slots: slots.filter((slot) => slot.sessionId === s.id),
  }));
};

/** `1–3、5`: consecutive rounds folded into a range. */
const rounds = (indexes: readonly number[]): string => {
  const sorted = [...indexes].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const [from, to] = [(sorted[i] ?? 0) + 1, (sorted[j] ?? 0) + 1];
    parts.push(from === to ? `${from}` : `${from}–${to}`);
    i = j + 1;
  }
  return parts.join('、');
};

export type SlotSummary = { short: string; full: string };

const ANY: SlotSummary = { short: '不限', full: '未限定时段：双方都能参加的任何时段均可' };

/**
 * Summarises a request's allowed slots for a table cell: `不限`, `上午`
 * (the whole session), `上午 第1–3轮`; `full` lists the times for a tooltip.
 * Slots the fair no longer has (its sessions were edited since) are counted
 * so the organiser notices them.
 */
export const summariseSlots = (ids: readonly string[], groups: readonly SlotGroup[]): SlotSummary => {
  if (ids.length === 0) return ANY;
  const wanted = new Set(ids);
  const short: string[] = [];
  const full: string[] = [];
  let known = 0;
  for (const g of groups) {
    const picked = g.slots.filter((s) => wanted.has(s.id));
    if (picked.length === 0) continue;
    known += picked.length;
    short.push(picked.length === g.slots.length ? g.name : `${g.name} 第${rounds(picked.map((s) => s.index))}轮`);
    full.push(`${g.name}：${picked.map((s) => `${s.start}–${s.end}`).join('、')}`);
  }
  const stale = wanted.size - known;
  if (stale > 0) {
    short.push(`${stale}个已失效时段`);
    full.push(`另有${stale}个时段已不在活动日程中`);
  }
  return { short: short.join('；'), full: full.join('\n') };
};
