import type { Draft, FieldIssue } from '@shared/model';
import type { DeskDatabase } from './database';
import type { RecordOf, RegistryKind } from './recordKinds';

/**
 * Rules that span records and so cannot live in a zod schema: uniqueness
 * within an event and references to live records of the same event. They run
 * inside the write's transaction so two quick writes cannot both pass.
 *
 * The rules ask a `Lookup`; a single write looks up the database's indexes,
 * a bulk import a snapshot of the event that grows with the batch.
 */
export type Lookup = {
  /** The name of a live participant of the event with this key, other than `selfId`. */
  personWith(key: 'mobile' | 'badgeCode', value: string, selfId?: string): Promise<string | undefined>;
  /** The name of a live organisation with this key, other than `selfId`. */
  orgWith(key: 'name' | 'usci', value: string, selfId?: string): Promise<string | undefined>;
  isLive(kind: 'organisations' | 'participants', id: string): Promise<boolean>;
};

type Fields<K extends RegistryKind> = Draft<RecordOf[K]>;
type Check<K extends RegistryKind> = (lookup: Lookup, value: Fields<K>, selfId: string | undefined) => Promise<FieldIssue[]>;

const referenceIssue = async (lookup: Lookup, kind: 'organisations' | 'participants', id: string | undefined, field: string, label: string): Promise<FieldIssue[]> =>
  id === undefined || (await lookup.isLive(kind, id)) ? [] : [{ field, message: `${label}不存在或已被删除` }];

const organisations: Check<'organisations'> = async (lookup, v, selfId) => {
  const issues: FieldIssue[] = [];
  if (await lookup.orgWith('name', v.name, selfId)) issues.push({ field: 'name', message: `机构“${v.name}”已存在` });
  const codeOwner = v.usci ? await lookup.orgWith('usci', v.usci, selfId) : undefined;
  if (codeOwner) issues.push({ field: 'usci', message: `统一社会信用代码已被“${codeOwner}”使用` });
  return issues;
};

const participants: Check<'participants'> = async (lookup, v, selfId) => {
  const issues = await referenceIssue(lookup, 'organisations', v.organisationId, 'organisationId', '所属机构');
  const mobileOwner = v.mobile ? await lookup.personWith('mobile', v.mobile, selfId) : undefined;
  if (mobileOwner) issues.push({ field: 'mobile', message: `手机号已被“${mobileOwner}”使用` });
  const badgeOwner = await lookup.personWith('badgeCode', v.badgeCode, selfId);
  if (badgeOwner) issues.push({ field: 'badgeCode', message: `胸卡码已被“${badgeOwner}”使用` });
  return issues;
};

const ownedItem =
  (ownerLabel: string): Check<'needs' | 'achievements'> =>
  async (lookup, v) => [
    ...(await referenceIssue(lookup, 'organisations', v.ownerId, 'ownerId', ownerLabel)),
    ...(await referenceIssue(lookup, 'participants', v.contactId, 'contactId', '联系人')),
  ];

const CHECKS: { [K in RegistryKind]: Check<K> } = {
  organisations,
  participants,
  needs: ownedItem('需求单位'),
  achievements: ownedItem('成果单位'),
};

export const integrityIssues = <K extends RegistryKind>(kind: K, lookup: Lookup, value: Fields<K>, selfId?: string): Promise<FieldIssue[]> =>
  (CHECKS[kind] as Check<K>)(lookup, value, selfId);

/** Looks up the database's indexes: for single writes. */
export const databaseLookup = (db: DeskDatabase, eventId: string): Lookup => {
  const live = (selfId: string | undefined) => (r: { deleted: boolean; eventId: string; id: string }) => !r.deleted && r.eventId === eventId && r.id !== selfId;
  return {
    personWith: async (key, value, selfId) => (await db.participants.where(key).equals(value).filter(live(selfId)).first())?.name,
    orgWith: async (key, value, selfId) => (await db.organisations.where(key).equals(value).filter(live(selfId)).first())?.name,
    isLive: async (kind, id) => {
      const r = await db.table<{ deleted: boolean; eventId: string }>(kind).get(id);
      return r !== undefined && !r.deleted && r.eventId === eventId;
    },
  };
};

/**
 * A snapshot of the event's keys, loaded once, that learns each record the
 * batch adds: for bulk imports, where a lookup per row per key would cost more
 * than the writes themselves.
 */
export type SnapshotLookup = Lookup & { learn<K extends RegistryKind>(kind: K, record: RecordOf[K]): void };

export const snapshotLookup = async (db: DeskDatabase, eventId: string): Promise<SnapshotLookup> => {
  const [people, orgs] = await Promise.all([db.participants.where('eventId').equals(eventId).toArray(), db.organisations.where('eventId').equals(eventId).toArray()]);
  const keyed = new Map<string, { id: string; name: string }>();
  const liveIds = new Set<string>();
  const learnPerson = (p: RecordOf['participants']) => {
    if (p.deleted) return;
    liveIds.add(p.id);
    if (p.mobile) keyed.set(`p:mobile:${p.mobile}`, p);
    keyed.set(`p:badgeCode:${p.badgeCode}`, p);
  };
  const learnOrg = (o: RecordOf['organisations']) => {
    if (o.deleted) return;
    liveIds.add(o.id);
    keyed.set(`o:name:${o.name}`, o);
    if (o.usci) keyed.set(`o:usci:${o.usci}`, o);
  };
  people.forEach(learnPerson);
  orgs.forEach(learnOrg);
  const other = (hit: { id: string; name: string } | undefined, selfId?: string) => (hit && hit.id !== selfId ? hit.name : undefined);
  return {
    personWith: async (key, value, selfId) => other(keyed.get(`p:${key}:${value}`), selfId),
    orgWith: async (key, value, selfId) => other(keyed.get(`o:${key}:${value}`), selfId),
    isLive: async (_kind, id) => liveIds.has(id),
    learn(kind, record) {
      if (kind === 'participants') learnPerson(record as RecordOf['participants']);
      else if (kind === 'organisations') learnOrg(record as RecordOf['organisations']);
    },
  };
};

/** What still points at an organisation: deleting it would leave them dangling. */
export const dependentsOfOrganisation = async (db: DeskDatabase, orgId: string): Promise<string[]> => {
  const [people, needList, achList] = await Promise.all([
    db.participants.where('organisationId').equals(orgId).filter((r) => !r.deleted).count(),
    db.needs.where('ownerId').equals(orgId).filter((r) => !r.deleted).count(),
    db.achievements.where('ownerId').equals(orgId).filter((r) => !r.deleted).count(),
  ]);
  const out: string[] = [];
  if (people) out.push(`${people}位参会人`);
  if (needList) out.push(`${needList}项技术需求`);
  if (achList) out.push(`${achList}项科技成果`);
  return out;
};
