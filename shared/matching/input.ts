import { z } from 'zod';
import type { MatchDoc } from './types';

/** The longest description accepted: longer texts are pasted files, not write-ups. */
export const MAX_DESCRIPTION = 100_000;
export const MAX_TITLE = 1_000;

/** JSON null counts as absent: exports from spreadsheets write it for empty cells. */
const optionalString = (max: number) => z.string().max(max).nullish().transform((v) => v ?? undefined);
const optionalStrings = z.array(z.string().max(MAX_TITLE)).nullish().transform((v) => v ?? undefined);

/** One record of needs.json / achievements.json as the headless `match` takes it. */
export const matchRecordSchema = z.object({
  id: z.string().trim().min(1),
  title: z.string().trim().min(1).max(MAX_TITLE),
  description: optionalString(MAX_DESCRIPTION),
  keywords: optionalStrings,
  field: optionalString(MAX_TITLE),
  cooperationModes: optionalStrings,
});

/** cand.json: need id → achievement ids to re-rank. */
export const candidatesSchema = z.record(z.string(), z.array(z.string()));

/** What is wrong with an input file, precise enough to find and fix by hand. */
export type InputProblem = { index?: number; id?: string; field?: string; en: string; zh: string };

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['text', '文本'],
  array: ['an array', '数组'],
  object: ['an object', '对象'],
  record: ['an object', '对象'],
};

const describe = (issue: z.core.$ZodIssue): [string, string] => {
  if (issue.code === 'invalid_type') {
    const [en, zh] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
    return [`must be ${en}`, `应为${zh}`];
  }
  if (issue.code === 'too_small') return ['is empty', '不能为空'];
  if (issue.code === 'too_big') return [`is longer than the limit of ${Number(issue.maximum).toLocaleString('en')} characters`, `超过${Number(issue.maximum)}个字符的上限`];
  return [issue.message, issue.message];
};

const idOf = (raw: unknown): string | undefined =>
  typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;

/** Parses an array of records, or returns the first problem; `index` is 0-based, record numbers in messages 1-based. */
export const parseMatchRecords = (raw: unknown): { ok: true; records: MatchDoc[] } | { ok: false; problem: InputProblem } => {
  if (!Array.isArray(raw)) return { ok: false, problem: { en: 'must be a JSON array of records', zh: '应为记录组成的 JSON 数组' } };
  const records: MatchDoc[] = [];
  const seen = new Map<string, number>();
  for (const [index, item] of raw.entries()) {
    const id = idOf(item);
    const parsed = matchRecordSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const [en, zh] = issue ? describe(issue) : ['is invalid', '无效'];
      const field = issue?.path.map(String).join('.') || undefined;
      if (field === undefined) return { ok: false, problem: { index, id, en: 'must be an object', zh: '应为对象' } };
      return { ok: false, problem: { index, id, field, en, zh } };
    }
    const record = parsed.data;
    const earlier = seen.get(record.id);
    if (earlier !== undefined) return { ok: false, problem: { index, id: record.id, field: 'id', en: `duplicates record ${earlier + 1}`, zh: `与第${earlier + 1}条记录重复` } };
    seen.set(record.id, index);
    records.push(record);
  }
  return { ok: true, records };
};
