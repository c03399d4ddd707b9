import type { Achievement, MeetingRequest, Need, Participant, RequestPriority } from '../model';
import { requestTopicKey } from '../model';
import type { Dice } from './random';
import type { Stamper } from './roster';

/**
 * 报名意向: on the sign-up form an enterprise names the achievements its
 * contact would like to discuss. Each need's contact asks for one to three
 * achievements of the same field, those sharing a keyword first, as an
 * organiser would find them in the sign-up export; all wait for the
 * organiser's acceptance (待确认), some are wished by both sides.
 */
const PRIORITIES: readonly (readonly [RequestPriority, number])[] = [
  ['必须', 2],
  ['优先', 4],
  ['一般', 4],
];

const sharedKeywords = (need: Need, achievement: Achievement): number => achievement.keywords.filter((k) => need.keywords.includes(k)).length;

export const buildSignUpRequests = (dice: Dice, stamp: Stamper, needs: readonly Need[], achievements: readonly Achievement[], participants: readonly Participant[]): MeetingRequest[] => {
  const present = new Set(participants.filter((p) => !p.deleted).map((p) => p.id));
  const topics = new Set<string>();
  const requests: MeetingRequest[] = [];
  for (const need of needs) {
    if (!need.contactId || !present.has(need.contactId)) continue;
    const candidates = achievements
      .filter((a) => a.field === need.field && a.contactId !== undefined && a.contactId !== need.contactId && present.has(a.contactId))
      .map((a) => ({ a, shared: sharedKeywords(need, a), tie: dice.float() }))
      .sort((x, y) => y.shared - x.shared || x.tie - y.tie);
    const wanted = dice.weighted([[1, 3], [2, 4], [3, 3]] as const);
    for (const { a } of candidates.slice(0, wanted)) {
      const draft = { fromId: need.contactId, toId: a.contactId ?? '', needId: need.id, achievementId: a.id };
      const key = requestTopicKey(draft);
      if (topics.has(key)) continue;
      topics.add(key);
      requests.push({
        ...stamp('meetingRequest'),
        ...draft,
        priority: dice.weighted(PRIORITIES),
        mutual: dice.chance(0.25),
        state: '待确认',
        allowedSlotIds: [],
        source: '报名意向',
      });
    }
  }
  return requests;
};
