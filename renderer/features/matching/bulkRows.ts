import type { Suggestion } from '@shared/matching';
import type { MatchVerdict } from '@shared/model';
import { pairKey, targetKindOf, type Pair, type PairStates } from './pairs';
import type { BulkTarget } from './store';

/** 状态 of a reviewed pair: what the organiser did with it so far. */
export type RowState = '已邀请' | '不合适' | '已推荐' | '待处理';

export type ReviewRow = Pair & { key: string; rank: number; suggestion: Suggestion };

/**
 * The review table's rows: each need's suggestions together, in rank order,
 * the needs with the strongest first suggestion first, so the clearest
 * matches can be accepted in one sweep at the top.
 */
export const reviewRows = (results: Readonly<Record<string, Suggestion[]>>, target: BulkTarget): ReviewRow[] => {
  const targetKind = targetKindOf(target);
  return Object.entries(results)
    .filter(([, list]) => list.length > 0)
    .sort(([a, x], [b, y]) => (y[0]?.score ?? 0) - (x[0]?.score ?? 0) || (a < b ? -1 : 1))
    .flatMap(([needId, list]) => list.map((suggestion, i) => ({ key: pairKey({ needId, targetId: suggestion.id }), needId, targetKind, targetId: suggestion.id, rank: i + 1, suggestion })));
};

export const rowState = (row: Pick<ReviewRow, 'key'>, states: PairStates): RowState => {
  if (states.invited.has(row.key)) return '已邀请';
  const verdict: MatchVerdict | undefined = states.verdicts.get(row.key);
  return verdict === '不合适' ? '不合适' : verdict === '推荐' ? '已推荐' : '待处理';
};
