import { pinyin } from 'pinyin-pro';

/**
 * Pinyin forms of a Chinese text for search-as-you-type: the full syllables
 * run together (张伟 → zhangwei) and their initials (→ zw). Names are read in
 * surname mode so that 单, 曾, 解 … get their surname readings (shan, zeng, xie).
 * Latin letters and digits pass through lower-cased.
 */
export type PinyinKeys = { full: string; initials: string };

const HAN = /[\u3400-\u9fff]/;

/**
 * Twenty thousand participants share a thousand organisation names and a
 * dozen titles: remembering recent conversions makes indexing them cheap.
 */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, PinyinKeys>();

export const pinyinKeys = (text: string, asPersonName = false): PinyinKeys => {
  const key = asPersonName ? `\u0001${text}` : text;
  const hit = cache.get(key);
  if (hit) return hit;
  const keys = convert(text, asPersonName);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, keys);
  return keys;
};

const convert = (text: string, asPersonName: boolean): PinyinKeys => {
  if (!HAN.test(text)) {
    const plain = text.toLowerCase().replace(/\s+/g, '');
    return { full: plain, initials: plain };
  }
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', ...(asPersonName ? { surname: 'head' } : {}) });
  const parts = syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter((s) => s.length > 0);
  return { full: parts.join(''), initials: parts.map((s) => s[0]).join('') };
};
