import { requestDraftFromSuggestion, suggestedTarget, type Achievement, type Need, type Participant } from '../model';
import type { Suggestion } from './types';

/** Two people who should meet, and the best reason found for it. */
export type MeetingSuggestion = {
  fromId: string;
  toId: string;
  score: number;
  needId: string;
  achievementId?: string;
  expertId?: string;
  reasons: string[];
};

export type PairInput = {
  needs: readonly Need[];
  achievements: readonly Achievement[];
  participants: readonly Participant[];
  /** Per need id, the ranked achievements (bulk matching's output). */
  achievementsByNeed: Readonly<Record<string, readonly Suggestion[]>>;
  /** Per need id, the ranked experts, when they were ranked too. */
  expertsByNeed?: Readonly<Record<string, readonly Suggestion[]>>;
};

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Participant-to-participant suggestions for the scheduler ("who should this
 * enterprise meet"): every need–achievement and need–expert suggestion turned
 * into the two people who would sit at the table (the same people
 * 邀请洽谈 would invite), one entry per pair of people with its best-scoring
 * topic, best first. Suggestions whose sides have nobody to send are left out.
 */
export const suggestMeetings = (input: PairInput): MeetingSuggestion[] => {
  const needs = new Map(input.needs.map((n) => [n.id, n] as const));
  const achievements = new Map(input.achievements.map((a) => [a.id, a] as const));
  const people = new Map(input.participants.map((p) => [p.id, p] as const));
  const best = new Map<string, MeetingSuggestion>();

  const offer = (need: Need, suggestion: Suggestion, kind: 'achievement' | 'expert'): void => {
    const target = suggestedTarget(kind, suggestion.id, achievements, people);
    if (!target) return;
    const draft = requestDraftFromSuggestion(need, target, input.participants, '一般');
    if (!draft.ok) return;
    const { fromId, toId } = draft.value;
    const key = pairKey(fromId, toId);
    const known = best.get(key);
    if (known && known.score >= suggestion.score) return;
    best.set(key, {
      fromId,
      toId,
      score: suggestion.score,
      needId: need.id,
      ...(target.kind === 'achievement' ? { achievementId: target.achievement.id } : { expertId: target.expert.id }),
      reasons: suggestion.reasons,
    });
  };

  for (const [needId, list] of Object.entries(input.achievementsByNeed)) {
    const need = needs.get(needId);
    if (need) for (const s of list) offer(need, s, 'achievement');
  }
  for (const [needId, list] of Object.entries(input.expertsByNeed ?? {})) {
    const need = needs.get(needId);
    if (need) for (const s of list) offer(need, s, 'expert');
  }
  return [...best.values()].sort((a, b) => b.score - a.score || pairKey(a.fromId, a.toId).localeCompare(pairKey(b.fromId, b.toId)));
};
