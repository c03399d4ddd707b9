/**
 * What bench/suites/scheduleGrid.ts and the schedule page
 * (bench/pages/schedule/main.ts) pass to each other through
 * `page.evaluate`: plain data only, all times in ms from `performance.now()`.
 */
export type SeedParams = { dbName: string; organisations: number; planMs: number; quietMs: number };

export type Seeded = {
  participants: number;
  requests: number;
  meetings: number;
  locked: number;
  tables: number;
  slots: number;
  /** Stored through the app's repositories (event, organisations, participants), requests by bulkAdd. */
  storeMs: number;
  /** `schedule()` on the stored fair's instance, then the app's `applyPlan`. */
  planMs: number;
  applyMs: number;
};

export type OpenSample = {
  /** Click on 洽谈排期 → the figures (已排洽谈) in the DOM: live query read and model derived. */
  figuresMs: number;
  /** … → the first meeting cards of the grid in the DOM. */
  cardsMs: number;
  /** … → a frame painted with them. */
  paintedMs: number;
  /** Meetings the grid says it holds (“共 N 场洽谈”). */
  meetingsShown: number;
  longTasksMs: number[];
};

export type ScrollRun = {
  frameMs: number[];
  /** Frames in which some row or column of the viewport was not yet in the DOM (blank area on screen). */
  blankFrames: number;
  /** Most cells in the DOM at any frame. */
  maxCells: number;
  longTasksMs: number[];
  /** Rows and columns the run brought into view (first and last index seen). */
  rowsSeen: [number, number];
  colsSeen: [number, number];
};

export type ScrollSample = { vertical: ScrollRun; horizontal: ScrollRun; diagonal: ScrollRun; viewport: { width: number; height: number } };

export type HoverSample = {
  /** dragover dispatched → the new cell's verdict in the DOM (handler, move check, React commit). */
  domMs: number;
  /** dragover dispatched (at the start of a frame, as Chromium delivers input) → that frame's rendering done. */
  paintedMs: number;
  ok: boolean;
  /** The cell held a meeting (refused at once by the grid) rather than being empty (the move check ran). */
  occupied: boolean;
};

export type MoveSample = {
  /** drop → `moveMeeting` resolved (the transaction re-reads the fair, checks, writes). */
  writeMs: number;
  /** drop → the card in its new cell in the DOM (live query re-read, model re-derived, grid re-rendered). */
  domMs: number;
  paintedMs: number;
  longTasksMs: number[];
};

/** The parts of opening the page, each on its own on the same stored fair. */
export type StepSamples = Record<StepName, number[]>;
export const STEP_NAMES = [
  'read',
  'fairInstance',
  'floorMeetings',
  'moveLabels',
  'buildScheduleView',
  'createMoveCheck',
  'explainUnplaced',
  'upperBound',
  'planBasis',
  'deriveScheduleModel',
  'buildGridIndex',
] as const;
export type StepName = (typeof STEP_NAMES)[number];

export type ScrollParams = { verticalSteps: number; horizontalSteps: number; diagonalSteps: number };

export type ScheduleBenchApi = {
  seed(params: SeedParams): Promise<Seeded>;
  /** Mounts `<App>` on 参会机构 with the 排期表 tab preselected and waits for the list. */
  mount(dbName: string): Promise<void>;
  /** Arms the clock on the 洽谈排期 menu item's next click (a real click from the suite follows). */
  armOpen(): void;
  opened(): Promise<OpenSample>;
  /** Back to 参会机构, to open the page again. */
  leave(): Promise<void>;
  scroll(params: ScrollParams): Promise<ScrollSample>;
  hover(cells: number): Promise<HoverSample[]>;
  moves(count: number): Promise<MoveSample[]>;
  unmount(): Promise<void>;
  steps(params: { dbName: string; rounds: number }): Promise<StepSamples>;
};

export type ScheduleBenchWindow = { scheduleBench: ScheduleBenchApi };
