import { z } from 'zod';
import { idSchema, recordBaseSchema } from './record';
import { MATCH_VERDICTS } from './vocabulary';

export const FEEDBACK_TARGET_KINDS = ['achievement', 'expert'] as const;
/** What a verdict is about: a suggested achievement, or a suggested expert (a participant). */
export type FeedbackTargetKind = (typeof FEEDBACK_TARGET_KINDS)[number];

export const matchFeedbackFieldsSchema = z.object({
  needId: idSchema,
  targetKind: z.enum(FEEDBACK_TARGET_KINDS, { message: '反馈对象应为成果或专家' }),
  /** The achievement's id, or the expert's participant id. */
  targetId: idSchema,
  verdict: z.enum(MATCH_VERDICTS, { message: `反馈应为：${MATCH_VERDICTS.join('、')}` }),
});

export const matchFeedbackDraftSchema = matchFeedbackFieldsSchema;
export const matchFeedbackSchema = recordBaseSchema.extend(matchFeedbackFieldsSchema.shape);
/**
 * 匹配反馈: the organiser's verdict on one suggestion for a need. At most one
 * live verdict per need and target; 不合适 keeps the target out of that need's
 * suggestions, 推荐 marks it for invitation. Stored as a record so it travels
 * in bundles like the rest.
 */
export type MatchFeedback = z.infer<typeof matchFeedbackSchema>;
export type MatchFeedbackDraft = z.input<typeof matchFeedbackDraftSchema>;
