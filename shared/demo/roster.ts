import type { Availability, ID_PREFIX, OrgKind, Organisation, Participant, RecordBase, Session, Slot } from '../model';
import { DEMO_FIELDS, FIELD_BANKS } from './banks';
import type { DemoField } from './banks/types';
import { demoEnterprise, demoUscc, drawBrands } from './enterprises';
import { GOVERNMENT_BODIES, HOST_SERVICE_ORG, INSTITUTIONS, INVESTORS, SERVICE_ORGS } from './institutions';
import { personName } from './names';
import { brandSlug, delegationPosts, hostStaffPosts, uniqueEmail, uniqueMobile } from './people';
import type { Dice } from './random';

/** A fresh id of the given kind and a new HLC stamp for a record of the fair. */
export type Stamper = (kind: keyof typeof ID_PREFIX) => RecordBase;

/** An organisation with what the generator still needs after the record is made. */
export type DemoOrg = {
  record: Organisation;
  fields: readonly DemoField[];
  /** How its people name it in a sentence: 睿芯科技, 清华大学. */
  shortName: string;
  /** Where its people's mailboxes are. */
  domain: string;
  /** Put on each investor's record: what the firm is looking for. */
  personNotes?: string;
  delegation: Participant[];
};

type OrgPlan = Omit<Organisation, keyof RecordBase> & Omit<DemoOrg, 'record' | 'delegation'>;

export const ENTERPRISES_PER_FIELD = 8;

const planOrganisations = (dice: Dice): OrgPlan[] => {
  const plans: OrgPlan[] = [];
  for (const g of GOVERNMENT_BODIES) {
    plans.push({ kind: '政府部门', name: g.name, region: g.region, industry: '公共管理', website: `https://${g.domain}`, fields: [], shortName: g.name, domain: g.domain });
  }
  for (const s of SERVICE_ORGS) {
    plans.push({ kind: '服务机构', name: s.name, region: s.region, industry: '科技推广和应用服务业', intro: s.intro, fields: [], shortName: s.name, domain: s.domain });
  }
  for (const i of INSTITUTIONS) {
    plans.push({
      kind: i.kind,
      name: i.name,
      region: i.region,
      industry: i.kind === '高校' ? '教育' : '科学研究和技术服务业',
      website: `https://www.${i.domain}`,
      intro: `本次对接会重点发布${i.fields.join('、')}领域科技成果。`,
      fields: i.fields,
      shortName: i.name,
      domain: i.domain,
    });
  }
  const brands = drawBrands(dice, DEMO_FIELDS.length * ENTERPRISES_PER_FIELD);
  const domains = new Set<string>();
  DEMO_FIELDS.forEach((field, f) => {
    for (let k = 0; k < ENTERPRISES_PER_FIELD; k++) {
      const e = demoEnterprise(dice, field, brands[f * ENTERPRISES_PER_FIELD + k] as string);
      // 睿达 and 瑞达 are both ruida: the second one gets a longer domain, as it would in life.
      const slug = brandSlug(e.brand);
      let domain = `${slug}${dice.pick(['.com', '.com', '.com.cn', '.cn'])}`;
      for (let n = 2; domains.has(domain); n++) domain = `${slug}${n === 2 ? 'tech' : `tech${n}`}.com`;
      domains.add(domain);
      plans.push({
        kind: '企业',
        name: e.name,
        usci: e.usci,
        region: e.region,
        industry: e.industry,
        ...(dice.chance(0.7) ? { website: `https://www.${domain}` } : {}),
        intro: e.name + e.intro,
        fields: [field],
        shortName: e.shortName,
        domain,
      });
    }
  });
  for (const v of INVESTORS) {
    const focus = v.fields.join('、');
    plans.push({
      kind: '投资机构',
      name: v.name,
      usci: demoUscc(dice, v.regionCode, dice.int(2012, 2021)),
      region: v.region,
      industry: '资本市场服务',
      website: `https://www.${v.domain}`,
      intro: `专注于${focus}领域的早期及成长期投资，管理基金规模约${v.fundYi}亿元。`,
      fields: v.fields,
      shortName: v.name,
      domain: v.domain,
      personNotes: `关注领域：${focus}`,
    });
  }
  return plans;
};

