import { describe, expect, it } from 'vitest';
import type { Editor, OutcomeDraft } from '@shared/model';
import type { DeskDatabase } from '../../../renderer/db/database';
import { writeOperator } from '../../../renderer/db/operator';
import { currentEditor, OUTCOME_CONFLICT, readOutcomeHistory, saveOutcome, type OutcomeBase } from '../../../renderer/db/outcomes';
import { outcomeFair, type OutcomeFair } from '../features/outcomes/outcomeFair';

const wangFang = (editor: Editor): Editor => ({ ...editor, operator: '王芳' });
const otherLaptop: Editor = { deviceId: 'dev-0000000000aa', operator: '赵磊' };

/** Everything an outcome save may write, to show that a refusal wrote none of it. */
const snapshot = async (db: DeskDatabase) => ({
  outcomes: await db.outcomes.toArray(),
  revisions: await db.outcomeRevisions.toArray(),
  meetings: await db.meetings.toArray(),
});

const saved = async (fair: OutcomeFair, draft: OutcomeDraft, base: OutcomeBase, editor?: Editor) => {
  const result = await saveOutcome(fair.db, fair.eventId, draft, base, editor ?? (await currentEditor(fair.db)));
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('；'));
  return result.value;
};

const baseOf = (o: { id: string; updatedAt: string }): OutcomeBase => ({ outcomeId: o.id, updatedAt: o.updatedAt });

describe('currentEditor', () => {
  it('is the clock’s device and the remembered operator', async () => {
    const fair = await outcomeFair();
    const anonymous = await currentEditor(fair.db);
    expect(anonymous).toEqual({ deviceId: expect.stringMatching(/^dev-/) });
    await writeOperator(fair.db, '  王芳 ');
    expect(await currentEditor(fair.db)).toEqual({ deviceId: anonymous.deviceId, operator: '王芳' });
  });
});

