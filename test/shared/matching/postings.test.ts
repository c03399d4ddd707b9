import { describe, expect, it } from 'vitest';
import { appendPosting, createPosting, removeFromPosting } from '../../../shared/matching/postings';

const entries = (p: ReturnType<typeof createPosting>) => Array.from(p.slots.subarray(0, p.length), (slot, i) => [slot, p.values[i]]);

describe('posting lists', () => {
  it('grow past their first capacity and keep entries in order', () => {
    const p = createPosting();
    for (let slot = 0; slot < 10; slot++) appendPosting(p, slot, slot / 10);
    expect(p.length).toBe(10);
    expect(entries(p)).toEqual(Array.from({ length: 10 }, (_, slot) => [slot, slot / 10]));
  });

  it('remove one slot, keep the order of the rest, and report a slot that was not there', () => {
    const p = createPosting();
    [3, 5, 8].forEach((slot) => appendPosting(p, slot, slot));
    expect(removeFromPosting(p, 5)).toBe(true);
    expect(entries(p)).toEqual([
      [3, 3],
      [8, 8],
    ]);
    expect(removeFromPosting(p, 5)).toBe(false);
    expect(p.length).toBe(2);
  });
});