/**
 * Most people stay both days; some come for one day or only the mornings, and a
 * few block out slots, so the scheduler has real constraints to respect.
 */
const availabilityFor = (dice: Dice, kind: OrgKind, sessions: readonly Session[], slots: readonly Slot[]): Availability => {
  const all: Availability = { sessionIds: [], unavailableSlotIds: [] };
  if (kind === '政府部门' || kind === '服务机构') return all;
  const r = dice.float();
  const ids = (pick: (s: Session) => boolean) => sessions.filter(pick).map((s) => s.id);
  if (r < 0.75) return all;
  if (r < 0.85) return { sessionIds: ids((s) => s.date === sessions[0]?.date), unavailableSlotIds: [] };
  if (r < 0.9) return { sessionIds: ids((s) => s.date !== sessions[0]?.date), unavailableSlotIds: [] };
  if (r < 0.95) return { sessionIds: ids((s) => s.start < '12:00'), unavailableSlotIds: [] };
  const blocked = dice.sample(slots, 2).sort((a, b) => slots.indexOf(a) - slots.indexOf(b));
  return { sessionIds: [], unavailableSlotIds: blocked.map((s) => s.id) };
};

/** What technology managers of a service organisation advise on, whatever the field. */
const BROKER_EXPERTISE = ['技术转移', '知识产权', '成果评估'];

/**
 * An expert's 专长: the core words of one of their organisation's topics,
 * chosen by their place in the roster rather than by a dice draw, so that
 * adding it left every other record of the demo fair as it was.
 */
const expertiseOf = (org: DemoOrg, index: number): string[] => {
  const field = org.fields[index % Math.max(1, org.fields.length)];
  const bank = FIELD_BANKS.find((b) => b.field === field);
  const topic = bank?.topics[index % bank.topics.length];
  return topic ? topic.keywords.slice(0, 3) : BROKER_EXPERTISE;
};

export const buildRoster = (
  dice: Dice,
  stamp: Stamper,
  sessions: readonly Session[],
  slots: readonly Slot[],
): { organisations: DemoOrg[]; participants: Participant[] } => {
  const organisations: DemoOrg[] = [];
  const participants: Participant[] = [];
  const mobiles = new Set<string>();
  const emails = new Set<string>();
  for (const { fields, shortName, domain, personNotes, ...fieldsOfRecord } of planOrganisations(dice)) {
    organisations.push({ record: { ...stamp('organisation'), ...fieldsOfRecord }, fields, shortName, domain, personNotes, delegation: [] });
  }
  for (const org of organisations) {
    const posts = [...delegationPosts(dice, org.record.kind), ...(org.record.name === HOST_SERVICE_ORG ? hostStaffPosts() : [])];
    for (const post of posts) {
      const name = personName(dice);
      const person: Participant = {
        ...stamp('participant'),
        name: name.full,
        organisationId: org.record.id,
        title: post.title,
        mobile: uniqueMobile(dice, mobiles),
        // A few people leave the e-mail blank on the sign-up sheet.
        ...(dice.chance(0.95) ? { email: uniqueEmail(dice, name, org.domain, org.record.kind, emails) } : {}),
        roles: [...post.roles],
        badgeCode: `ZGC${String(participants.length + 1).padStart(4, '0')}`,
        checkIn: { state: '未签到' },
        availability: availabilityFor(dice, org.record.kind, sessions, slots),
        ...(org.personNotes && post.roles.includes('投资人') ? { notes: org.personNotes } : {}),
        ...(post.roles.includes('专家') ? { expertise: expertiseOf(org, participants.length) } : {}),
      };
      org.delegation.push(person);
      participants.push(person);
    }
  }
  return { organisations, participants };
};
