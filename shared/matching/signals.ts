import { MATURITY_STAGES } from '../model/vocabulary';
import type { MatchDoc, MatchWeights, ScoreParts } from './types';

type SignalParts = Omit<ScoreParts, 'text'>;
/** Where reasons go; absent while scoring every candidate, so only the shown ones pay for the strings. */
type Reasons = string[] | undefined;

const wan = (value: number): string => `${Number(value.toFixed(2))}万元`;

const stageRank = (doc: MatchDoc): number | undefined => {
  const index = MATURITY_STAGES.findIndex((s) => s === doc.maturity);
  if (index >= 0) return index;
  // TRL 1–3 研发中, 4–5 小试, 6–7 中试, 8–9 可量产 (TRL_OF_STAGE).
  if (doc.trl !== undefined) return doc.trl <= 3 ? 0 : doc.trl <= 5 ? 1 : doc.trl <= 7 ? 2 : 3;
  return undefined;
};

/**
 * The stage a need can use: the one it names, else 中试 when it has a budget
 * (money on the table means it wants something it can deploy soon), else none.
 */
const wantedRank = (need: MatchDoc): number | undefined => stageRank(need) ?? (need.budgetWan !== undefined ? MATURITY_STAGES.indexOf('中试') : undefined);

const cooperation = (need: MatchDoc, achievement: MatchDoc, weight: number, reasons: Reasons): number => {
  const wants = need.cooperationModes ?? [];
  const offers = new Set(achievement.cooperationModes ?? []);
  if (wants.length === 0 || offers.size === 0) return 0;
  const shared = [...new Set(wants)].filter((m) => offers.has(m));
  if (shared.length > 0) {
    reasons?.push(`合作方式匹配：${shared.join('、')}`);
    return (weight * shared.length) / new Set(wants).size;
  }
  reasons?.push(`合作方式不一致：需求希望${wants.join('、')}，成果提供${[...offers].join('、')}`);
  return -weight / 2;
};

const maturity = (need: MatchDoc, achievement: MatchDoc, weight: number, reasons: Reasons): number => {
  const wanted = wantedRank(need);
  const has = stageRank(achievement);
  if (wanted === undefined || has === undefined) return 0;
  const wantedName = `${MATURITY_STAGES[wanted]}及以上`;
  if (has >= wanted) {
    reasons?.push(`成熟度${MATURITY_STAGES[has]}，满足需求（${wantedName}）`);
    return weight;
  }
  reasons?.push(`成熟度${MATURITY_STAGES[has]}，低于需求（${wantedName}）`);
  return (-weight * (wanted - has)) / 3;
};

/** Within budget earns the bonus; over it costs up to the same, reached at three times the budget. */
const budget = (need: MatchDoc, achievement: MatchDoc, weight: number, reasons: Reasons): number => {
  const { budgetWan } = need;
  const { priceWan } = achievement;
  if (budgetWan === undefined || priceWan === undefined) return 0;
  if (priceWan <= budgetWan) {
    reasons?.push(`转化价格${wan(priceWan)}在预算${wan(budgetWan)}内`);
    return weight;
  }
  reasons?.push(`转化价格${wan(priceWan)}超出预算${wan(budgetWan)}`);
  const ratio = budgetWan > 0 ? priceWan / budgetWan : Infinity;
  return -weight * Math.min(1, (ratio - 1) / 2);
};

/** The structured signals of one need–achievement pair, each bounded by its weight. */
export const structuredSignals = (need: MatchDoc, achievement: MatchDoc, weights: MatchWeights, reasons?: string[]): SignalParts => {
  let field = 0;
  if (need.field !== undefined && need.field !== '' && need.field === achievement.field) {
    reasons?.push(`领域相同：${need.field}`);
    field = weights.field;
  }
  const parts = {
    field,
    cooperation: cooperation(need, achievement, weights.cooperation, reasons),
    maturity: maturity(need, achievement, weights.maturity, reasons),
    budget: budget(need, achievement, weights.budget, reasons),
    region: 0,
  };
  if (need.region !== undefined && need.region !== '' && need.region === achievement.region) {
    reasons?.push(`同一地区：${need.region}`);
    parts.region = weights.region;
  }
  return parts;
};

/**
 * The most the signals can add for this query, whatever it is paired with: a
 * signal the query has no data for never fires. Ranking uses it to skip
 * records whose text alone can no longer reach the top.
 */
export const signalBound = (query: MatchDoc, weights: MatchWeights, queryIsAchievement: boolean): number => {
  const has = (value: unknown): boolean => value !== undefined && value !== '';
  const fires = {
    field: has(query.field),
    cooperation: (query.cooperationModes ?? []).length > 0,
    maturity: queryIsAchievement ? stageRank(query) !== undefined : wantedRank(query) !== undefined,
    budget: has(queryIsAchievement ? query.priceWan : query.budgetWan),
    region: has(query.region),
  };
  return (Object.keys(fires) as (keyof typeof fires)[]).reduce((sum, k) => sum + (fires[k] ? Math.abs(weights[k]) : 0), 0);
};

/**
 * Text decides, the signals reorder near-equals: they scale the text score
 * (+15 % for the same field…) rather than add to it, so a record sharing
 * nothing but a field can never outrank one that answers the need, and a
 * record with no shared word scores 0 whatever its signals.
 */
export const combine = (text: number, parts: SignalParts): number =>
  text * Math.max(0, 1 + parts.field + parts.cooperation + parts.maturity + parts.budget + parts.region);
