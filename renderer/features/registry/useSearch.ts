import { useMemo, useRef } from 'react';
import { buildSearchEntry, search, type SearchEntry, type SearchSource } from '@shared/search';

type Cached = { key: string; entry: SearchEntry };

/**
 * Filters records by a search-as-you-type query. Entries (with their pinyin)
 * are cached per record and rebuilt only when the record's source text
 * changes, so a live update of one row does not re-index twenty thousand.
 */
export const useSearch = <R extends { id: string }>(records: readonly R[], toSource: (r: R) => SearchSource, query: string): R[] => {
  const cache = useRef(new Map<string, Cached>());
  const entries = useMemo(() => {
    const next = new Map<string, Cached>();
    const list = records.map((r) => {
      const source = toSource(r);
      const key = JSON.stringify(source);
      const hit = cache.current.get(r.id);
      const cached = hit && hit.key === key ? hit : { key, entry: buildSearchEntry(source) };
      next.set(r.id, cached);
      return cached.entry;
    });
    cache.current = next;
    return list;
  }, [records, toSource]);
  return useMemo(() => {
    if (query.trim() === '') return [...records];
    const byId = new Map(records.map((r) => [r.id, r]));
    return search(entries, query).map((id) => byId.get(id) as R);
  }, [entries, query, records]);
};