describe('saveOutcome', () => {
  it('records a new outcome with the request’s need and achievement, its first revision, and marks the meeting 已完成', async () => {
    const fair = await outcomeFair();
    const editor = wangFang(await currentEditor(fair.db));
    const outcome = await saved(fair, { meetingId: fair.withLi.id, result: '达成合作意向', cooperationModes: ['合作开发', '合作开发'], amountWan: 120, nextStep: '  两周内送样 ', notes: '' }, null, editor);
    expect(outcome).toMatchObject({
      meetingId: fair.withLi.id,
      needId: fair.need.id,
      achievementId: fair.achievement.id,
      result: '达成合作意向',
      cooperationModes: ['合作开发'],
      amountWan: 120,
      nextStep: '两周内送样',
      eventId: fair.eventId,
      deleted: false,
    });
    expect(outcome.id).toMatch(/^out_/);
    expect(outcome.createdAt).toBe(outcome.updatedAt);
    expect('notes' in outcome).toBe(false);

    const history = await readOutcomeHistory(fair.db, outcome.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ at: outcome.updatedAt, editor, outcomeId: outcome.id });
    expect(history[0]?.id).toMatch(/^rev_/);
    expect(new Set(history[0]?.changed)).toEqual(new Set(['meetingId', 'needId', 'achievementId', 'result', 'cooperationModes', 'amountWan', 'nextStep']));

    const meeting = await fair.db.meetings.get(fair.withLi.id);
    expect(meeting).toMatchObject({ state: '已完成', updatedAt: outcome.updatedAt, fieldStamps: { state: outcome.updatedAt } });
    expect((await fair.db.meta.get('lastStamp'))?.value).toBe(outcome.updatedAt);
  });

  it('edits in place, stamping only the changed fields and appending a revision naming them', async () => {
    const fair = await outcomeFair();
    const first = await saved(fair, { meetingId: fair.withLi.id, result: '保持联系', contactName: '刘工' }, null);
    const draft: OutcomeDraft = { meetingId: fair.withLi.id, result: '现场签约', amountWan: 50, followUpDate: '2026-06-01' };
    const second = await saved(fair, draft, baseOf(first), otherLaptop);
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ result: '现场签约', amountWan: 50, followUpDate: '2026-06-01', createdAt: first.createdAt });
    expect('contactName' in second).toBe(false);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(Object.keys(second.fieldStamps ?? {}).sort()).toEqual(['amountWan', 'contactName', 'followUpDate', 'result']);
    expect(await fair.db.outcomes.count()).toBe(1);

    const history = await readOutcomeHistory(fair.db, first.id);
    expect(history.map((r) => r.at)).toEqual([first.updatedAt, second.updatedAt]);
    expect(history[1]?.changed.sort()).toEqual(['amountWan', 'contactName', 'followUpDate', 'result']);
    expect(history[1]?.editor).toEqual(otherLaptop);
    expect(history[1]?.values).toMatchObject({ result: '现场签约', needId: fair.need.id });
  });

  it('writes nothing for a save that changes nothing', async () => {
    const fair = await outcomeFair();
    const first = await saved(fair, { meetingId: fair.withWang.id, result: '无进一步意向', notes: '方向不符' }, null);
    const before = await snapshot(fair.db);
    const again = await saveOutcome(fair.db, fair.eventId, { meetingId: fair.withWang.id, result: '无进一步意向', notes: ' 方向不符 ', nextStep: '' }, baseOf(first), otherLaptop);
    expect(again).toEqual({ ok: true, value: first });
    expect(await snapshot(fair.db)).toEqual(before);
  });

  it('refuses a save made on a stale version, naming who saved since and when, and writes nothing', async () => {
    const fair = await outcomeFair();
    const first = await saved(fair, { meetingId: fair.withLi.id, result: '保持联系' }, null);
    const elsewhere = await saved(fair, { meetingId: fair.withLi.id, result: '达成合作意向' }, baseOf(first), otherLaptop);
    const before = await snapshot(fair.db);
    const stale = await saveOutcome(fair.db, fair.eventId, { meetingId: fair.withLi.id, result: '现场签约' }, baseOf(first), wangFang(await currentEditor(fair.db)));
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.issues).toEqual([{ field: OUTCOME_CONFLICT, message: expect.stringMatching(/^该成果已被 赵磊（其他设备）于 \d\d:\d\d 修改，已载入最新内容，请核对后再保存$/) }]);
    expect(await snapshot(fair.db)).toEqual(before);
    expect((await fair.db.outcomes.get(first.id))?.updatedAt).toBe(elsewhere.updatedAt);
  });

  it('refuses a second new outcome for the same meeting, naming this laptop, and writes nothing', async () => {
    const fair = await outcomeFair();
    const editor = wangFang(await currentEditor(fair.db));
    await saved(fair, { meetingId: fair.withLi.id, result: '保持联系' }, null, editor);
    const before = await snapshot(fair.db);
    const second = await saveOutcome(fair.db, fair.eventId, { meetingId: fair.withLi.id, result: '现场签约' }, null, otherLaptop);
    expect(second).toEqual({
      ok: false,
      issues: [{ field: OUTCOME_CONFLICT, message: expect.stringMatching(/^该洽谈的成果已由 王芳（本机）于 \d\d:\d\d 记录，已载入最新内容，请核对后再保存$/) }],
    });
    expect(await snapshot(fair.db)).toEqual(before);
  });

  it('refuses an invalid draft field by field, in Chinese', async () => {
    const fair = await outcomeFair();
    const before = await snapshot(fair.db);
    const result = await saveOutcome(
      fair.db,
      fair.eventId,
      { meetingId: fair.withLi.id, result: '很好' as OutcomeDraft['result'], amountWan: -3, followUpDate: '2026-02-30', nextStep: '跟'.repeat(201) },
      null,
      await currentEditor(fair.db),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.issues.map((i) => [i.field, i.message]))).toEqual({
      result: '对接结果应为：无进一步意向、保持联系、达成合作意向、现场签约',
      amountWan: '预估金额不能为负数',
      followUpDate: '跟进日期不是有效日期',
      nextStep: '下一步安排不能超过200个字',
    });
    expect(await snapshot(fair.db)).toEqual(before);
  });

  it('refuses a meeting marked 未到场 or 已取消, or of another event', async () => {
    const fair = await outcomeFair();
    await fair.db.meetings.update(fair.withLi.id, { state: '未到场' });
    await fair.db.meetings.update(fair.withWang.id, { state: '已取消' });
    const before = await snapshot(fair.db);
    const editor = await currentEditor(fair.db);
    const noShow = await saveOutcome(fair.db, fair.eventId, { meetingId: fair.withLi.id, result: '保持联系' }, null, editor);
    expect(noShow).toEqual({ ok: false, issues: [{ field: 'meetingId', message: '该洽谈已标记为未到场，不能记录成果；如双方实际已洽谈，请先在现场页改回' }] });
    const cancelled = await saveOutcome(fair.db, fair.eventId, { meetingId: fair.withWang.id, result: '保持联系' }, null, editor);
    expect(cancelled).toEqual({ ok: false, issues: [{ field: 'meetingId', message: '该洽谈已取消，不能记录成果' }] });
    const elsewhere = await saveOutcome(fair.db, 'evt_00000000000000000000000000', { meetingId: fair.withLi.id, result: '保持联系' }, null, editor);
    expect(elsewhere).toEqual({ ok: false, issues: [{ field: 'meetingId', message: '该洽谈不存在或已被删除' }] });
    expect(await snapshot(fair.db)).toEqual(before);
  });

  it('keeps a 已完成 meeting’s stamps and a meeting without a request without a topic', async () => {
    const fair = await outcomeFair();
    await fair.db.meetings.update(fair.withWang.id, { state: '已完成' });
    const before = await fair.db.meetings.get(fair.withWang.id);
    const outcome = await saved(fair, { meetingId: fair.withWang.id, result: '保持联系' }, null);
    expect(outcome.needId).toBeUndefined();
    expect(outcome.achievementId).toBeUndefined();
    expect(await fair.db.meetings.get(fair.withWang.id)).toEqual(before);
  });
});
