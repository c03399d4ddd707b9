import type { ScheduleInstance } from './types';

/** Two values of plain data (what JSON holds) equal field by field; `undefined` fields count as absent. */
const samePlainData = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => samePlainData(item, b[i]));
  const left = Object.entries(a).filter(([, v]) => v !== undefined);
  const right = b as Record<string, unknown>;
  const rightCount = Object.values(right).filter((v) => v !== undefined).length;
  return left.length === rightCount && left.every(([key, value]) => samePlainData(value, right[key]));
};

/**
 * Whether two instances describe the same problem. One pass with no
 * allocation to speak of: comparing their JSON texts instead cost ~40 ms at
 * 10,000 requests on every move in the 排期表, only to find them equal.
 */
export const sameInstance = (a: ScheduleInstance, b: ScheduleInstance): boolean => samePlainData(a, b);
