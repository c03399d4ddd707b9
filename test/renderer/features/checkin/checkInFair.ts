import type { Participant } from '@shared/model';
import { createMeetingRequests } from '../../../../renderer/db/meetingRequests';
import { placeRequest } from '../../../../renderer/db/meetings';
import { createRecord } from '../../../../renderer/db/registry';
import { matchingFair, type MatchingFair } from '../../db/matchingFixture';

export type CheckInFair = MatchingFair & { zhangWei2: Participant };

/**
 * The matching fair (张伟, 李娜, 王芳) plus 张薇, whose initials are also zw
 * and whose mobile ends in 1234; 张伟 meets 李娜 in the first round at table 1.
 */
export const checkInFair = async (): Promise<CheckInFair> => {
  const fair = await matchingFair();
  const made = await createRecord(fair.db, 'participants', fair.eventId, { name: '张薇', mobile: '13900001234', roles: ['投资人'], badgeCode: 'ZW1234' });
  if (!made.ok) throw new Error('张薇');
  const requests = await createMeetingRequests(fair.db, fair.eventId, [{ fromId: fair.zhang.id, toId: fair.li.id, priority: '必须', source: '组织者', state: '已接受' }]);
  const request = requests.ok ? requests.value.created[0] : undefined;
  if (!request) throw new Error('request');
  const placed = await placeRequest(fair.db, request.id, 'am#0', 'T1');
  if (!placed.ok) throw new Error(placed.issues[0]?.message);
  return { ...fair, zhangWei2: made.value };
};
