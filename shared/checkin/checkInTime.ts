import { parseStamp, type HlcStamp } from '../clock';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The desk laptop's local wall time of a stamp, “09:12”; with `withDate`,
 * “5月20日 09:12” for a check-in made on another day of the fair.
 */
export const checkInClock = (stamp: HlcStamp, withDate = false): string => {
  const at = new Date(parseStamp(stamp).wallMs);
  const time = `${two(at.getHours())}:${two(at.getMinutes())}`;
  return withDate ? `${at.getMonth() + 1}月${at.getDate()}日 ${time}` : time;
};

/** Whether two stamps fall on the same local calendar day. */
export const sameLocalDay = (stamp: HlcStamp, nowMs: number): boolean => {
  const a = new Date(parseStamp(stamp).wallMs);
  const b = new Date(nowMs);
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
};
