import { formatMs, formatSpread, percentile, spread } from '../harness/stats';
import type { Goal, ReportTable } from '../harness/types';
import type { HoverSample, MoveSample, OpenSample, ScrollRun, ScrollSample, Seeded, StepName, StepSamples } from '../pages/schedule/protocol';
import { frameSummary, LONG_FRAME_MS, VSYNC_MS, vsyncs } from './registryReport';

/** The schedule suite's figures as goals and report tables: raw samples in, Markdown-ready cells out. */
export type GridRepetition = { open: OpenSample; reopen: OpenSample; scroll: ScrollSample; hover: HoverSample[]; moves: MoveSample[] };

export type GridRun = {
  seeded: Seeded;
  /** Measured repetitions only (the warm-up is left out). */
  reps: GridRepetition[];
  steps: StepSamples;
  scroll: { verticalSteps: number; horizontalSteps: number; diagonalSteps: number };
};

/** The goals of issue 4 for the grid, as the brief of this suite sets them. */
export const GRID_GOALS = { openMs: 1_500, frameVsyncs: 1, hoverMs: 16, moveMs: 300 } as const;

const SWEEPS = ['vertical', 'horizontal', 'diagonal'] as const;
type Sweep = (typeof SWEEPS)[number];

const opens = (reps: readonly GridRepetition[]) => reps.flatMap((r) => [r.open, r.reopen]);
const frames = (reps: readonly GridRepetition[], which?: Sweep) => reps.flatMap((r) => (which ? [r.scroll[which]] : SWEEPS.map((s) => r.scroll[s]))).flatMap((s) => s.frameMs);
const hovers = (reps: readonly GridRepetition[]) => reps.flatMap((r) => r.hover);
const moves = (reps: readonly GridRepetition[]) => reps.flatMap((r) => r.moves);

/** Frames longer than one vsync interval, jitter of the rAF clock rounded away: each is a frame the screen showed twice. */
export const missedFrames = (frameMs: readonly number[]): number => frameMs.filter((ms) => vsyncs(ms) > 1).length;

export const gridGoals = (run: GridRun): Goal[] => {
  const open = opens(run.reps).map((o) => o.paintedMs);
  const f = frameSummary(frames(run.reps));
  const hover = hovers(run.reps).map((h) => h.paintedMs);
  const move = moves(run.reps).map((m) => m.paintedMs);
  const openP95 = percentile(open, 95);
  const hoverP95 = percentile(hover, 95);
  const moveP95 = percentile(move, 95);
  return [
    {
      label: `page ready: click on 洽谈排期 → 排期表 painted with its cards, ${run.seeded.meetings.toLocaleString('en-US')} meetings (meetings and requests from the mirrors + model + grid), p95 of ${open.length} openings`,
      target: `≤ ${formatMs(GRID_GOALS.openMs)}`,
      measured: `${formatMs(openP95)} (max ${formatMs(Math.max(...open))})`,
      met: openP95 <= GRID_GOALS.openMs,
    },
    {
      label: `scrolling through ${run.seeded.tables} tables × ${run.seeded.slots} slots, p95 frame time`,
      target: `≤ ${formatMs(VSYNC_MS)} (one frame at 60 Hz)`,
      measured: `${formatMs(f.p95)} (${vsyncs(f.p95)} frame${vsyncs(f.p95) > 1 ? 's' : ''})`,
      met: vsyncs(f.p95) <= GRID_GOALS.frameVsyncs,
    },
    { label: `scrolling, frames longer than ${LONG_FRAME_MS} ms`, target: '0', measured: `${f.long} of ${f.n}`, met: f.long === 0 },
    {
      label: 'drag hover: dragover on a new cell → verdict painted (move check, two cells and the status line redrawn), p95',
      target: `≤ ${formatMs(GRID_GOALS.hoverMs)}`,
      measured: formatMs(hoverP95),
      met: hoverP95 <= GRID_GOALS.hoverMs,
    },
    {
      label: 'a move committed: drop → IndexedDB write → the meetings mirror patched → grid painted with the card in its new cell, p95',
      target: `≤ ${formatMs(GRID_GOALS.moveMs)}`,
      measured: formatMs(moveP95),
      met: moveP95 <= GRID_GOALS.moveMs,
    },
  ];
};

const spreadCell = (samples: readonly number[]) => (samples.length === 0 ? '—' : formatSpread(spread(samples)));
const longest = (tasks: readonly number[]) => (tasks.length === 0 ? 0 : Math.max(...tasks));

/** n, p50, p95, max of a latency. */
export const latencyCells = (samples: readonly number[]): string[] =>
  samples.length === 0 ? ['0', '—', '—', '—'] : [String(samples.length), formatMs(percentile(samples, 50)), formatMs(percentile(samples, 95)), formatMs(Math.max(...samples))];

