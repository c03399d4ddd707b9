import { pinyinKeys } from './pinyinKeys';

/**
 * An in-memory search index for the registry lists. Organisers look people up
 * at a busy desk by whatever they have: the name, its pinyin or pinyin initials
 * (张伟 → zhangwei / zw), the last digits of a mobile, the organisation, a badge
 * code. Each record becomes one entry of pre-folded strings so that a keystroke
 * costs one pass of `startsWith`/`includes` over the entries.
 */
export type SearchEntry = {
  id: string;
  /** The name or title, lower-cased. */
  primary: string;
  primaryPinyin: string;
  primaryInitials: string;
  /** Digits only (mobiles): matched by their tail as well as anywhere. */
  digits: string;
  /** Other texts, lower-cased, joined by a separator that no query contains: matched anywhere. */
  secondary: string;
  /**
   * Pinyin and initials of the other texts, each preceded by the separator:
   * matched only from the start of a text, so that "zw" finds 中weixin but
   * not every organisation whose name has 作物 somewhere inside.
   */
  secondaryPinyin: string;
};

export type SearchSource = {
  id: string;
  primary: string;
  isPersonName?: boolean;
  digits?: string;
  /** Organisation name, e-mail, badge code, keywords … */
  secondary?: readonly (string | undefined)[];
};

const SEPARATOR = '\u0001';

export const buildSearchEntry = (source: SearchSource): SearchEntry => {
  const primary = source.primary.toLowerCase();
  const keys = pinyinKeys(source.primary, source.isPersonName ?? false);
  const extra: string[] = [];
  const extraPinyin: string[] = [];
  for (const s of source.secondary ?? []) {
    if (!s) continue;
    const lower = s.toLowerCase();
    extra.push(lower);
    const k = pinyinKeys(s);
    if (k.initials !== lower) extraPinyin.push(k.initials, k.full);
  }
  return {
    id: source.id,
    primary,
    primaryPinyin: keys.full,
    primaryInitials: keys.initials,
    digits: source.digits ?? '',
    secondary: extra.join(SEPARATOR),
    secondaryPinyin: extraPinyin.map((p) => SEPARATOR + p).join(''),
  };
};

export const normalizeQuery = (query: string): string[] =>
  query
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(SEPARATOR, ''))
    .filter((t) => t.length > 0);

/** How well one query token matches an entry; 0 = no match. Higher is better. */
export const scoreToken = (e: SearchEntry, token: string, tokenIsDigits = /^\d+$/.test(token)): number => {
  if (e.primary === token) return 100;
  if (e.primary.startsWith(token)) return 90;
  if (e.primaryInitials === token) return 85;
  if (e.primaryInitials.startsWith(token)) return 80;
  if (e.primaryPinyin.startsWith(token)) return 70;
  if (e.primary.includes(token)) return 60;
  if (tokenIsDigits && e.digits !== '') {
    if (e.digits.endsWith(token)) return 55;
    if (token.length >= 3 && e.digits.includes(token)) return 40;
  }
  if (e.primaryPinyin.includes(token) && token.length >= 2) return 45;
  if (e.secondary.includes(token)) return 30;
  if (e.secondaryPinyin.includes(SEPARATOR + token)) return 25;
  return 0;
};

/**
 * The ids of the entries matching every token of the query, best first
 * (ties keep the entries' order). An empty query matches nothing here: the
 * caller shows the unfiltered list instead.
 */
export const search = (entries: readonly SearchEntry[], query: string, limit = Infinity): string[] => {
  const tokens = normalizeQuery(query);
  if (tokens.length === 0) return [];
  const digitTokens = tokens.map((t) => /^\d+$/.test(t));
  const hits: { id: string; score: number; order: number }[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as SearchEntry;
    let total = 0;
    for (let k = 0; k < tokens.length; k++) {
      const s = scoreToken(e, tokens[k] as string, digitTokens[k]);
      if (s === 0) {
        total = 0;
        break;
      }
      total += s;
    }
    if (total > 0) hits.push({ id: e.id, score: total, order: i });
  }
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return (limit < hits.length ? hits.slice(0, limit) : hits).map((h) => h.id);
};
