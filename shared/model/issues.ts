import type { z } from 'zod';

/** One validation problem, in Chinese, with the field it concerns. */
export type FieldIssue = { field: string; message: string };

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Runs a schema and turns zod's issues into field + Chinese message pairs. */
export const validate = <S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> => {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
  };
};
