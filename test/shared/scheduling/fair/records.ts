import type { DockingEvent, Meeting, MeetingRequest, Participant } from '../../../../shared/model';
import type { FairRecords } from '../../../../shared/scheduling/fair';

/**
 * A small fair as stored records: one morning of four slots (am#0…am#3),
 * three tables, people named by a letter. Ids follow the record id pattern.
 */
const base = (kind: string, n: string) => ({
  id: `${kind}_${n.toLowerCase().padEnd(26, '0')}`,
  eventId: 'evt_00000000000000000000000000',
  createdAt: '0000000000001-0000-dev',
  updatedAt: '0000000000001-0000-dev',
  deleted: false,
});

export const event: DockingEvent = {
  ...base('evt', '0'),
  name: '测试对接会',
  venue: '展示中心',
  startDate: '2026-05-20',
  endDate: '2026-05-20',
  slotMinutes: 20,
  breakMinutes: 5,
  sessions: [{ id: 'am', label: '上午', date: '2026-05-20', start: '09:00', end: '10:40' }],
  tables: [
    { id: 'T1', number: 1 },
    { id: 'T2', number: 2 },
    { id: 'T3', number: 3 },
  ],
};

export const pid = (letter: string) => base('ppl', letter).id;
export const rid = (n: number) => base('req', `r${n}`).id;
export const mid = (n: number) => base('mtg', `m${n}`).id;

export const person = (letter: string, availability: Partial<Participant['availability']> = {}): Participant => ({
  ...base('ppl', letter),
  name: `参会人${letter}`,
  roles: ['需求方'],
  badgeCode: `CODE${letter}`,
  checkIn: { state: '未签到' },
  availability: { sessionIds: [], unavailableSlotIds: [], ...availability },
});

export const request = (n: number, from: string, to: string, extra: Partial<MeetingRequest> = {}): MeetingRequest => ({
  ...base('req', `r${n}`),
  fromId: pid(from),
  toId: pid(to),
  priority: '必须',
  mutual: false,
  state: '已接受',
  allowedSlotIds: [],
  source: '组织者',
  ...extra,
});

export const meeting = (n: number, r: MeetingRequest | [string, string], slotId: string, tableId: string, extra: Partial<Meeting> = {}): Meeting => ({
  ...base('mtg', `m${n}`),
  ...(Array.isArray(r) ? { participantIds: [pid(r[0]), pid(r[1])] } : { requestId: r.id, participantIds: [r.fromId, r.toId] }),
  slotId,
  tableId,
  state: '待开始',
  locked: false,
  ...extra,
});

export const records = (parts: Partial<FairRecords> = {}): FairRecords => ({
  event,
  participants: ['A', 'B', 'C', 'D', 'E'].map((l) => person(l)),
  requests: [],
  meetings: [],
  ...parts,
});

export const labels = {
  person: (id: string) => `参会人${id.slice(4, 5).toUpperCase()}`,
  slot: (id: string) => id,
  table: (id: string) => `${id.slice(1)}号桌`,
};
