import { TRL_OF_STAGE } from '../model/achievement';
import { patentCheckDigit } from '../model/validators/patent';
import type { Achievement, CooperationMode, Need, Participant } from '../model';
import { FIELD_BANKS } from './banks';
import type { AchievementItem, FieldBank, NeedItem, Topic } from './banks/types';
import { achievementSummary, needDescription } from './compose';
import { roundWan, type Dice } from './random';
import type { DemoOrg, Stamper } from './roster';

type Weighted<T> = readonly (readonly [T, number])[];

// Enterprises mostly want a lab to build something with or for them…
const NEED_MODES: Weighted<CooperationMode> = [['合作开发', 4], ['委托开发', 3], ['技术转让', 2], ['技术许可', 1], ['技术咨询', 1], ['技术服务', 1]];
// …while labs mostly offer to sell, license or co-develop what they have.
const ACHIEVEMENT_MODES: Weighted<CooperationMode> = [['技术转让', 4], ['合作开发', 4], ['技术许可', 3], ['技术服务', 2], ['技术咨询', 1], ['共建平台', 1], ['人才培养', 1]];

const NEED_DEADLINES = ['2026-12-31', '2027-03-31', '2027-06-30', '2027-12-31'];

const drawModes = (dice: Dice, weights: Weighted<CooperationMode>, max: number): CooperationMode[] => {
  const count = dice.int(1, max);
  const modes = new Set<CooperationMode>();
  while (modes.size < count) modes.add(dice.weighted(weights));
  return [...modes];
};

/**
 * The topic's headline word, which both sides always use, a few more of its
 * words, then the item's own: a need and an achievement on one topic always
 * share a word, but rarely all of them.
 */
const drawKeywords = (dice: Dice, core: readonly string[], own: readonly string[]): string[] => [
  ...new Set([...core.slice(0, 1), ...dice.sample(core.slice(1), dice.int(1, 2)), ...own]),
];

const drawContact = (dice: Dice, org: DemoOrg, role: '需求方' | '成果方'): Participant => {
  const lead = org.delegation[0];
  if (lead && lead.roles.includes(role) && dice.chance(0.6)) return lead;
  const holders = org.delegation.filter((p) => p.roles.includes(role));
  return dice.pick(holders);
};

type Assignment<I> = { bank: FieldBank; topic: Topic; item: I; owner: DemoOrg };

/**
 * Every item in a bank is used once; owners take them in turn after a
 * shuffle so that each enterprise posts two or three needs and the work of a
 * field spreads over the labs strong in it. The final shuffle makes the list
 * read like sign-ups arriving, not like the bank.
 */
const assign = <I>(
  dice: Dice,
  itemsOf: (topic: Topic) => readonly I[],
  owners: (bank: FieldBank) => readonly DemoOrg[],
): Assignment<I>[] => {
  const out: Assignment<I>[] = [];
  for (const bank of FIELD_BANKS) {
    const candidates = dice.shuffle(owners(bank));
    const items = bank.topics.flatMap((topic) => itemsOf(topic).map((item) => ({ topic, item })));
    items.forEach(({ topic, item }, i) => out.push({ bank, topic, item, owner: candidates[i % candidates.length] as DemoOrg }));
  }
  return dice.shuffle(out);
};

export const buildNeeds = (dice: Dice, stamp: Stamper, organisations: readonly DemoOrg[]): Need[] => {
  const enterprisesIn = (bank: FieldBank) => organisations.filter((o) => o.record.kind === '企业' && o.fields.includes(bank.field));
  return assign<NeedItem>(dice, (topic) => topic.need.items, enterprisesIn).map(({ bank, topic, item, owner }) => {
    const modes = drawModes(dice, NEED_MODES, 2);
    const budgetWan = dice.chance(0.85) ? roundWan(dice, bank.budgetWan) : undefined;
    // Now and then the enterprise adds a word about its situation (产线改造, 注册证).
    const own = dice.chance(0.5) ? [...item.keywords, dice.pick(topic.need.keywords)] : item.keywords;
    return {
      ...stamp('need'),
      ownerId: owner.record.id,
      contactId: drawContact(dice, owner, '需求方').id,
      title: item.title,
      description: needDescription(dice, topic, item, owner.shortName, modes, budgetWan),
      field: bank.field,
      keywords: drawKeywords(dice, topic.keywords, own),
      cooperationModes: modes,
      ...(budgetWan === undefined ? {} : { budgetWan }),
      ...(dice.chance(0.5) ? { deadline: dice.pick(NEED_DEADLINES) } : {}),
    };
  });
};

/**
 * A 中国专利 application number with a valid check digit: ZL + year + type
 * (1 invention, 2 utility model) + 7-digit serial + check, stored without the
 * dot, as the schema normalises it.
 */
const drawPatent = (dice: Dice, taken: Set<string>): string => {
  for (;;) {
    const body = `${dice.int(2016, 2025)}${dice.chance(0.85) ? '1' : '2'}${String(dice.int(0, 9_999_999)).padStart(7, '0')}`;
    if (!taken.has(body)) {
      taken.add(body);
      return `ZL${body}${patentCheckDigit(body)}`;
    }
  }
};

const PATENT_COUNT = { 研发中: [0, 2], 小试: [1, 3], 中试: [1, 4], 可量产: [2, 4] } as const;

export const buildAchievements = (dice: Dice, stamp: Stamper, organisations: readonly DemoOrg[]): Achievement[] => {
  const patentsTaken = new Set<string>();
  const labsIn = (bank: FieldBank) =>
    organisations.filter((o) => (o.record.kind === '高校' || o.record.kind === '科研院所') && o.fields.includes(bank.field));
  return assign<AchievementItem>(dice, (topic) => topic.achievement.items, labsIn).map(({ bank, topic, item, owner }) => {
    const maturity = dice.pick(topic.achievement.stages);
    const [fewest, most] = PATENT_COUNT[maturity];
    const patents = Array.from({ length: dice.int(fewest, most) }, () => drawPatent(dice, patentsTaken));
    const [lowTrl, highTrl] = TRL_OF_STAGE[maturity];
    const modes = drawModes(dice, ACHIEVEMENT_MODES, 3);
    const priceWan = dice.chance(0.8) ? roundWan(dice, bank.priceWan) : undefined;
    return {
      ...stamp('achievement'),
      ownerId: owner.record.id,
      contactId: drawContact(dice, owner, '成果方').id,
      title: item.title,
      summary: achievementSummary(dice, item, owner.shortName, maturity, patents.length, modes, priceWan),
      field: bank.field,
      keywords: drawKeywords(dice, topic.keywords, item.keywords),
      maturity,
      ...(dice.chance(0.9) ? { trl: dice.int(lowTrl, highTrl) } : {}),
      patents,
      cooperationModes: modes,
      ...(priceWan === undefined ? {} : { priceWan }),
    };
  });
};
