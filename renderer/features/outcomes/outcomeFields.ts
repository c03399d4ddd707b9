import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { CooperationMode, Draft, Outcome, OutcomeDraft, OutcomeResult } from '@shared/model';

/**
 * The outcome form's values and how they become a draft, and the names and
 * printed values of the fields for the history and the conflict notice.
 */

/** What the antd form holds: pickers hold dayjs and null where the draft holds strings and absence. */
export type OutcomeFormValues = {
  result?: OutcomeResult;
  cooperationModes: CooperationMode[];
  amountWan?: number | null;
  nextStep?: string;
  followUpDate?: Dayjs | null;
  contactName?: string;
  notes?: string;
  /** Chosen in the form only for a meeting without a request (its topic is otherwise the request's). */
  needId?: string | null;
  achievementId?: string | null;
  operator?: string;
};

export type OutcomeField = Exclude<keyof Draft<Outcome>, 'meetingId'>;

export const FIELD_LABELS: Record<OutcomeField, string> = {
  result: '对接结果',
  cooperationModes: '合作方式',
  amountWan: '预估金额',
  nextStep: '下一步安排',
  followUpDate: '跟进日期',
  contactName: '联系人',
  notes: '备注',
  needId: '所涉需求',
  achievementId: '所涉成果',
};

/** The fields in the order the form shows them. */
export const OUTCOME_FIELDS = Object.keys(FIELD_LABELS) as OutcomeField[];

/** The form's values for a stored outcome, a typed draft (taken back after a conflict), or nothing yet. */
export const formValuesOf = (outcome: Partial<OutcomeDraft> | undefined, operator: string | undefined): OutcomeFormValues => ({
  result: outcome?.result,
  cooperationModes: outcome?.cooperationModes ?? [],
  amountWan: outcome?.amountWan ?? null,
  nextStep: outcome?.nextStep ?? '',
  followUpDate: outcome?.followUpDate ? dayjs(outcome.followUpDate) : null,
  contactName: outcome?.contactName ?? '',
  notes: outcome?.notes ?? '',
  needId: outcome?.needId ?? null,
  achievementId: outcome?.achievementId ?? null,
  operator: operator ?? '',
});

const filled = (text: string | undefined) => (text && text.trim() !== '' ? text : undefined);

/**
 * The draft the repository validates. `withTopic` is false for a meeting
 * with a request: the repository then takes the request's need and
 * achievement, so the form cannot drift from them.
 */
export const draftOf = (meetingId: string, values: OutcomeFormValues, withTopic: boolean): OutcomeDraft => {
  const draft: OutcomeDraft = {
    meetingId,
    result: values.result as OutcomeResult,
    cooperationModes: values.cooperationModes ?? [],
    amountWan: values.amountWan ?? undefined,
    nextStep: filled(values.nextStep),
    followUpDate: values.followUpDate ? values.followUpDate.format('YYYY-MM-DD') : undefined,
    contactName: filled(values.contactName),
    notes: filled(values.notes),
    ...(withTopic ? { needId: values.needId ?? undefined, achievementId: values.achievementId ?? undefined } : {}),
  };
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as OutcomeDraft;
};

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Titles of the records an outcome points to, for printing `needId` and `achievementId`. */
export type TopicTitles = { need(id: string): string | undefined; achievement(id: string): string | undefined };

/** A field's value as the organiser reads it: “120 万元”, “合作开发、技术咨询”, “（空）”. */
export const fieldText = (field: OutcomeField, value: unknown, titles: TopicTitles): string => {
  if (isEmpty(value)) return '（空）';
  switch (field) {
    case 'cooperationModes':
      return Array.isArray(value) ? value.join('、') : String(value);
    case 'amountWan':
      return `${String(value)} 万元`;
    case 'needId':
      return titles.need(String(value)) ?? '（已删除的需求）';
    case 'achievementId':
      return titles.achievement(String(value)) ?? '（已删除的成果）';
    default:
      return String(value);
  }
};

/** The fields whose values differ between two versions of an outcome (an empty value equals a missing one). */
export const differingFields = (
  a: Partial<Record<OutcomeField, unknown>>,
  b: Partial<Record<OutcomeField, unknown>>,
  fields: readonly OutcomeField[] = OUTCOME_FIELDS,
): OutcomeField[] =>
  fields.filter((f) => JSON.stringify(isEmpty(a[f]) ? null : a[f]) !== JSON.stringify(isEmpty(b[f]) ? null : b[f]));
