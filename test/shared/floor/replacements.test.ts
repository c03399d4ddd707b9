import { describe, expect, it } from 'vitest';
import { checkReplacements, localMs, openSlotAt, replacementPlan, type ProposalChoice } from '@shared/floor';
import { deriveSlots, type Meeting, type Participant } from '@shared/model';
import { event, meeting, mid, person, pid, records, request, rid } from '../scheduling/fair/records';

// The fair of records.ts (ids are padded with 0: request 10 would be request 1): 上午 am#0 09:00, am#1 09:25, am#2 09:50, am#3 10:15 (20 minutes each), tables T1–T3.
const at = (hhmm: string) => localMs('2026-05-20', hhmm);
const here = (p: Participant): Participant => ({ ...p, checkIn: { state: '已签到' } });
const people = (present: string) => [...'ABCDEFGHIJ'].map((l) => (present.includes(l) ? here(person(l)) : person(l)));

/**
 * 参会人B did not come to 参会人A's meeting in am#1 (T1 freed). C and D are
 * here and wish to meet (待确认) in am#1 only; A and J's request has J not
 * checked in. E–F and G–H fill am#1's other tables; A met C in am#0 (past);
 * G–H are locked at am#2 T1.
 */
const noShowFair = (present = 'ACDEFGH', extra: Meeting[] = []) => {
  const ab = request(1, 'A', 'B');
  const cd = request(2, 'C', 'D', { state: '待确认', allowedSlotIds: ['am#1'], priority: '优先' });
  const aj = request(3, 'A', 'J');
  const ef = request(4, 'E', 'F');
  const gh = request(5, 'G', 'H');
  const ac = request(6, 'A', 'C');
  const gh2 = request(7, 'H', 'G');
  return records({
    participants: people(present),
    requests: [ab, cd, aj, ef, gh, ac, gh2],
    meetings: [
      meeting(1, ab, 'am#1', 'T1', { state: '未到场' }),
      meeting(2, ef, 'am#1', 'T2'),
      meeting(3, gh, 'am#1', 'T3'),
      meeting(4, ac, 'am#0', 'T1'),
      meeting(5, gh2, 'am#2', 'T1', { locked: true }),
      ...extra,
    ],
  });
};

describe('openSlotAt', () => {
  const slots = deriveSlots(event);
  it('is the running slot in its first five minutes, then the next one; none once every slot has begun', () => {
    expect(openSlotAt(slots, at('09:22'))).toMatchObject({ index: 1, running: false });
    expect(openSlotAt(slots, at('09:29'))).toMatchObject({ index: 1, running: true });
    expect(openSlotAt(slots, at('09:30'))).toMatchObject({ index: 2, running: false });
    expect(openSlotAt(slots, at('10:20'))).toBeUndefined();
  });
});

