import type { CooperationMode, Field, MeetingState, OrgKind, OutcomeResult, ParticipantRole } from '../model';

/**
 * The fair's results as the dashboard, the printed 活动成果报告 and the
 * .xlsx 汇总 show them. Rates are shares from 0 to 1 (0 when there is
 * nothing to divide by); amounts are 万元, rounded to two decimals.
 */

/** An outcome linked to neither a need nor an achievement: it has no 行业领域. */
export const NO_FIELD = '未关联领域';
export type FieldKey = Field | typeof NO_FIELD;

/** A side whose person has no organisation (or whose organisation is gone). */
export const NO_ORGANISATION = '无所属机构';
export type KindKey = OrgKind | typeof NO_ORGANISATION;

export type RoleCheckIn = { role: ParticipantRole; expected: number; arrived: number; rate: number };

/** 签到: 已签到 (or already left) / 应到, overall and by role; a person with two roles counts in both. */
export type CheckInFigures = { expected: number; arrived: number; rate: number; byRole: RoleCheckIn[] };

export type MeetingFigures = {
  /** Every live meeting record, whatever its state. */
  total: number;
  /** 计划洽谈: scheduled from a 约谈申请, in any state (a cancelled one was planned too). */
  planned: number;
  /** 现场临时洽谈: made on the floor without a request. */
  adHoc: number;
  /** By the state each meeting shows now (`liveState`): every meeting in exactly one. */
  byState: Record<MeetingState, number>;
  /** 已举行: under way or done (`isHeld`), ad-hoc ones included. */
  held: number;
  noShow: number;
  cancelled: number;
  /** 待开始: not yet due. */
  pending: number;
  /** 到场率: of the meetings that were due (held or no-show), the share that took place. */
  attendanceRate: number;
};

export const FUNNEL_STEPS = ['约谈申请', '已排期', '已举行', '已记录成果', '达成合作意向', '现场签约'] as const;
export type FunnelStepName = (typeof FUNNEL_STEPS)[number];
export type FunnelStep = { step: FunnelStepName; count: number };

export type OutcomeFigures = {
  /** 成果记录: outcomes of held meetings (see `countedOutcomes`). */
  recorded: number;
  byResult: Record<OutcomeResult, number>;
  /** 合作意向: 达成合作意向 or better (`isIntent`), so 现场签约 included. */
  intents: number;
  /** 现场签约. */
  signed: number;
  /** 预估金额（万元）over every counted outcome. */
  amountWan: number;
  amountByResult: Record<OutcomeResult, number>;
};

/** The figures of one group of outcomes (a field, a kind, a cooperation mode). */
export type OutcomeTally = { outcomes: number; intents: number; signed: number; amountWan: number };

export type FieldRow = OutcomeTally & { field: FieldKey; amountByResult: Record<OutcomeResult, number> };
export type KindRow = OutcomeTally & { kind: KindKey };
export type ModeRow = OutcomeTally & { mode: CooperationMode };

/** One organisation's part in the fair: held meetings its people took part in, and the outcomes of those. */
export type OrganisationRow = OutcomeTally & { organisationId: string; name: string; kind: OrgKind; held: number };

export type FairResults = {
  checkIn: CheckInFigures;
  meetings: MeetingFigures;
  funnel: FunnelStep[];
  outcomes: OutcomeFigures;
  /** In `FIELDS` order, then `NO_FIELD`; only groups with an outcome. */
  byField: FieldRow[];
  /** In `ORG_KINDS` order, then `NO_ORGANISATION`; only groups with an outcome. */
  byKind: KindRow[];
  /** In `COOPERATION_MODES` order; only modes named by an outcome. */
  byMode: ModeRow[];
  /** The ten organisations with the most held meetings (then intents). */
  topByHeld: OrganisationRow[];
  /** The ten organisations with the most intents (then 签约, held meetings). */
  topByIntents: OrganisationRow[];
};
