import { liveQuery } from 'dexie';
import { buildSearchEntry } from '@shared/search';
import { openDeskDatabase } from '../../../renderer/db/database';
import { readActiveEventId } from '../../../renderer/db/events';
import { readLiveRegistry } from '../../../renderer/db/liveRegistry';
import { participantsConfig } from '../../../renderer/features/registry/kinds/participants';
import type { RegistryLookups } from '../../../renderer/features/registry/types';
import { typeAllAsTheList } from '../storage/searchBench';
import { now, sleep } from './frames';
import type { StepSamples } from './protocol';

/**
 * The steps that opening the list and typing into it run, each on its own on
 * the same stored fair, to say where the time goes. The read is the app's
 * own (`readLiveRegistry`, inside a live query as useRegistryData runs it);
 * the rest are copies (the app's hooks cannot be called outside React) that
 * do the same work: the sort of RegistryPage, the entry cache of useSearch,
 * and useSearch's per-keystroke path.
 */
const PINYIN_ORDER = new Intl.Collator('zh-CN-u-co-pinyin');

const QUIET_MS = 500;

/** The first result of a live query, as useLiveQuery gets it: Dexie records what the query reads so that it can re-run it. */
const firstValue = <T>(querier: () => Promise<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => {
        queueMicrotask(() => subscription.unsubscribe());
        resolve(value);
      },
      error: reject,
    });
  });

export const measureSteps = async (params: { dbName: string; rounds: number; texts: string[] }): Promise<StepSamples> => {
  const samples: StepSamples = { readMs: [], readOutsideMs: [], sortMs: [], indexMs: [], searchMs: [] };
  for (let round = 0; round < params.rounds; round++) {
    const db = openDeskDatabase(params.dbName);
    await db.open();
    const eventId = await readActiveEventId(db);
    if (!eventId) throw new Error('no active event');
    const event = await db.events.get(eventId);
    if (!event) throw new Error('active event missing');

    const outside = () => readLiveRegistry(db, eventId);
    const asTheApp = () => firstValue(outside);
    // Both reads in turn, in an order that alternates from round to round: the second one finds the disk cache warm.
    const timed = async <T>(run: () => Promise<T>, into: number[]) => {
      await sleep(QUIET_MS);
      const t0 = now();
      const value = await run();
      into.push(now() - t0);
      return value;
    };
    let app: Awaited<ReturnType<typeof asTheApp>>;
    let plain: Awaited<ReturnType<typeof outside>>;
    if (round % 2 === 0) {
      app = await timed(asTheApp, samples.readMs);
      plain = await timed(outside, samples.readOutsideMs);
    } else {
      plain = await timed(outside, samples.readOutsideMs);
      app = await timed(asTheApp, samples.readMs);
    }
    const { organisations, participants } = app;
    if (plain.participants.length !== participants.length) throw new Error(`the two reads disagree: ${plain.participants.length} vs ${participants.length}`);
    db.close();
    const lookups: RegistryLookups = {
      event,
      organisations: new Map(organisations.map((o) => [o.id, o])),
      participants: new Map(participants.map((p) => [p.id, p])),
    };
    await sleep(QUIET_MS);

    let t = now();
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
