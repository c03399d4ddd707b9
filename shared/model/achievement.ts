import { z } from 'zod';
import { MATURITY_STAGES } from './vocabulary';
import { idSchema, keywordsSchema, optionalText, recordBaseSchema, text, wanSchema } from './record';
import { cooperationModesSchema, fieldSchema } from './need';
import { normalizePatent, patentProblem } from './validators/patent';

const patentSchema = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = patentProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform(normalizePatent);

export const achievementFieldsSchema = z.object({
  /** The university, institute or company that owns the result. */
  ownerId: idSchema,
  contactId: idSchema.optional(),
  title: text('成果名称', 100),
  summary: optionalText('成果简介', 20_000),
  field: fieldSchema,
  keywords: keywordsSchema(),
  /** 成熟度: a stage, and optionally the technology readiness level (TRL 1–9). */
  maturity: z.enum(MATURITY_STAGES, { message: `成熟度应为：${MATURITY_STAGES.join('、')}` }),
  trl: z.number().int({ message: '技术就绪度应为整数' }).min(1, { message: '技术就绪度为1–9' }).max(9, { message: '技术就绪度为1–9' }).optional(),
  /** 知识产权: patent numbers, each validated. */
  patents: z.array(patentSchema).max(50, { message: '专利号最多50个' }).transform((p) => [...new Set(p)]),
  cooperationModes: cooperationModesSchema,
  priceWan: wanSchema('转化价格').optional(),
});

export const achievementDraftSchema = achievementFieldsSchema;
export const achievementSchema = recordBaseSchema.extend(achievementFieldsSchema.shape);
/** 科技成果: a research achievement offered by a university, institute or company. */
export type Achievement = z.infer<typeof achievementSchema>;
export type AchievementDraft = z.input<typeof achievementDraftSchema>;

/** The usual TRL range of each stage, for showing one beside the other. */
export const TRL_OF_STAGE = { 研发中: [1, 3], 小试: [4, 5], 中试: [6, 7], 可量产: [8, 9] } as const;
