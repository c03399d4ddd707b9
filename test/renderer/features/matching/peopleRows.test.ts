import { describe, expect, it } from 'vitest';
import type { MeetingSuggestion } from '@shared/matching';
import { peopleRows } from '../../../../renderer/features/matching/peopleRows';

const meeting = (fromId: string, toId: string, score: number, topic: { achievementId: string } | { expertId: string }): MeetingSuggestion => ({
  fromId,
  toId,
  score,
  needId: `n-${fromId}`,
  ...topic,
  reasons: [],
});

describe('按参会人 rows', () => {
  it('keeps each need-side person’s meetings together, the person with the best meeting first, and keys them by topic', () => {
    const rows = peopleRows([
      meeting('zhang', 'li', 0.9, { achievementId: 'a1' }),
      meeting('liu', 'chen', 0.8, { achievementId: 'a2' }),
      meeting('zhang', 'wang', 0.7, { expertId: 'wang' }),
      meeting('liu', 'li', 0.3, { achievementId: 'a3' }),
    ]);
    expect(rows.map((r) => [r.fromId, r.toId, r.rank])).toEqual([
      ['zhang', 'li', 1],
      ['zhang', 'wang', 2],
      ['liu', 'chen', 1],
      ['liu', 'li', 2],
    ]);
    expect(rows.map((r) => [r.key, r.targetKind])).toEqual([
      ['n-zhang|a1', 'achievement'],
      ['n-zhang|wang', 'expert'],
      ['n-liu|a2', 'achievement'],
      ['n-liu|a3', 'achievement'],
    ]);
  });
});
