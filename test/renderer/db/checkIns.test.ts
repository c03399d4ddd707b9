import { describe, expect, it } from 'vitest';
import { checkIn, checkInByBadge, markLeft, registerWalkIn, undoCheckIn } from '../../../renderer/db/checkIns';
import { checkInClock } from '@shared/checkin';
import { matchingFair } from './matchingFixture';

describe('check-in writes', () => {
  it('checks a person in with a stamp and a field stamp', async () => {
    const { db, zhang } = await matchingFair();
    const r = await checkIn(db, zhang.id);
    if (!r.ok) throw new Error(r.issues[0]?.message);
    const stored = await db.participants.get(zhang.id);
    expect(stored?.checkIn.state).toBe('已签到');
    expect(stored?.checkIn.at).toBe(stored?.updatedAt);
    expect(stored?.fieldStamps?.checkIn).toBe(stored?.updatedAt);
  });

  it('refuses a second check-in naming when the first was, and writes nothing', async () => {
    const { db, zhang } = await matchingFair();
    const first = await checkIn(db, zhang.id);
    if (!first.ok) throw new Error('first');
    const before = await db.participants.get(zhang.id);
    const second = await checkIn(db, zhang.id);
    expect(second).toEqual({ ok: false, issues: [{ field: 'checkIn', message: `张伟已于 ${checkInClock(first.value.checkIn.at ?? '')} 签到` }] });
    expect(await db.participants.get(zhang.id)).toEqual(before);
  });

  it('checks in by badge code, in any case, and refuses an unknown code', async () => {
    const { db, eventId, li } = await matchingFair();
    const r = await checkInByBadge(db, eventId, li.badgeCode.toLowerCase());
    expect(r.ok && r.value.id).toBe(li.id);
    const before = await db.participants.toArray();
    expect(await checkInByBadge(db, eventId, 'ZZZZ99')).toEqual({ ok: false, issues: [{ field: 'checkIn', message: '未找到胸卡码 ZZZZ99' }] });
    expect(await db.participants.toArray()).toEqual(before);
  });

  it('does not find a badge of another event or of a deleted person', async () => {
    const { db, li } = await matchingFair();
    const r = await checkInByBadge(db, 'evt_other', li.badgeCode);
    expect(r.ok).toBe(false);
  });

  it('undoes a check-in and marks a departure, keeping the arrival time', async () => {
    const { db, wang } = await matchingFair();
    expect((await undoCheckIn(db, wang.id)).ok).toBe(false);
    expect((await markLeft(db, wang.id)).ok).toBe(false);
    const inside = await checkIn(db, wang.id);
    if (!inside.ok) throw new Error('check-in');
    const left = await markLeft(db, wang.id);
    expect(left.ok && left.value.checkIn).toEqual({ state: '已离场', at: inside.value.checkIn.at });
    const back = await checkIn(db, wang.id);
    expect(back.ok && back.value.checkIn.state).toBe('已签到');
    const undone = await undoCheckIn(db, wang.id);
    expect(undone.ok && undone.value.checkIn).toEqual({ state: '未签到' });
  });

  it('registers a walk-in with a new organisation, a badge code, checked in at once', async () => {
    const { db, eventId } = await matchingFair();
    const r = await registerWalkIn(db, eventId, { name: '周杰', organisationName: '  杭州新智能源有限公司 ', mobile: '13912345678', roles: ['投资人'] });
    if (!r.ok) throw new Error(r.issues[0]?.message);
    expect(r.value.createdOrganisation).toBe(true);
    const { participant } = r.value;
    expect(participant.badgeCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(participant.checkIn.state).toBe('已签到');
    const org = await db.organisations.get(participant.organisationId ?? '');
    expect(org).toMatchObject({ name: '杭州新智能源有限公司', kind: '企业', eventId });
  });

  it('reuses an organisation typed by its exact name', async () => {
    const { db, eventId } = await matchingFair();
    const orgs = await db.organisations.count();
    const r = await registerWalkIn(db, eventId, { name: '吴昊', organisationName: '北京理工大学', roles: ['成果方'] });
    expect(r.ok && r.value.createdOrganisation).toBe(false);
    expect(await db.organisations.count()).toBe(orgs);
  });

  it('refuses a walk-in with a taken mobile and leaves no new organisation behind', async () => {
    const { db, eventId } = await matchingFair();
    await registerWalkIn(db, eventId, { name: '周杰', mobile: '13912345678', roles: ['投资人'] });
    const orgs = await db.organisations.count();
    const people = await db.participants.count();
    const r = await registerWalkIn(db, eventId, { name: '郑爽', organisationName: '新公司', organisationKind: '投资机构', mobile: '139 1234 5678', roles: ['投资人'] });
    expect(r).toEqual({ ok: false, issues: [{ field: 'mobile', message: '手机号已被“周杰”使用' }] });
    expect(await db.organisations.count()).toBe(orgs);
    expect(await db.participants.count()).toBe(people);
  });
});
