import { z } from 'zod';
import { fieldPath } from './errors';

/** The first problem zod finds, in Chinese and in English, with the field it is about. */
export type FirstIssue = { field: string; zh: string; en: string };

let zhErrors: ReturnType<typeof z.locales.zhCN> | undefined;

/** Chinese for the issues a schema has no message of its own for, without changing zod's global config. */
const chinese = () => (zhErrors ??= z.locales.zhCN());

/** Undefined when the value passes; the English message costs a second parse, paid only on failure. */
export const firstIssue = (schema: z.ZodType, value: unknown): FirstIssue | undefined => {
  const zh = schema.safeParse(value, { error: chinese().localeError }).error?.issues[0];
  if (!zh) return undefined;
  const en = schema.safeParse(value).error?.issues[0] ?? zh;
  return { field: fieldPath(zh.path), zh: zh.message, en: en.message };
};
