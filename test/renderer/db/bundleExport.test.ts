import { describe, expect, it } from 'vitest';
import { acknowledgeExport, bundleFileName, exportBundle, recordExport } from '../../../renderer/db/bundleExport';
import { createRecord, updateRecord } from '../../../renderer/db/registry';
import { send, twoLaptops } from './laptops';
import { freshDb } from './testDb';

describe('exporting bundles', () => {
  it('names the file after the fair, the target, the range and the local time', () => {
    expect(bundleFileName('中关村/对接会', 'platform', 'delta', new Date(2026, 4, 20, 9, 5))).toBe('中关村_对接会-中心平台-增量-20260520-0905.dockbundle');
  });

  it('exports everything until an export to the target is acknowledged, then only what changed', async () => {
    const { a, eventId, person } = await twoLaptops();
    const first = await exportBundle(a, { eventId, target: 'platform', kind: 'delta' });
    expect(first.log.kind).toBe('full');
    await recordExport(a, first.log);
    const unacknowledged = await exportBundle(a, { eventId, target: 'platform', kind: 'delta' });
    expect(unacknowledged.log.kind).toBe('full');
    await acknowledgeExport(a, first.log.id);
    await updateRecord(a, 'participants', person.id, { name: person.name, organisationId: person.organisationId, mobile: person.mobile, roles: person.roles, badgeCode: person.badgeCode, title: '总工程师' });
    const delta = await exportBundle(a, { eventId, target: 'platform', kind: 'delta' });
    expect(delta.log).toMatchObject({ kind: 'delta', sinceBundleId: first.log.id });
    expect(delta.log.counts).toMatchObject({ participants: 1, organisations: 0, events: 0 });
  });

  it('carries on in a delta the records another laptop sent after the last acknowledged export', async () => {
    const { a, eventId } = await twoLaptops();
    const c = freshDb();
    await send(a, c, eventId);
    // C's organisation is older than A's acknowledged export but reaches A after it.
    const made = await createRecord(c, 'organisations', eventId, { kind: '高校', name: '清华大学' });
    if (!made.ok) throw new Error('org');
    await createRecord(a, 'organisations', eventId, { kind: '高校', name: '北京大学' });
    const base = await exportBundle(a, { eventId, target: 'platform', kind: 'full' });
    await recordExport(a, base.log);
    await acknowledgeExport(a, base.log.id);
    await send(c, a, eventId);
    const delta = await exportBundle(a, { eventId, target: 'platform', kind: 'delta' });
    expect(delta.log.kind).toBe('delta');
    expect(delta.log.counts.organisations).toBe(1);
  });

  it('does not remember backups as exports', async () => {
    const { a, eventId } = await twoLaptops();
    const backup = await exportBundle(a, { eventId, target: 'backup', kind: 'full' });
    await recordExport(a, backup.log);
    expect(await a.bundleExports.count()).toBe(0);
  });
});
