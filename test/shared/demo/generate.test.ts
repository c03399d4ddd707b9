import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStamp, parseStamp } from '../../../shared/clock/hlc';
import { ID_PATTERN } from '../../../shared/ids';
import { DEMO_FIELDS, DEMO_NOW, DEMO_SEED, generateDemoFair, type DemoFair } from '../../../shared/demo';
import {
  achievementSchema,
  deriveSlots,
  eventSchema,
  FIELDS,
  meetingRequestSchema,
  needSchema,
  organisationSchema,
  participantSchema,
  patentProblem,
  requestTopicKey,
  usccProblem,
} from '../../../shared/model';

const fair = generateDemoFair();

const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((r) => [r.id, r]));
const isUnique = (values: readonly unknown[]) => new Set(values).size === values.length;

/** The invariants that hold for any seed; the property test runs them over random seeds too. */
const checkInvariants = (f: DemoFair) => {
  expect(eventSchema.parse(f.event)).toEqual(f.event);
  // Parsing must change nothing: the generator writes records the way the app stores them.
  for (const o of f.organisations) expect(organisationSchema.parse(o)).toEqual(o);
  for (const p of f.participants) expect(participantSchema.parse(p)).toEqual(p);
  for (const n of f.needs) expect(needSchema.parse(n)).toEqual(n);
  for (const a of f.achievements) expect(achievementSchema.parse(a)).toEqual(a);
  for (const r of f.meetingRequests) expect(meetingRequestSchema.parse(r)).toEqual(r);

  // Sign-up wishes: a need's contact asks an achievement's contact of the same field, each topic once.
  const needs = byId(f.needs);
  const achievements = byId(f.achievements);
  for (const r of f.meetingRequests) {
    const need = needs.get(r.needId ?? '');
    const achievement = achievements.get(r.achievementId ?? '');
    expect([r.fromId, r.toId]).toEqual([need?.contactId, achievement?.contactId]);
    expect(achievement?.field).toBe(need?.field);
    expect([r.state, r.source]).toEqual(['待确认', '报名意向']);
  }
  expect(isUnique(f.meetingRequests.map(requestTopicKey))).toBe(true);

  const others = [...f.organisations, ...f.participants, ...f.needs, ...f.achievements, ...f.meetingRequests];
  expect(others.every((r) => r.eventId === f.event.id)).toBe(true);
  expect(isUnique([f.event.id, ...others.map((r) => r.id)])).toBe(true);
  expect(isUnique(f.participants.map((p) => p.mobile))).toBe(true);
  expect(isUnique(f.participants.map((p) => p.badgeCode))).toBe(true);
  expect(isUnique(f.participants.flatMap((p) => (p.email ? [p.email] : [])))).toBe(true);
  expect(isUnique(f.achievements.flatMap((a) => a.patents))).toBe(true);

  const orgs = byId(f.organisations);
  const people = byId(f.participants);
  for (const p of f.participants) expect(orgs.has(p.organisationId ?? '')).toBe(true);
  for (const n of f.needs) {
    expect(orgs.get(n.ownerId)?.kind).toBe('企业');
    const contact = people.get(n.contactId ?? '');
    expect(contact?.organisationId).toBe(n.ownerId);
    expect(contact?.roles).toContain('需求方');
  }
  for (const a of f.achievements) {
    expect(['高校', '科研院所']).toContain(orgs.get(a.ownerId)?.kind);
    const contact = people.get(a.contactId ?? '');
    expect(contact?.organisationId).toBe(a.ownerId);
    expect(contact?.roles).toContain('成果方');
  }
};

