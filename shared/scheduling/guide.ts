import { anneal, better, keyOf, type Anneal } from './anneal';
import { bestFreeSlot } from './construct';
import type { Model } from './model';
import { narrowModel } from './narrow';
import { commit, createState, place, restore, type State } from './state';

/**
 * The guided first half of the break search: anneal inside the narrowed
 * domains (narrow.ts), where plans without breaks are far easier to find, and
 * keep the result when it beats the plan so far. The search then goes on in
 * the full domains from whichever is better, so a wrong hope costs time, never
 * quality. Skipped when narrowing finds nothing to cut (or runs out of time).
 */
export const guidedSearch = (st: State, open: readonly number[], upperBound: number, run: Anneal & { narrowBy: number }): void => {
  const narrowed = narrowModel(st.m, aimed(st, open, upperBound), () => run.now() >= run.narrowBy);
  if (!narrowed) return;
  const guided = createState(narrowed);
  restore(guided, keepInside(st, narrowed));
  fillFree(guided, open);
  anneal(guided, open, run);
  if (better(keyOf(guided, run.spread), keyOf(st, run.spread))) restore(st, guided.slotOf);
};

/**
 * What the narrowing aims to hold: every placeable request when the bound
 * leaves room for all of them (the usual fair), else what is held now (an
 * oversubscribed fair, where the weight search has chosen).
 */
const aimed = (st: State, open: readonly number[], upperBound: number): Uint8Array => {
  const { m } = st;
  const aim = new Uint8Array(m.R);
  let total = 0;
  for (let r = 0; r < m.R; r++) if (m.blocked[r] === undefined) total += m.w[r] ?? 0;
  for (let r = 0; r < m.R; r++) if ((st.slotOf[r] ?? -1) >= 0) aim[r] = 1;
  if (total <= upperBound) for (const r of open) aim[r] = 1;
  return aim;
};

/** The plan's slots, minus meetings outside the narrowed domains (the search puts them back if it can). */
const keepInside = (st: State, narrowed: Model): Int32Array => {
  const slots = Int32Array.from(st.slotOf);
  for (let r = 0; r < narrowed.R; r++) if ((slots[r] ?? -1) >= 0 && !narrowed.inDom[r * narrowed.S + (slots[r] ?? 0)]) slots[r] = -1;
  return slots;
};

/** Places every open request that fits somewhere as the plan stands, where it adds the fewest breaks. */
export const fillFree = (st: State, open: readonly number[]): void => {
  for (const r of open) {
    if ((st.slotOf[r] ?? 0) >= 0) continue;
    const s = bestFreeSlot(st, r);
    if (s >= 0) place(st, r, s);
  }
  commit(st);
};
