import { eventDraftSchema, ID_PREFIX, validate, type DockingEvent, type EventDraft } from '@shared/model';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { changedFields, newId } from './fieldChanges';
import { stampFields } from '@shared/sync/stampFields';
import { runWrite, WriteRefused, type WriteResult } from './writeResult';

export const ACTIVE_EVENT_KEY = 'activeEventId';

const parseEvent = (input: unknown): EventDraft => {
  const result = validate(eventDraftSchema, input);
  if (!result.ok) throw new WriteRefused(result.issues);
  return result.value;
};

/** Creates a fair and makes it the active one. */
export const createEvent = async (db: DeskDatabase, input: EventDraft): Promise<WriteResult<DockingEvent>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', db.events, db.meta, async () => {
      const value = parseEvent(input);
      const stamp = clock.next();
      const event: DockingEvent = { ...value, id: newId(ID_PREFIX.event), createdAt: stamp, updatedAt: stamp, deleted: false };
      await db.events.add(event);
      await db.meta.bulkPut([
        { key: ACTIVE_EVENT_KEY, value: event.id },
        { key: LAST_STAMP_KEY, value: stamp },
      ]);
      return event;
    }),
  );
};

export const updateEvent = async (db: DeskDatabase, id: string, input: EventDraft): Promise<WriteResult<DockingEvent>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', db.events, db.meta, async () => {
      const current = await db.events.get(id);
      if (!current || current.deleted) throw new WriteRefused([{ field: '', message: '该活动不存在或已被删除' }]);
      // The event form does not edit matching settings (updateMatchSettings does): an edit without them keeps them.
      const edited = parseEvent(input);
      const value = edited.matching === undefined && current.matching !== undefined ? { ...edited, matching: current.matching } : edited;
      const stamp = clock.next();
      const changed = changedFields(current, value);
      if (changed.length === 0) return current;
      // Built from the edit, not over the stored record, so a cleared optional field goes.
      const event: DockingEvent = {
        ...value,
        id: current.id,
        createdAt: current.createdAt,
        updatedAt: stamp,
        deleted: false,
        ...stampFields(current, changed, stamp),
      };
      await db.events.put(event);
      await db.meta.put({ key: LAST_STAMP_KEY, value: stamp });
      return event;
    }),
  );
};

export const setActiveEvent = (db: DeskDatabase, id: string): Promise<string> => db.meta.put({ key: ACTIVE_EVENT_KEY, value: id });

export const readActiveEventId = async (db: DeskDatabase): Promise<string | undefined> => {
  const v = (await db.meta.get(ACTIVE_EVENT_KEY))?.value;
  return typeof v === 'string' ? v : undefined;
};
