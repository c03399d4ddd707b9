import { mobileProblem, normalizeMobile, normalizeUscc, organisationDraftSchema, PARTICIPANT_ROLES, validate, type OrgKind } from '../model';
import { missingRequired, type ColumnMapping, type ImportKind } from './headers';
import { checkDraft, READERS, type ImportDraftOf, type RowRead } from './rows';
import { readSchedulingLimits, type EventTable } from './schedulingLimits';
import { cellText, guessOrgKind, nameKey, roleOfOrgKind } from './values';

/**
 * The whole import decided before anything is written: which rows go in,
 * which do not and why, and which organisations must be created. The
 * organiser sees this plan as the preview; the commit stores exactly its
 * accepted rows.
 */

/** Beyond this a file is refused: a fair has hundreds of participants, not tens of thousands. */
export const MAX_IMPORT_ROWS = 50_000;

/** The stored records of the event that an import must not duplicate (live ones only). */
export type ExistingRecords = {
  organisations?: readonly { id: string; name: string; kind?: OrgKind; usci?: string }[];
  participants?: readonly { id: string; name: string; mobile?: string; organisationId?: string; badgeCode?: string }[];
  needs?: readonly { title: string; ownerId: string }[];
  achievements?: readonly { title: string; ownerId: string }[];
  /** The event's 洽谈桌, for a participant's 固定洽谈桌 given by number. */
  tables?: readonly EventTable[];
};

/** A stored organisation, or one this import creates (by its name in `newOrganisations`). */
export type OrgRef = { id: string } | { newName: string };

export type AcceptedRow<K extends ImportKind> = {
  /** As Excel numbers rows: 1-based, title and header rows included. */
  rowNumber: number;
  draft: ImportDraftOf[K];
  /** 单位 of a person (optional), owner of a need or achievement (always set). */
  organisation?: OrgRef;
  organisationName?: string;
  contactId?: string;
};

export type RejectedRow = { rowNumber: number; label: string; reasons: string[] };

export type NewOrganisation = { name: string; kind: OrgKind; kindGuessed: boolean; rowNumbers: number[] };

export type ImportPlan<K extends ImportKind = ImportKind> = {
  kind: K;
  accepted: AcceptedRow<K>[];
  rejected: RejectedRow[];
  /** Only those that accepted rows need. */
  newOrganisations: NewOrganisation[];
  warnings: string[];
};

export type ImportPlanResult<K extends ImportKind> = { ok: true; plan: ImportPlan<K> } | { ok: false; message: string };

/** “第3、5、8行”, shortened after ten rows. */
export const formatRows = (rows: readonly number[]): string =>
  rows.length <= 10 ? `第${rows.join('、')}行` : `第${rows.slice(0, 10).join('、')}行等${rows.length}行`;

const OWNER_LABEL = { needs: '需求单位', achievements: '成果单位' } as const;
const ITEM_LABEL = { needs: '技术需求', achievements: '科技成果' } as const;

type Duplicate = { key: string; stored?: string; sameAs: string };

/** The keys that make a row a duplicate, each with the message for a stored match and the words for a match within the file. */
const duplicateKeys = (kind: ImportKind, read: RowRead<ImportKind>, index: StoredIndex): Duplicate[] => {
  const out: Duplicate[] = [];
  const orgKey = read.orgName === undefined ? undefined : nameKey(read.orgName);
  if (kind === 'participants') {
    const p = read.input as ImportDraftOf['participants'];
    const mobile = p.mobile === undefined ? undefined : normalizeMobile(p.mobile);
    if (mobile && mobileProblem(mobile) === undefined) {
      const key = `mobile:${mobile}`;
      const owner = index.get(key);
      out.push({ key, stored: owner && `手机号与已有参会人“${owner}”重复`, sameAs: '手机号相同' });
    }
    if (orgKey !== undefined && p.name !== '') {
      const key = `person:${orgKey}:${nameKey(p.name)}`;
      out.push({ key, stored: index.has(key) ? `与已有参会人“${index.get(key)}”重复` : undefined, sameAs: '同单位同名' });
    }
    if (p.badgeCode) {
      const key = `badge:${p.badgeCode}`;
      out.push({ key, stored: index.has(key) ? `胸卡码“${p.badgeCode}”已被“${index.get(key)}”使用` : undefined, sameAs: '胸卡码相同' });
    }
  } else if (kind === 'organisations') {
    const o = read.input as ImportDraftOf['organisations'];
    if (o.name !== '') {
      const key = `org:${nameKey(o.name)}`;
      out.push({ key, stored: index.has(key) ? `与已有机构“${index.get(key)}”重复` : undefined, sameAs: '机构名称相同' });
    }
    if (o.usci) {
      const key = `usci:${normalizeUscc(o.usci)}`;
      out.push({ key, stored: index.has(key) ? `统一社会信用代码与已有机构“${index.get(key)}”重复` : undefined, sameAs: '统一社会信用代码相同' });
    }
  } else {
    const title = (read.input as ImportDraftOf['needs' | 'achievements']).title;
    if (orgKey !== undefined && title !== '') {
      const key = `${kind}:${orgKey}:${nameKey(title)}`;
      const stored = index.has(key) ? `与已有${ITEM_LABEL[kind]}“${index.get(key)}”重复（同一${OWNER_LABEL[kind]}）` : undefined;
      out.push({ key, stored, sameAs: '同单位同名' });
    }
  }
  return out;
};

