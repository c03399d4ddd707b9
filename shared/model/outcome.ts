import { z } from 'zod';
import { ID_PATTERN } from '../ids';
import { dateSchema, ID_PREFIX, optionalText, recordBaseSchema, stampSchema, wanSchema } from './record';
import { COOPERATION_MODES, OUTCOME_RESULTS } from './vocabulary';

const reference = (label: string) =>
  z.string({ message: `请选择${label}` }).regex(ID_PATTERN, { message: `${label}的记录标识格式无效` });

/**
 * 对接成果: what came of one meeting. One outcome per meeting; later edits
 * change it in place, and each save also appends an `OutcomeRevision`, so
 * the history of who recorded what, and when, is never lost.
 */
export const outcomeFieldsSchema = z.object({
  meetingId: reference('洽谈'),
  /** Copied from the meeting's request when recorded, so reports group by need and achievement without the request. */
  needId: reference('所涉需求').optional(),
  achievementId: reference('所涉成果').optional(),
  result: z.enum(OUTCOME_RESULTS, { message: `对接结果应为：${OUTCOME_RESULTS.join('、')}` }),
  cooperationModes: z
    .array(z.enum(COOPERATION_MODES, { message: `合作方式应为：${COOPERATION_MODES.join('、')}` }))
    .default([])
    .transform((m) => [...new Set(m)]),
  /** 预估金额（万元）. */
  amountWan: wanSchema('预估金额').optional(),
  nextStep: optionalText('下一步安排', 200),
  followUpDate: dateSchema('跟进日期').optional(),
  contactName: optionalText('联系人', 50),
  notes: optionalText('备注', 1000),
});

export const outcomeDraftSchema = outcomeFieldsSchema;
export const outcomeSchema = recordBaseSchema.extend(outcomeFieldsSchema.shape);
export type Outcome = z.infer<typeof outcomeSchema>;
/** What the outcome form supplies. */
export type OutcomeDraft = z.input<typeof outcomeDraftSchema>;

/** Who saved: the device (always known) and the operator's name typed on this laptop (when set). */
export const editorSchema = z.object({ deviceId: z.string().min(1), operator: optionalText('操作员', 30) });
export type Editor = z.infer<typeof editorSchema>;

/**
 * One save of an outcome: append-only (never edited, never deleted), so two
 * laptops' histories merge by union.
 */
export const outcomeRevisionSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  eventId: z.string().regex(ID_PATTERN),
  outcomeId: z.string().regex(ID_PATTERN),
  /** The HLC stamp of the save: also the outcome's `updatedAt` after it. */
  at: stampSchema,
  editor: editorSchema,
  /** The fields changed by this save (all of them for the first). */
  changed: z.array(z.string()),
  /** The outcome's editable fields as saved. */
  values: outcomeFieldsSchema,
});
export type OutcomeRevision = z.infer<typeof outcomeRevisionSchema>;

/**
 * The id of a meeting's outcome, made from the meeting's id: two laptops that
 * record the outcome of the same meeting write the same record, so a merge
 * sets their values side by side (a conflict the organiser settles) instead of
 * counting the meeting twice.
 */
export const outcomeIdFor = (meetingId: string): string => `${ID_PREFIX.outcome}_${meetingId.slice(meetingId.indexOf('_') + 1)}`;

/** An intent or better: what the programme office counts as a docking success. */
export const isIntent = (result: Outcome['result']): boolean => result === '达成合作意向' || result === '现场签约';
