import type { QueryKind } from '../storage/protocol';

/**
 * What bench/suites/registry.ts asks of the page (`window.registryBench`)
 * and what it gets back: raw samples only; the suite does the statistics.
 * The page renders the app itself (`<App db={openDeskDatabase(name)} />`);
 * Node drives the keyboard, so that every keystroke is a real key event.
 */
export type SeedParams = { dbName: string; organisations: number; participants: number; quietMs: number };

/** A keystroke the suite types: one character, or `Backspace` after select-all to clear the box. */
export type PlannedStroke = {
  kind: QueryKind | 'clear';
  /** The text in the box after the keystroke. */
  text: string;
  /** What to type: one character, or 'Backspace' (after Control+A). */
  key: string;
  /** How many participants the list shows for `text`, by the app's own `search`: the page's check that it shows the right result. */
  expected: number;
};

export type Seeded = {
  organisations: number;
  participants: number;
  /** `createEvent` + both `createRecords` calls, not part of any figure. */
  seedMs: number;
  /** Measured rounds type these, in order. */
  strokes: PlannedStroke[];
  /** The warm-up round types these: other queries of the same kinds. */
  warmUpStrokes: PlannedStroke[];
  queries: number;
};

/** Milestones of one opening, in ms from its start. */
export type OpenSample = {
  /** The header with the fair's name is in the DOM (the active event has been read). */
  eventMs: number;
  /** The first `.ant-table-row` of the participants list is in the DOM. */
  rowsMs: number;
  /** A frame has been painted with them (double requestAnimationFrame). */
  paintedMs: number;
  /** Long tasks (> 50 ms) the browser reported while opening. */
  longTasksMs: number[];
};

export type KeystrokeSample = {
  /** Input event → the DOM shows the new result (count text or rows changed; the input's own task if nothing had to change). */
  domMs: number;
  /** Input event → end of the task that handled it (handler, React render and commit). */
  taskMs: number;
  /** Input event → a frame painted with the new result (double requestAnimationFrame). */
  paintedMs: number;
  /** Input event → the last change of the list's DOM before it came to rest (e.g. the virtual list's row measurements). */
  settledMs: number;
  /** Whether the list's DOM changed at all. */
  changed: boolean;
  /** Long tasks that started between the input event and the painted frame. */
  longTasksMs: number[];
};

export type ScrollRun = {
  /** requestAnimationFrame deltas, ms, one per frame while scrolling. */
  frameMs: number[];
  /** The most `.ant-table-row` elements in the DOM at any frame. */
  maxRows: number;
  /** scrollTop at the end, and the largest it can be. */
  endTop: number;
  maxTop: number;
  /** Long tasks (main-thread work > 50 ms in one go) while scrolling. */
  longTasksMs: number[];
};

export type ScrollSample = {
  rowHeight: number;
  /** Rows that fit in the table's scroll area. */
  fits: number;
  /** Top to bottom in fixed steps of scrollTop, one step per frame (a scrollbar drag). */
  jump: ScrollRun;
  /** Wheel events of 100 px, one per frame, from the top (a person scrolling). */
  wheel: ScrollRun;
  /** The name cell of the last row in the DOM once at the bottom. */
  lastRowText: string;
};

export type LiveUpdateSample = {
  /** `updateRecord` called → its promise resolved (validated, stored, transaction complete). */
  writeMs: number;
  /** `updateRecord` called → the row in the list shows the new text. */
  domMs: number;
  /** … and a frame has been painted with it. */
  paintedMs: number;
  longTasksMs: number[];
};

/** Parts of opening the list, run on their own on the same data, to attribute time. */
export type StepSamples = {
  /** `readLiveRegistry` (renderer/db/liveRegistry.ts) inside a live query, as useRegistryData runs it, on a fresh Dexie instance. */
  readMs: number[];
  /** The same reads outside a live query: what the observation bookkeeping (every primary key read goes into a range set) adds. */
  readOutsideMs: number[];
  /** The participants sorted by name with `Intl.Collator('zh-CN-u-co-pinyin')`, as RegistryPage does. */
  sortMs: number[];
  /** The search entries of all participants, as useSearch builds them on an empty cache (source, JSON key, `buildSearchEntry`). */
  indexMs: number[];
  /** Per stroke of the measured plan: `search` without a limit + ids back to records, as useSearch does. One array per round. */
  searchMs: number[][];
};

export type RegistryBenchApi = {
  seed(params: SeedParams): Promise<Seeded>;
  /** Mounts `<App>` with the navigation on 'participants' and times it until the first rows are painted. */
  openApp(dbName: string): Promise<OpenSample>;
  /** From the organisations list, switches the menu to participants and times it until their rows are painted. */
  switchToParticipants(): Promise<OpenSample>;
  focusSearch(): Promise<void>;
  /** Waits for the next input event; `expected` is the count the list must show afterwards. */
  arm(expected: number): void;
  settle(): Promise<KeystrokeSample>;
  scroll(params: { jumpSteps: number; wheelFrames: number; wheelDeltaPx: number }): Promise<ScrollSample>;
  /** Sets the title of the first participant in view to `marker` (or back to what it was, when `marker` is undefined) and times it until the row shows it. */
  liveUpdate(marker: string | undefined): Promise<LiveUpdateSample>;
  unmount(): Promise<void>;
  steps(params: { dbName: string; rounds: number; texts: string[] }): Promise<StepSamples>;
};

export type RegistryBenchWindow = { registryBench: RegistryBenchApi };
