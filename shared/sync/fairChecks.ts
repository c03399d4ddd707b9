import { deriveSlots, type DockingEvent, type Meeting, type Participant } from '../model';

/**
 * 合并后核对: what two laptops can each do correctly and still get wrong
 * together, which no per-field merge can see: the same walk-in registered at
 * two desks, one badge code handed out twice, or a table or a person given
 * two meetings in one round by two planners.
 */
export type FairCheck =
  | { kind: 'sameMobile'; ids: string[]; message: string }
  | { kind: 'sameBadge'; ids: string[]; message: string }
  | { kind: 'tableTwice'; ids: string[]; message: string }
  | { kind: 'personTwice'; ids: string[]; message: string };

type Sources = {
  event: Pick<DockingEvent, 'sessions' | 'slotMinutes' | 'breakMinutes' | 'tables'>;
  participants: readonly Participant[];
  meetings: readonly Meeting[];
};

/** Meetings that hold their seat: a no-show or a cancellation frees it. */
const holdsSeat = (m: Meeting): boolean => !m.deleted && m.state !== '未到场' && m.state !== '已取消';

const groups = <T>(items: readonly T[], key: (item: T) => string | undefined): T[][] => {
  const by = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined || k === '') continue;
    const list = by.get(k);
    if (list) list.push(item);
    else by.set(k, [item]);
  }
  return [...by.values()].filter((list) => list.length > 1);
};

const maskMobile = (mobile: string): string => `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
const names = (people: readonly Participant[]): string => people.map((p) => `“${p.name}”`).join('、');

export const fairChecks = ({ event, participants, meetings }: Sources): FairCheck[] => {
  const live = participants.filter((p) => !p.deleted);
  const person = new Map(participants.map((p) => [p.id, p]));
  const slotLabel = new Map(deriveSlots(event).map((s) => [s.id, s.label]));
  const tableLabel = new Map(event.tables.map((t) => [t.id, `${t.number}号桌`]));
  const seated = meetings.filter(holdsSeat);
  const checks: FairCheck[] = [];
  for (const same of groups(live, (p) => p.mobile)) {
    checks.push({ kind: 'sameMobile', ids: same.map((p) => p.id), message: `手机号 ${maskMobile(same[0]?.mobile ?? '')} 同时登记在${names(same)}名下，可能是同一人在两台电脑上都登记了` });
  }
  for (const same of groups(live, (p) => p.badgeCode)) {
    checks.push({ kind: 'sameBadge', ids: same.map((p) => p.id), message: `胸牌码 ${same[0]?.badgeCode ?? ''} 同时属于${names(same)}，扫码时无法区分，请为其中一人重新制作胸牌` });
  }
  for (const same of groups(seated, (m) => `${m.slotId} ${m.tableId}`)) {
    const first = same[0];
    if (!first) continue;
    checks.push({
      kind: 'tableTwice',
      ids: same.map((m) => m.id),
      message: `${tableLabel.get(first.tableId) ?? first.tableId}在${slotLabel.get(first.slotId) ?? first.slotId}排了 ${same.length} 场洽谈，请在排期表中调整`,
    });
  }
  const seats = seated.flatMap((m) => m.participantIds.map((id) => ({ id, meeting: m })));
  for (const same of groups(seats, (s) => `${s.meeting.slotId} ${s.id}`)) {
    const first = same[0];
    if (!first) continue;
    checks.push({
      kind: 'personTwice',
      ids: same.map((s) => s.meeting.id),
      message: `“${person.get(first.id)?.name ?? first.id}”在${slotLabel.get(first.meeting.slotId) ?? first.meeting.slotId}同时有 ${same.length} 场洽谈，请在排期表中调整`,
    });
  }
  return checks;
};
