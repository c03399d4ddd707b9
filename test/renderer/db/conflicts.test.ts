import { describe, expect, it } from 'vitest';
import { readConflicts, resolveConflict } from '../../../renderer/db/conflicts';
import { updateRecord } from '../../../renderer/db/registry';
import type { Participant } from '@shared/model';
import { currentEditor, saveOutcome } from '../../../renderer/db/outcomes';
import { outcomeFair } from '../features/outcomes/outcomeFair';
import { freshDb } from './testDb';
import { send, stateText, twoLaptops } from './laptops';

const retitle = (db: Parameters<typeof updateRecord>[0], p: Participant, title: string) =>
  updateRecord(db, 'participants', p.id, { name: p.name, organisationId: p.organisationId, mobile: p.mobile, roles: p.roles, badgeCode: p.badgeCode, title });

describe('conflicts between laptops', () => {
  it('keeps the losing value of a concurrent edit on both laptops, and one pick settles it everywhere', async () => {
    const { a, b, eventId, person } = await twoLaptops();
    await send(a, b, eventId);
    await retitle(a, person, '总经理');
    await retitle(b, person, '技术总监');
    await send(a, b, eventId);
    await send(b, a, eventId);
    expect(await stateText(a, eventId)).toBe(await stateText(b, eventId));
    const [conflict, ...rest] = await readConflicts(a, eventId);
    expect(rest).toHaveLength(0);
    expect(conflict?.field).toBe('title');
    const values = [conflict?.winner.value, ...(conflict?.others.map((o) => o.value) ?? [])].sort();
    expect(values).toEqual(['总经理', '技术总监'].sort());
    if (!conflict) return;
    const other = conflict.others[0]?.value;
    const resolved = await resolveConflict(a, { kind: conflict.kind, id: person.id, field: 'title', winner: conflict.winner }, { value: other });
    expect(resolved.ok).toBe(true);
    expect(await readConflicts(a, eventId)).toHaveLength(0);
    await send(a, b, eventId);
    expect(await readConflicts(b, eventId)).toHaveLength(0);
    expect((await b.participants.get(person.id))?.title).toBe(other);
  });

  it('does not call an edit made after seeing the other laptop a conflict', async () => {
    const { a, b, eventId, person } = await twoLaptops();
    await send(a, b, eventId);
    await retitle(a, person, '总经理');
    await send(a, b, eventId);
    const seen = await b.participants.get(person.id);
    if (!seen) throw new Error('missing');
    await retitle(b, seen, '董事长');
    await send(b, a, eventId);
    expect(await readConflicts(a, eventId)).toHaveLength(0);
    expect((await a.participants.get(person.id))?.title).toBe('董事长');
  });

  it('refuses a pick made on a stale list', async () => {
    const { a, b, eventId, person } = await twoLaptops();
    await send(a, b, eventId);
    await retitle(a, person, '总经理');
    await retitle(b, person, '技术总监');
    await send(b, a, eventId);
    const [conflict] = await readConflicts(a, eventId);
    if (!conflict) throw new Error('no conflict');
    await resolveConflict(a, { kind: conflict.kind, id: person.id, field: 'title', winner: conflict.winner }, { value: conflict.winner.value });
    const stale = await resolveConflict(a, { kind: conflict.kind, id: person.id, field: 'title', winner: conflict.winner }, { value: conflict.others[0]?.value });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.issues[0]?.message).toContain('已被修改');
  });

  it('makes the outcomes two laptops record for the same meeting one record, with the other result kept as a conflict', async () => {
    const fair = await outcomeFair();
    const b = freshDb();
    await send(fair.db, b, fair.eventId);
    const record = async (db: typeof b, result: '保持联系' | '达成合作意向') => {
      const saved = await saveOutcome(db, fair.eventId, { meetingId: fair.withLi.id, result }, null, await currentEditor(db));
      if (!saved.ok) throw new Error(saved.issues[0]?.message);
    };
    await record(fair.db, '保持联系');
    await record(b, '达成合作意向');
    await send(fair.db, b, fair.eventId);
    await send(b, fair.db, fair.eventId);
    for (const db of [fair.db, b]) {
      expect((await db.outcomes.where('meetingId').equals(fair.withLi.id).toArray()).filter((o) => !o.deleted)).toHaveLength(1);
      const conflicts = await readConflicts(db, fair.eventId);
      expect(conflicts.map((c) => c.field)).toContain('result');
      expect(await db.outcomeRevisions.count()).toBe(2);
    }
    expect(await stateText(b, fair.eventId)).toBe(await stateText(fair.db, fair.eventId));
  });
});
