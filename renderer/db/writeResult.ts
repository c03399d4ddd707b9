import type { FieldIssue } from '@shared/model';

/** What every repository write returns: the stored record, or why nothing was written. */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

export const refused = <T>(field: string, message: string): WriteResult<T> => ({ ok: false, issues: [{ field, message }] });

/** Thrown inside a transaction to abort it; turned back into a refused result. */
export class WriteRefused extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => i.message).join('；'));
  }
}

export const runWrite = async <T>(write: () => Promise<T>): Promise<WriteResult<T>> => {
  try {
    return { ok: true, value: await write() };
  } catch (e) {
    if (e instanceof WriteRefused) return { ok: false, issues: e.issues };
    throw e;
  }
};
