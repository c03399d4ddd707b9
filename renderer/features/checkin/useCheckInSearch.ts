import { useCallback } from 'react';
import type { Participant } from '@shared/model';
import { participantsConfig } from '../registry/kinds/participants';
import type { RegistryData } from '../registry/useRegistryData';
import { useSearch } from '../registry/useSearch';

/**
 * The desk's search: the registry's participant index (name, pinyin and
 * initials, mobile digits, organisation, badge code), shared with the
 * 参会人 list through `useSearch`'s per-record cache, so the index is built
 * once per app run and a check-in rebuilds one entry, not two thousand.
 */
export const useCheckInSearch = (data: RegistryData, query: string): Participant[] => {
  const toSource = useCallback((p: Participant) => participantsConfig.searchSource(p, data), [data]);
  const hits = useSearch('participants', data.lists.participants, toSource, query);
  return query.trim() === '' ? [] : hits;
};