/** Stored records by the keys above; the value is how the message names the stored record. */
type StoredIndex = Map<string, string>;

const indexStored = (existing: ExistingRecords): StoredIndex => {
  const index: StoredIndex = new Map();
  const orgById = new Map((existing.organisations ?? []).map((o) => [o.id, o]));
  for (const o of existing.organisations ?? []) {
    index.set(`org:${nameKey(o.name)}`, o.name);
    if (o.usci) index.set(`usci:${normalizeUscc(o.usci)}`, o.name);
  }
  for (const p of existing.participants ?? []) {
    if (p.mobile) index.set(`mobile:${p.mobile}`, p.name);
    if (p.badgeCode) index.set(`badge:${p.badgeCode}`, p.name);
    const org = p.organisationId === undefined ? undefined : orgById.get(p.organisationId);
    if (org) index.set(`person:${nameKey(org.name)}:${nameKey(p.name)}`, `${p.name}（${org.name}）`);
  }
  for (const kind of ['needs', 'achievements'] as const) {
    for (const item of existing[kind] ?? []) {
      const org = orgById.get(item.ownerId);
      if (org) index.set(`${kind}:${nameKey(org.name)}:${nameKey(item.title)}`, item.title);
    }
  }
  return index;
};

const rowLabel = (kind: ImportKind, read: RowRead<ImportKind>): string => {
  const main = kind === 'participants' || kind === 'organisations' ? (read.input as { name: string }).name : (read.input as { title: string }).title;
  const shown = main === '' ? '—' : main;
  return read.orgName && kind !== 'organisations' ? `${shown}（${read.orgName}）` : shown;
};

/**
 * Plans the import of a sheet's rows. `rows` is the whole sheet, so that row
 * numbers match what the organiser sees in Excel; data starts below
 * `mapping.headerRow`. Rows whose mapped cells are all empty are skipped.
 */
export const planImport = <K extends ImportKind>(kind: K, rows: readonly (readonly string[])[], mapping: ColumnMapping, existing: ExistingRecords = {}): ImportPlanResult<K> => {
  const missing = missingRequired(kind, mapping.columns);
  if (missing.length > 0) return { ok: false, message: `请先为“${missing.join('”“')}”选择对应的列` };
  const used = Object.values(mapping.columns).filter((c): c is number => c !== undefined);
  const data = rows
    .map((cells, i) => ({ cells, rowNumber: i + 1 }))
    .slice(mapping.headerRow + 1)
    .filter(({ cells }) => used.some((c) => cellText(cells[c]) !== ''));
  if (data.length > MAX_IMPORT_ROWS) {
    return { ok: false, message: `文件有${data.length}行数据，超过单次导入上限${MAX_IMPORT_ROWS}行，请拆分成几个文件分批导入` };
  }
  if (data.length === 0) return { ok: false, message: '表头下方没有数据行，请检查是否选对了工作表和表头行' };

  const orgs = organisationResolver(existing.organisations ?? []);
  const stored = indexStored(existing);
  const people = existing.participants ?? [];
  const firstRowOf = new Map<string, number>();
  const derivedRoles: number[] = [];
  const unknownContacts: number[] = [];
  const plan: ImportPlan<K> = { kind, accepted: [], rejected: [], newOrganisations: [], warnings: [] };
  // The loop reads rows of any kind; only the accepted drafts are typed by K again.
  const k: ImportKind = kind;

  for (const { cells, rowNumber } of data) {
    const cell = (key: string): string => {
      const column = mapping.columns[key];
      return column === undefined ? '' : (cells[column] ?? '');
    };
    const read = READERS[k](cell);
    if (k === 'participants') readSchedulingLimits(read as RowRead<'participants'>, cell, existing.tables);
    const reasons = read.problems.map((p) => p.message);
    const problemFields = new Set(read.problems.map((p) => p.field));

    const org = k === 'organisations' ? undefined : orgs.resolve(read);
    if (org) reasons.push(...org.problems);
    if ((k === 'needs' || k === 'achievements') && read.orgName === undefined) reasons.push(`${OWNER_LABEL[k]}不能为空`);

    let roleDerived = false;
    if (k === 'participants') {
      const p = read.input as ImportDraftOf['participants'];
      if (p.roles.length === 0 && !problemFields.has('roles')) {
        const role = roleOfOrgKind(org?.kind);
        if (role) {
          read.input = { ...p, roles: [role] };
          roleDerived = true;
        } else {
          reasons.push(`参会角色不能为空（应为：${PARTICIPANT_ROLES.join('、')}）`);
          problemFields.add('roles');
        }
      }
    }

    const checked = checkDraft(k, read.input);
    if (!checked.ok) reasons.push(...checked.issues.filter((i) => !problemFields.has(i.field.split('.')[0] ?? '')).map((i) => i.message));

    const sameAs = new Map<number, string[]>();
    for (const dup of duplicateKeys(k, read, stored)) {
      if (dup.stored) reasons.push(dup.stored);
      const first = firstRowOf.get(dup.key);
      if (first === undefined) firstRowOf.set(dup.key, rowNumber);
      else sameAs.set(first, [...(sameAs.get(first) ?? []), dup.sameAs]);
    }
    for (const [first, what] of sameAs) reasons.push(`与第${first}行重复（${what.join('、')}）`);

    if (reasons.length > 0 || !checked.ok) {
      plan.rejected.push({ rowNumber, label: rowLabel(k, read), reasons: [...new Set(reasons)] });
      continue;
    }
    const contactId = read.contactName === undefined ? undefined : contactOf(people, read.contactName, org?.ref);
    if (read.contactName !== undefined && contactId === undefined) unknownContacts.push(rowNumber);
    if (roleDerived) derivedRoles.push(rowNumber);
    org?.planned?.rowNumbers.push(rowNumber);
    plan.accepted.push({
      rowNumber,
      draft: checked.draft as ImportDraftOf[K],
      ...(org?.ref ? { organisation: org.ref, organisationName: org.name } : {}),
      ...(contactId ? { contactId } : {}),
    });
  }

  plan.newOrganisations = orgs.planned();
  plan.warnings = warningsOf(derivedRoles, unknownContacts, plan.newOrganisations);
  return { ok: true, plan };
};

