import { DOMAIN_DICTIONARY, DOMAIN_SYNONYMS, type MatchDoc } from '@shared/matching';
import type { MatchCorpus, MatchSettings } from './types';

/**
 * The words a fair's segmenter must keep whole: the domain defaults, the
 * organiser's dictionary and synonyms, and, as the CLI does, the records' own
 * keywords (the best dictionary there is), so the app and `cli match` segment
 * titles the same way. Keywords of records added later are not registered
 * until the next full load: registering them would segment new text unlike
 * the text already indexed.
 */
export const segmenterWords = (corpus: MatchCorpus, settings: MatchSettings): string[] => [
  ...new Set([
    ...DOMAIN_DICTIONARY,
    ...DOMAIN_SYNONYMS.flat(),
    ...settings.dictionary,
    ...settings.synonyms.flat(),
    ...keywordsOf([...corpus.needs, ...corpus.achievements, ...corpus.experts]),
  ]),
];

/** Same filter as `cli match`: 2–20 characters without spaces, as jieba takes a word. */
const keywordsOf = (docs: readonly MatchDoc[]): string[] =>
  docs
    .flatMap((d) => d.keywords ?? [])
    .map((k) => k.normalize('NFKC').trim())
    .filter((k) => [...k].length >= 2 && [...k].length <= 20 && !/\s/.test(k));

/** The synonym groups the analyzer folds: the domain's, then the organiser's. */
export const synonymGroups = (settings: MatchSettings): string[][] => [...DOMAIN_SYNONYMS.map((g) => [...g]), ...settings.synonyms];
