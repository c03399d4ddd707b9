import { useMemo } from 'react';
import type { Achievement, Need } from '@shared/model';
import type { RegistryData } from '../registry/useRegistryData';
import type { MatchTarget } from './client/types';

/** The registry by id, for naming the records the engine returns. */
export type MatchLookups = RegistryData & {
  needs: ReadonlyMap<string, Need>;
  achievements: ReadonlyMap<string, Achievement>;
};

export const useMatchLookups = (data: RegistryData): MatchLookups =>
  useMemo(
    () => ({ ...data, needs: new Map(data.lists.needs.map((n) => [n.id, n])), achievements: new Map(data.lists.achievements.map((a) => [a.id, a])) }),
    [data],
  );

/** How a suggested record is named on its card. */
export type Described = { title: string; owner: string; tags: string[] };

const orgName = (l: MatchLookups, id: string | undefined) => (id ? (l.organisations.get(id)?.name ?? '') : '');

export const describeTarget = (target: MatchTarget, id: string, l: MatchLookups): Described => {
  if (target === 'achievements') {
    const a = l.achievements.get(id);
    if (!a) return { title: '（已删除的成果）', owner: '', tags: [] };
    return { title: a.title, owner: orgName(l, a.ownerId), tags: [a.field, a.trl ? `${a.maturity} · TRL${a.trl}` : a.maturity] };
  }
  if (target === 'needs') {
    const n = l.needs.get(id);
    if (!n) return { title: '（已删除的需求）', owner: '', tags: [] };
    return { title: n.title, owner: orgName(l, n.ownerId), tags: [n.field, ...(n.budgetWan === undefined ? [] : [`预算 ${n.budgetWan} 万元`])] };
  }
  const p = l.participants.get(id);
  if (!p) return { title: '（已删除的专家）', owner: '', tags: [] };
  return {
    title: p.title ? `${p.name}（${p.title}）` : p.name,
    owner: orgName(l, p.organisationId),
    tags: (p.expertise ?? []).slice(0, 3),
  };
};

/** A need as its list item and header read: the enterprise and the field. */
export const needSubtitle = (n: Need, l: MatchLookups): string => [orgName(l, n.ownerId), n.field].filter((s) => s !== '').join(' · ');
export const achievementSubtitle = (a: Achievement, l: MatchLookups): string => [orgName(l, a.ownerId), a.field, a.maturity].filter((s) => s !== '').join(' · ');
