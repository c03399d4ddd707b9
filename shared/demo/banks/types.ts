import type { Field, MaturityStage } from '../../model';

/** The fields the demo fills; 其他 is what organisers pick when nothing fits, so no bank. */
export type DemoField = Exclude<Field, '其他'>;

/** One need as an enterprise would post it; the context starts with 公司 so the company's name can stand in. */
export type NeedItem = { title: string; context: string; indicators: readonly string[]; keywords: readonly string[] };

/**
 * One achievement as a lab would post it. The approach starts with a verb (it
 * follows “<单位>研究团队”); results are two lab metrics, then a deployment claim
 * that an early-stage result does not get.
 */
export type AchievementItem = { title: string; approach: string; results: readonly string[]; keywords: readonly string[] };

/**
 * One technical topic, seen from both sides of the table. Both sides share the
 * topic's core keywords and each item adds words of its own, so a matching
 * engine can pair them without the two texts being copies of each other.
 */
export type Topic = {
  keywords: readonly string[];
  need: { goal: string; keywords: readonly string[]; items: readonly NeedItem[] };
  achievement: { stages: readonly MaturityStage[]; items: readonly AchievementItem[] };
};

export type FieldBank = {
  field: DemoField;
  budgetWan: readonly [number, number];
  priceWan: readonly [number, number];
  topics: readonly Topic[];
};

/** Positional constructors: they keep the banks one line per item, which reads like a table. */
export const need = (title: string, context: string, indicators: readonly string[], keywords: readonly string[]): NeedItem => ({
  title,
  context,
  indicators,
  keywords,
});

export const result = (title: string, approach: string, results: readonly string[], keywords: readonly string[]): AchievementItem => ({
  title,
  approach,
  results,
  keywords,
});
