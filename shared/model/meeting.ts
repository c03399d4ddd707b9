import type { RecordBase } from './record';
import type { CooperationMode, MeetingState, OutcomeResult, RequestPriority, RequestState } from './vocabulary';

/**
 * The meeting side of the model. Only the shapes are fixed here so that the
 * database and bundles can carry them; the scheduling and event-day issues add
 * their schemas and behaviour.
 */

/** 约谈申请: a wish that two participants meet, about a need and/or achievement. */
export type MeetingRequest = RecordBase & {
  fromId: string;
  toId: string;
  needId?: string;
  achievementId?: string;
  priority: RequestPriority;
  mutual: boolean;
  state: RequestState;
  allowedSlotIds: string[];
  afterRequestId?: string;
  source: '匹配推荐' | '组织者' | '报名意向' | '导入';
};

/** 洽谈: a scheduled one-on-one meeting in a slot at a table. */
export type Meeting = RecordBase & {
  requestId?: string;
  participantIds: [string, string];
  slotId: string;
  tableId: string;
  state: MeetingState;
  locked: boolean;
};

/** 对接成果: what came of a meeting. */
export type Outcome = RecordBase & {
  meetingId: string;
  result: OutcomeResult;
  cooperationModes: CooperationMode[];
  amountWan?: number;
  nextStep?: string;
  followUpDate?: string;
  contactName?: string;
  notes?: string;
};
