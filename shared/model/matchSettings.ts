import { z } from 'zod';
import { DEFAULT_WEIGHTS, type MatchWeights } from '../matching';

/**
 * 匹配设置: how one fair's matching is tuned. Stored on the event, so every
 * laptop of the fair ranks the same way and a bundle carries the settings.
 */

const weight = (label: string, max: number) =>
  z
    .number({ message: `${label}必须是数字` })
    .finite({ message: `${label}必须是有限数字` })
    .min(0, { message: `${label}不能为负数` })
    .max(max, { message: `${label}不能超过${max}` });

// Bounds are generous around DEFAULT_WEIGHTS (text weights 1–3, signals ≤ 0.15):
// wide enough to experiment, narrow enough that a typo (15 for 0.15) is caught.
export const matchWeightsSchema = z
  .object({
    title: weight('标题权重', 10),
    keywords: weight('关键词权重', 10),
    description: weight('描述权重', 10),
    k1: weight('词频饱和度k1', 5),
    b: weight('长度归一化系数b', 1),
    field: weight('领域加分', 1),
    cooperation: weight('合作方式加分', 1),
    maturity: weight('成熟度加分', 1),
    budget: weight('预算加分', 1),
    region: weight('地区加分', 1),
  })
  .refine((w) => w.title + w.keywords + w.description > 0, { message: '标题、关键词、描述的权重不能全为0', path: ['title'] }) satisfies z.ZodType<MatchWeights>;

/** A word the segmenter must keep whole: jieba takes it as one token, so no spaces. */
const word = (label: string) =>
  z
    .string({ message: `${label}必须是文本` })
    .trim()
    .min(1, { message: `${label}不能为空` })
    .max(20, { message: `${label}不超过20个字` })
    .refine((w) => !/\s/.test(w), { message: `${label}不能包含空格` });

export const matchSettingsSchema = z.object({
  weights: matchWeightsSchema,
  /** Organiser's domain words (特高压, CAR-T…), registered in the segmenter. */
  dictionary: z
    .array(word('词条'))
    .max(5000, { message: '自定义词典最多5000个词' })
    .transform((words) => [...new Set(words)]),
  /** Groups of words that mean the same (锂电池 ≈ 锂离子电池); the first word names the group. */
  synonyms: z
    .array(
      z
        .array(word('同义词'))
        .transform((words) => [...new Set(words)])
        .refine((words) => words.length >= 2, { message: '每组同义词至少需要两个不同的词' }),
    )
    .max(1000, { message: '同义词最多1000组' }),
});
export type MatchSettings = z.infer<typeof matchSettingsSchema>;

/** The settings a fair matches with: its own, or the defaults when it has none. */
export const matchSettingsOf = (event: { matching?: MatchSettings | undefined }): MatchSettings =>
  event.matching ?? { weights: { ...DEFAULT_WEIGHTS }, dictionary: [], synonyms: [] };
