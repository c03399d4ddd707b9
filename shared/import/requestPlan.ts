import {
  isActiveRequest,
  meetingRequestDraftSchema,
  requestTopicKey,
  validate,
  type MeetingRequest,
  type MeetingRequestDraft,
  type RequestPriority,
} from '../model';
import type { ColumnMapping } from './headers';
import { formatRows, MAX_IMPORT_ROWS, type RejectedRow } from './plan';
import { peopleResolver, type PersonRecord, type SideCells } from './requestPeople';
import { missingRequestColumns, SIDE_LABELS, sideKey, type RequestSide } from './requestFields';
import { slotReader, type SlotEvent } from './requestSlots';
import { topicResolver, type TopicRecord } from './requestTopics';
import { readMutual, readPriority, readRequestState } from './requestValues';
import { cellText, type CellResult } from './values';

/**
 * The import of a 约谈申请 sheet decided before anything is written: each
 * row becomes a request draft (source 导入), a duplicate of a request in
 * play (skipped, as `createMeetingRequests` would skip it), or a list of
 * problems naming the row and column. The preview shows exactly this plan.
 */

/** What the plan compares rows against: the event's live records, as plain data (it runs in the import worker). */
export type RequestImportContext = {
  event: SlotEvent;
  organisations: readonly { id: string; name: string }[];
  participants: readonly PersonRecord[];
  needs: readonly TopicRecord[];
  achievements: readonly TopicRecord[];
  /** The event's live requests; only those in play make a row a duplicate. */
  requests: readonly Pick<MeetingRequest, 'fromId' | 'toId' | 'needId' | 'achievementId' | 'state' | 'deleted'>[];
};

/** 优先 when the cell is empty: the same default as the 新建约谈 form. */
export const DEFAULT_IMPORT_PRIORITY: RequestPriority = '优先';

export type RequestRowDraft = { rowNumber: number; label: string; draft: MeetingRequestDraft };
export type DuplicateRow = { rowNumber: number; label: string; reason: string };

export type RequestImportPlan = {
  accepted: RequestRowDraft[];
  duplicates: DuplicateRow[];
  /** Reasons read “第5行：约谈对象“王芳”有两位同名参会人，请填写单位或手机”. */
  rejected: RejectedRow[];
};

export type RequestImportResult = { ok: true; plan: RequestImportPlan } | { ok: false; message: string };

