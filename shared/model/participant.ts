import { z } from 'zod';
import { CHECK_IN_STATES, PARTICIPANT_ROLES } from './vocabulary';
import { idSchema, keywordsSchema, optionalText, recordBaseSchema, stampSchema, text } from './record';
import { mobileProblem, normalizeMobile } from './validators/mobile';
import { emailProblem } from './validators/email';

const mobileSchema = z
  .string({ message: '手机号必须是文本' })
  .transform(normalizeMobile)
  .superRefine((v, ctx) => {
    const problem = mobileProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const emailSchema = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = v === '' ? undefined : emailProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((v) => (v === '' ? undefined : v.toLowerCase()))
  .optional();

/**
 * 可参会时间 and what binds the person's schedule: the sessions they attend
 * (empty = all), slots they cannot take, at most how many meetings, and a
 * host table (a university's booth) where all their meetings take place.
 */
export const availabilitySchema = z.object({
  sessionIds: z.array(z.string()).default([]),
  unavailableSlotIds: z.array(z.string()).default([]),
  maxMeetings: z
    .number({ message: '最多洽谈场数应为数字' })
    .int({ message: '最多洽谈场数应为整数' })
    .min(1, { message: '最多洽谈场数至少为1' })
    .max(100, { message: '最多洽谈场数不超过100' })
    .optional(),
  /** The id of one of the event's tables (`Table.id`). */
  hostTableId: z.string().min(1).max(40).optional(),
});
export type Availability = z.infer<typeof availabilitySchema>;

export const checkInSchema = z.object({
  state: z.enum(CHECK_IN_STATES),
  at: stampSchema.optional(),
});

export const participantFieldsSchema = z.object({
  name: text('姓名', 50),
  organisationId: idSchema.optional(),
  title: optionalText('职务', 50),
  mobile: mobileSchema.optional(),
  email: emailSchema,
  roles: z
    .array(z.enum(PARTICIPANT_ROLES, { message: `角色应为：${PARTICIPANT_ROLES.join('、')}` }))
    .min(1, { message: '至少选择一个参会角色' })
    .transform((r) => [...new Set(r)]),
  /** 胸卡码: printed as a QR code on the badge; unique within an event. */
  badgeCode: z.string().regex(/^[A-Z0-9]{4,16}$/, { message: '胸卡码应为4–16位大写字母或数字' }),
  checkIn: checkInSchema.default({ state: '未签到' }),
  availability: availabilitySchema.default({ sessionIds: [], unavailableSlotIds: [] }),
  notes: optionalText('备注', 1000),
  /** 专长领域: what an expert (or anyone) can advise on; matching ranks experts for a need by it. */
  expertise: keywordsSchema().optional(),
});

export const participantDraftSchema = participantFieldsSchema;
export const participantSchema = recordBaseSchema.extend(participantFieldsSchema.shape);
/** 参会人: a person attending the fair. */
export type Participant = z.infer<typeof participantSchema>;
export type ParticipantDraft = z.input<typeof participantDraftSchema>;
