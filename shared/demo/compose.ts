import type { CooperationMode, MaturityStage } from '../model';
import type { AchievementItem, NeedItem, Topic } from './banks/types';
import type { Dice } from './random';

/**
 * Texts put together from a bank item, the way organisers receive them on
 * sign-up forms: a problem, a goal with target indicators, how to cooperate and
 * what it may cost.
 */

const NEED_EXTRAS = [
  '公司可提供现场测试环境和样件数据。',
  '公司将配备专职工程师全程参与项目。',
  '希望合作团队具备工程化落地经验。',
  '优先考虑已有产业化案例的团队。',
  '公司可提供中试场地和配套资金支持。',
];

/** Keeps the bank's order, which puts the lab metrics before the deployment claim. */
const inOrder = <T>(dice: Dice, items: readonly T[], count: number): T[] => {
  const chosen = new Set(dice.sample(items, count));
  return items.filter((item) => chosen.has(item));
};

export const needDescription = (
  dice: Dice,
  topic: Topic,
  item: NeedItem,
  shortName: string,
  modes: readonly CooperationMode[],
  budgetWan: number | undefined,
): string => {
  // Half the forms name the company, half say 公司, as people fill them in.
  const opening = dice.chance(0.5) ? item.context.replace(/^公司/, shortName) : item.context;
  const indicators = inOrder(dice, item.indicators, dice.int(2, item.indicators.length)).join('，');
  const extra = dice.chance(0.5) ? dice.pick(NEED_EXTRAS) : '';
  const budget = budgetWan === undefined ? '预算面议' : `项目预算约${budgetWan}万元`;
  return `${opening}。${topic.need.goal}，主要指标要求：${indicators}。${extra}拟采用${modes.join('或')}方式合作，${budget}。`;
};

const STAGE_SENTENCES: Readonly<Record<MaturityStage, readonly string[]>> = {
  研发中: ['目前处于实验室研发阶段，已完成原理验证', '目前已完成关键技术验证，正在开展工程化研究'],
  小试: ['已完成小试，样品各项性能指标稳定', '已完成实验室小批量制备与验证'],
  中试: ['已完成中试验证，具备产业化基础', '已建成中试线并完成工艺定型'],
  可量产: ['技术成熟，已具备规模化生产条件', '已在合作企业实现量产应用'],
};

export const achievementSummary = (
  dice: Dice,
  item: AchievementItem,
  ownerName: string,
  stage: MaturityStage,
  patentCount: number,
  modes: readonly CooperationMode[],
  priceWan: number | undefined,
): string => {
  // A deployment claim would contradict a result still in the lab.
  const early = stage === '研发中' || stage === '小试';
  const results = early ? item.results.slice(0, 2) : inOrder(dice, item.results, dice.int(2, item.results.length));
  const patents = patentCount > 0 ? `，已申请专利${patentCount}项` : '';
  const price = priceWan === undefined ? '价格面议' : `参考转化价格${priceWan}万元`;
  const team = dice.pick(['研究团队', '科研团队', '课题组']);
  return (
    `${ownerName}${team}${item.approach}。主要技术指标：${results.join('，')}。` +
    `${dice.pick(STAGE_SENTENCES[stage])}${patents}。拟通过${modes.join('、')}等方式与企业合作，${price}。`
  );
};
