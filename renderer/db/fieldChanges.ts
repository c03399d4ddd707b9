import { createIdGenerator } from '@shared/ids';
import { RECORD_BASE_KEYS } from '@shared/model';

/** Record ids for every repository write: the browser's crypto randomness, wall-clock time prefix. */
export const newId = createIdGenerator((n) => crypto.getRandomValues(new Uint8Array(n)), () => Date.now());

const BASE_KEYS: ReadonlySet<string> = new Set(RECORD_BASE_KEYS);

/**
 * The editable fields whose value differs between the stored record and the
 * edited one, including fields the edit left out (an optional field cleared).
 */
export const changedFields = (current: object, next: object): string[] => {
  const a = current as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !BASE_KEYS.has(k)));
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
};
