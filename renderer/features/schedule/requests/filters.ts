import type { RequestPriority, RequestSource, RequestState } from '@shared/model';
import type { RequestRow } from './requestRows';

export type RequestFilters = {
  query: string;
  /** Empty = every state. */
  states: RequestState[];
  priorities: RequestPriority[];
  sources: RequestSource[];
  duplicatesOnly: boolean;
};

/** The list opens on what still needs the organiser: requests in play. */
export const DEFAULT_FILTERS: RequestFilters = { query: '', states: ['待确认', '已接受'], priorities: [], sources: [], duplicatesOnly: false };

export const filterRows = (rows: readonly RequestRow[], f: RequestFilters): RequestRow[] => {
  const terms = f.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const states = new Set(f.states);
  const priorities = new Set(f.priorities);
  const sources = new Set(f.sources);
  return rows.filter(
    (row) =>
      (states.size === 0 || states.has(row.request.state)) &&
      (priorities.size === 0 || priorities.has(row.request.priority)) &&
      (sources.size === 0 || sources.has(row.request.source)) &&
      (!f.duplicatesOnly || row.duplicate !== undefined) &&
      terms.every((t) => row.haystack.includes(t)),
  );
};

export type StateCounts = Record<RequestState, number>;

export const countStates = (rows: readonly Pick<RequestRow, 'request'>[]): StateCounts => {
  const counts: StateCounts = { 待确认: 0, 已接受: 0, 已拒绝: 0, 已取消: 0 };
  for (const row of rows) counts[row.request.state]++;
  return counts;
};
