import type { Achievement } from './achievement';
import type { Validated } from './issues';
import type { MeetingRequestDraft } from './meeting';
import type { Need } from './need';
import type { Participant } from './participant';
import type { ParticipantRole, RequestPriority } from './vocabulary';

/** A suggestion an organiser turns into a meeting request: an achievement, or an expert, for a need. */
export type SuggestedTarget = { kind: 'achievement'; achievement: Achievement } | { kind: 'expert'; expert: Participant };

/** The record a suggestion points at, looked up by kind and id; undefined when it is gone. */
export const suggestedTarget = (
  kind: SuggestedTarget['kind'],
  id: string,
  achievements: ReadonlyMap<string, Achievement>,
  participants: ReadonlyMap<string, Participant>,
): SuggestedTarget | undefined => {
  if (kind === 'achievement') {
    const achievement = achievements.get(id);
    return achievement && { kind, achievement };
  }
  const expert = participants.get(id);
  return expert && { kind, expert };
};

/**
 * Who speaks for a need or an achievement: its contact when that person is
 * still registered, else the first live participant of the owner organisation
 * with the side's role, in the order given (the database's id order, which
 * is the order people were registered).
 */
const speakerFor = (item: Need | Achievement, role: ParticipantRole, participants: readonly Participant[]): Participant | undefined => {
  const live = participants.filter((p) => !p.deleted);
  return live.find((p) => p.id === item.contactId) ?? live.find((p) => p.organisationId === item.ownerId && p.roles.includes(role));
};

const refusal = (field: string, message: string): Validated<MeetingRequestDraft> => ({ ok: false, issues: [{ field, message }] });

/**
 * The meeting request a suggestion stands for: from the need's side to the
 * achievement's contact or the expert, sourced 匹配推荐. Refused, in words the
 * organiser can act on, when a side has nobody to meet.
 */
export const requestDraftFromSuggestion = (
  need: Need,
  target: SuggestedTarget,
  participants: readonly Participant[],
  priority: RequestPriority,
): Validated<MeetingRequestDraft> => {
  const from = speakerFor(need, '需求方', participants);
  if (!from) return refusal('fromId', `需求“${need.title}”没有联系人：请为该需求指定联系人，或为需求单位登记一位“需求方”参会人`);
  let to: Participant | undefined;
  if (target.kind === 'achievement') {
    to = speakerFor(target.achievement, '成果方', participants);
    if (!to) return refusal('toId', `成果“${target.achievement.title}”没有联系人：请为该成果指定联系人，或为成果单位登记一位“成果方”参会人`);
  } else {
    to = target.expert.deleted ? undefined : target.expert;
    if (!to) return refusal('toId', `专家“${target.expert.name}”已被删除，无法约谈`);
  }
  if (from.id === to.id) return refusal('toId', `${from.name}同时是需求和${target.kind === 'achievement' ? '成果' : '专家'}一方，无需约谈自己`);
  return {
    ok: true,
    value: {
      fromId: from.id,
      toId: to.id,
      needId: need.id,
      ...(target.kind === 'achievement' ? { achievementId: target.achievement.id } : {}),
      priority,
      mutual: false,
      state: '待确认',
      allowedSlotIds: [],
      source: '匹配推荐',
    },
  };
};