describe('replacementPlan', () => {
  it('offers the freed table to two checked-in people who wish to meet then, and not to a request whose side is away', () => {
    const plan = replacementPlan(noShowFair(), at('09:22'));
    expect(plan.open?.slot.id).toBe('am#1');
    expect(plan.freedSeats).toBe(1);
    expect(plan.proposals).toEqual([
      expect.objectContaining({
        kind: 'add',
        requestId: rid(2),
        people: [{ id: pid('C'), name: '参会人C' }, { id: pid('D'), name: '参会人D' }],
        at: { slotId: 'am#1', tableId: 'T1', slot: '上午 第2轮', time: '09:25–09:45', table: '1号桌' },
        priority: '优先',
        pending: true,
        needs: [],
        choice: { kind: 'add', requestId: rid(2), slotId: 'am#1', tableId: 'T1' },
      }),
    ]);
    expect(plan.stats).toMatchObject({ added: 1, moved: 0, dropped: 0 });
    expect(plan.unoffered.map((u) => u.requestId)).not.toContain(rid(3));
    expect(plan.emptyReason).toBeUndefined();
  });

  it('labels people and topics with what the screen supplies', () => {
    const plan = replacementPlan(noShowFair(), at('09:22'), {
      labels: { person: (id) => ({ id, name: `人${id.slice(4, 5)}`, organisation: '某单位' }), topic: (r) => `题目${r.id.slice(5, 6)}` },
    });
    expect(plan.proposals[0]).toMatchObject({ people: [{ name: '人c', organisation: '某单位' }, { name: '人d' }], topic: '题目2' });
  });

  it('in the first minutes of the round its sitting meetings stay; after them the round is closed', () => {
    const early = replacementPlan(noShowFair(), at('09:28'));
    expect(early.open).toMatchObject({ running: true, slot: { id: 'am#1' } });
    expect(early.proposals.map((p) => p.key)).toEqual([`add:${rid(2)}`]);

    const late = replacementPlan(noShowFair(), at('09:31'));
    expect(late.open?.slot.id).toBe('am#2');
    expect(late.proposals).toEqual([]);
    expect(late.unoffered).toEqual([expect.objectContaining({ requestId: rid(2), reason: '可用的时段都已过去', pending: true })]);
    expect(late.emptyReason).toBe('双方都已签到的 1 项约谈在上午 第3轮及以后都排不进');
  });

  it('moves a future meeting to make room, listed under the offer it serves; past and locked meetings never change', () => {
    // C also meets E in am#1 at T2 (E–F moved out of the way to am#3): C–D can only have am#1 if C–E moves.
    const fair = noShowFair('ACDEFGH');
    const ce = request(8, 'C', 'E');
    const withCe = {
      ...fair,
      requests: [...fair.requests, ce],
      meetings: [...fair.meetings.filter((m) => m.id !== mid(2)), meeting(2, request(4, 'E', 'F'), 'am#3', 'T2'), meeting(8, ce, 'am#1', 'T2')],
    };
    const plan = replacementPlan(withCe, at('09:22'));
    const keys = plan.proposals.map((p) => p.key);
    expect(keys).toEqual([`add:${rid(2)}`, `move:${mid(8)}`]);
    const [add, move] = plan.proposals;
    expect(add?.needs).toEqual([`move:${mid(8)}`]);
    expect(move).toMatchObject({ kind: 'move', roomFor: `add:${rid(2)}`, from: { slotId: 'am#1', tableId: 'T2' }, pending: false });
    for (const fixed of [mid(4), mid(5)]) expect(keys).not.toContain(`move:${fixed}`);

    // Once the round has begun, C–E sits at its table: nothing can make room.
    const running = replacementPlan(withCe, at('09:27'));
    expect(running.proposals).toEqual([]);
    expect(running.emptyReason).toContain('1 项约谈');
  });

  it('says why there is nothing to offer', () => {
    expect(replacementPlan(noShowFair('A'), at('09:22')).emptyReason).toBe('没有双方都已签到、尚未安排的约谈申请（含待确认的）');
    expect(replacementPlan(noShowFair(), at('11:00')).emptyReason).toBe('今天的洽谈时段都已开始或结束，没有可补位的时段');
  });

  it('walks nobody into the running round who is not in the hall', () => {
    // I–J (both here) can only meet in am#2, which is full; C–K could make room by taking the seat freed in the running am#1,
    // and D–E cannot (E sits in am#1); C and D cannot stay for am#3.
    const ab = request(1, 'A', 'B');
    const [ef, gh, hg, ck, de] = [request(4, 'E', 'F'), request(5, 'G', 'H'), request(7, 'H', 'G'), request(9, 'C', 'K'), request(12, 'D', 'E')];
    const ij = request(11, 'I', 'J', { allowedSlotIds: ['am#2'] });
    const fair = (present: string) =>
      records({
        participants: [...'ABCDEFGHIJK'].map((l) => {
          const p = person(l, 'CD'.includes(l) ? { unavailableSlotIds: ['am#3'] } : {});
          return present.includes(l) ? here(p) : p;
        }),
        requests: [ab, ef, gh, hg, ck, de, ij],
        meetings: [
          meeting(1, ab, 'am#1', 'T1', { state: '未到场' }),
          meeting(2, ef, 'am#1', 'T2'),
          meeting(3, gh, 'am#1', 'T3'),
          meeting(5, hg, 'am#2', 'T1', { locked: true }),
          meeting(9, ck, 'am#2', 'T2'),
          meeting(12, de, 'am#2', 'T3'),
        ],
      });
    expect(replacementPlan(fair('ACEFGHIJ'), at('09:27')).proposals).toEqual([]);
    const withK = replacementPlan(fair('ACEFGHIJK'), at('09:27'));
    expect(withK.proposals.map((p) => [p.key, p.kind === 'move' ? p.to.slotId : p.at.slotId])).toEqual([
      [`add:${ij.id}`, 'am#2'],
      [`move:${mid(9)}`, 'am#1'],
    ]);
  });
});

