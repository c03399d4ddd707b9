import type { FieldIssue, Participant, Table } from '../model';
import type { CellReader, RowRead } from './rows';
import { cellText, isBlank, type CellResult } from './values';

/**
 * The two scheduling limits of a participant as spreadsheet columns:
 * 最多洽谈场数 (a number) and 固定洽谈桌 (the table's number as printed on
 * the table card; stored as the table's id, which the organiser never sees).
 */
export type EventTable = Pick<Table, 'id' | 'number'>;

const NO_LIMIT = new Set(['不限', '无限制', '不限制', '均可']);

/** “5”, “5场”, “5.0” (a number cell saved by Excel); 不限 or empty means no limit. */
export const readMaxMeetings = (raw: string): CellResult<number> => {
  const t = cellText(raw).normalize('NFKC');
  if (isBlank(t) || NO_LIMIT.has(t)) return { value: undefined };
  const m = /^(\d+)(?:\.0+)?\s*场?$/.exec(t);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 100 ? { value: n } : { problem: `最多洽谈场数“${t}”应为1–100的整数` };
};

/** “12”, “12号”, “12号桌”, “第12桌”, or the table's id as another export might write it. */
export const readHostTable = (raw: string, tables: readonly EventTable[] = []): CellResult<string> => {
  const t = cellText(raw).normalize('NFKC');
  if (isBlank(t) || t === '不固定') return { value: undefined };
  const byId = tables.find((table) => table.id === t);
  if (byId) return { value: byId.id };
  const m = /^第?\s*(\d+)(?:\.0+)?\s*(?:号桌|号|桌)?$/.exec(t);
  if (!m) return { problem: `固定洽谈桌“${t}”无法识别，请填写桌号，如 12` };
  const table = tables.find((x) => x.number === Number(m[1]));
  if (table) return { value: table.id };
  return { problem: `固定洽谈桌“${t}”不存在：${tables.length === 0 ? '本活动还没有设置洽谈桌' : `本活动共${tables.length}张桌`}` };
};

/**
 * Reads both columns into the participant's availability. Runs in the plan,
 * not in the row reader, because the table number needs the event's tables.
 */
export const readSchedulingLimits = (read: RowRead<'participants'>, cell: CellReader, tables: readonly EventTable[] | undefined): void => {
  const problems: FieldIssue[] = [];
  const maxMeetings = readMaxMeetings(cell('maxMeetings'));
  const hostTable = readHostTable(cell('hostTable'), tables);
  for (const result of [maxMeetings, hostTable]) if (result.problem !== undefined) problems.push({ field: 'availability', message: result.problem });
  read.problems.push(...problems);
  if (maxMeetings.value === undefined && hostTable.value === undefined) return;
  read.input = {
    ...read.input,
    availability: {
      sessionIds: [],
      unavailableSlotIds: [],
      ...(maxMeetings.value === undefined ? {} : { maxMeetings: maxMeetings.value }),
      ...(hostTable.value === undefined ? {} : { hostTableId: hostTable.value }),
    },
  };
};

/** What the export writes back: the number as organisers know it, and the printed table number. */
export const schedulingLimitCells = (p: Pick<Participant, 'availability'>, tables: readonly EventTable[] = []): { maxMeetings?: number; hostTable?: number | string } => {
  const hostId = p.availability.hostTableId;
  return {
    maxMeetings: p.availability.maxMeetings,
    // A table since removed from the event keeps its id: the import then names it as unknown rather than dropping it silently.
    hostTable: hostId === undefined ? undefined : (tables.find((t) => t.id === hostId)?.number ?? hostId),
  };
};
