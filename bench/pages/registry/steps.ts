import type { InsertType, Table } from 'dexie';
import { buildSearchEntry } from '@shared/search';
import { openDeskDatabase } from '../../../renderer/db/database';
import { readActiveEventId } from '../../../renderer/db/events';
import { participantsConfig } from '../../../renderer/features/registry/kinds/participants';
import type { RegistryLookups } from '../../../renderer/features/registry/types';
import { typeAllAsTheList } from '../storage/searchBench';
import { now, sleep } from './frames';
import type { StepSamples } from './protocol';

/**
 * The steps that opening the list and typing into it run, each on its own on
 * the same stored fair, to say where the time goes. These are copies of the
 * steps (the app's hooks cannot be called outside React), written to do the
 * same work: the reads of useRegistryData, the sort of RegistryPage, the
 * entry cache of useSearch, and useSearch's per-keystroke path.
 */
const PINYIN_ORDER = new Intl.Collator('zh-CN-u-co-pinyin');

const QUIET_MS = 500;

export const measureSteps = async (params: { dbName: string; rounds: number; texts: string[] }): Promise<StepSamples> => {
  const samples: StepSamples = { readMs: [], sortMs: [], indexMs: [], searchMs: [] };
  for (let round = 0; round < params.rounds; round++) {
    const db = openDeskDatabase(params.dbName);
    await db.open();
    const eventId = await readActiveEventId(db);
    if (!eventId) throw new Error('no active event');
    const event = await db.events.get(eventId);
    if (!event) throw new Error('active event missing');
    await sleep(QUIET_MS);

    let t = now();
    const live = <R extends { id: string; eventId: string; deleted: boolean }>(table: Table<R, string, InsertType<R, 'id'>>) =>
      table
        .where('eventId')
        .equals(eventId)
        .filter((r) => !r.deleted)
        .toArray();
    const [organisations, participants] = await Promise.all([live(db.organisations), live(db.participants), live(db.needs), live(db.achievements)]);
    samples.readMs.push(now() - t);
    db.close();
    const lookups: RegistryLookups = {
      event,
      organisations: new Map(organisations.map((o) => [o.id, o])),
      participants: new Map(participants.map((p) => [p.id, p])),
    };
    await sleep(QUIET_MS);

    t = now();
    const keyed = participants.map((r) => [participantsConfig.sortText(r), r] as const);
    keyed.sort((a, b) => PINYIN_ORDER.compare(a[0], b[0]));
    const sorted = keyed.map(([, r]) => r);
    samples.sortMs.push(now() - t);
    await sleep(QUIET_MS);

    t = now();
    const cache = new Map<string, { key: string; entry: ReturnType<typeof buildSearchEntry> }>();
    const entries = sorted.map((r) => {
      const source = participantsConfig.searchSource(r, lookups);
      const cached = { key: JSON.stringify(source), entry: buildSearchEntry(source) };
      cache.set(r.id, cached);
      return cached.entry;
    });
    samples.indexMs.push(now() - t);
    await sleep(QUIET_MS);

    samples.searchMs.push(typeAllAsTheList(entries, sorted, params.texts));
  }
  return samples;
};
