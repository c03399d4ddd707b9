import { matchSettingsSchema, validate, type DockingEvent, type MatchSettings } from '@shared/model';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { changedFields } from './fieldChanges';
import { stampFields } from '@shared/sync/stampFields';
import { runWrite, WriteRefused, type WriteResult } from './writeResult';

/**
 * Saves a fair's matching settings (weights, dictionary, synonyms), or with
 * `undefined` goes back to the defaults. Only the event's `matching` field
 * changes; the event form never touches it (see `updateEvent`).
 */
export const updateMatchSettings = async (db: DeskDatabase, eventId: string, settings: MatchSettings | undefined): Promise<WriteResult<DockingEvent>> => {
  const clock = await deskClock(db);
  return runWrite(() =>
    db.transaction('rw', db.events, db.meta, async () => {
      const current = await db.events.get(eventId);
      if (!current || current.deleted) throw new WriteRefused([{ field: '', message: '该活动不存在或已被删除' }]);
      let matching: MatchSettings | undefined;
      if (settings !== undefined) {
        const result = validate(matchSettingsSchema, settings);
        if (!result.ok) throw new WriteRefused(result.issues.map((issue) => ({ ...issue, field: `matching.${issue.field}` })));
        matching = result.value;
      }
      const { matching: _old, ...rest } = current;
      const next: DockingEvent = matching === undefined ? rest : { ...rest, matching };
      if (changedFields(current, next).length === 0) return current;
      const stamp = clock.next();
      const event: DockingEvent = { ...next, updatedAt: stamp, ...stampFields(current, ['matching'], stamp) };
      await db.events.put(event);
      await db.meta.put({ key: LAST_STAMP_KEY, value: stamp });
      return event;
    }),
  );
};
