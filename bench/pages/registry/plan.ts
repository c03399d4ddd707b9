import type { QueryKind } from '../storage/protocol';
import type { PlannedStroke } from './protocol';

/**
 * The keystrokes of a typing round: each query one character at a time (a
 * hanzi arrives whole, as the IME commits it), then select-all + Backspace
 * to clear the box before the next query, as an organiser does at the desk.
 * Pure, so that it is tested in test/bench/pages/registry/plan.test.ts.
 */
export const CLEAR_KEY = 'Backspace';

export const strokesOf = (queries: readonly { kind: QueryKind; query: string }[], countOf: (text: string) => number): PlannedStroke[] =>
  queries.flatMap(({ kind, query }) => {
    const chars = Array.from(query);
    const typed = chars.map((key, n): PlannedStroke => {
      const text = chars.slice(0, n + 1).join('');
      return { kind, text, key, expected: countOf(text) };
    });
    return [...typed, { kind: 'clear' as const, text: '', key: CLEAR_KEY, expected: countOf('') }];
  });

/** Every `every`-th query from `offset`: a smaller round with the same mix of kinds. */
export const sampleQueries = <T>(queries: readonly T[], every: number, offset = 0): T[] => queries.filter((_, i) => i % every === offset);

/** The count the list's caption shows: `共 20000 条` or `共 20000 条，显示 12 条`. */
export const shownCount = (caption: string): number | undefined => {
  const shown = /显示\s*(\d+)\s*条/.exec(caption) ?? /共\s*(\d+)\s*条/.exec(caption);
  return shown ? Number(shown[1]) : undefined;
};
