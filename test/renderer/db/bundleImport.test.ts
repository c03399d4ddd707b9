import type { Table } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { exportBundle } from '../../../renderer/db/bundleExport';
import { commitImport, previewImport, WRITE_CHUNK } from '../../../renderer/db/bundleImport';
import type { DeskDatabase } from '../../../renderer/db/database';
import { newId } from '../../../renderer/db/fieldChanges';
import type { ImportProgress } from '../../../renderer/db/importProgress';
import { updateRecord } from '../../../renderer/db/registry';
import { readActiveEventId } from '../../../renderer/db/events';
import { send, stateText, twoLaptops } from './laptops';
import { freshDb } from './testDb';

describe('importing a bundle', () => {
  it('gives an empty laptop the same data, and opens the fair it brought', async () => {
    const { a, b, eventId } = await twoLaptops();
    const { preview } = await send(a, b, eventId);
    expect(preview.plan.counts.participants).toMatchObject({ added: 1, changed: 0 });
    expect(preview.localEventName).toBeUndefined();
    expect(await stateText(b, eventId)).toBe(await stateText(a, eventId));
    expect(await readActiveEventId(b)).toBe(eventId);
  });

  it('changes nothing when the same bundle is imported twice, and says it was imported before', async () => {
    const { a, b, eventId } = await twoLaptops();
    const { bundle } = await send(a, b, eventId);
    const before = await stateText(b, eventId);
    const again = await previewImport(b, bundle.data);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.previouslyImportedAt).toBeDefined();
    expect(again.value.plan.writes).toHaveLength(0);
    await commitImport(b, again.value);
    expect(await stateText(b, eventId)).toBe(before);
  });

  it('refuses a damaged bundle in Chinese and leaves the database untouched', async () => {
    const { a, b, eventId } = await twoLaptops();
    await send(a, b, eventId);
    const before = await stateText(b, eventId);
    const bundle = await exportBundle(a, { eventId, target: 'laptop', kind: 'full' });
    const truncated = bundle.data.slice(0, Math.floor(bundle.data.length / 2));
    const result = await previewImport(b, truncated);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await stateText(b, eventId)).toBe(before);
  });

  it('asks for the passphrase of an encrypted bundle and refuses a wrong one', async () => {
    const { a, eventId } = await twoLaptops();
    const b = freshDb();
    const bundle = await exportBundle(a, { eventId, target: 'platform', kind: 'full', passphrase: '会场口令2026' });
    const locked = await previewImport(b, bundle.data);
    expect(locked.ok ? '' : locked.error.code).toBe('PASSPHRASE_REQUIRED');
    const wrong = await previewImport(b, bundle.data, { passphrase: '不是这个口令' });
    expect(wrong.ok ? '' : wrong.error.code).toBe('WRONG_PASSPHRASE');
    const right = await previewImport(b, bundle.data, { passphrase: '会场口令2026' });
    expect(right.ok).toBe(true);
    expect(await b.participants.count()).toBe(0);
  });

  it('refuses a bundle that claims a known laptop but carries another key', async () => {
    const { a, b, eventId } = await twoLaptops();
    await send(a, b, eventId);
    const impostor = freshDb();
    // The impostor copies A's device id but has its own key.
    await impostor.meta.put({ key: 'deviceId', value: (await a.meta.get('deviceId'))?.value });
    await send(a, impostor, eventId);
    await impostor.meta.delete('deviceKeys');
    const forged = await exportBundle(impostor, { eventId, target: 'laptop', kind: 'full' });
    const result = await previewImport(b, forged.data);
    expect(result.ok ? '' : result.error.code).toBe('DEVICE_KEY_CHANGED');
  });

  it('merges an edit from another laptop and counts it as changed', async () => {
    const { a, b, eventId, person } = await twoLaptops();
    await send(a, b, eventId);
    const edited = await updateRecord(b, 'participants', person.id, { name: '张伟', organisationId: person.organisationId, mobile: '13800138000', roles: ['需求方'], badgeCode: person.badgeCode, title: '总工程师' });
    expect(edited.ok).toBe(true);
    const { preview } = await send(b, a, eventId);
    expect(preview.plan.counts.participants).toMatchObject({ changed: 1 });
    expect((await a.participants.get(person.id))?.title).toBe('总工程师');
    expect(await stateText(a, eventId)).toBe(await stateText(b, eventId));
  });

  it('plans again at commit when the laptop wrote something after the preview, so that write is not lost', async () => {
    const { a, b, eventId, person } = await twoLaptops();
    await send(a, b, eventId);
    await updateRecord(a, 'participants', person.id, { name: '张伟', organisationId: person.organisationId, mobile: '13800138000', roles: ['需求方'], badgeCode: person.badgeCode, title: '总经理' });
    const bundle = await exportBundle(a, { eventId, target: 'laptop', kind: 'full' });
    const preview = await previewImport(b, bundle.data);
    if (!preview.ok) throw new Error(preview.error.message);
    // Someone at laptop B edits another field of the same person before confirming.
    await updateRecord(b, 'participants', person.id, { name: '张伟', organisationId: person.organisationId, mobile: '13800138000', roles: ['需求方'], badgeCode: person.badgeCode, notes: '上午在签到台帮忙' });
    const done = await commitImport(b, preview.value);
    expect(done.ok).toBe(true);
    expect(await b.participants.get(person.id)).toMatchObject({ title: '总经理', notes: '上午在签到台帮忙' });
  });

  it('reports each stage of the preview in order', async () => {
    const { a, b, eventId } = await twoLaptops();
    const bundle = await exportBundle(a, { eventId, target: 'platform', kind: 'full', passphrase: '会场口令2026' });
    const stages: string[] = [];
    const preview = await previewImport(b, bundle.data, { passphrase: '会场口令2026', onProgress: (p) => stages.push(p.stage) });
    expect(preview.ok).toBe(true);
    expect(stages).toEqual(['decrypt', 'verify', 'readLocal', 'compare']);
  });

  it('writes in chunks, reporting records written by kind up to the total', async () => {
    const { a, b, eventId } = await crowdedFair(4100);
    const bundle = await exportBundle(a, { eventId, target: 'laptop', kind: 'full' });
    const preview = await previewImport(b, bundle.data);
    if (!preview.ok) throw new Error(preview.error.message);
    const reports: ImportProgress[] = [];
    const done = await commitImport(b, preview.value, { onProgress: (p) => reports.push(p) });
    expect(done.ok).toBe(true);
    const writes = reports.flatMap((p) => (p.stage === 'write' ? [p] : []));
    expect(writes).toHaveLength(reports.length);
    // The event, the organisation and 4,101 participants.
    const total = 4103;
    expect(preview.value.plan.writes).toHaveLength(total);
    expect(writes.every((p) => p.total === total)).toBe(true);
    const dones = writes.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((x, y) => x - y));
    expect(dones.at(-1)).toBe(total);
    expect(writes.filter((p) => p.kind === 'participants').map((p) => p.kindDone)).toEqual([WRITE_CHUNK, 2 * WRITE_CHUNK, 4101]);
    expect(await stateText(b, eventId)).toBe(await stateText(a, eventId));
  });

  it('leaves the database untouched when a write fails halfway, and imports it all on the next try', async () => {
    const { a, b, eventId } = await crowdedFair(4100);
    const before = await stateText(b, eventId);
    const bundle = await exportBundle(a, { eventId, target: 'laptop', kind: 'full' });
    const preview = await previewImport(b, bundle.data);
    if (!preview.ok) throw new Error(preview.error.message);
    const failing = failSecondParticipantChunk(b);
    try {
      await expect(commitImport(b, preview.value)).rejects.toThrow('磁盘已满');
    } finally {
      failing.mockRestore();
    }
    expect(await stateText(b, eventId)).toBe(before);
    expect(await b.participants.count()).toBe(0);
    expect(await b.bundleImports.count()).toBe(0);
    expect(await b.meta.get('importSeq')).toBeUndefined();
    const again = await commitImport(b, preview.value);
    expect(again.ok).toBe(true);
    expect(await stateText(b, eventId)).toBe(await stateText(a, eventId));
  });
});

/** Laptop A with `n` more participants (written directly: quicker than one transaction each); laptop B empty. */
const crowdedFair = async (n: number) => {
  const laptops = await twoLaptops();
  const people = Array.from({ length: n }, (_, i) => ({ ...laptops.person, id: newId('par'), name: `参会人${i}` }));
  await laptops.a.participants.bulkPut(people);
  return laptops;
};

/** The disk fills up while the second chunk of participants is written. */
const failSecondParticipantChunk = (db: DeskDatabase) => {
  let calls = 0;
  // Every table of every database shares this prototype; the transaction's own tables included.
  const tables = Object.getPrototypeOf(db.participants) as Table;
  const original = tables.bulkPut;
  return vi.spyOn(tables, 'bulkPut').mockImplementation(function (this: Table, ...args: Parameters<Table['bulkPut']>) {
    if (this.name === 'participants' && ++calls === 2) throw new Error('磁盘已满');
    return original.apply(this, args);
  } as Table['bulkPut']);
};
