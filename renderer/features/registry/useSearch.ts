import { useEffect, useMemo, useState } from 'react';
import { buildSearchEntry, search, type SearchEntry, type SearchSource } from '@shared/search';

type Cached = { key: string; entry: SearchEntry };

/**
 * One entry cache per list (participants, organisations …), kept while the
 * app runs: switching between lists, or a live update of one row, rebuilds
 * only the entries whose source text changed, not twenty thousand.
 */
const caches = new Map<string, Map<string, Cached>>();
const cacheFor = (name: string): Map<string, Cached> => {
  let cache = caches.get(name);
  if (!cache) caches.set(name, (cache = new Map()));
  return cache;
};

/**
 * Filters records by a search-as-you-type query, best match first; an empty
 * query keeps the records' order. The index (pinyin of every name and
 * organisation) is built just after the list first paints, not before, so
 * the rows appear at once; a query typed sooner builds it on the spot.
 */
export const useSearch = <R extends { id: string }>(cacheName: string, records: readonly R[], toSource: (r: R) => SearchSource, query: string): R[] => {
  const [warm, setWarm] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWarm(true), 50);
    return () => clearTimeout(timer);
  }, []);
  const wanted = warm || query.trim() !== '';
  const entries = useMemo(() => {
    if (!wanted) return [];
    // Filling the cache during render is idempotent (the same source always
    // gives the same entry), so a re-run render finds the same result.
    const cache = cacheFor(cacheName);
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
  }, [wanted, cacheName, records, toSource]);
  const byId = useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  return useMemo(() => {
    if (query.trim() === '') return records as R[];
    return search(entries, query).map((id) => byId.get(id) as R);
  }, [entries, query, records, byId]);
};
