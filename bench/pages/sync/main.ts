import Dexie from 'dexie';
import { isFieldRecord, SYNC_KIND_NAMES } from '@shared/sync';
import { backupSnapshot } from '../../../renderer/db/backupSnapshot';
import { acknowledgeExport } from '../../../renderer/db/bundleExport';
import type { DeskDatabase } from '../../../renderer/db/database';
import { seedEventDay } from '../eventday/seed';
import { applyEdits, planEdits } from './edits';
import { eventState, firstDifference, freshLaptop, openLaptop, PASSPHRASE, saved, stateJson, timedExport, timedImport } from './laptops';
import { timed } from './measure';
import type { SyncApi, SyncWindow } from './protocol';
import { measureSteps } from './steps';

/**
 * The sync benchmark page: two laptops' databases in one Chromium profile,
 * driven through the app's own export, import and backup code (no UI).
 * Node (bench/suites/sync.ts) calls `window.syncBench` step by step; the
 * bundle laptop A wrote for B is kept here between the calls.
 */
Dexie.debug = false;

type Laptops = { a: DeskDatabase; b?: DeskDatabase; dbB: string; eventId: string; forB?: Uint8Array };
let laptops: Laptops | undefined;

const need = (): Laptops => {
  if (!laptops) throw new Error('seed first');
  return laptops;
};

const needBundle = (): Uint8Array => {
  const { forB } = need();
  if (!forB) throw new Error('export the encrypted bundle first');
  return forB;
};

const needB = (): DeskDatabase => {
  const { b } = need();
  if (!b) throw new Error('import into B first');
  return b;
};

const closeAll = () => {
  laptops?.a.close();
  laptops?.b?.close();
};

const api: SyncApi = {
  async seed(params) {
    closeAll();
    laptops = undefined;
    await Dexie.delete(params.dbB);
    const seeded = await seedEventDay({ dbName: params.dbA, quietMs: params.quietMs });
    const a = await openLaptop(params.dbA);
    const event = await a.events.toCollection().first();
    if (!event) throw new Error('the seed made no event');
    laptops = { a, dbB: params.dbB, eventId: event.id };
    return seeded;
  },

  async exportFull(encrypted) {
    const state = need();
    const { bundle, sample } = await timedExport(state.a, { eventId: state.eventId, target: 'laptop', kind: 'full', ...(encrypted ? { passphrase: PASSPHRASE } : {}) });
    if (encrypted) {
      // Carried to B on a USB stick and confirmed received there: A's next export to a laptop is a delta from it.
      await saved(state.a, bundle);
      await acknowledgeExport(state.a, bundle.log.id);
      state.forB = bundle.data;
    }
    return sample;
  },

  async importIntoEmpty() {
    const state = need();
    state.b?.close();
    state.b = await freshLaptop(state.dbB);
    return timedImport(state.b, needBundle());
  },

  reimport: () => timedImport(needB(), needBundle()),

  async merge() {
    const { a, eventId } = need();
    const b = needB();
    const plan = await planEdits(a, eventId);
    const editsB = await applyEdits(b, eventId, 'B', plan);
    const editsA = await applyEdits(a, eventId, 'A', plan);
    // As the export page offers by default: a delta, which for B (nothing acknowledged yet) is the whole event.
    const fromB = await timedExport(b, { eventId, target: 'laptop', kind: 'delta', passphrase: PASSPHRASE });
    await saved(b, fromB.bundle);
    const importA = await timedImport(a, fromB.bundle.data);
    const fromA = await timedExport(a, { eventId, target: 'laptop', kind: 'delta', passphrase: PASSPHRASE });
    await saved(a, fromA.bundle);
    const importB = await timedImport(b, fromA.bundle.data);
    const [stateA, stateB] = [await eventState(a, eventId), await eventState(b, eventId)];
    const jsonA = stateJson(stateA);
    const converged = jsonA === stateJson(stateB);
    const difference = converged ? undefined : (firstDifference(stateA, stateB) ?? firstDifference(stateB, stateA) ?? 'the canonical texts differ');
    const conflictedRecords = SYNC_KIND_NAMES.flatMap((kind) => stateA[kind] ?? []).filter((r) => isFieldRecord(r) && Object.keys(r.conflicts ?? {}).length > 0).length;
    return {
      editsA: editsA.length,
      editsB: editsB.length,
      editMs: [...editsB, ...editsA],
      exportB: fromB.sample,
      importA,
      exportA: fromA.sample,
      importB,
      conflictedRecords,
      converged,
      ...(difference ? { firstDifference: difference } : {}),
      stateChars: jsonA.length,
    };
  },

  async backup() {
    const { a, eventId } = need();
    const { value, timing } = await timed(() => backupSnapshot(a, eventId, 'auto'));
    const records = await eventState(a, eventId);
    return { ...timing, kind: 'full', bytes: value.data.length, records: SYNC_KIND_NAMES.reduce((n, k) => n + (records[k]?.length ?? 0), 0) };
  },

  steps(rounds) {
    const { a, eventId } = need();
    return measureSteps(a, eventId, rounds);
  },

  async cleanUp() {
    const state = laptops;
    closeAll();
    laptops = undefined;
    if (state) {
      await Dexie.delete(state.a.name);
      await Dexie.delete(state.dbB);
    }
  },
};

Object.assign(window, { syncBench: api } satisfies SyncWindow);
