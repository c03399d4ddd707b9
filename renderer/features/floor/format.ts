import type { Slot } from '@shared/model';

const two = (n: number) => String(n).padStart(2, '0');

/** The fair clock's face: “09:41:05”. */
export const clockFace = (ms: number): string => {
  const d = new Date(ms);
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
};

/** “5月20日 周三”. */
export const dayFace = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getMonth() + 1}月${d.getDate()}日 周${'日一二三四五六'[d.getDay()]}`;
};

/** A countdown: “04:59”, or “1:04:59” past an hour; never negative. */
export const countdown = (ms: number): string => {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
};

/** A slot's session as the organisers named it, with the date in front when the name lacks one: “5月20日 上午”. */
export const datedSession = (slot: Slot): string => {
  const session = slot.label.replace(/\s*第\d+轮$/, '');
  if (/\d+月\d+日/.test(session)) return session;
  const [, month, day] = slot.date.split('-').map(Number);
  return `${month}月${day}日 ${session}`;
};

/** “5月20日 上午 第3轮 09:50”: a slot named without doubt in a list of the whole fair. */
export const slotOption = (slot: Slot): string => `${datedSession(slot)} 第${slot.index + 1}轮 ${slot.start}`;
