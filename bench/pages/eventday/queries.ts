import type { Organisation, Participant } from '@shared/model';
import { pinyinKeys } from '@shared/search';

/** How people are looked up at the desk (issue 5): a name, pinyin initials, a mobile's last 4 digits, an organisation, a badge code. */
export type SearchQuery = { kind: 'name' | 'initials' | 'mobile' | 'organisation' | 'badge'; text: string };

const EVERY = 100;

/** Twenty of each kind, spread over the list, the same on every run. */
export const searchQueries = (people: readonly Participant[], organisations: readonly Organisation[]): SearchQuery[] => {
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const sample = people.filter((_, i) => i % EVERY === 0);
  return sample.flatMap((p): SearchQuery[] => {
    const org = p.organisationId ? orgName.get(p.organisationId) : undefined;
    return [
      { kind: 'name', text: p.name },
      { kind: 'initials', text: pinyinKeys(p.name, true).initials },
      ...(p.mobile ? [{ kind: 'mobile' as const, text: p.mobile.slice(-4) }] : []),
      // The way organisers type one: the first four characters (“北京智感”).
      ...(org ? [{ kind: 'organisation' as const, text: org.slice(0, 4) }] : []),
      { kind: 'badge', text: p.badgeCode },
    ];
  });
};
