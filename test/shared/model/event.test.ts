import { describe, expect, it } from 'vitest';
import { deriveSlots, eventDraftSchema, validate, type EventDraft } from '@shared/model';

const fair: EventDraft = {
  name: '对接会',
  venue: '中关村',
  startDate: '2026-05-20',
  endDate: '2026-05-20',
  slotMinutes: 20,
  breakMinutes: 5,
  sessions: [
    { id: 'am', label: '上午', date: '2026-05-20', start: '09:00', end: '12:00' },
    { id: 'pm', label: '下午', date: '2026-05-20', start: '13:30', end: '17:00' },
  ],
  tables: [
    { id: 'T1', number: 1, zone: 'A区' },
    { id: 'T2', number: 2 },
  ],
};

describe('活动', () => {
  it('derives slots per session, leaving out a slot that would overrun the session', () => {
    const slots = deriveSlots(fair);
    // 09:00–12:00 holds 7 slots of 20 + 5 (the 8th would end 12:15); 13:30–17:00 holds 8.
    expect(slots.filter((s) => s.sessionId === 'am')).toHaveLength(7);
    expect(slots.filter((s) => s.sessionId === 'pm')).toHaveLength(8);
    expect(slots[0]).toEqual({ id: 'am#0', sessionId: 'am', index: 0, date: '2026-05-20', start: '09:00', end: '09:20', label: '上午 第1轮' });
    expect(slots[7]?.start).toBe('13:30');
  });

  it('explains bad dates, sessions and duplicate table numbers in Chinese', () => {
    const bad = validate(eventDraftSchema, {
      ...fair,
      endDate: '2026-05-19',
      sessions: [{ id: 'am', label: '上午', date: '2026-05-20', start: '12:00', end: '09:00' }],
      tables: [
        { id: 'T1', number: 1 },
        { id: 'T2', number: 1 },
      ],
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const messages = bad.issues.map((i) => i.message);
    expect(messages).toContain('场次结束时间应晚于开始时间');
  });

  it('refuses an end date before the start and duplicate table numbers', () => {
    const r1 = validate(eventDraftSchema, { ...fair, endDate: '2026-05-19', sessions: [] });
    expect(r1.ok).toBe(false);
    const r2 = validate(eventDraftSchema, { ...fair, tables: [{ id: 'a', number: 3 }, { id: 'b', number: 3 }] });
    expect(r2.ok ? [] : r2.issues.map((i) => i.message)).toEqual(['桌号不能重复']);
    const r3 = validate(eventDraftSchema, { ...fair, endDate: '2026-05-19', sessions: fair.sessions.map((s) => ({ ...s, date: '2026-05-19' })) });
    expect(r3.ok ? [] : r3.issues.map((i) => i.message)).toContain('结束日期不能早于开始日期');
  });

  it('rejects an impossible date', () => {
    const r = validate(eventDraftSchema, { ...fair, startDate: '2026-02-30' });
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toContain('开始日期不是有效日期');
  });
});
