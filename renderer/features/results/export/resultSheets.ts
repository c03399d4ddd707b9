import type { Participant } from '@shared/model';
import type { SheetSpec } from '../../import/writeXlsx';
import type { PersonRef } from '../../schedule/view';
import { slotTime, UNKNOWN_SLOT } from '../../schedule/print/scheduleFormat';
import { stampDateTime } from '../format';
import { intentLines, type MeetingLine, type ResultLines } from '../resultLines';
import type { ResultsSources } from '../resultsSources';
import { authorsOf, type OutcomeHistory } from './outcomeAuthors';
import { compareNames } from '@shared/nameOrder';

/**
 * The workbook's lists: every meeting, every outcome, the intents and the
 * check-ins. Amounts and table numbers are numbers; dates are text in
 * YYYY-MM-DD, so Excel shows them as written whatever the locale.
 */

const sides = (line: MeetingLine | undefined): string[] => {
  const people: readonly (PersonRef | undefined)[] = line?.meeting.people ?? [undefined, undefined];
  return people.flatMap((p) => [p?.name ?? '', p?.organisation ?? '']);
};
const SIDE_HEADERS = ['发起方', '发起方单位', '约谈对象', '约谈对象单位'] as const;

const tableCell = (line: MeetingLine | undefined): number | string => line?.table?.number ?? '';
const dateCell = (line: MeetingLine | undefined): string => line?.slot?.date ?? '';
const timeCell = (line: MeetingLine | undefined): string => (line ? (line.slot ? slotTime(line.slot) : UNKNOWN_SLOT) : '（洽谈已删除）');

export const meetingsSheet = (lines: ResultLines): SheetSpec => ({
  name: '洽谈',
  headers: ['日期', '时段', '时间', '桌号', ...SIDE_HEADERS, '议题', '状态', '来源', '对接结果'],
  rows: lines.meetings.map((line) => [
    dateCell(line),
    line.slot?.label ?? UNKNOWN_SLOT,
    timeCell(line),
    tableCell(line),
    ...sides(line),
    line.meeting.topic,
    line.state,
    line.meeting.requestId ? '约谈申请' : '现场临时洽谈',
    line.outcome?.result ?? '',
  ]),
});

/**
 * Every live outcome, a stale one too (recorded, then its meeting marked
 * 未到场): its 洽谈状态 column says so, which is how the list reconciles
 * with 汇总, where only outcomes of held meetings count.
 */
export const outcomesSheet = (lines: ResultLines, history: OutcomeHistory): SheetSpec => ({
  name: '对接成果',
  headers: ['日期', '时间', '桌号', ...SIDE_HEADERS, '所涉需求', '所涉成果', '行业领域', '对接结果', '合作方式', '预估金额（万元）', '下一步安排', '跟进日期', '联系人', '备注', '洽谈状态', '记录人', '最后修改', '修改人'],
  rows: lines.outcomes.map(({ outcome: o, meeting, need, achievement, field }) => {
    const authors = authorsOf(o, history);
    return [
      dateCell(meeting),
      timeCell(meeting),
      tableCell(meeting),
      ...sides(meeting),
      need?.title ?? '',
      achievement?.title ?? '',
      field,
      o.result,
      o.cooperationModes.join('、'),
      o.amountWan ?? '',
      o.nextStep ?? '',
      o.followUpDate ?? '',
      o.contactName ?? '',
      o.notes ?? '',
      meeting?.state ?? '',
      authors.recordedBy,
      stampDateTime(o.updatedAt),
      authors.lastBy,
    ];
  }),
});

export const intentsSheet = (lines: ResultLines, { data }: ResultsSources): SheetSpec => {
  const orgName = (id: string | undefined) => (id ? (data.organisations.get(id)?.name ?? '') : '');
  return {
    name: '合作意向',
    headers: ['对接结果', '行业领域', '所涉需求', '需求单位', '所涉成果', '成果单位', ...SIDE_HEADERS, '合作方式', '预估金额（万元）', '下一步安排', '跟进日期', '联系人', '洽谈日期', '桌号'],
    rows: intentLines(lines).map(({ outcome: o, meeting, need, achievement, field }) => [
      o.result,
      field,
      need?.title ?? '',
      orgName(need?.ownerId),
      achievement?.title ?? '',
      orgName(achievement?.ownerId),
      ...sides(meeting),
      o.cooperationModes.join('、'),
      o.amountWan ?? '',
      o.nextStep ?? '',
      o.followUpDate ?? '',
      o.contactName ?? '',
      dateCell(meeting),
      tableCell(meeting),
    ]),
  };
};

const checkInTime = (p: Participant): string => (p.checkIn.state !== '未签到' && p.checkIn.at ? stampDateTime(p.checkIn.at) : '');

export const checkInsSheet = ({ data }: ResultsSources): SheetSpec => ({
  name: '签到',
  headers: ['姓名', '单位', '职务', '参会角色', '胸卡码', '签到状态', '签到时间'],
  rows: [...data.lists.participants]
    .sort((a, b) => compareNames(a.name, b.name) || a.id.localeCompare(b.id))
    .map((p) => [
      p.name,
      p.organisationId ? (data.organisations.get(p.organisationId)?.name ?? '') : '',
      p.title ?? '',
      p.roles.join('、'),
      p.badgeCode,
      p.checkIn.state,
      checkInTime(p),
    ]),
});
