import { describe, expect, it } from 'vitest';
import { clearMatchVerdict, listMatchFeedback, setMatchVerdict } from '../../../renderer/db/matchFeedback';
import { deleteRecord } from '../../../renderer/db/registry';
import { matchingFair } from './matchingFixture';

describe('match feedback', () => {
  it('keeps one verdict per need and target, editing it in place', async () => {
    const fair = await matchingFair();
    const first = await setMatchVerdict(fair.db, fair.eventId, { needId: fair.need.id, targetKind: 'achievement', targetId: fair.achievement.id, verdict: '推荐' });
    if (!first.ok) throw new Error('set');
    expect(first.value.id).toMatch(/^fbk_/);
    const same = await setMatchVerdict(fair.db, fair.eventId, { needId: fair.need.id, targetKind: 'achievement', targetId: fair.achievement.id, verdict: '推荐' });
    expect(same.ok && same.value.updatedAt).toBe(first.value.updatedAt);
    const changed = await setMatchVerdict(fair.db, fair.eventId, { needId: fair.need.id, targetKind: 'achievement', targetId: fair.achievement.id, verdict: '不合适' });
    expect(changed.ok && changed.value).toMatchObject({ id: first.value.id, verdict: '不合适', fieldStamps: { verdict: expect.any(String) } });
    await setMatchVerdict(fair.db, fair.eventId, { needId: fair.need.id, targetKind: 'expert', targetId: fair.wang.id, verdict: '不合适' });
    expect((await listMatchFeedback(fair.db, fair.eventId)).map((f) => [f.targetKind, f.verdict])).toEqual([
      ['achievement', '不合适'],
      ['expert', '不合适'],
    ]);
  });

  it('clears a verdict as a tombstone and revives the same record when set again', async () => {
    const fair = await matchingFair();
    const input = { needId: fair.need.id, targetKind: 'expert' as const, targetId: fair.wang.id, verdict: '不合适' as const };
    const set = await setMatchVerdict(fair.db, fair.eventId, input);
    if (!set.ok) throw new Error('set');
    const cleared = await clearMatchVerdict(fair.db, fair.need.id, fair.wang.id);
    expect(cleared.ok && cleared.value?.deleted).toBe(true);
    expect(await listMatchFeedback(fair.db, fair.eventId)).toEqual([]);
    expect(await clearMatchVerdict(fair.db, fair.need.id, fair.wang.id)).toEqual({ ok: true, value: undefined });
    const again = await setMatchVerdict(fair.db, fair.eventId, input);
    expect(again.ok && again.value).toMatchObject({ id: set.value.id, deleted: false, fieldStamps: { deleted: expect.any(String) } });
    expect(await fair.db.matchFeedback.count()).toBe(1);
  });

  it('refuses a verdict on a deleted need or target, or an invalid one, in Chinese', async () => {
    const fair = await matchingFair();
    await deleteRecord(fair.db, 'achievements', fair.achievement.id);
    expect(await setMatchVerdict(fair.db, fair.eventId, { needId: fair.need.id, targetKind: 'achievement', targetId: fair.achievement.id, verdict: '推荐' })).toEqual({
      ok: false,
      issues: [{ field: 'targetId', message: '该成果不存在或已被删除' }],
    });
    expect(await setMatchVerdict(fair.db, fair.eventId, { needId: fair.achievement.id, targetKind: 'expert', targetId: fair.wang.id, verdict: '推荐' })).toEqual({
      ok: false,
      issues: [{ field: 'needId', message: '该需求不存在或已被删除' }],
    });
    const bad = await setMatchVerdict(fair.db, fair.eventId, { needId: fair.need.id, targetKind: 'expert', targetId: fair.wang.id, verdict: '还行' as never });
    expect(bad).toEqual({ ok: false, issues: [{ field: 'verdict', message: '反馈应为：推荐、不合适' }] });
    expect(await fair.db.matchFeedback.count()).toBe(0);
  });
});