export const planRequestImport = (rows: readonly (readonly string[])[], mapping: ColumnMapping, context: RequestImportContext): RequestImportResult => {
  const missing = missingRequestColumns(mapping.columns);
  if (missing.length > 0) return { ok: false, message: `请先为“${missing.join('”“')}”选择对应的列` };
  const used = Object.values(mapping.columns).filter((c): c is number => c !== undefined);
  const data = rows
    .map((cells, i) => ({ cells, rowNumber: i + 1 }))
    .slice(mapping.headerRow + 1)
    .filter(({ cells }) => used.some((c) => cellText(cells[c]) !== ''));
  if (data.length > MAX_IMPORT_ROWS) return { ok: false, message: `文件有${data.length}行数据，超过单次导入上限${MAX_IMPORT_ROWS}行，请拆分成几个文件分批导入` };
  if (data.length === 0) return { ok: false, message: '表头下方没有数据行，请检查是否选对了工作表和表头行' };

  const person = peopleResolver(context.participants, context.organisations);
  const need = topicResolver('需求', context.needs, context.organisations);
  const achievement = topicResolver('成果', context.achievements, context.organisations);
  const slots = slotReader(context.event);
  const names = new Map(context.participants.map((p) => [p.id, p.name]));
  const titles = new Map([...context.needs, ...context.achievements].map((r) => [r.id, r.title]));
  const inPlay = new Map(context.requests.filter(isActiveRequest).map((r) => [requestTopicKey(r), r]));
  const firstRowOf = new Map<string, number>();
  const plan: RequestImportPlan = { accepted: [], duplicates: [], rejected: [] };

  for (const { cells, rowNumber } of data) {
    const cell = (key: string): string => {
      const column = mapping.columns[key];
      return column === undefined ? '' : (cells[column] ?? '');
    };
    const sideCells = (side: RequestSide): SideCells => ({
      name: cell(sideKey(side, 'name')),
      organisation: cell(sideKey(side, 'organisation')),
      mobile: cell(sideKey(side, 'mobile')),
      badgeCode: cell(sideKey(side, 'badgeCode')),
    });
    const problems: string[] = [];
    const take = <T>(result: CellResult<T>): T | undefined => {
      if (result.problem !== undefined) problems.push(result.problem);
      return result.value;
    };

    const from = person('from', sideCells('from'));
    const to = person('to', sideCells('to'));
    for (const side of [from, to]) if (side.problem !== undefined) problems.push(side.problem);
    const label = `${from.person?.name ?? shownName(sideCells('from'))}→${to.person?.name ?? shownName(sideCells('to'))}`;
    if (from.person && to.person && from.person.id === to.person.id) problems.push(`${SIDE_LABELS.from}和${SIDE_LABELS.to}是同一人（${from.person.name}）`);
    const pair = [from.person, to.person].filter((p): p is PersonRecord => p !== undefined);
    const needId = take(need(cell('need'), pair));
    const achievementId = take(achievement(cell('achievement'), pair));
    const priority = take(readPriority(cell('priority'))) ?? DEFAULT_IMPORT_PRIORITY;
    const mutual = take(readMutual(cell('mutual'))) ?? false;
    const allowedSlotIds = take(slots(cell('slots'))) ?? [];
    const state = take(readRequestState(cell('state'))) ?? '待确认';

    if (problems.length > 0 || !from.person || !to.person) {
      plan.rejected.push({ rowNumber, label, reasons: problems.map((p) => `第${rowNumber}行：${p}`) });
      continue;
    }
    const refs = { fromId: from.person.id, toId: to.person.id, ...(needId ? { needId } : {}), ...(achievementId ? { achievementId } : {}) };
    const draft: MeetingRequestDraft = { ...refs, priority, mutual, state, allowedSlotIds, source: '导入' };
    const checked = validate(meetingRequestDraftSchema, draft);
    if (!checked.ok) {
      plan.rejected.push({ rowNumber, label, reasons: checked.issues.map((i) => `第${rowNumber}行：${i.message}`) });
      continue;
    }

    // As the repository does: only a request in play can be a duplicate, and only of one in play.
    const key = requestTopicKey(refs);
    if (isActiveRequest({ state, deleted: false })) {
      const stored = inPlay.get(key);
      if (stored) {
        plan.duplicates.push({ rowNumber, label, reason: `${storedPairReason(stored, names, titles)}，不重复导入` });
        continue;
      }
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        plan.duplicates.push({ rowNumber, label, reason: `与第${first}行是同一约谈（同样的双方、需求和成果），不重复导入` });
        continue;
      }
      firstRowOf.set(key, rowNumber);
    }
    plan.accepted.push({ rowNumber, label, draft });
  }
  return { ok: true, plan };
};

const shownName = (cells: SideCells): string => cellText(cells.name) || cellText(cells.mobile) || cellText(cells.badgeCode) || '—';

/** “张伟与李娜已有关于需求“…”的约谈申请（待确认）”, as the repository words it. */
const storedPairReason = (
  stored: Pick<MeetingRequest, 'fromId' | 'toId' | 'needId' | 'achievementId' | 'state'>,
  names: ReadonlyMap<string, string>,
  titles: ReadonlyMap<string, string>,
): string => {
  const title = (id: string | undefined) => (id === undefined ? undefined : titles.get(id));
  const need = title(stored.needId);
  const achievement = title(stored.achievementId);
  const topic = [need === undefined ? '' : `需求“${need}”`, achievement === undefined ? '' : `成果“${achievement}”`].filter((t) => t !== '').join('与');
  return `${names.get(stored.fromId) ?? ''}与${names.get(stored.toId) ?? ''}已有${topic === '' ? '' : `关于${topic}的`}约谈申请（${stored.state}）`;
};

/** One line for the summary: how many rows of each outcome, and which rows were skipped. */
export const requestPlanSummary = (plan: RequestImportPlan): string => {
  const parts = [`可导入${plan.accepted.length}条`];
  if (plan.duplicates.length > 0) parts.push(`${formatRows(plan.duplicates.map((d) => d.rowNumber))}是重复的约谈，将跳过`);
  if (plan.rejected.length > 0) parts.push(`${formatRows(plan.rejected.map((r) => r.rowNumber))}有问题，不导入`);
  return parts.join('；');
};
