import type { DeskDatabase } from './database';

/**
 * 记录人: the name of whoever keys outcomes in on this laptop. Kept per
 * installation (not per event): the same volunteer usually works the same
 * laptop all day, and the name goes into every outcome revision they save.
 */
const OPERATOR_KEY = 'operatorName';

/** The longest name an outcome revision accepts (`editorSchema`). */
export const OPERATOR_MAX = 30;

export const readOperator = async (db: DeskDatabase): Promise<string | undefined> => {
  const value = (await db.meta.get(OPERATOR_KEY))?.value;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

/** Stores the trimmed name (cut to `OPERATOR_MAX`); an empty one forgets it. */
export const writeOperator = async (db: DeskDatabase, name: string): Promise<void> => {
  const trimmed = name.trim().slice(0, OPERATOR_MAX);
  if (trimmed === '') await db.meta.delete(OPERATOR_KEY);
  else await db.meta.put({ key: OPERATOR_KEY, value: trimmed });
};
