import { z } from 'zod';
import { isStamp } from '../clock/hlc';
import { ID_PATTERN } from '../ids';

/**
 * What every stored record carries so that later issues can sync it between
 * laptops and the central platform: a global id, HLC stamps for creation and
 * last change (each with the device id inside), and a tombstone instead of a
 * hard delete.
 */
export const idSchema = z.string().regex(ID_PATTERN, { message: '记录标识格式无效' });
export const stampSchema = z.string().refine(isStamp, { message: '时间戳格式无效' });

export const recordBaseSchema = z.object({
  id: idSchema,
  eventId: idSchema,
  createdAt: stampSchema,
  updatedAt: stampSchema,
  deleted: z.boolean(),
  /**
   * The stamp of the last write of each field, so that edits of different
   * fields on two laptops merge field by field (last writer wins per field).
   * Absent on records that were never edited after creation.
   */
  fieldStamps: z.record(z.string(), stampSchema).optional(),
  /**
   * For each edited field, the stamp of the value the edit replaced: an edit
   * supersedes every value up to that stamp, so a merge can tell an edit made
   * after seeing another laptop's value from a concurrent one (a conflict).
   */
  fieldSeen: z.record(z.string(), stampSchema).optional(),
  /**
   * The losing values of real conflicts (两台电脑同时修改了同一字段), kept
   * per field until the organiser picks one in the conflict review.
   */
  conflicts: z.record(z.string(), z.array(z.object({ value: z.unknown(), stamp: stampSchema, seen: stampSchema.optional() }))).optional(),
});
export type RecordBase = z.infer<typeof recordBaseSchema>;

/** The sync bookkeeping every record carries besides its own fields. */
export const RECORD_BASE_KEYS = ['id', 'eventId', 'createdAt', 'updatedAt', 'deleted', 'fieldStamps', 'fieldSeen', 'conflicts'] as const;

/** The fields a caller supplies when creating or editing; the repository adds the rest. */
export type Draft<T extends RecordBase> = Omit<T, keyof RecordBase>;

/** A stored record's own fields, without the sync bookkeeping. */
export const draftFields = <T extends RecordBase>(record: T): Draft<T> => {
  const base: ReadonlySet<string> = new Set(RECORD_BASE_KEYS);
  return Object.fromEntries(Object.entries(record).filter(([key]) => !base.has(key))) as Draft<T>;
};

/** Id prefixes: they make an id's kind readable in logs and bundles. */
export const ID_PREFIX = {
  event: 'evt',
  organisation: 'org',
  participant: 'ppl',
  need: 'need',
  achievement: 'ach',
  meetingRequest: 'req',
  meeting: 'mtg',
  outcome: 'out',
  outcomeRevision: 'rev',
  matchFeedback: 'fbk',
} as const;

/** Trimmed text; an empty cell counts as missing. */
export const text = (label: string, max = 200) =>
  z
    .string({ message: `${label}必须是文本` })
    .trim()
    .min(1, { message: `${label}不能为空` })
    .max(max, { message: `${label}不能超过${max}个字` });

export const optionalText = (label: string, max = 200) =>
  z
    .string({ message: `${label}必须是文本` })
    .trim()
    .max(max, { message: `${label}不能超过${max}个字` })
    .optional();

export const dateSchema = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${label}应为“年-月-日”格式，如 2026-05-20` })
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
      message: `${label}不是有效日期`,
    });

/** 万元 amounts: non-negative, at most two decimals. */
export const wanSchema = (label: string) =>
  z
    .number({ message: `${label}必须是数字（万元）` })
    .finite({ message: `${label}必须是有限数字` })
    .min(0, { message: `${label}不能为负数` })
    .max(10_000_000, { message: `${label}超出合理范围` });

/** Up to `max` distinct keywords, each trimmed and non-empty. */
export const keywordsSchema = (max = 20) =>
  z
    .array(z.string().trim().min(1).max(30, { message: '每个关键词不超过30个字' }))
    .max(max, { message: `关键词最多${max}个` })
    .transform((list) => [...new Set(list)]);
