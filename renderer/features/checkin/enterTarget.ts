import type { Participant } from '@shared/model';

/**
 * Whom Enter checks in. At a queue the organiser types a little and presses
 * Enter, so Enter acts without a choice only when there is no doubt: a row
 * picked with the arrow keys, an exact badge code or full mobile number, or a
 * single match. Otherwise it does nothing and the list asks for a choice.
 */
export const enterTarget = (query: string, hits: readonly Participant[], active: number): Participant | undefined => {
  const picked = active >= 0 ? hits[active] : undefined;
  if (picked) return picked;
  const q = query.trim();
  if (q === '') return undefined;
  const code = q.toUpperCase();
  const byBadge = hits.find((p) => p.badgeCode === code);
  if (byBadge) return byBadge;
  const digits = q.replace(/[\s-]/g, '');
  const byMobile = /^\d{11}$/.test(digits) ? hits.find((p) => p.mobile === digits) : undefined;
  if (byMobile) return byMobile;
  return hits.length === 1 ? hits[0] : undefined;
};