const openTable = (run: GridRun): ReportTable => {
  const row = (label: string, samples: readonly OpenSample[]) => [
    label,
    spreadCell(samples.map((s) => s.figuresMs)),
    spreadCell(samples.map((s) => s.cardsMs)),
    spreadCell(samples.map((s) => s.paintedMs)),
    spreadCell(samples.map((s) => longest(s.longTasksMs))),
    [...new Set(samples.map((s) => s.meetingsShown.toLocaleString('en-US')))].join(', '),
  ];
  return {
    caption: `Opening 洽谈排期 on its 排期表 tab, from the click on the menu item, median (min–max) over ${run.reps.length} repetitions`,
    columns: ['when', 'figures in the DOM', 'first cards in the DOM', 'cards painted', 'longest task', 'meetings the grid holds'],
    rows: [
      row('first visit after the app started (code of the page cold)', run.reps.map((r) => r.open)),
      row('again, after going to 参会机构 and back', run.reps.map((r) => r.reopen)),
    ],
  };
};

const STEP_LABELS: Record<StepName, string> = {
  read: "read meetings and requests (two `where('eventId').equals(…).toArray()` in one transaction, tombstones dropped after): what the mirrors do once, in the background",
  fairInstance: '`fairInstance`: the records as the planner\'s instance',
  floorMeetings: '`floorMeetings`',
  moveLabels: '`moveLabels`',
  buildScheduleView: '`buildScheduleView`: meetings joined to names and topics, sorted',
  createMoveCheck: '`createMoveCheck`: the move check\'s indexes',
  explainUnplaced: '`explainUnplaced`: a reason for each request not placed',
  upperBound: '`upperBound` of the instance',
  planBasis: '`planBasis`',
  deriveScheduleModel: '`deriveScheduleModel`, the whole (what the page runs after the read)',
  buildGridIndex: "`buildGridIndex`: the grid's lookups (cells, people for 定位)",
};

const stepsTable = (run: GridRun): ReportTable => ({
  caption: `Where opening goes: its steps on their own, same data, median (min–max) over ${run.steps.read.length} rounds`,
  columns: ['step', 'time'],
  rows: (Object.keys(STEP_LABELS) as StepName[]).map((name) => [STEP_LABELS[name], spreadCell(run.steps[name])]),
});

const scrollTable = (run: GridRun): ReportTable => {
  const line = (label: string, which: Sweep) => {
    const runs: ScrollRun[] = run.reps.map((r) => r.scroll[which]);
    const all = frames(run.reps, which);
    const f = frameSummary(all);
    const tasks = runs.flatMap((s) => s.longTasksMs);
    const seen = (pick: (s: ScrollRun) => [number, number]) => `${Math.min(...runs.map((s) => pick(s)[0])) + 1}–${Math.max(...runs.map((s) => pick(s)[1])) + 1}`;
    return [
      label,
      String(f.n),
      formatMs(f.median),
      formatMs(f.p95),
      formatMs(f.max),
      String(missedFrames(all)),
      String(f.long),
      tasks.length === 0 ? '0' : `${tasks.length}, longest ${formatMs(Math.max(...tasks))}`,
      String(runs.reduce((n, s) => n + s.blankFrames, 0)),
      String(Math.max(...runs.map((s) => s.maxCells))),
      `${seen((s) => s.rowsSeen)} / ${seen((s) => s.colsSeen)}`,
    ];
  };
  const sc = run.scroll;
  const vp = run.reps[0]?.scroll.viewport;
  return {
    caption:
      `Scrolling the grid (viewport ${vp ? `${vp.width}×${vp.height}` : '?'} px): one scroll step per frame, requestAnimationFrame deltas, ${run.reps.length} repetitions (+ 10 frames after each sweep); ` +
      `“blank” = a frame painted with a row or column of the viewport not yet in the DOM`,
    columns: ['sweep', 'frames', 'median', 'p95', 'max', `> ${formatMs(VSYNC_MS)}`, `> ${LONG_FRAME_MS} ms`, 'long tasks', 'blank frames', 'cells in the DOM, max', 'tables / slots seen'],
    rows: [
      line(`down: scrollTop top → bottom in ${sc.verticalSteps} steps`, 'vertical'),
      line(`across: scrollLeft left → right in ${sc.horizontalSteps} steps, halfway down`, 'horizontal'),
      line(`diagonal: bottom-right → top-left in ${sc.diagonalSteps} steps`, 'diagonal'),
    ],
  };
};

