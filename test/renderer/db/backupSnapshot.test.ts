import { describe, expect, it } from 'vitest';
import { readBundle } from '@shared/bundle';
import { parseBackupName } from '@shared/sync/backupRotation';
import { backupSnapshot, changedSinceBackup } from '../../../renderer/db/backupSnapshot';
import { createRecord } from '../../../renderer/db/registry';
import { dbWithEvent } from './testDb';

describe('backup snapshots', () => {
  it('is a full bundle of the event named for the backups folder, and counts as changed only after a new write', async () => {
    const { db, eventId } = await dbWithEvent();
    expect(await changedSinceBackup(db, eventId)).toBe(true);
    const at = new Date(2026, 4, 20, 10, 15, 0);
    const snapshot = await backupSnapshot(db, eventId, 'auto', at);
    expect(parseBackupName(snapshot.name)).toEqual({ eventId, at, reason: 'auto' });
    const read = await readBundle(snapshot.data);
    expect(read.ok && read.manifest).toMatchObject({ kind: 'full', target: 'backup', eventId });
    expect(await changedSinceBackup(db, eventId)).toBe(false);
    await createRecord(db, 'organisations', eventId, { kind: '企业', name: '北京智感科技有限公司' });
    expect(await changedSinceBackup(db, eventId)).toBe(true);
  });
});
