import type { EventDaySeed } from '../eventday/protocol';

/**
 * What bench/suites/sync.ts and the sync page (bench/pages/sync/main.ts) pass
 * to each other through `page.evaluate`: plain data only, all times in ms
 * from `performance.now()`. Laptop A and laptop B are two databases of the
 * same page, each with its own device id, clock and signing key.
 */
export type SyncSeedParams = { dbA: string; dbB: string; quietMs: number };

/** One call of the app's code: how long it took and the main-thread long tasks (> 50 ms) that overlapped it. */
export type Timed = { ms: number; longTasksMs: number[] };

export type ExportSample = Timed & { kind: 'full' | 'delta'; bytes: number; records: number };

/** `previewImport` then `commitImport` of one bundle. */
export type ImportSample = {
  preview: Timed;
  commit: Timed;
  /** Records the preview's plan would write, and what the commit's plan (worked out again inside its transaction) wrote. */
  previewWrites: number;
  commitWrites: number;
  /** Fields with a conflict the import opened. */
  newConflicts: number;
};

/** The two laptops diverge, then exchange bundles both ways. */
export type MergeSample = {
  /** Each edit through the app's repository functions (markMeeting, saveOutcome, checkIn), one transaction each. */
  editsA: number;
  editsB: number;
  editMs: number[];
  /** B's first export to another laptop: a full bundle, since B has no acknowledged export yet. */
  exportB: ExportSample;
  importA: ImportSample;
  /** A's answer: a delta since its acknowledged export to B. */
  exportA: ExportSample;
  importB: ImportSample;
  /** Records of A holding a kept conflict after the exchange. */
  conflictedRecords: number;
  converged: boolean;
  /** The first record whose canonical JSON differs between A and B, when they did not converge. */
  firstDifference?: string;
  /** Length of the canonical JSON of the event's state compared. */
  stateChars: number;
};

export type SyncRepetition = {
  seed: EventDaySeed;
  exportPlain: ExportSample;
  exportEncrypted: ExportSample;
  importEmpty: ImportSample;
  reimport: ImportSample;
  merge: MergeSample;
  backup: ExportSample;
};

/** The parts of an export and of an import, each timed on its own (bench/pages/sync/steps.ts). */
export const STEP_NAMES = [
  'read',
  'validate',
  'ndjson',
  'sha256',
  'zip',
  'sign',
  'writeBundle',
  'kdf',
  'deflate',
  'encrypt',
  'unzip',
  'openBundle',
  'unlock',
  'decrypt',
  'inflate',
  'parse',
  'validateIn',
  'readBundle',
  'lookupEmpty',
  'planEmpty',
  'bulkPut',
  'lookupFull',
  'planFull',
] as const;
export type StepName = (typeof STEP_NAMES)[number];
/** Each stage's runs, with the long tasks of each: which stage blocks the main thread, and for how long. */
export type StepSamples = Record<StepName, Timed[]>;

export type SyncApi = {
  /** Laptop A seeded with the event-day fair, laptop B deleted. */
  seed(params: SyncSeedParams): Promise<EventDaySeed>;
  /** A's full export for another laptop; the encrypted one is kept for B and recorded as A's acknowledged export. */
  exportFull(encrypted: boolean): Promise<ExportSample>;
  /** The kept bundle into B, emptied first. */
  importIntoEmpty(): Promise<ImportSample>;
  /** The same bundle into B again. */
  reimport(): Promise<ImportSample>;
  merge(): Promise<MergeSample>;
  backup(): Promise<ExportSample>;
  steps(rounds: number): Promise<StepSamples>;
  /** Closes both databases and deletes them. */
  cleanUp(): Promise<void>;
};

export type SyncWindow = { syncBench: SyncApi };
