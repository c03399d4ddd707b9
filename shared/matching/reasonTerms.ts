/**
 * Shared terms as a reason shows them: the segmenter in search mode yields
 * 锂离子电池 and also 锂离子, 离子, 电池; a person wants to read 锂离子电池 once,
 * so a term inside a longer shared term is left out. Order is kept.
 */
export const readableTerms = (terms: readonly string[]): string[] => {
  const lower = terms.map((t) => t.toLowerCase());
  return terms.filter((_, i) => {
    const t = lower[i] as string;
    return !lower.some((other, j) => j !== i && other.length > t.length && other.includes(t));
  });
};
