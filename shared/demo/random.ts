import { seededRandom } from '../ids';

/**
 * Seeded choices for the demo fair. Every draw goes through one stream so that
 * a seed reproduces the whole fair; ids use a stream of their own, so adding a
 * sentence to a text bank does not change every id.
 */
export type Dice = {
  float(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
};

export const createDice = (seed: number): Dice => {
  // A different stream from the one the ids draw from, though the seed is the same.
  const { float } = seededRandom((seed ^ 0x5eed_d0c5) >>> 0);
  const int = (min: number, max: number): number => min + Math.floor(float() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('demo: cannot pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return {
    float,
    int,
    chance: (p) => float() < p,
    pick,
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = float() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return pick(items)[0];
    },
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, count),
  };
};

/** The round figures people write on forms, roughly evenly spaced on a log scale. */
const ROUND_WAN = [10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150, 180, 200, 250, 300, 350, 400, 500, 600, 800, 1000, 1200, 1500, 1800, 2000];

/**
 * A round amount of 万元 between min and max. Picked from a table rather than
 * computed with Math.exp, whose last bit may differ between JS engines, so the
 * same seed gives the same fair in Node and in the renderer.
 */
export const roundWan = (dice: Dice, [min, max]: readonly [number, number]): number =>
  dice.pick(ROUND_WAN.filter((v) => v >= min && v <= max));
