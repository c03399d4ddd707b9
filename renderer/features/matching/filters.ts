import type { MatchDoc, Suggestion } from '@shared/matching';
import type { MatchTarget } from './client/types';
import { compareNames } from '@shared/nameOrder';

/** The filters above a suggestion list; an empty list means “any”. */
export type SuggestionFilters = { field: string[]; maturity: string[]; mode: string[]; region: string[] };
export type FilterKey = keyof SuggestionFilters;

export const NO_FILTERS: SuggestionFilters = { field: [], maturity: [], mode: [], region: [] };

export const FILTER_LABELS: Record<FilterKey, string> = { field: '领域', maturity: '成熟度', mode: '合作方式', region: '地区' };

/** Experts have no stage or modes, needs no stage: a filter on them would hide everything. */
export const filtersFor = (target: MatchTarget): FilterKey[] =>
  target === 'achievements' ? ['field', 'maturity', 'mode', 'region'] : target === 'needs' ? ['field', 'mode', 'region'] : ['field', 'region'];

const passes = (doc: MatchDoc | undefined, filters: SuggestionFilters, keys: readonly FilterKey[]): boolean => {
  if (!doc) return false;
  const wants = (key: FilterKey) => keys.includes(key) && filters[key].length > 0;
  if (wants('field') && !filters.field.includes(doc.field ?? '')) return false;
  if (wants('maturity') && !filters.maturity.includes(doc.maturity ?? '')) return false;
  if (wants('mode') && !(doc.cooperationModes ?? []).some((m) => filters.mode.includes(m))) return false;
  if (wants('region') && !filters.region.includes(doc.region ?? '')) return false;
  return true;
};

/** The suggestions whose record passes every filter that applies to the target, in rank order. */
export const filterSuggestions = (suggestions: readonly Suggestion[], docs: ReadonlyMap<string, MatchDoc>, filters: SuggestionFilters, target: MatchTarget): Suggestion[] => {
  const keys = filtersFor(target);
  if (keys.every((k) => filters[k].length === 0)) return [...suggestions];
  return suggestions.filter((s) => passes(docs.get(s.id), filters, keys));
};

export const hasFilters = (filters: SuggestionFilters, target: MatchTarget): boolean => filtersFor(target).some((k) => filters[k].length > 0);

/** The regions the records of a kind are in, for the 地区 filter. */
export const regionsOf = (docs: ReadonlyMap<string, MatchDoc>): string[] =>
  [...new Set([...docs.values()].flatMap((d) => (d.region ? [d.region] : [])))].sort(compareNames);
