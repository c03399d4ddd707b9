import { add_word, cut_for_search } from 'jieba-wasm';
import type { Segmenter } from '../shared/matching';

/**
 * jieba-wasm's Node build with the given words registered, so that 锂离子电池
 * stays one word. Search mode (the long word and its parts: 锂离子电池, 锂离子,
 * 电池) because needs and achievements often name the same thing at different
 * lengths: on the 235 graded real needs it lifts NDCG@10 from 0.731 to 0.750
 * over plain `cut`. jieba's dictionary is process-wide: fine for one CLI run.
 */
export const jiebaSegmenter = (words: Iterable<string>): Segmenter => {
  for (const word of words) add_word(word);
  return (text) => cut_for_search(text, true);
};
