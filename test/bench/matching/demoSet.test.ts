import { describe, expect, it } from 'vitest';
import { loadDemoSet } from '../../../bench/matching/demoSet';

describe('the judged demo set', () => {
  const needs = loadDemoSet();

  it('grades every need of the demo fair against every achievement, on the 1–4 scale', () => {
    expect(needs).toHaveLength(180);
    for (const need of needs) {
      expect(need.candidates).toHaveLength(240);
      for (const c of need.candidates) expect([1, 2, 3, 4]).toContain(c.level);
    }
  });

  it('has a relevant achievement for nearly every need, and is not “everything in the field is relevant”', () => {
    const withRelevant = needs.filter((n) => n.candidates.some((c) => c.level >= 3)).length;
    expect(withRelevant).toBeGreaterThan(170);
    const relevantPerNeed = needs.map((n) => n.candidates.filter((c) => c.level >= 2).length);
    expect(Math.max(...relevantPerNeed)).toBeLessThan(24);
  });

  it('gives the engine and the baselines the whole records and texts', () => {
    const [need] = needs;
    expect(need?.doc?.field).toBeDefined();
    expect(need?.candidates[0]?.doc?.maturity).toBeDefined();
    expect(need?.candidates[0]?.keywords.length).toBeGreaterThan(40);
  });
});