describe('generateDemoFair', () => {
  it('gives byte-identical output for the same seed, and a different fair for another seed', () => {
    const again = generateDemoFair({ seed: DEMO_SEED, now: DEMO_NOW, deviceId: 'demo' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(fair));
    const other = generateDemoFair({ seed: 7 });
    expect(other.event.id).not.toBe(fair.event.id);
    expect(other.participants.map((p) => p.name)).not.toEqual(fair.participants.map((p) => p.name));
  }, 30_000);

  it('is the size of a real Zhongguancun fair', () => {
    expect(fair.organisations.length).toBeGreaterThanOrEqual(120);
    expect(fair.participants.length).toBeGreaterThanOrEqual(300);
    expect(fair.needs.length).toBeGreaterThanOrEqual(150);
    expect(fair.achievements.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(fair.organisations.map((o) => o.kind));
    expect([...kinds].sort()).toEqual(['企业', '高校', '科研院所', '投资机构', '服务机构', '政府部门'].sort());
  });

  it('keeps every record valid, linked and unique', () => {
    checkInvariants(fair);
  });

  it('holds its invariants for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => checkInvariants(generateDemoFair({ seed }))),
      { numRuns: 4 },
    );
  }, 30_000);

  it('plans two days of 20-minute rounds at 60 tables in three zones', () => {
    const { event } = fair;
    expect(event.name).toContain('中关村');
    expect(event.sessions.map((s) => `${s.date} ${s.start}–${s.end}`)).toEqual([
      '2026-11-27 09:00–12:00',
      '2026-11-27 13:30–17:00',
      '2026-11-28 09:00–12:00',
      '2026-11-28 13:30–17:00',
    ]);
    expect([event.slotMinutes, event.breakMinutes]).toEqual([20, 5]);
    expect(deriveSlots(event)).toHaveLength(2 * (7 + 8));
    expect(event.tables).toHaveLength(60);
    expect(new Set(event.tables.map((t) => t.zone))).toEqual(new Set(['A区', 'B区', 'C区']));
    // Sessions a participant may be limited to must exist.
    const sessionIds = new Set(event.sessions.map((s) => s.id));
    const slotIds = new Set(deriveSlots(event).map((s) => s.id));
    for (const p of fair.participants) {
      expect(p.availability.sessionIds.every((id) => sessionIds.has(id))).toBe(true);
      expect(p.availability.unavailableSlotIds.every((id) => slotIds.has(id))).toBe(true);
    }
  });

  it('covers every field on both sides', () => {
    const fields = FIELDS.filter((f) => f !== '其他');
    expect([...DEMO_FIELDS].sort()).toEqual([...fields].sort());
    for (const field of fields) {
      expect(fair.needs.filter((n) => n.field === field).length).toBeGreaterThanOrEqual(10);
      expect(fair.achievements.filter((a) => a.field === field).length).toBeGreaterThanOrEqual(15);
    }
  });

  it('gives each need an achievement in its field that shares a keyword, without copying keyword sets', () => {
    for (const n of fair.needs) {
      const sameField = fair.achievements.filter((a) => a.field === n.field);
      expect(sameField.some((a) => a.keywords.some((k) => n.keywords.includes(k)))).toBe(true);
      expect(sameField.some((a) => [...a.keywords].sort().join() === [...n.keywords].sort().join())).toBe(false);
    }
  });

  it('gives each participant a role that fits the organisation', () => {
    const orgs = byId(fair.organisations);
    const expected = { 企业: ['需求方'], 高校: ['成果方', '专家'], 科研院所: ['成果方', '专家'], 投资机构: ['投资人'], 服务机构: ['专家', '工作人员'], 政府部门: ['工作人员'] };
    for (const p of fair.participants) {
      const kind = orgs.get(p.organisationId ?? '')?.kind;
      expect(kind).toBeDefined();
      if (kind) for (const role of p.roles) expect(expected[kind]).toContain(role);
      expect(p.checkIn.state).toBe('未签到');
    }
    expect(fair.participants.filter((p) => p.roles.includes('工作人员')).length).toBeGreaterThanOrEqual(5);
  });

  it('writes plausible codes, amounts and stamps', () => {
    for (const o of fair.organisations.filter((o) => o.kind === '企业')) {
      expect(o.usci).toBeDefined();
      expect(usccProblem(o.usci ?? '')).toBeUndefined();
    }
    for (const a of fair.achievements) {
      for (const p of a.patents) expect([p, patentProblem(p)]).toEqual([expect.stringMatching(/^ZL20\d{2}[12]\d{7}[\dX]$/), undefined]);
      if (a.priceWan !== undefined) expect(a.priceWan).toBeGreaterThanOrEqual(10);
    }
    for (const n of fair.needs) if (n.budgetWan !== undefined) expect(n.budgetWan).toBeLessThanOrEqual(2000);
    const all = [fair.event, ...fair.organisations, ...fair.participants, ...fair.needs, ...fair.achievements];
    for (const r of all) {
      expect(r.id).toMatch(ID_PATTERN);
      expect(isStamp(r.createdAt)).toBe(true);
      expect(parseStamp(r.createdAt)).toMatchObject({ wallMs: DEMO_NOW, deviceId: 'demo' });
    }
    // Stamps follow creation order, so a merge replays the fair as it was built.
    const stamps = all.map((r) => r.createdAt);
    expect([...stamps].sort()).toEqual(stamps);
  });

  it('takes the clock and device id it is given', () => {
    const now = Date.UTC(2026, 9, 1);
    const f = generateDemoFair({ now, deviceId: 'laptop-2' });
    expect(parseStamp(f.needs[0]?.updatedAt ?? '')).toMatchObject({ wallMs: now, deviceId: 'laptop-2' });
    expect(f.participants.map((p) => p.name)).toEqual(fair.participants.map((p) => p.name));
  }, 30_000);

  it('spells polyphonic surnames as surnames in e-mail addresses', () => {
    const readings: Record<string, string> = { 单: 'shan', 曾: 'zeng', 解: 'xie', 查: 'zha', 仇: 'qiu', 区: 'ou', 朴: 'piao' };
    const people = [fair, generateDemoFair({ seed: 1 }), generateDemoFair({ seed: 2 })].flatMap((f) => f.participants);
    const polyphonic = people.filter((p) => p.email && readings[p.name.charAt(0)]);
    expect(polyphonic.length).toBeGreaterThan(5);
    for (const p of polyphonic) expect(p.email).toContain(readings[p.name.charAt(0)] ?? '?');
  }, 30_000);
});
