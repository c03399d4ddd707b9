import { z } from 'zod';
import { COOPERATION_MODES, FIELDS } from './vocabulary';
import { dateSchema, idSchema, keywordsSchema, optionalText, recordBaseSchema, text, wanSchema } from './record';

export const cooperationModesSchema = z
  .array(z.enum(COOPERATION_MODES, { message: `合作方式应为：${COOPERATION_MODES.join('、')}` }))
  .transform((m) => [...new Set(m)]);

export const fieldSchema = z.enum(FIELDS, { message: `行业领域应为：${FIELDS.join('、')}` });

export const needFieldsSchema = z.object({
  /** The enterprise (or other organisation) that posts the need. */
  ownerId: idSchema,
  /** The person to talk to about it, when known. */
  contactId: idSchema.optional(),
  title: text('需求名称', 100),
  description: optionalText('需求描述', 20_000),
  field: fieldSchema,
  keywords: keywordsSchema(),
  cooperationModes: cooperationModesSchema,
  budgetWan: wanSchema('预算').optional(),
  deadline: dateSchema('截止日期').optional(),
});

export const needDraftSchema = needFieldsSchema;
export const needSchema = recordBaseSchema.extend(needFieldsSchema.shape);
/** 技术需求: a technical need posted by an enterprise. */
export type Need = z.infer<typeof needSchema>;
export type NeedDraft = z.input<typeof needDraftSchema>;
