import { describe, expect, it } from 'vitest';
import { participantDraftSchema, type Participant } from '@shared/model';
import { participantsConfig } from '../../../../renderer/features/registry/kinds/participants';

const stored: Participant = {
  id: 'ppl_0000000000000000000000000a',
  eventId: 'evt_00000000000000000000000000',
  createdAt: '0000000000001-0000-dev',
  updatedAt: '0000000000001-0000-dev',
  deleted: false,
  name: '李娜',
  roles: ['成果方'],
  badgeCode: 'LN01',
  checkIn: { state: '未签到' },
  availability: { sessionIds: ['am'], unavailableSlotIds: ['am#2'], maxMeetings: 4 },
};

describe('participants form: scheduling limits', () => {
  it('edits the meeting limit and host table as fields, keeping the rest of the availability', () => {
    const values = participantsConfig.toFormValues(stored);
    expect(values).toMatchObject({ maxMeetings: 4, hostTableId: undefined });
    const input = participantsConfig.toInput({ ...values, maxMeetings: 6, hostTableId: 'T3' });
    expect(input.availability).toEqual({ sessionIds: ['am'], unavailableSlotIds: ['am#2'], maxMeetings: 6, hostTableId: 'T3' });
    expect(participantDraftSchema.safeParse(input).success).toBe(true);
  });

  it('drops a cleared limit, and refuses a limit of zero in Chinese', () => {
    const cleared = participantsConfig.toInput({ ...participantsConfig.toFormValues(stored), maxMeetings: null });
    expect(cleared.availability).toEqual({ sessionIds: ['am'], unavailableSlotIds: ['am#2'] });
    const zero = participantDraftSchema.safeParse(participantsConfig.toInput({ ...participantsConfig.toFormValues(stored), maxMeetings: 0 }));
    expect(zero.success ? '' : zero.error.issues[0]?.message).toBe('最多洽谈场数至少为1');
  });
});
