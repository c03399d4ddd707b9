import { parseStamp } from '@shared/clock';

/**
 * How the results write numbers and times, the same on the dashboard, on
 * paper and in the workbook.
 */

const two = (n: number) => String(n).padStart(2, '0');

/** 0.7034 → “70.3%”. */
export const percentText = (rate: number): string => `${(rate * 100).toFixed(1)}%`;

/** 0.7034 → 70.3: a percentage as a number, for a spreadsheet cell. */
export const percentNumber = (rate: number): number => Math.round(rate * 1000) / 10;

const wanFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** 12345.5 → “12,345.5”. */
export const wanText = (wan: number): string => wanFormat.format(wan);

/** The laptop's local “2026-05-20 09:12” of an epoch ms. */
export const localDateTime = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

/** The local “2026-05-20 09:12” of an HLC stamp (when a record was saved). */
export const stampDateTime = (stamp: string): string => localDateTime(parseStamp(stamp).wallMs);
