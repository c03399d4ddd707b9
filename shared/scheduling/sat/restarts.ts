/**
 * Glucose's restarts: restart when the learnt clauses of the last 50
 * conflicts are worse (higher LBD) than the average so far, i.e. the search
 * has wandered; block that while the trail is much longer than usual, a sign
 * the solver is close to a model.
 */
export type Restarts = {
  lbds: Int32Array;
  lbdCount: number;
  lbdSum: number;
  trails: Int32Array;
  trailCount: number;
  trailSum: number;
  conflicts: number;
  totalLbd: number;
};

const RECENT = 50;
const TRAIL_WINDOW = 5000;
const MARGIN = 0.8;
const BLOCK_TRAIL = 1.4;
const BLOCK_AFTER = 10_000;

export const createRestarts = (): Restarts => ({
  lbds: new Int32Array(RECENT),
  lbdCount: 0,
  lbdSum: 0,
  trails: new Int32Array(TRAIL_WINDOW),
  trailCount: 0,
  trailSum: 0,
  conflicts: 0,
  totalLbd: 0,
});

/** Records a conflict: its learnt clause's LBD and the trail length when it happened. */
export const noteConflict = (r: Restarts, lbd: number, trailLen: number): void => {
  r.conflicts++;
  r.totalLbd += lbd;
  const full = r.trailCount >= TRAIL_WINDOW;
  const slot = r.trailCount % TRAIL_WINDOW;
  if (full) r.trailSum -= r.trails[slot] ?? 0;
  r.trails[slot] = trailLen;
  r.trailSum += trailLen;
  r.trailCount++;
  if (r.conflicts > BLOCK_AFTER && r.lbdCount >= RECENT && full && trailLen > (BLOCK_TRAIL * r.trailSum) / TRAIL_WINDOW) clearRecent(r);
  const at = r.lbdCount % RECENT;
  if (r.lbdCount >= RECENT) r.lbdSum -= r.lbds[at] ?? 0;
  r.lbds[at] = lbd;
  r.lbdSum += lbd;
  r.lbdCount++;
};

export const shouldRestart = (r: Restarts): boolean =>
  r.lbdCount >= RECENT && (r.lbdSum / RECENT) * MARGIN > r.totalLbd / r.conflicts;

export const clearRecent = (r: Restarts): void => {
  r.lbdCount = 0;
  r.lbdSum = 0;
};
