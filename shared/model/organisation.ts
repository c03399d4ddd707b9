import { z } from 'zod';
import { ORG_KINDS } from './vocabulary';
import { optionalText, recordBaseSchema, text } from './record';
import { normalizeUscc, usccProblem } from './validators/uscc';

export const organisationFieldsSchema = z.object({
  kind: z.enum(ORG_KINDS, { message: `机构类型应为：${ORG_KINDS.join('、')}` }),
  name: text('机构名称', 100),
  /** 统一社会信用代码: optional, but checked (with its check character) when given. */
  usci: z
    .string()
    .transform(normalizeUscc)
    .superRefine((v, ctx) => {
      const problem = v === '' ? undefined : usccProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((v) => (v === '' ? undefined : v))
    .optional(),
  region: optionalText('所在地区', 50),
  industry: optionalText('所属行业', 50),
  website: optionalText('网址', 200),
  intro: optionalText('机构简介', 2000),
});

export const organisationDraftSchema = organisationFieldsSchema;
export const organisationSchema = recordBaseSchema.extend(organisationFieldsSchema.shape);
/** 机构: an enterprise, university, institute, investor, service organisation or government body. */
export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationDraft = z.input<typeof organisationDraftSchema>;
