import { DEFAULT_STOP_WORDS, GENERIC_TERMS, GENERIC_TERM_WEIGHT } from './stopWords';

/**
 * Splits text into words. Injected so that shared/ stays pure: the CLI passes
 * jieba-wasm's Node build, the renderer's worker its web build.
 */
export type Segmenter = (text: string) => string[];

export type AnalyzerOptions = {
  segment: Segmenter;
  /** Domain words (特高压, 锂离子电池…). Register them in the segmenter too; the analyzer also re-joins them when the segmenter splits them. */
  dictionary?: readonly string[];
  /** Groups of words that mean the same; every word maps to the group's first word. */
  synonyms?: readonly (readonly string[])[];
  stopWords?: readonly string[];
};

export type Analyzer = {
  /** The index terms of a text, in order, repeats kept (they are term frequencies). */
  analyze(text: string): string[];
  /** How much a term counts: 1, or less for words so common in this domain that they say little (技术, 系统). */
  weight(term: string): number;
  /** How to show a term to a person: acronyms in the case they were written (CAR-T, not car-t). */
  label(term: string): string;
};

/**
 * Latin letters and digits, kept whole before segmentation because jieba
 * splits "CAR-T" into CAR, -, T. Joins hyphen/dot runs (li-ion, 3.5mm) and a
 * trailing % (99%), so numbers with units stay one term.
 */
const LATIN_RUN = /[a-z0-9]+(?:[-.][a-z0-9]+)*%?/gi;
/** Bare numbers, dates and versions say nothing on their own. */
const BARE_NUMBER = /^\d+(?:[-.]\d+)*$/;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const ENGLISH_STOP_WORDS = new Set(['the', 'of', 'and', 'or', 'for', 'with', 'in', 'on', 'to', 'by', 'an', 'at', 'is', 'are', 'as', 'from', 'based']);
/** Longest run of segmenter tokens re-joined into one dictionary word. */
const MAX_JOIN = 5;

const normalize = (word: string): string => word.normalize('NFKC').toLowerCase().trim();

export const createAnalyzer = (options: AnalyzerOptions): Analyzer => {
  const { segment } = options;
  const canonical = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const group of options.synonyms ?? []) {
    const [first] = group;
    if (first === undefined) continue;
    const target = normalize(first);
    labels.set(target, first.normalize('NFKC').trim());
    for (const word of group) canonical.set(normalize(word), target);
  }
  const dictionary = new Set([...(options.dictionary ?? []), ...(options.synonyms ?? []).flat()].map(normalize).filter((w) => w !== ''));
  const stopWords = new Set((options.stopWords ?? DEFAULT_STOP_WORDS).map(normalize));
  const generic = new Set(GENERIC_TERMS);

  const finish = (term: string, out: string[]): void => {
    const mapped = canonical.get(term) ?? term;
    if (stopWords.has(mapped)) return;
    out.push(mapped);
  };

  const latin = (raw: string, out: string[]): void => {
    const term = raw.toLowerCase();
    if (term.length < 2 || BARE_NUMBER.test(term) || ENGLISH_STOP_WORDS.has(term)) return;
    if (!labels.has(term)) labels.set(term, raw);
    finish(term, out);
  };

  /** Greedy longest re-join of adjacent tokens that spell a dictionary word. */
  const joined = (tokens: readonly string[]): string[] => {
    const result: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      let taken = 1;
      for (let span = Math.min(MAX_JOIN, tokens.length - i); span >= 2; span--) {
        if (dictionary.has(tokens.slice(i, i + span).join(''))) {
          taken = span;
          break;
        }
      }
      result.push(tokens.slice(i, i + taken).join(''));
      i += taken;
    }
    return result;
  };

  const other = (text: string, out: string[]): void => {
    if (!HAS_WORD_CHAR.test(text)) return;
    for (const token of joined(segment(text).map((t) => t.trim()))) {
      if (!HAS_WORD_CHAR.test(token)) continue;
      // Single Han characters (是, 用, 电) are mostly noise once words are segmented.
      if ([...token].length === 1 && !dictionary.has(token)) continue;
      finish(token, out);
    }
  };

  return {
    analyze(text) {
      const source = text.normalize('NFKC');
      const out: string[] = [];
      let last = 0;
      for (const match of source.matchAll(LATIN_RUN)) {
        other(source.slice(last, match.index).toLowerCase(), out);
        latin(match[0], out);
        last = match.index + match[0].length;
      }
      other(source.slice(last).toLowerCase(), out);
      return out;
    },
    weight: (term) => (generic.has(term) ? GENERIC_TERM_WEIGHT : 1),
    label: (term) => labels.get(term) ?? term,
  };
};
