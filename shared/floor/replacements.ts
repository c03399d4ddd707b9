import { deriveSlots, type Meeting, type MeetingRequest, type RequestPriority, type Slot } from '../model';
import { replan, type ReplanChange, type ReplanReason } from '../scheduling';
import { occupiesSeat, type FairRecords, type FloorMeeting } from '../scheduling/fair';
import { openSlotAt, type OpenSlot } from './openSlot';
import type { ProposalChoice } from './replacementCheck';
import { cellLabeller, plainLabels, type PersonLabel, type ProposalCell, type ReplacementLabels } from './replacementLabels';
import { replacementInstance } from './replacementInstance';

export { LATE_START_MINUTES, openSlotAt, type OpenSlot } from './openSlot';
export { plainLabels, type PersonLabel, type ProposalCell, type ReplacementLabels } from './replacementLabels';
export { checkReplacements, type CheckedReplacements, type ProposalChoice, type ReplacementWrites } from './replacementCheck';

/**
 * 补位: after no-shows on the fair day, the freed seats offered to checked-in
 * people whose meetings are wished for but not on the floor, as the
 * incremental re-planner places them. Nothing here writes: the organiser
 * ticks the proposals to keep and `applyReplacements` checks and stores them.
 */

type ProposalBase = {
  /** Stable within one plan: `add:<requestId>` or `move:<meetingId>`. */
  key: string;
  requestId: string;
  /** In the request's direction: `[0]` asked for the meeting. */
  people: [PersonLabel, PersonLabel];
  topic: string;
  priority: RequestPriority;
  /** An offer whose request is still 待确认: applying it accepts the request (已接受). Always false for a move. */
  pending: boolean;
  /** Keys of the moves this change needs first (they free its table or one of its people). */
  needs: string[];
};

export type AddProposal = ProposalBase & { kind: 'add'; at: ProposalCell; choice: ProposalChoice & { kind: 'add' } };

export type MoveProposal = ProposalBase & {
  kind: 'move';
  meetingId: string;
  from: ProposalCell;
  to: ProposalCell;
  /** The key of the offer it is listed under (the first that needs it), when there is one. */
  roomFor?: string;
  choice: ProposalChoice & { kind: 'move' };
};

export type ReplacementProposal = AddProposal | MoveProposal;

/** A meeting the re-planner would take off the floor: never applied, only reported for the organiser to handle. */
export type DropNotice = { requestId: string; people: [PersonLabel, PersonLabel]; at: ProposalCell; message: string };

/** A wished request of two checked-in people that gets no seat, and why. */
export type UnofferedWish = { requestId: string; people: [PersonLabel, PersonLabel]; topic: string; pending: boolean; reason: string };

export type ReplacementPlan = {
  open?: OpenSlot;
  /** Tables freed by 未到场 and 已取消 meetings from the open slot on, where nobody sits now. */
  freedSeats: number;
  /** Offers in time order, each followed by the moves it needs; then moves that serve no offer. */
  proposals: ReplacementProposal[];
  dropped: DropNotice[];
  unoffered: UnofferedWish[];
  stats: { added: number; moved: number; dropped: number; breakChange: number };
  /** Why nothing is proposed, when `proposals` is empty. */
  emptyReason?: string;
};

export type ReplacementOptions = {
  labels?: ReplacementLabels;
  /** The re-planner's seed and time limit (see `replan`). */
  seed?: number;
  timeLimitMs?: number;
};

/** The re-planner's reasons, short, for the list of wishes that got no seat. */
export const UNOFFERED_REASONS: Record<ReplanReason, string> = {
  'no-common-slot': '双方在剩余时段没有共同的空闲时间',
  'tables-full': '双方都有空的时段洽谈桌已满',
  'participant-limit': '一方已达最多洽谈场数',
  'conflicts-with-fixed': '与锁定或已开始的洽谈冲突',
  'order-impossible': '前后约谈的顺序要求无法满足',
  'host-tables-differ': '双方的固定洽谈桌不同',
  absent: '一方已离场',
  cancelled: '约谈已取消',
  'past-slots': '可用的时段都已过去',
};

const DROP_REASONS: Record<Extract<ReplanChange, { kind: 'dropped' }>['reason'], string> = {
  absent: '一方已离场',
  cancelled: '约谈已取消',
  withdrawn: '约谈申请已不在排期范围内',
  'no-longer-fits': '已不符合安排规则，且没有空位可调',
};

const empty = (open: OpenSlot | undefined, emptyReason: string): ReplacementPlan => ({
  ...(open ? { open } : {}),
  freedSeats: 0,
  proposals: [],
  dropped: [],
  unoffered: [],
  stats: { added: 0, moved: 0, dropped: 0, breakChange: 0 },
  emptyReason,
});

const freedSeats = (records: FairRecords, slots: readonly Slot[], open: OpenSlot): number => {
  const from = new Set(slots.slice(open.index).map((s) => s.id));
  const cell = (m: Pick<Meeting, 'slotId' | 'tableId'>) => `${m.slotId}\u0000${m.tableId}`;
  const taken = new Set(records.meetings.filter((m) => !m.deleted && occupiesSeat(m)).map(cell));
  return new Set(records.meetings.filter((m) => !m.deleted && !occupiesSeat(m) && from.has(m.slotId) && !taken.has(cell(m))).map(cell)).size;
};

