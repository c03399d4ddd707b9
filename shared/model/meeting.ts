import { z } from 'zod';
import { ID_PATTERN } from '../ids';
import { recordBaseSchema } from './record';
import { MEETING_STATES, REQUEST_PRIORITIES, REQUEST_SOURCES, REQUEST_STATES } from './vocabulary';

/**
 * The meeting side of the model: requests and meetings are validated here;
 * outcomes are in outcome.ts.
 */

/** A reference to another record, named in the message so the organiser knows which one is wrong. */
const reference = (label: string) =>
  z.string({ message: `请选择${label}` }).regex(ID_PATTERN, { message: `${label}的记录标识格式无效` });

export const meetingRequestFieldsSchema = z.object({
  /** 发起方: the participant who asks for the meeting (for a suggestion, the need's contact). */
  fromId: reference('发起人'),
  /** 约谈对象: the participant asked (the achievement's contact, or the expert). */
  toId: reference('约谈对象'),
  needId: reference('所涉需求').optional(),
  achievementId: reference('所涉成果').optional(),
  priority: z.enum(REQUEST_PRIORITIES, { message: `优先级应为：${REQUEST_PRIORITIES.join('、')}` }),
  /** Both sides asked: the scheduler treats it as wanted by two. */
  mutual: z.boolean({ message: '“双向意向”应为是或否' }).default(false),
  state: z.enum(REQUEST_STATES, { message: `约谈状态应为：${REQUEST_STATES.join('、')}` }).default('待确认'),
  /** Slots (`<sessionId>#<n>`) the meeting may take; empty = any slot both can attend. */
  allowedSlotIds: z
    .array(z.string().min(1, { message: '时段标识不能为空' }), { message: '可约时段应为时段列表' })
    .max(500, { message: '可约时段最多500个' })
    .default([])
    .transform((ids) => [...new Set(ids)]),
  /** Schedule after this request's meeting (a follow-up talk). */
  afterRequestId: reference('前序约谈').optional(),
  source: z.enum(REQUEST_SOURCES, { message: `约谈来源应为：${REQUEST_SOURCES.join('、')}` }),
});

const distinctSides = { message: '发起人和约谈对象不能是同一人', path: ['toId'] };

export const meetingRequestDraftSchema = meetingRequestFieldsSchema.refine((r) => r.fromId !== r.toId, distinctSides);
export const meetingRequestSchema = recordBaseSchema
  .extend(meetingRequestFieldsSchema.shape)
  .refine((r) => r.fromId !== r.toId, distinctSides)
  .refine((r) => r.afterRequestId !== r.id, { message: '约谈申请不能排在自己之后', path: ['afterRequestId'] });

/** 约谈申请: a wish that two participants meet, about a need and/or achievement. */
export type MeetingRequest = z.infer<typeof meetingRequestSchema>;
/** What a caller supplies to create a request; mutual, state and slots have defaults. */
export type MeetingRequestDraft = z.input<typeof meetingRequestDraftSchema>;

export const meetingFieldsSchema = z.object({
  /** Absent for a meeting that happened without a request (an ad-hoc meeting on the floor). */
  requestId: reference('约谈申请').optional(),
  participantIds: z.tuple([reference('参会人'), reference('参会人')]),
  /** `<sessionId>#<n>`, see `deriveSlots`. */
  slotId: z.string().min(1, { message: '请选择时段' }),
  tableId: z.string().min(1, { message: '请选择洽谈桌' }),
  state: z.enum(MEETING_STATES, { message: `洽谈状态应为：${MEETING_STATES.join('、')}` }).default('待开始'),
  /** 锁定: the organiser fixed it here; automatic planning and re-planning never move it. */
  locked: z.boolean().default(false),
});

export const meetingSchema = recordBaseSchema
  .extend(meetingFieldsSchema.shape)
  .refine((m) => m.participantIds[0] !== m.participantIds[1], { message: '洽谈双方不能是同一人', path: ['participantIds'] });

/** 洽谈: a scheduled one-on-one meeting in a slot at a table. */
export type Meeting = z.infer<typeof meetingSchema>;


/** A request still in play: 待确认 or 已接受. Refused and cancelled ones neither block a new request nor get scheduled. */
export const isActiveRequest = (request: Pick<MeetingRequest, 'state' | 'deleted'>): boolean =>
  !request.deleted && (request.state === '待确认' || request.state === '已接受');

/**
 * Two requests with the same key are the same wish: the same two people
 * (in either direction) about the same need and achievement.
 */
export const requestTopicKey = (request: Pick<MeetingRequest, 'fromId' | 'toId' | 'needId' | 'achievementId'>): string => {
  const [a, b] = request.fromId < request.toId ? [request.fromId, request.toId] : [request.toId, request.fromId];
  return [a, b, request.needId ?? '', request.achievementId ?? ''].join('|');
};
