import { useCallback, useMemo } from 'react';
import type { Participant } from '@shared/model';
import type { SearchSource } from '@shared/search';
import { useSearch } from '../registry/useSearch';
import type { MatchLookups } from './lookups';
import type { PeopleRow } from './peopleRows';

/**
 * 按参会人's search: the rows where either person matches the query by name
 * or organisation, in characters or pinyin (张伟 / zw / 智感). Only the people
 * in the rows are indexed, not the whole registry.
 */
export const usePeopleSearch = (rows: readonly PeopleRow[], lookups: MatchLookups, query: string): readonly PeopleRow[] => {
  const people = useMemo(() => {
    const ids = new Set(rows.flatMap((r) => [r.fromId, r.toId]));
    return lookups.lists.participants.filter((p) => ids.has(p.id));
  }, [rows, lookups]);
  const toSource = useCallback(
    (p: Participant): SearchSource => ({ id: p.id, primary: p.name, isPersonName: true, secondary: [p.organisationId ? lookups.organisations.get(p.organisationId)?.name : undefined] }),
    [lookups],
  );
  const found = useSearch('matchingPeople', people, toSource, query);
  return useMemo(() => {
    if (query.trim() === '') return rows;
    const ids = new Set(found.map((p) => p.id));
    return rows.filter((r) => ids.has(r.fromId) || ids.has(r.toId));
  }, [rows, found, query]);
};