/** The moves a change at `slotId`/`tableId` with these people needs: those leaving that table or those people in that slot. */
const movesNeeded = (moves: readonly MoveProposal[], self: string, slotId: string, tableId: string, people: readonly string[]): string[] =>
  moves
    .filter((mv) => mv.key !== self && mv.from.slotId === slotId && (mv.from.tableId === tableId || mv.people.some((p) => people.includes(p.id))))
    .map((mv) => mv.key);

/** Each offer followed by the moves it needs (and the moves those need), then every move no offer needs. */
const grouped = (adds: AddProposal[], moves: MoveProposal[]): ReplacementProposal[] => {
  const byKey = new Map(moves.map((mv) => [mv.key, mv]));
  const listed = new Set<string>();
  const out: ReplacementProposal[] = [];
  const under = (needs: readonly string[], offer: string) => {
    for (const key of needs) {
      const mv = byKey.get(key);
      if (!mv || listed.has(key)) continue;
      listed.add(key);
      mv.roomFor = offer;
      out.push(mv);
      under(mv.needs, offer);
    }
  };
  for (const add of adds) {
    out.push(add);
    under(add.needs, add.key);
  }
  for (const mv of moves) if (!listed.has(mv.key)) out.push(mv);
  return out;
};

/**
 * The 补位 proposals at the fair's `now` (ms): the re-planner run from the
 * first open slot (see `openSlotAt`) over the floor as it stands, with
 * requests not yet placed offered only when both sides are checked in.
 */
export const replacementPlan = (records: FairRecords, now: number, options: ReplacementOptions = {}): ReplacementPlan => {
  const slots = deriveSlots(records.event);
  const open = openSlotAt(slots, now);
  if (!open) return empty(undefined, '今天的洽谈时段都已开始或结束，没有可补位的时段');
  if (records.event.tables.length === 0) return empty(open, '活动还没有洽谈桌');

  const built = replacementInstance(records, open);
  const result = replan({ instance: built.instance, current: built.current, firstOpenSlot: open.slot.id }, { seed: options.seed ?? 1, ...(options.timeLimitMs !== undefined ? { timeLimitMs: options.timeLimitMs } : {}) });

  const labels = options.labels ?? plainLabels(records);
  const cell = cellLabeller(records, slots);
  const requests = new Map<string, MeetingRequest>(records.requests.map((r) => [r.id, r]));
  const onFloor = new Map<string, FloorMeeting>();
  for (const m of built.floor) if (m.requestId && occupiesSeat(m)) onFloor.set(m.requestId, m);
  // The request's direction when there is one, else the meeting's own order.
  const pair = (requestId: string): [PersonLabel, PersonLabel] => {
    const r = requests.get(requestId);
    const m = onFloor.get(requestId);
    const [a, b] = r ? [r.fromId, r.toId] : [m?.a ?? '', m?.b ?? ''];
    return [labels.person(a), labels.person(b)];
  };
  const about = (requestId: string) => {
    const r = requests.get(requestId);
    return { topic: r ? labels.topic(r) : '', priority: r?.priority ?? '必须', pending: r?.state === '待确认' };
  };

  const moves: MoveProposal[] = [];
  const adds: AddProposal[] = [];
  const dropped: DropNotice[] = [];
  for (const change of result.changes) {
    if (change.kind === 'moved') {
      const meeting = onFloor.get(change.requestId);
      if (!meeting) continue;
      const { slotId, tableId } = change.to;
      moves.push({
        kind: 'move',
        key: `move:${meeting.id}`,
        requestId: change.requestId,
        meetingId: meeting.id,
        people: pair(change.requestId),
        ...about(change.requestId),
        // Moving a meeting leaves its request as it is; only an offer accepts one.
        pending: false,
        from: cell(change.from.slotId, change.from.tableId),
        to: cell(slotId, tableId),
        needs: [],
        choice: { kind: 'move', meetingId: meeting.id, slotId, tableId },
      });
    } else if (change.kind === 'added') {
      const { requestId, slotId, tableId } = change.meeting;
      adds.push({ kind: 'add', key: `add:${requestId}`, requestId, people: pair(requestId), ...about(requestId), at: cell(slotId, tableId), needs: [], choice: { kind: 'add', requestId, slotId, tableId } });
    } else {
      dropped.push({ requestId: change.requestId, people: pair(change.requestId), at: cell(change.from.slotId, change.from.tableId), message: DROP_REASONS[change.reason] });
    }
  }
  for (const p of [...adds, ...moves]) {
    const at = p.kind === 'add' ? p.at : p.to;
    p.needs = movesNeeded(moves, p.key, at.slotId, at.tableId, p.people.map((x) => x.id));
  }

  const unoffered = result.unscheduled
    .filter((u) => built.candidates.has(u.requestId))
    .map((u): UnofferedWish => {
      const { topic, pending } = about(u.requestId);
      return { requestId: u.requestId, people: pair(u.requestId), topic, pending, reason: UNOFFERED_REASONS[u.reason] };
    });
  const plan: ReplacementPlan = {
    open,
    freedSeats: freedSeats(records, slots, open),
    proposals: grouped(adds, moves),
    dropped,
    unoffered,
    stats: { added: adds.length, moved: moves.length, dropped: dropped.length, breakChange: result.stats.breakChange },
  };
  if (plan.proposals.length > 0) return plan;
  const emptyReason =
    built.candidates.size === 0
      ? '没有双方都已签到、尚未安排的约谈申请（含待确认的）'
      : `双方都已签到的 ${built.candidates.size} 项约谈在${open.slot.label}及以后都排不进`;
  return { ...plan, emptyReason };
};
