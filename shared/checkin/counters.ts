import { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from '../model';

/** 已签到 / 应到 for one group of participants. */
export type Tally = { arrived: number; expected: number };

export type CheckInCounters = { overall: Tally; byRole: Record<ParticipantRole, Tally> };

/** Someone who has left (已离场) did come: the desk counts them as arrived. */
export const hasArrived = (p: Pick<Participant, 'checkIn'>): boolean => p.checkIn.state !== '未签到';

/**
 * The desk's counters over the live participants. A person with two roles
 * counts in both roles' tallies, once overall.
 */
export const countCheckIns = (participants: readonly Pick<Participant, 'checkIn' | 'roles'>[]): CheckInCounters => {
  const byRole = Object.fromEntries(PARTICIPANT_ROLES.map((r) => [r, { arrived: 0, expected: 0 }])) as Record<ParticipantRole, Tally>;
  const overall: Tally = { arrived: 0, expected: 0 };
  for (const p of participants) {
    const arrived = hasArrived(p) ? 1 : 0;
    overall.expected += 1;
    overall.arrived += arrived;
    for (const role of p.roles) {
      byRole[role].expected += 1;
      byRole[role].arrived += arrived;
    }
  }
  return { overall, byRole };
};
