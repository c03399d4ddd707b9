/**
 * Marks the shared terms of a suggestion in a record's text, so the organiser
 * can check a match against both texts. The engine reports each shared term
 * by its synonym group's first word (锂离子电池), while a text may say 锂电池:
 * every word of the term's group is marked.
 */
export type Segment = { text: string; hit: boolean };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fold = (s: string): string => s.normalize('NFKC').toLowerCase().trim();

/** Every way a text may write the shared terms: the terms and their synonyms, longest first. */
export const termVariants = (terms: readonly string[], synonyms: readonly (readonly string[])[]): string[] => {
  const groupOf = new Map<string, readonly string[]>();
  for (const group of synonyms) for (const word of group) groupOf.set(fold(word), group);
  const variants = new Set<string>();
  for (const term of terms) {
    const words = groupOf.get(fold(term)) ?? [term];
    for (const w of words) if (w.trim() !== '') variants.add(w.trim());
  }
  return [...variants].sort((a, b) => b.length - a.length);
};

/** Splits `text` into marked and unmarked runs; the longest variant wins where two overlap. */
export const highlight = (text: string, variants: readonly string[]): Segment[] => {
  if (variants.length === 0 || text === '') return text === '' ? [] : [{ text, hit: false }];
  const pattern = new RegExp(variants.map(escape).join('|'), 'gi');
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: m[0], hit: true });
    at = start + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
};

/**
 * The terms as chips: the segmenter also yields the parts of a long word
 * (锂离子电池 → 锂离子, 电池), and a person wants to read the long word once.
 */
export const distinctTerms = (terms: readonly string[]): string[] => {
  const folded = terms.map(fold);
  return terms.filter((_, i) => !folded.some((other, j) => j !== i && other.length > (folded[i] ?? '').length && other.includes(folded[i] ?? '')));
};
