import { normalizeMobile, type Participant } from '../model';
import { SIDE_LABELS, type RequestSide } from './requestFields';
import { cellText, isBlank, nameKey, personName, readMobile } from './values';

/**
 * Finding the participant a request row means. 胸卡码 and 手机 are unique
 * within a fair and win; a name alone is enough when only one participant
 * has it, and a 单位 tells namesakes apart. When the cells disagree (a badge
 * code of someone else than the name given) the row is refused: guessing
 * would book the wrong person.
 */
export type PersonRecord = Pick<Participant, 'id' | 'name' | 'organisationId' | 'mobile' | 'badgeCode'>;

export type SideCells = { name: string; organisation: string; mobile: string; badgeCode: string };

export type ResolvedPerson = { person: PersonRecord; problem?: undefined } | { person?: undefined; problem: string };

const count = (n: number): string => (n === 2 ? '两' : String(n));

export const peopleResolver = (participants: readonly PersonRecord[], organisations: readonly { id: string; name: string }[]) => {
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const byBadge = new Map(participants.filter((p) => p.badgeCode !== '').map((p) => [p.badgeCode.toUpperCase(), p]));
  const byMobile = new Map<string, PersonRecord[]>();
  const byName = new Map<string, PersonRecord[]>();
  for (const p of participants) {
    if (p.mobile) byMobile.set(p.mobile, [...(byMobile.get(p.mobile) ?? []), p]);
    byName.set(nameKey(p.name), [...(byName.get(nameKey(p.name)) ?? []), p]);
  }
  const orgOf = (p: PersonRecord): string => (p.organisationId === undefined ? '' : (orgName.get(p.organisationId) ?? ''));

  /** Same organisation: equal names, else one name inside the other (“清华” for 清华大学). */
  const inOrg = (people: readonly PersonRecord[], org: string): PersonRecord[] => {
    const k = nameKey(org);
    const exact = people.filter((p) => nameKey(orgOf(p)) === k);
    if (exact.length > 0) return exact;
    return people.filter((p) => {
      const theirs = nameKey(orgOf(p));
      return theirs !== '' && (theirs.includes(k) || k.includes(theirs));
    });
  };

  const byNameAndOrg = (label: string, name: string, org: string): ResolvedPerson => {
    const named = byName.get(nameKey(name)) ?? [];
    if (named.length === 0) return { problem: `${label}“${name}”不在参会人名单中` };
    if (org === '') {
      if (named.length === 1 && named[0]) return { person: named[0] };
      return { problem: `${label}“${name}”有${count(named.length)}位同名参会人，请填写单位或手机` };
    }
    const there = inOrg(named, org);
    if (there.length === 1 && there[0]) return { person: there[0] };
    if (there.length > 1) return { problem: `${label}“${name}”在“${org}”有${count(there.length)}位同名参会人，请填写手机或胸卡码` };
    const theirs = [...new Set(named.map((p) => orgOf(p) || '未填单位'))].join('、');
    return { problem: `${label}“${name}”（${org}）不在参会人名单中：名单中的“${name}”单位为${theirs}` };
  };

  /**
   * Sign-up sheets often ask for a meeting “with 清华大学”: when the
   * organisation sends one person, that is who is meant; with several, the
   * row names them so the organiser can pick.
   */
  const byOrganisationOnly = (label: string, org: string): ResolvedPerson => {
    const there = inOrg(participants, org);
    if (there.length === 1 && there[0]) return { person: there[0] };
    if (there.length === 0) return { problem: `${label}单位“${org}”没有参会人，请填写姓名、手机或胸卡码` };
    const names = there.slice(0, 5).map((p) => p.name).join('、');
    return { problem: `${label}单位“${org}”有${count(there.length)}位参会人（${names}${there.length > 5 ? '等' : ''}），请填写姓名、手机或胸卡码` };
  };

  /** The name, when given, must be the found person's: a typo in a code must not book someone else. */
  const sameName = (label: string, what: string, person: PersonRecord, name: string): ResolvedPerson =>
    name === '' || nameKey(name) === nameKey(person.name) ? { person } : { problem: `${label}${what}属于“${person.name}”，与填写的姓名“${name}”不符` };

  return (side: RequestSide, cells: SideCells): ResolvedPerson => {
    const label = SIDE_LABELS[side];
    const name = isBlank(cells.name) ? '' : personName(cells.name);
    const org = isBlank(cells.organisation) ? '' : cellText(cells.organisation);
    const badge = cellText(cells.badgeCode).toUpperCase();
    const mobileCell = readMobile(cells.mobile);
    if (mobileCell.problem !== undefined) return { problem: `${label}${mobileCell.problem}` };
    const mobile = mobileCell.value === undefined ? '' : normalizeMobile(mobileCell.value);

    if (badge !== '') {
      const person = byBadge.get(badge);
      if (!person) return { problem: `${label}胸卡码“${badge}”不在参会人名单中` };
      if (mobile !== '' && person.mobile !== mobile) return { problem: `${label}胸卡码“${badge}”与手机“${mobile}”不是同一位参会人` };
      return sameName(label, `胸卡码“${badge}”`, person, name);
    }
    if (mobile !== '') {
      const found = byMobile.get(mobile) ?? [];
      const named = found.length > 1 && name !== '' ? found.filter((p) => nameKey(p.name) === nameKey(name)) : found;
      const [only, ...more] = named;
      if (!only) return { problem: found.length === 0 ? `${label}手机“${mobile}”不在参会人名单中` : `${label}手机“${mobile}”的参会人中没有“${name}”` };
      if (more.length > 0) return { problem: `${label}手机“${mobile}”登记在${count(named.length)}位参会人名下，请填写胸卡码` };
      return sameName(label, `手机“${mobile}”`, only, name);
    }
    if (name !== '') return byNameAndOrg(label, name, org);
    if (org === '') return { problem: `${label}未填写：姓名、手机或胸卡码至少填一项` };
    return byOrganisationOnly(label, org);
  };
};
