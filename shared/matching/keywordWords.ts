import type { MatchDoc } from './types';

/**
 * Organisers' keywords are the best dictionary there is: registered in the
 * segmenter, titles segment the way the organiser wrote the keywords. Only
 * those jieba can take as a word: 2–20 characters, no spaces.
 */
export const keywordWords = (docs: readonly MatchDoc[]): string[] =>
  docs
    .flatMap((d) => d.keywords ?? [])
    .map((k) => k.normalize('NFKC').trim())
    .filter((k) => [...k].length >= 2 && [...k].length <= 20 && !/\s/.test(k));
