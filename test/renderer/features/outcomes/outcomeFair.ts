import type { Meeting } from '@shared/model';
import { createMeetingRequests } from '../../../../renderer/db/meetingRequests';
import { placeRequest } from '../../../../renderer/db/meetings';
import { matchingFair, type MatchingFair } from '../../db/matchingFixture';

export type OutcomeFair = MatchingFair & {
  /** 张伟 meets 李娜 about 锂电池正极材料 ↔ 高镍正极材料, first round (09:00) at table 1. */
  withLi: Meeting;
  /** 张伟 meets 王芳 without a topic, second round (09:25) at table 1. */
  withWang: Meeting;
};

/** The matching fair with two meetings placed on its one table. */
export const outcomeFair = async (): Promise<OutcomeFair> => {
  const fair = await matchingFair();
  const made = await createMeetingRequests(fair.db, fair.eventId, [
    { fromId: fair.zhang.id, toId: fair.li.id, needId: fair.need.id, achievementId: fair.achievement.id, priority: '必须', source: '组织者', state: '已接受' },
    { fromId: fair.zhang.id, toId: fair.wang.id, priority: '一般', source: '组织者', state: '已接受' },
  ]);
  if (!made.ok) throw new Error(made.issues[0]?.message);
  const [li, wang] = made.value.created;
  if (!li || !wang) throw new Error('requests');
  const withLi = await placeRequest(fair.db, li.id, 'am#0', 'T1');
  const withWang = await placeRequest(fair.db, wang.id, 'am#1', 'T1');
  if (!withLi.ok || !withWang.ok) throw new Error('placement');
  return { ...fair, withLi: withLi.value, withWang: withWang.value };
};
