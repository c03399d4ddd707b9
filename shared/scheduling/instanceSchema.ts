import { z } from 'zod';

/**
 * The shape of instance.json (issue 4), checked before any reference is
 * followed. JSON null counts as absent, as spreadsheet exports write it for
 * empty cells; unknown keys are dropped.
 */
const id = z.string().min(1);
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);
const ids = optional(z.array(id));

export const instanceSchema = z.object({
  slots: z.array(z.object({ id, session: optional(z.string()) })),
  tables: z.array(z.object({ id })),
  participants: z.array(
    z.object({
      id,
      unavailable: ids,
      maxMeetings: optional(z.number().int().min(0)),
      hostTable: optional(id),
    }),
  ),
  requests: z.array(
    z.object({
      id,
      a: id,
      b: id,
      priority: optional(z.literal([1, 2, 3])),
      allowedSlots: ids,
      fixedSlot: optional(id),
      after: ids,
    }),
  ),
  locked: optional(z.array(z.object({ requestId: id, slotId: id, tableId: id }))),
});

/** What is wrong with an instance: `path` like `requests[3].fixedSlot`, and one sentence in each language. */
export type InstanceProblem = { path: string; en: string; zh: string };

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['text', '文本'],
  number: ['a number', '数字'],
  int: ['a whole number', '整数'],
  array: ['an array', '数组'],
  object: ['an object', '对象'],
};

const pathOf = (segments: readonly PropertyKey[]): string =>
  segments.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out === '' ? String(s) : `${out}.${String(s)}`), '');

/** Turns zod's first issue into a problem an organiser can find and fix by hand. */
export const shapeProblem = (issue: z.core.$ZodIssue | undefined): InstanceProblem => {
  if (issue === undefined) return { path: '', en: 'is not a valid instance', zh: '不是有效的排期实例' };
  const path = pathOf(issue.path);
  const where = path === '' ? 'the instance' : path;
  const whereZh = path === '' ? '实例' : path;
  if (issue.code === 'invalid_type') {
    const [en, zh] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
    return { path, en: `${where} must be ${en}`, zh: `${whereZh} 应为${zh}` };
  }
  if (issue.code === 'invalid_value') return { path, en: `${where} must be 1, 2 or 3`, zh: `${whereZh} 应为 1、2 或 3` };
  if (issue.code === 'too_small') {
    return issue.origin === 'string' ? { path, en: `${where} is empty`, zh: `${whereZh} 不能为空` } : { path, en: `${where} must not be negative`, zh: `${whereZh} 不能为负数` };
  }
  return { path, en: `${where}: ${issue.message}`, zh: `${whereZh}：${issue.message}` };
};
