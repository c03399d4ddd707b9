import { suggestMeetings, type MeetingSuggestion } from '@shared/matching';
import type { LiveRegistry } from '../../db/liveRegistry';
import { pairKey, type Pair } from './pairs';
import type { BulkResults, BulkTarget } from './store';

/**
 * A row of 按参会人: two people who should meet, on their best topic. The
 * topic is a need–achievement or need–expert pair like a 按需求 row, keyed
 * the same way, so its 状态 and its invitation are the existing ones.
 */
export type PeopleRow = MeetingSuggestion & Pair & { key: string; rank: number };

/** Who should meet whom, from every kind of bulk run finished so far. */
export const meetingsOf = (results: Partial<Record<BulkTarget, BulkResults>>, lists: Pick<LiveRegistry, 'needs' | 'achievements' | 'participants'>): MeetingSuggestion[] =>
  suggestMeetings({
    needs: lists.needs,
    achievements: lists.achievements,
    participants: lists.participants,
    achievementsByNeed: results.achievements ?? {},
    ...(results.experts ? { expertsByNeed: results.experts } : {}),
  });

/**
 * The rows grouped by the need's side: each person's counterparts together,
 * best first, the people with the strongest suggestion first, as 按需求
 * orders its needs.
 */
export const peopleRows = (meetings: readonly MeetingSuggestion[]): PeopleRow[] => {
  const groups = new Map<string, MeetingSuggestion[]>();
  // `meetings` is best first, so a group's place is that of its best meeting.
  for (const m of meetings) {
    const group = groups.get(m.fromId);
    if (group) group.push(m);
    else groups.set(m.fromId, [m]);
  }
  return [...groups.values()].flatMap((group) =>
    group.map((m, i) => {
      const pair: Pair = m.achievementId ? { needId: m.needId, targetKind: 'achievement', targetId: m.achievementId } : { needId: m.needId, targetKind: 'expert', targetId: m.expertId ?? m.toId };
      return { ...m, ...pair, key: pairKey(pair), rank: i + 1 };
    }),
  );
};