const hoverTable = (run: GridRun): ReportTable => {
  const all = hovers(run.reps);
  const row = (label: string, samples: readonly HoverSample[]) => [label, ...latencyCells(samples.map((s) => s.domMs)), ...latencyCells(samples.map((s) => s.paintedMs)).slice(1)];
  return {
    caption: `Drag hover over ${all.length} cells (${run.reps.length} repetitions × ${run.reps[0]?.hover.length ?? 0}), the dragover delivered at the start of a frame`,
    columns: ['cells', 'n', '→ verdict in the DOM p50', 'p95', 'max', '→ frame rendered p50', 'p95', 'max'],
    rows: [
      row('all', all),
      row('  empty cell, allowed (the move check ran)', all.filter((h) => !h.occupied && h.ok)),
      row('  empty cell, refused with a reason (the move check ran)', all.filter((h) => !h.occupied && !h.ok)),
      row('  cell with a meeting (refused by the grid before the move check)', all.filter((h) => h.occupied)),
    ],
  };
};

const movesTable = (run: GridRun): ReportTable => {
  const all = moves(run.reps);
  return {
    caption: `A move by drag and drop, ${all.length} moves (${run.reps.length} repetitions × ${run.reps[0]?.moves.length ?? 0}: a card to a free table in its round, then back)`,
    columns: ['from the drop to', 'n', 'p50', 'p95', 'max'],
    rows: [
      ['`moveMeeting` committed (transaction: re-read the fair, check the move, write)', ...latencyCells(all.map((m) => m.writeMs))],
      ['the card in its new cell in the DOM (mirror patched, model derived, grid re-rendered)', ...latencyCells(all.map((m) => m.domMs))],
      ['… painted', ...latencyCells(all.map((m) => m.paintedMs))],
      ['longest task in between', ...latencyCells(all.map((m) => longest(m.longTasksMs)))],
    ],
  };
};

export const gridTables = (run: GridRun): ReportTable[] => [openTable(run), stepsTable(run), scrollTable(run), hoverTable(run), movesTable(run)];

export const gridNotes = (run: GridRun): string[] => {
  const s = run.seeded;
  return [
    `Data: fair L of the scheduling benchmark (bench/fixtures/scheduleFair.ts, seed 1) as stored records: ${s.participants.toLocaleString('en-US')} participants (names and organisations from bench/fixtures/fair.ts; availability, booths and meeting limits from the fixture) stored through \`createEvent\` and \`createRecords\`, an event of ${s.tables} tables and ${s.slots} slots (两场 of 12 rounds), ${s.requests.toLocaleString('en-US')} requests all 已接受 (bulkAdd in one transaction, as \`loadFair\` stores a fair; ${formatMs(s.storeMs)} for all of it), planned by \`schedule()\` (${formatMs(s.planMs)}) and written by the app's \`applyPlan\` (${formatMs(s.applyMs)}): ${s.meetings.toLocaleString('en-US')} meetings, ${s.locked} of them then locked. Persistent profile (IndexedDB on disk).`,
    "The UI is the app's own: bench/pages/schedule/main.ts mounts `<App db={openDeskDatabase(name)} />` (StrictMode, the app's global.css) with 参会机构 shown and the 排期表 tab preselected; the suite clicks 洽谈排期 in the menu with a real pointer (playwright-core), and the page's clock starts at that click in the capture phase. Built by Vite in production mode as the app is.",
    'Each repetition reloads the page (a new JS realm; the database stays on disk), opens the page twice (the second time after going back to 参会机构), scrolls, drags, moves and unmounts. The warm-up repetition is not reported.',
    '"Painted" for the opening and the moves is a double requestAnimationFrame after the DOM change. For a drag hover the dragover is dispatched from a requestAnimationFrame callback (where Chromium delivers input) and the clock stops at a task posted from that callback, which runs once the frame\'s style, layout and paint are done; if the verdict reached the DOM only after that frame, the clock runs to the end of the next one. Drag events are DragEvents with a DataTransfer dispatched on the cells, handled by the grid\'s own delegated handlers.',
    `Scrolling sets scrollTop / scrollLeft once per frame, as a scrollbar drag does (vertical steps of about ${Math.round((s.tables * 48) / run.scroll.verticalSteps)} px). A frame's time is the delta between two requestAnimationFrame callbacks; frames at 60 Hz come every ${formatMs(VSYNC_MS)}, so a frame time is counted in vsync intervals with the jitter rounded away. Long tasks come from a PerformanceObserver('longtask').`,
    'Moves: the card is first hovered over a free table in its own round (the verdict must be “allowed”), then dropped there, and later dropped back; the write time is when Dexie reports the committed write to the meetings table (`storagemutated`).',
  ];
};
