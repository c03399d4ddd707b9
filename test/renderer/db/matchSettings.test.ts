import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '@shared/matching';
import { matchSettingsOf } from '@shared/model';
import { updateEvent } from '../../../renderer/db/events';
import { updateMatchSettings } from '../../../renderer/db/matchSettings';
import { dbWithEvent, sampleEvent } from './testDb';

const tuned = { weights: { ...DEFAULT_WEIGHTS, region: 0 }, dictionary: ['钠离子电池'], synonyms: [['储能电站', '储能站']] };

describe('updateMatchSettings', () => {
  it('stores the settings on the event with a field stamp, and goes back to the defaults', async () => {
    const { db, eventId } = await dbWithEvent();
    const r = await updateMatchSettings(db, eventId, tuned);
    expect(r.ok && r.value.matching).toEqual(tuned);
    expect(r.ok && Object.keys(r.value.fieldStamps ?? {})).toEqual(['matching']);
    const reset = await updateMatchSettings(db, eventId, undefined);
    expect(reset.ok && 'matching' in reset.value).toBe(false);
    const stored = await db.events.get(eventId);
    expect(stored && matchSettingsOf(stored)).toEqual({ weights: DEFAULT_WEIGHTS, dictionary: [], synonyms: [] });
  });

  it('refuses invalid settings and leaves the event as it was', async () => {
    const { db, eventId } = await dbWithEvent();
    const r = await updateMatchSettings(db, eventId, { ...tuned, dictionary: ['固态 电池'] });
    expect(r).toEqual({ ok: false, issues: [{ field: 'matching.dictionary.0', message: '词条不能包含空格' }] });
    expect((await db.events.get(eventId))?.matching).toBeUndefined();
  });

  it('survives an edit of the event form, which does not carry them', async () => {
    const { db, eventId } = await dbWithEvent();
    await updateMatchSettings(db, eventId, tuned);
    const edited = await updateEvent(db, eventId, { ...sampleEvent, venue: '国家会议中心' });
    expect(edited.ok && edited.value).toMatchObject({ venue: '国家会议中心', matching: tuned });
  });
});
