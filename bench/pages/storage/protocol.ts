/**
 * What bench/suites/storage.ts asks of the page (`window.runStorageBench`)
 * and what it gets back: raw samples only; the suite does the statistics.
 */
export type StorageBenchParams = {
  organisations: number;
  participants: number;
  meetings: number;
  /** Measured repetitions after one warm-up. */
  runs: number;
  /** The meetings warm-up stores this share of the rows (the registry's warm-up is a full import: its records are the shared data). */
  warmUpShare: number;
  /** Pause after deleting a database, so one side's cleanup does not land in the other side's time. */
  settleMs: number;
};

/** The app's own import path, `createRecords`, in ms per measured repetition. */
export type RepositoryRuns = {
  organisationsMs: number[];
  participantsMs: number[];
  /**
   * Set when the warm-up import did not store every row in one piece: what
   * went wrong and what was left stored. The path is then not timed; the
   * other sides store the rows it left, read back.
   */
  failed?: string;
};

/** The kinds of thing an organiser types into the search box. */
export const QUERY_KINDS = ['pinyin initials', 'full pinyin', 'hanzi name', 'mobile tail', 'organisation', 'initials + organisation'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** One keystroke: the text in the box after it and how many ids `search` returned. */
export type Keystroke = { kind: QueryKind; text: string; hits: number };

export type StorageBenchResult = {
  crossOriginIsolated: boolean;
  dexieVersion: string;
  counts: { organisations: number; participants: number; meetings: number; queries: number; keystrokes: number };
  /** Per measured repetition, in ms. */
  registry: {
    repository: RepositoryRuns;
    /** The records the repository produced, stored by Dexie `bulkAdd` alone, in the repository's transactions and chunks. */
    dexieBulkAdd: number[];
    /** One strict transaction, every `put` issued at once. */
    rawAllAtOnce: number[];
    /** One strict transaction, `put`s in waves of 500, each wave after the previous one's last success: Dexie's own pace. */
    rawInWaves: number[];
  };
  /** The repository's per-row work without IndexedDB, for the organisations and participants together, in ms per repetition. */
  breakdown: {
    validation: number[];
    badgeCodes: number[];
    integrity: number[];
    stampAndId: number[];
    /** The whole per-row loop as registry.ts runs it, awaits included, outside any transaction. */
    loop: number[];
    /** The same loop inside a Dexie 'rw' transaction on the registry tables, still without writes. */
    loopInTransaction: number[];
  };
  meetings: { dexieBulkPut: number[]; rawAllAtOnce: number[] };
  search: {
    /** First index build: includes pinyin-pro's one-off start-up. */
    buildFirstMs: number;
    buildMs: number[];
    keystrokes: Keystroke[];
    /** `search(entries, text, 200)` per keystroke, one array per measured round. */
    keystrokeMs: number[][];
    /** What the registry list's `useSearch` does per keystroke today: unlimited search, then ids → records through a fresh Map. */
    uiKeystrokeMs: number[];
  };
};

export type StorageBenchWindow = { runStorageBench(params: StorageBenchParams): Promise<StorageBenchResult> };
