import type { MeetingState } from '../model';
import { isPresent, type BoardMeeting, type BoardRow } from './board';

/** The board's filters: all optional, combined with “and”. */
export type BoardFilter = {
  /** A zone (展区) name; null = every zone. */
  zone: string | null;
  /** A shown state, or 空桌 for tables without a meeting; null = any. */
  state: MeetingState | '空桌' | null;
  /** Only tables where someone expected has not checked in (the staff go and fetch them). */
  notCheckedInOnly: boolean;
  /** A table number, or part of a name or organisation. */
  query: string;
};

export const NO_FILTER: BoardFilter = { zone: null, state: null, notCheckedInOnly: false, query: '' };

/** Someone is expected at the table and not there: the meeting still takes its seat. */
export const waitsForSomeone = (m: BoardMeeting | undefined): boolean =>
  m !== undefined && m.state !== '未到场' && m.state !== '已取消' && m.people.some((p) => !isPresent(p));

const matchesQuery = (row: BoardRow, query: string): boolean => {
  if (/^\d+$/.test(query)) return row.table.number === Number(query);
  const q = query.toLowerCase();
  return [row.meeting, ...row.others].some((m) => m?.people.some((p) => p.name.toLowerCase().includes(q) || (p.organisation?.toLowerCase().includes(q) ?? false)));
};

export const filterBoard = (rows: readonly BoardRow[], filter: BoardFilter): BoardRow[] => {
  const query = filter.query.trim();
  return rows.filter((row) => {
    if (filter.zone !== null && row.table.zone !== filter.zone) return false;
    if (filter.state !== null && (filter.state === '空桌' ? row.meeting !== undefined : row.meeting?.state !== filter.state)) return false;
    if (filter.notCheckedInOnly && !waitsForSomeone(row.meeting)) return false;
    return query === '' || matchesQuery(row, query);
  });
};
