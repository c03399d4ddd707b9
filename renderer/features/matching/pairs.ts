import type { FeedbackTargetKind, MatchVerdict } from '@shared/model';
import type { MatchTarget } from './client/types';

/** One suggested pairing: a need and the achievement or expert suggested for it (or it for). */
export type Pair = { needId: string; targetKind: FeedbackTargetKind; targetId: string };

export const pairKey = (p: Pick<Pair, 'needId' | 'targetId'>): string => `${p.needId}|${p.targetId}`;

export const targetKindOf = (target: 'achievements' | 'experts'): FeedbackTargetKind => (target === 'achievements' ? 'achievement' : 'expert');

/**
 * The pair a suggestion stands for. From a need, the suggestion is the
 * target; from an achievement (the reverse view), the suggestion is the need.
 */
export const pairOf = (target: MatchTarget, queryId: string, suggestionId: string): Pair =>
  target === 'needs' ? { needId: suggestionId, targetKind: 'achievement', targetId: queryId } : { needId: queryId, targetKind: targetKindOf(target), targetId: suggestionId };

/** What the organiser already decided about pairs, read live from the database. */
export type PairStates = {
  verdicts: ReadonlyMap<string, MatchVerdict>;
  /** Pairs with a live meeting request (any source): inviting them again would be a duplicate. */
  invited: ReadonlySet<string>;
};

export const EMPTY_PAIR_STATES: PairStates = { verdicts: new Map(), invited: new Set() };

/** The ids a ranking from `queryId` must leave out: those marked 不合适 for it. */
export const rejectedFor = (states: PairStates, target: MatchTarget, queryId: string): string[] => {
  const out: string[] = [];
  for (const [key, verdict] of states.verdicts) {
    if (verdict !== '不合适') continue;
    const [needId = '', targetId = ''] = key.split('|');
    if (target === 'needs' ? targetId === queryId : needId === queryId) out.push(target === 'needs' ? needId : targetId);
  }
  return out;
};

/** Summary after inviting: 已创建 N 条约谈申请，跳过 M 条重复 (and why others failed). */
export type InviteOutcome = { created: number; duplicates: number; problems: string[] };

export const describeOutcome = ({ created, duplicates, problems }: InviteOutcome): string =>
  [`已创建 ${created} 条约谈申请，跳过 ${duplicates} 条重复`, ...(problems.length > 0 ? [`${problems.length} 条未创建：${problems.slice(0, 3).join('；')}${problems.length > 3 ? '…' : ''}`] : [])].join('；');