type ResolvedOrg = { ref?: OrgRef; name?: string; kind?: OrgKind; planned?: NewOrganisation; problems: string[] };

/**
 * Organisations named in rows: a stored one is linked by id; an unknown name
 * becomes one planned organisation however many rows name it (width, case
 * and spaces aside), created only if one of those rows is accepted.
 */
const organisationResolver = (storedList: NonNullable<ExistingRecords['organisations']>) => {
  const stored = new Map(storedList.map((o) => [nameKey(o.name), o]));
  const planned = new Map<string, NewOrganisation>();
  const resolve = (read: RowRead<ImportKind>): ResolvedOrg | undefined => {
    if (read.orgName === undefined) return undefined;
    const key = nameKey(read.orgName);
    const found = stored.get(key);
    if (found) return { ref: { id: found.id }, name: found.name, kind: found.kind, problems: [] };
    let org = planned.get(key);
    if (!org) {
      // An unknown 单位类型 matters only here, where it would become the new organisation's kind.
      if (read.orgKindProblem !== undefined) return { problems: [read.orgKindProblem] };
      const checked = validate(organisationDraftSchema, { name: read.orgName, kind: read.orgKind ?? guessOrgKind(read.orgName) });
      if (!checked.ok) return { problems: checked.issues.map((i) => i.message.replace('机构名称', '单位名称')) };
      org = { name: checked.value.name, kind: checked.value.kind, kindGuessed: read.orgKind === undefined, rowNumbers: [] };
      planned.set(key, org);
    }
    return { ref: { newName: org.name }, name: org.name, kind: org.kind, planned: org, problems: [] };
  };
  return { resolve, planned: () => [...planned.values()].filter((o) => o.rowNumbers.length > 0) };
};

/** The contact person by name: the one in the owner organisation, else the only one with that name. */
const contactOf = (people: NonNullable<ExistingRecords['participants']>, name: string, owner: OrgRef | undefined): string | undefined => {
  const named = people.filter((p) => nameKey(p.name) === nameKey(name));
  const inOrg = owner && 'id' in owner ? named.filter((p) => p.organisationId === owner.id) : [];
  return (inOrg.length === 1 ? inOrg[0] : named.length === 1 ? named[0] : undefined)?.id;
};

const warningsOf = (derivedRoles: number[], unknownContacts: number[], newOrganisations: NewOrganisation[]): string[] => {
  const warnings: string[] = [];
  if (derivedRoles.length > 0) warnings.push(`${formatRows(derivedRoles)}未填写参会角色，已按单位类型推断（企业→需求方，高校/科研院所→成果方，投资机构→投资人）`);
  if (unknownContacts.length > 0) warnings.push(`${formatRows(unknownContacts)}的联系人不在参会人名单中（或有重名），导入后未关联联系人`);
  const guessed = newOrganisations.filter((o) => o.kindGuessed);
  if (guessed.length > 0) {
    const shown = guessed.slice(0, 5).map((o) => `${o.name}（${o.kind}）`);
    warnings.push(`${guessed.length}个新机构未填写单位类型，已按名称推断：${shown.join('、')}${guessed.length > 5 ? '等' : ''}`);
  }
  return warnings;
};
