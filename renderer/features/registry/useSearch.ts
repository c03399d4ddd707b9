import { useMemo, useState } from 'react';
import { buildSearchEntry, search, type SearchEntry, type SearchSource } from '@shared/search';

type Cached = { key: string; entry: SearchEntry };

/**
 * Filters records by a search-as-you-type query. Entries (with their pinyin)
 * are cached per record and rebuilt only when the record's source text
 * changes, so a live update of one row does not re-index twenty thousand.
 */
export const useSearch = <R extends { id: string }>(records: readonly R[], toSource: (r: R) => SearchSource, query: string): R[] => {
  // A memo cache that lives as long as the list: filling it during render is
  // idempotent (the same source always gives the same entry), so it is safe.
  const [cache] = useState(() => new Map<string, Cached>());
  const entries = useMemo(() => {
    const seen = new Set<string>();
    const list = records.map((r) => {
      const source = toSource(r);
      const key = JSON.stringify(source);
      const hit = cache.get(r.id);
      const cached = hit && hit.key === key ? hit : { key, entry: buildSearchEntry(source) };
      cache.set(r.id, cached);
      seen.add(r.id);
      return cached.entry;
    });
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    return list;
  }, [records, toSource, cache]);
  const byId = useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  return useMemo(() => {
    if (query.trim() === '') return [...records];
    return search(entries, query).map((id) => byId.get(id) as R);
  }, [entries, query, records, byId]);
};
