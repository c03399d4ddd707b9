import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareVersions, openDeskDatabase, SCHEMA_VERSIONS } from '../../../renderer/db/database';
import { DATA_SCHEMA_VERSION } from '@shared/model';

let n = 0;

/** Opens a database as the release with `version` as its newest schema left it. */
const openAsRelease = (name: string, version: number): Dexie => {
  const db = new Dexie(name);
  declareVersions(db, SCHEMA_VERSIONS.filter((v) => v.version <= version));
  return db;
};

const stamp = '2026-05-20T08:00:00.000Z_0000_dev-000000000000';
const base = { eventId: 'evt_01ks26c4008bdgc6wxk0ffw4hw', createdAt: stamp, updatedAt: stamp, deleted: false };

describe('database migrations', () => {
  it('opens a version 1 database with its data intact and the stores of versions 2 to 5 ready', async () => {
    const name = `migration-${n++}`;
    const v1 = openAsRelease(name, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    const request = { ...base, id: 'req_01ks26c4008bdgc6wxk0ffw4h1', fromId: 'ppl_1', toId: 'ppl_2', needId: 'need_1', afterRequestId: 'req_0', priority: '优先', mutual: false, state: '待确认', allowedSlotIds: [], source: '组织者' };
    await v1.table('meetingRequests').add(request);
    await v1.table('participants').add({ ...base, id: 'ppl_1', name: '张伟', roles: ['需求方'], badgeCode: 'AB12' });
    await v1.table('meta').put({ key: 'deviceId', value: 'dev-000000000000' });
    v1.close();

    const db = openDeskDatabase(name);
    await db.open();
    expect(db.verno).toBe(DATA_SCHEMA_VERSION);
    expect(await db.meetingRequests.get(request.id)).toEqual(request);
    expect(await db.participants.get('ppl_1')).toMatchObject({ name: '张伟' });
    expect(await db.meta.get('deviceId')).toEqual({ key: 'deviceId', value: 'dev-000000000000' });
    // The new index covers the rows stored before it existed; the new table is there and empty.
    expect(await db.meetingRequests.where('needId').equals('need_1').primaryKeys()).toEqual([request.id]);
    expect(await db.matchFeedback.count()).toBe(0);
    expect(await db.meetingRequests.where('afterRequestId').equals('req_0').primaryKeys()).toEqual([request.id]);
    expect(await db.outcomeRevisions.where('outcomeId').equals('out_1').count()).toBe(0);
    expect(await db.bundleImports.where('eventId').equals(base.eventId).count()).toBe(0);
    db.close();
  });

  it('keeps version 1 as it was released, and numbers the versions 1, 2, … in order', () => {
    expect(SCHEMA_VERSIONS[0]?.stores).toEqual({
      events: 'id, startDate',
      organisations: 'id, eventId, name, usci',
      participants: 'id, eventId, organisationId, mobile, badgeCode',
      needs: 'id, eventId, ownerId',
      achievements: 'id, eventId, ownerId',
      meetingRequests: 'id, eventId, fromId, toId',
      meetings: 'id, eventId, slotId',
      outcomes: 'id, eventId, meetingId',
      meta: 'key',
    });
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions.at(-1)).toBe(DATA_SCHEMA_VERSION);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
  });
});
