import { DOMAIN_DICTIONARY, DOMAIN_SYNONYMS, keywordWords } from '@shared/matching';
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
    ...keywordWords([...corpus.needs, ...corpus.achievements, ...corpus.experts]),
  ]),
];

/** The synonym groups the analyzer folds: the domain's, then the organiser's. */
export const synonymGroups = (settings: MatchSettings): string[][] => [...DOMAIN_SYNONYMS.map((g) => [...g]), ...settings.synonyms];
