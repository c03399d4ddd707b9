import Dexie from 'dexie';
import type { Organisation, Participant } from '@shared/model';
import { buildSearchEntry, search, type SearchEntry } from '@shared/search';
import { organisationDrafts, participantDrafts, withOrganisations } from '../../fixtures/fair';
import { openDeskDatabase } from '../../../renderer/db/database';
import { createEvent } from '../../../renderer/db/events';
import { createRecords } from '../../../renderer/db/registry';
import { participantsConfig } from '../../../renderer/features/registry/kinds/participants';
import type { RegistryLookups } from '../../../renderer/features/registry/types';
import { benchEvent } from '../storage/importBench';
import { typedQueries } from '../storage/searchBench';
import { sampleQueries, strokesOf } from './plan';
import type { SeedParams, Seeded } from './protocol';
import { now, sleep } from './frames';

/** One query in four for the measured rounds, a different one in sixteen for the warm-up: the same mix of kinds, ~300 and ~75 keystrokes. */
const MEASURED_EVERY = 4;
const WARM_UP_EVERY = 16;
const WARM_UP_OFFSET = 2;

const lookupsOf = (event: RegistryLookups['event'], organisations: readonly Organisation[], participants: readonly Participant[]): RegistryLookups => ({
  event,
  organisations: new Map(organisations.map((o) => [o.id, o])),
  participants: new Map(participants.map((p) => [p.id, p])),
});

/** The participants' search entries from the list's own search source (renderer/features/registry/kinds/participants.tsx). */
export const entriesOf = (people: readonly Participant[], lookups: RegistryLookups): SearchEntry[] =>
  people.map((p) => buildSearchEntry(participantsConfig.searchSource(p, lookups)));

/**
 * Stores the fair the way the app's import does: `createEvent` (which also
 * makes it the active fair), then `createRecords` for the organisations and
 * for the people who point at them. Then plans the typing rounds from the
 * stored people and lets the storage engine go quiet.
 */
export const seed = async (params: SeedParams): Promise<Seeded> => {
  await Dexie.delete(params.dbName);
  const db = openDeskDatabase(params.dbName);
  const t0 = now();
  const event = await createEvent(db, benchEvent);
  if (!event.ok) throw new Error(`event refused: ${JSON.stringify(event.issues)}`);
  const orgs = await createRecords(db, 'organisations', event.value.id, organisationDrafts(params.organisations));
  if (!orgs.ok) throw new Error(`organisations refused: ${orgs.issues[0]?.message ?? ''}`);
  const people = withOrganisations(
    participantDrafts(params.participants, params.organisations),
    orgs.value.map((o) => o.id),
  );
  const stored = await createRecords(db, 'participants', event.value.id, people);
  if (!stored.ok) throw new Error(`participants refused: ${stored.issues[0]?.message ?? ''}`);
  const seedMs = now() - t0;
  db.close();

  const entries = entriesOf(stored.value, lookupsOf(event.value, orgs.value, stored.value));
  const total = stored.value.length;
  const countOf = (text: string) => (text.trim() === '' ? total : search(entries, text).length);
  const queries = typedQueries(stored.value, entries, orgs.value);
  const measured = sampleQueries(queries, MEASURED_EVERY);
  await sleep(params.quietMs);
  return {
    organisations: orgs.value.length,
    participants: total,
    seedMs,
    strokes: strokesOf(measured, countOf),
    warmUpStrokes: strokesOf(sampleQueries(queries, WARM_UP_EVERY, WARM_UP_OFFSET), countOf),
    queries: measured.length,
  };
};