describe('checkReplacements', () => {
  const addCd: ProposalChoice = { kind: 'add', requestId: rid(2), slotId: 'am#1', tableId: 'T1' };

  it('passes the proposals as made, with the writes they need', () => {
    const checked = checkReplacements(noShowFair(), [addCd], at('09:22'));
    expect(checked.ok && checked.writes.adds.map((a) => [a.request.id, a.slotId, a.tableId])).toEqual([[rid(2), 'am#1', 'T1']]);
  });

  it('refuses an offer whose seat is freed only by a move left unticked, naming the meeting in the way', () => {
    const fair = noShowFair();
    const ce = request(8, 'C', 'E');
    const withCe = { ...fair, requests: [...fair.requests, ce], meetings: [...fair.meetings.filter((m) => m.id !== mid(2)), meeting(8, ce, 'am#1', 'T2')] };
    expect(checkReplacements(withCe, [addCd], at('09:22'))).toEqual({
      ok: false,
      message: '补位“参会人C 与 参会人D（上午 第2轮（09:25），1号桌）”无法确认：参会人C在该时段仍有洽谈（参会人C 与 参会人E，2号桌）。请一并勾选为它腾出位置的调整，或重新生成补位建议',
    });
    const both = checkReplacements(withCe, [addCd, { kind: 'move', meetingId: mid(8), slotId: 'am#3', tableId: 'T1' }], at('09:22'));
    expect(both.ok).toBe(true);
  });

  it('keeps a follow-up after the meeting it follows when both are among the changes', () => {
    // C–D follows E–F (am#1): C–D in am#2 is fine alone, but not with E–F moved to am#4.
    const fair = noShowFair();
    const cd = request(2, 'C', 'D', { state: '待确认', afterRequestId: rid(4) });
    const follows = { ...fair, requests: fair.requests.map((r) => (r.id === cd.id ? cd : r)) };
    const add: ProposalChoice = { kind: 'add', requestId: cd.id, slotId: 'am#2', tableId: 'T2' };
    expect(checkReplacements(follows, [add], at('09:22')).ok).toBe(true);
    expect(checkReplacements(follows, [add, { kind: 'move', meetingId: mid(2), slotId: 'am#3', tableId: 'T2' }], at('09:22'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('须排在前序约谈（参会人E 与 参会人F，上午 第4轮（10:15））之后'),
    });
  });

  it('refuses a round that has begun, someone who left, and two offers for one table', () => {
    expect(checkReplacements(noShowFair(), [addCd], at('09:31'))).toMatchObject({ ok: false, message: expect.stringContaining('上午 第2轮（09:25）已开始超过5分钟') });
    expect(checkReplacements(noShowFair('ACEFGH'), [addCd], at('09:22'))).toMatchObject({ ok: false, message: expect.stringContaining('参会人D尚未签到或已离场') });
    const fair = noShowFair('ACDEFGHIJ');
    const ij = request(12, 'I', 'J');
    const two = checkReplacements({ ...fair, requests: [...fair.requests, ij] }, [addCd, { kind: 'add', requestId: ij.id, slotId: 'am#1', tableId: 'T1' }], at('09:22'));
    expect(two).toMatchObject({ ok: false, message: expect.stringContaining('1号桌在该时段仍有洽谈') });
    expect(checkReplacements(noShowFair(), [{ kind: 'move', meetingId: mid(5), slotId: 'am#3', tableId: 'T1' }], at('09:22'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('已锁定'),
    });
  });
});
