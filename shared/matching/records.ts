import type { Achievement, Need, Organisation, Participant } from '../model';
import type { MatchDoc } from './types';

/**
 * Stored records as the matcher reads them. One place decides which fields
 * feed the text and the signals, so the workspace, the bulk run and the CLI
 * rank the same records the same way.
 */

const regionOf = (owner: Organisation | undefined): { region?: string } => (owner?.region ? { region: owner.region } : {});

export const needDoc = (need: Need, owner?: Organisation): MatchDoc => ({
  id: need.id,
  title: need.title,
  ...(need.description === undefined ? {} : { description: need.description }),
  keywords: need.keywords,
  field: need.field,
  cooperationModes: need.cooperationModes,
  ...(need.budgetWan === undefined ? {} : { budgetWan: need.budgetWan }),
  ...regionOf(owner),
});

export const achievementDoc = (achievement: Achievement, owner?: Organisation): MatchDoc => ({
  id: achievement.id,
  title: achievement.title,
  ...(achievement.summary === undefined ? {} : { description: achievement.summary }),
  keywords: achievement.keywords,
  field: achievement.field,
  cooperationModes: achievement.cooperationModes,
  maturity: achievement.maturity,
  ...(achievement.trl === undefined ? {} : { trl: achievement.trl }),
  ...(achievement.priceWan === undefined ? {} : { priceWan: achievement.priceWan }),
  ...regionOf(owner),
});

const mostCommon = (values: readonly string[]): string | undefined => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
};

/**
 * An expert as something a need can match: their stated expertise is the
 * title (what they would say they do), the keywords of the achievements they
 * are contact for are keywords, and those achievements' titles plus the
 * person's notes are the description. The field is the one most of their
 * achievements are in. No cooperation modes, maturity or price: an expert
 * advises, so only text, field and region count.
 */
export const expertDoc = (expert: Participant, organisation: Organisation | undefined, achievements: readonly Achievement[]): MatchDoc => {
  const expertise = expert.expertise ?? [];
  const description = [...achievements.map((a) => a.title), expert.notes ?? ''].filter((t) => t !== '').join('\n');
  const field = mostCommon(achievements.map((a) => a.field));
  return {
    id: expert.id,
    title: expertise.length > 0 ? expertise.join(' ') : (expert.title ?? expert.name),
    ...(description === '' ? {} : { description }),
    keywords: [...new Set(achievements.flatMap((a) => a.keywords))],
    ...(field === undefined ? {} : { field }),
    ...regionOf(organisation),
  };
};

/** 专家: anyone whose roles include it. */
export const isExpert = (participant: Participant): boolean => participant.roles.includes('专家') && !participant.deleted;
