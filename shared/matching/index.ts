/**
 * 精准对接: ranks achievements for a need by field-weighted BM25 over their
 * texts plus bounded structured signals, each suggestion with its reasons.
 * Pure: the word segmenter is passed in (jieba-wasm in the CLI and the worker).
 */
export { createAnalyzer, type Analyzer, type AnalyzerOptions, type Segmenter } from './analyzer';
export { DEFAULT_STOP_WORDS, GENERIC_TERMS, GENERIC_TERM_WEIGHT } from './stopWords';
export { createMatcher } from './matcher';
export { createAnalysisCache, type AnalysisCache, type DocAnalysis } from './analyses';
export { characterBigrams } from './grams';
export { DEFAULT_WEIGHTS, IDF_COLLECTION_SIZE, REFERENCE_LENGTHS } from './weights';
export type { MatchDoc, MatchWeights, Matcher, MatcherOptions, RankOptions, ScoreParts, Suggestion } from './types';
export { MAX_DESCRIPTION, MAX_TITLE, candidatesSchema, matchRecordSchema, parseMatchRecords, type InputProblem } from './input';
export { DOMAIN_DICTIONARY, DOMAIN_SYNONYMS } from './domain';
export { achievementDoc, expertDoc, isExpert, needDoc } from './records';
export { suggestMeetings, type MeetingSuggestion, type PairInput } from './pairs';
export { keywordWords } from './keywordWords';
