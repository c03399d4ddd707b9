import { seededRandom } from '@shared/ids';
import type { Organisation, Participant } from '@shared/model';
import { buildSearchEntry, search, type SearchEntry, type SearchSource } from '@shared/search';
import type { Keystroke, QueryKind } from './protocol';

/**
 * Search-as-you-type over the registry's participants. Each keystroke is one
 * `search` call over all entries, timed on its own; a query of n characters
 * is n keystrokes ('zhangwei' → z, zh, zha, …), as the list re-filters on
 * every change of the box. A hanzi arrives from the IME one character at a
 * time (张, 张伟).
 */
export const LIMIT = 200;

/** The same source the registry list builds (renderer/features/registry/kinds/participants.tsx). */
export const searchSourceOf = (p: Participant, orgNames: ReadonlyMap<string, string>): SearchSource => ({
  id: p.id,
  primary: p.name,
  isPersonName: true,
  digits: p.mobile ?? '',
  secondary: [p.organisationId ? orgNames.get(p.organisationId) : undefined, p.email, p.badgeCode, p.title],
});

export const buildEntries = (people: readonly Participant[], orgs: readonly Organisation[]): SearchEntry[] => {
  const orgNames = new Map(orgs.map((o) => [o.id, o.name]));
  return people.map((p) => buildSearchEntry(searchSourceOf(p, orgNames)));
};

const COMMON_FRAGMENTS = ['科技', '大学', '研究院', '生物', '智能', '有限公司', '投资', '北京', '深圳'];

/** ≥ 200 queries an organiser would type, drawn from the stored people themselves. */
export const typedQueries = (people: readonly Participant[], entries: readonly SearchEntry[], orgs: readonly Organisation[], seed = 7): { kind: QueryKind; query: string }[] => {
  const random = seededRandom(seed);
  const anyIndex = () => Math.floor(random.float() * people.length);
  const orgNames = new Map(orgs.map((o) => [o.id, o.name]));
  const orgOf = (i: number) => orgNames.get(people[i]?.organisationId ?? '') ?? '科技';
  const queries: { kind: QueryKind; query: string }[] = [];
  const add = (kind: QueryKind, count: number, make: (i: number) => string) => {
    for (let n = 0; n < count; n++) queries.push({ kind, query: make(anyIndex()) });
  };
  add('pinyin initials', 50, (i) => entries[i]?.primaryInitials ?? '');
  add('full pinyin', 50, (i) => entries[i]?.primaryPinyin ?? '');
  add('hanzi name', 40, (i) => people[i]?.name ?? '');
  add('mobile tail', 40, (i) => (people[i]?.mobile ?? '').slice(-4));
  add('organisation', 25, (i) => (random.float() < 0.5 ? orgOf(i).slice(2, 4) : (COMMON_FRAGMENTS[Math.floor(random.float() * COMMON_FRAGMENTS.length)] as string)));
  add('initials + organisation', 25, (i) => `${entries[i]?.primaryInitials ?? ''} ${orgOf(i).slice(2, 4)}`);
  return queries.filter((q) => q.query.trim() !== '');
};

/** Every state of the search box while the queries are typed, character by character. */
export const keystrokesOf = (queries: readonly { kind: QueryKind; query: string }[]): Omit<Keystroke, 'hits'>[] =>
  queries.flatMap(({ kind, query }) => {
    const chars = Array.from(query);
    return chars.map((_, n) => ({ kind, text: chars.slice(0, n + 1).join('') }));
  });

/** One round: the time of each keystroke's `search`, and its hit count. */
export const typeAll = (entries: readonly SearchEntry[], texts: readonly string[]): { ms: number[]; hits: number[] } => {
  const ms: number[] = [];
  const hits: number[] = [];
  for (const text of texts) {
    const t0 = performance.now();
    const ids = search(entries, text, LIMIT);
    ms.push(performance.now() - t0);
    hits.push(ids.length);
  }
  return { ms, hits };
};

/**
 * What the registry list does per keystroke (useSearch.ts): search without a
 * limit (the list shows every match), then ids back to records through the
 * id Map it builds once per change of the records, not per keystroke.
 */
export const typeAllAsTheList = (entries: readonly SearchEntry[], records: readonly Participant[], texts: readonly string[]): number[] => {
  const byId = new Map(records.map((r) => [r.id, r]));
  return texts.map((text) => {
    const t0 = performance.now();
    const shown = search(entries, text).map((id) => byId.get(id) as Participant);
    const ms = performance.now() - t0;
    if (shown.length > records.length) throw new Error('impossible');
    return ms;
  });
};
