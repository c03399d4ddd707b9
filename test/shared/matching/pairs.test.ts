import { cut_for_search } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { generateDemoFair } from '../../../shared/demo';
import { achievementDoc, createAnalyzer, createMatcher, expertDoc, isExpert, needDoc, suggestMeetings } from '../../../shared/matching';

describe('suggestMeetings', () => {
  const fair = generateDemoFair();
  const analyzer = createAnalyzer({ segment: (t) => cut_for_search(t, true) });
  const achievements = createMatcher(analyzer);
  achievements.add(fair.achievements.map((a) => achievementDoc(a)));
  const experts = createMatcher(analyzer);
  const expertPeople = fair.participants.filter(isExpert);
  experts.add(expertPeople.map((p) => expertDoc(p, undefined, fair.achievements.filter((a) => a.contactId === p.id))));
  const achievementsByNeed = Object.fromEntries(fair.needs.map((n) => [n.id, achievements.rank(needDoc(n), { top: 3 })]));
  const expertsByNeed = Object.fromEntries(fair.needs.map((n) => [n.id, experts.rank(needDoc(n), { top: 2 })]));
  const pairs = suggestMeetings({ needs: fair.needs, achievements: fair.achievements, participants: fair.participants, achievementsByNeed, expertsByNeed });

  it('turns suggestions into pairs of two different registered people, each pair once, best first', () => {
    expect(pairs.length).toBeGreaterThan(fair.needs.length);
    const ids = new Set(fair.participants.map((p) => p.id));
    const keys = new Set<string>();
    for (const p of pairs) {
      expect(ids.has(p.fromId) && ids.has(p.toId)).toBe(true);
      expect(p.fromId).not.toBe(p.toId);
      const key = [p.fromId, p.toId].sort().join('|');
      expect(keys.has(key)).toBe(false);
      keys.add(key);
    }
    for (let i = 1; i < pairs.length; i++) expect((pairs[i - 1]?.score ?? 0) >= (pairs[i]?.score ?? 0)).toBe(true);
  });

  it('sends the need’s side to the achievement’s contact or the expert, with the reasons', () => {
    const [first] = pairs;
    const need = fair.needs.find((n) => n.id === first?.needId);
    expect(need).toBeDefined();
    expect(first?.reasons.length).toBeGreaterThan(0);
    expect(pairs.some((p) => p.expertId !== undefined)).toBe(true);
    const viaAchievement = pairs.find((p) => p.achievementId !== undefined);
    const achievement = fair.achievements.find((a) => a.id === viaAchievement?.achievementId);
    expect(viaAchievement?.toId).toBe(achievement?.contactId);
  });

  it('leaves out suggestions for unknown records', () => {
    expect(suggestMeetings({ needs: [], achievements: [], participants: [], achievementsByNeed: { nope: [{ id: 'x', score: 1, parts: { text: 1, field: 0, cooperation: 0, maturity: 0, budget: 0, region: 0 }, sharedTerms: [], reasons: [] }] } })).toEqual([]);
  });
});
