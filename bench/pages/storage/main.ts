import Dexie from 'dexie';
import { meetingRows, organisationDrafts, participantDrafts } from '../../fixtures/fair';
import { openDeskDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { measureBreakdown } from './breakdown';
import { importRaw, importThroughDexieBulkAdd, importThroughRepository, storeMeetingsRaw, storeMeetingsWithDexie, type ImportedFair } from './importBench';
import type { StorageBenchParams, StorageBenchResult, StorageBenchWindow } from './protocol';
import { buildEntries, keystrokesOf, typeAll, typeAllAsTheList, typedQueries } from './searchBench';

/**
 * The app runs from app://docking-desk, where Dexie's debug mode is off; on
 * http://127.0.0.1 Dexie would switch it on by itself and wrap every request
 * in a console task, which is not what the organisers' laptops run.
 */
Dexie.debug = false;

/** Raw IndexedDB at Dexie's pace: as many puts in flight as one `bulkAdd` chunk of registry.ts. */
const WAVE = 500;

const rotate = <T>(list: readonly T[], by: number): T[] => list.map((_, i) => list[(i + by) % list.length] as T);

const log = (message: string) => console.log(message);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Lets the storage engine finish compacting after big writes, so that its work does not land in CPU-bound timings. */
const QUIET_MS = 3_000;

type RegistrySide = 'repository' | 'dexie' | 'rawAllAtOnce' | 'rawInWaves';

/**
 * Warm-up: one full import through the repository, whose records every side
 * then stores, plus one pass of each other side on a tenth of them.
 */
const warmUpRegistry = async (params: StorageBenchParams, scratch: DeskDatabase) => {
  const warm = await importThroughRepository(organisationDrafts(params.organisations), participantDrafts(params.participants, params.organisations), params.settleMs);
  log(`registry warm-up: repository ${warm.failure ? `FAILED: ${warm.failure}` : 'ok'}`);
  const fair = warm.fair;
  const tenth: ImportedFair = {
    ...fair,
    organisations: fair.organisations.slice(0, Math.ceil(fair.organisations.length * params.warmUpShare)),
    participants: fair.participants.slice(0, Math.ceil(fair.participants.length * params.warmUpShare)),
  };
  await importThroughDexieBulkAdd(tenth, params.settleMs);
  await importRaw(tenth, params.settleMs);
  await importRaw(tenth, params.settleMs, WAVE);
  if (!warm.failure) await measureBreakdown(scratch, tenth);
  return { fair, failure: warm.failure };
};

const benchRegistry = async (params: StorageBenchParams, warm: { fair: ImportedFair; failure?: string | undefined }, scratch: DeskDatabase) => {
  const registry: StorageBenchResult['registry'] = {
    repository: { organisationsMs: [], participantsMs: [], ...(warm.failure ? { failed: warm.failure } : {}) },
    dexieBulkAdd: [],
    rawAllAtOnce: [],
    rawInWaves: [],
  };
  const breakdown: StorageBenchResult['breakdown'] = { validation: [], badgeCodes: [], integrity: [], stampAndId: [], loop: [], loopInTransaction: [] };
  const orgDrafts = organisationDrafts(params.organisations);
  const people = participantDrafts(params.participants, params.organisations);
  const sides: RegistrySide[] = [...(warm.failure ? [] : (['repository'] as const)), 'dexie', 'rawAllAtOnce', 'rawInWaves'];
  for (let rep = 1; rep <= params.runs; rep++) {
    for (const side of rotate(sides, rep - 1)) {
      if (side === 'repository') {
        const t = await importThroughRepository(orgDrafts, people, params.settleMs);
        if (t.failure) throw new Error(`the repository import failed after a complete warm-up: ${t.failure}`);
        registry.repository.organisationsMs.push(t.organisationsMs);
        registry.repository.participantsMs.push(t.participantsMs);
        log(`registry run ${rep}/${params.runs}: repository ${Math.round(t.organisationsMs + t.participantsMs)} ms`);
        continue;
      }
      const ms =
        side === 'dexie' ? await importThroughDexieBulkAdd(warm.fair, params.settleMs) : await importRaw(warm.fair, params.settleMs, side === 'rawInWaves' ? WAVE : Infinity);
      registry[side === 'dexie' ? 'dexieBulkAdd' : side].push(ms);
      log(`registry run ${rep}/${params.runs}: ${side} ${Math.round(ms)} ms`);
    }
    if (!warm.failure) {
      await sleep(QUIET_MS);
      const parts = await measureBreakdown(scratch, warm.fair);
      for (const key of Object.keys(breakdown) as (keyof typeof breakdown)[]) breakdown[key].push(parts[key]);
    }
  }
  return { registry, breakdown };
};

const benchMeetings = async (params: StorageBenchParams, eventId: string) => {
  const meetings: StorageBenchResult['meetings'] = { dexieBulkPut: [], rawAllAtOnce: [] };
  const warm = meetingRows(Math.round(params.meetings * params.warmUpShare), eventId);
  await storeMeetingsWithDexie(warm, params.settleMs);
  await storeMeetingsRaw(warm, params.settleMs);
  const rows = meetingRows(params.meetings, eventId);
  for (let rep = 1; rep <= params.runs; rep++) {
    for (const side of rotate(['dexie', 'rawAllAtOnce'] as const, rep - 1)) {
      const ms = side === 'dexie' ? await storeMeetingsWithDexie(rows, params.settleMs) : await storeMeetingsRaw(rows, params.settleMs);
      meetings[side === 'dexie' ? 'dexieBulkPut' : side].push(ms);
      log(`meetings run ${rep}/${params.runs}: ${side} ${Math.round(ms)} ms`);
    }
  }
  return { meetings, count: rows.length };
};

const benchSearch = (params: StorageBenchParams, fair: ImportedFair) => {
  const t0 = performance.now();
  let entries = buildEntries(fair.participants, fair.organisations);
  const buildFirstMs = performance.now() - t0;
  const buildMs: number[] = [];
  for (let rep = 0; rep < params.runs; rep++) {
    const t = performance.now();
    entries = buildEntries(fair.participants, fair.organisations);
    buildMs.push(performance.now() - t);
  }
  const queries = typedQueries(fair.participants, entries, fair.organisations);
  const strokes = keystrokesOf(queries);
  const texts = strokes.map((s) => s.text);
  const warm = typeAll(entries, texts);
  const keystrokeMs: number[][] = [];
  for (let rep = 0; rep < params.runs; rep++) keystrokeMs.push(typeAll(entries, texts).ms);
  const uiKeystrokeMs = typeAllAsTheList(entries, fair.participants, texts);
  log(`search: ${queries.length} queries, ${texts.length} keystrokes × ${params.runs} rounds`);
  return {
    queries: queries.length,
    search: { buildFirstMs, buildMs, keystrokes: strokes.map((s, i) => ({ ...s, hits: warm.hits[i] ?? 0 })), keystrokeMs, uiKeystrokeMs },
  };
};

const runStorageBench = async (params: StorageBenchParams): Promise<StorageBenchResult> => {
  const scratch = openDeskDatabase('bench-breakdown');
  await scratch.open();
  const warm = await warmUpRegistry(params, scratch);
  // Search first, on a quiet machine: at the desk nobody imports 20,000 rows while typing.
  await sleep(QUIET_MS);
  const { queries, search } = benchSearch(params, warm.fair);
  const { registry, breakdown } = await benchRegistry(params, warm, scratch);
  scratch.close();
  await Dexie.delete(scratch.name);
  const { meetings, count } = await benchMeetings(params, warm.fair.eventId);
  return {
    crossOriginIsolated: globalThis.crossOriginIsolated,
    dexieVersion: Dexie.semVer,
    counts: { organisations: warm.fair.organisations.length, participants: warm.fair.participants.length, meetings: count, queries, keystrokes: search.keystrokes.length },
    registry,
    breakdown,
    meetings,
    search,
  };
};

Object.assign(window, { runStorageBench } satisfies StorageBenchWindow);
