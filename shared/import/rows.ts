import { z } from 'zod';
import {
  achievementDraftSchema,
  needDraftSchema,
  organisationDraftSchema,
  participantDraftSchema,
  patentProblem,
  TRL_OF_STAGE,
  validate,
  MATURITY_STAGES,
  type AchievementDraft,
  type FieldIssue,
  type MaturityStage,
  type NeedDraft,
  type OrganisationDraft,
  type OrgKind,
  type ParticipantDraft,
} from '../model';
import type { ImportKind } from './headers';
import {
  cellText,
  guessOrgKind,
  isBlank,
  personName,
  readDate,
  readField,
  readMaturity,
  readMobile,
  readModes,
  readOrgKind,
  readRoles,
  readTrl,
  readWan,
  splitList,
  splitPatents,
  type CellResult,
} from './values';

/**
 * One spreadsheet row → the draft of one record. References to other records
 * (the organisation, the contact person) stay names here: the plan resolves
 * them against the stored data and the rest of the file.
 */
export type ImportDraftOf = {
  organisations: OrganisationDraft;
  participants: Omit<ParticipantDraft, 'organisationId'>;
  needs: Omit<NeedDraft, 'ownerId' | 'contactId'>;
  achievements: Omit<AchievementDraft, 'ownerId' | 'contactId'>;
};

/** The text of a mapped field in the current row; '' when the field has no column. */
export type CellReader = (key: string) => string;

export type RowRead<K extends ImportKind> = {
  input: ImportDraftOf[K];
  /** Problems found while reading cells, before the schema runs; `field` is the draft's key. */
  problems: FieldIssue[];
  /** The organisation the row names: 单位 of a person, 需求单位/成果单位 of a need or achievement. */
  orgName?: string;
  /** From the 单位类型 column, when filled in and understood. */
  orgKind?: OrgKind;
  /** Set when 单位类型 is filled in but not understood: it matters only if the organisation is new. */
  orgKindProblem?: string;
  contactName?: string;
};

const optional = (raw: string): string | undefined => (isBlank(raw) ? undefined : cellText(raw));

const take = <T>(result: CellResult<T>, field: string, problems: FieldIssue[]): T | undefined => {
  if (result.problem !== undefined) problems.push({ field, message: result.problem });
  return result.value;
};

const orgColumns = (cell: CellReader) => {
  const kind = readOrgKind(cell('orgKind'));
  return { orgName: optional(cell('organisation') || cell('owner')), orgKind: kind.value, orgKindProblem: kind.problem };
};

const readParticipant = (cell: CellReader): RowRead<'participants'> => {
  const problems: FieldIssue[] = [];
  const input: ImportDraftOf['participants'] = {
    name: personName(cell('name')),
    title: optional(cell('title')),
    mobile: take(readMobile(cell('mobile')), 'mobile', problems),
    email: optional(cell('email')),
    roles: take(readRoles(cell('roles')), 'roles', problems) ?? [],
    badgeCode: cellText(cell('badgeCode')).toUpperCase(),
    notes: optional(cell('notes')),
  };
  const expertise = splitList(cell('expertise'));
  if (expertise.length > 0) input.expertise = expertise;
  return { input, problems, ...orgColumns(cell) };
};

const readOrganisation = (cell: CellReader): RowRead<'organisations'> => {
  const problems: FieldIssue[] = [];
  const name = cellText(cell('name'));
  const kind = take(readOrgKind(cell('orgKind')), 'kind', problems);
  const input: ImportDraftOf['organisations'] = {
    name,
    kind: kind ?? guessOrgKind(name),
    usci: optional(cell('usci')),
    region: optional(cell('region')),
    industry: optional(cell('industry')),
    website: optional(cell('website')),
    intro: optional(cell('intro')),
  };
  return { input, problems };
};

const ownedItemCells = (cell: CellReader, problems: FieldIssue[]) => {
  const field = take(readField(cell('field')), 'field', problems);
  if (field === undefined && isBlank(cell('field'))) problems.push({ field: 'field', message: '行业领域不能为空' });
  return {
    ...orgColumns(cell),
    field,
    keywords: splitList(cell('keywords')),
    cooperationModes: take(readModes(cell('cooperationModes')), 'cooperationModes', problems) ?? [],
    contactName: optional(personName(cell('contact'))),
  };
};

const readNeed = (cell: CellReader): RowRead<'needs'> => {
  const problems: FieldIssue[] = [];
  const { field, keywords, cooperationModes, ...refs } = ownedItemCells(cell, problems);
  const input = {
    title: cellText(cell('title')),
    description: optional(cell('description')),
    field,
    keywords,
    cooperationModes,
    budgetWan: take(readWan(cell('budgetWan'), '预算'), 'budgetWan', problems),
    deadline: take(readDate(cell('deadline')), 'deadline', problems),
  } as ImportDraftOf['needs']; // field may be undefined here; a problem is recorded and the schema will refuse it.
  return { input, problems, ...refs };
};

/** The stage whose usual TRL range holds the level: lets a sheet give TRL only. */
const stageOfTrl = (trl: number): MaturityStage | undefined => MATURITY_STAGES.find((s) => trl >= TRL_OF_STAGE[s][0] && trl <= TRL_OF_STAGE[s][1]);

const readAchievement = (cell: CellReader): RowRead<'achievements'> => {
  const problems: FieldIssue[] = [];
  const { field, keywords, cooperationModes, ...refs } = ownedItemCells(cell, problems);
  const trl = take(readTrl(cell('trl')), 'trl', problems);
  const maturityCell = readMaturity(cell('maturity'));
  const maturity = take(maturityCell, 'maturity', problems) ?? (trl === undefined ? undefined : stageOfTrl(trl));
  if (maturity === undefined && maturityCell.problem === undefined) problems.push({ field: 'maturity', message: '成熟度不能为空' });
  const input = {
    title: cellText(cell('title')),
    summary: optional(cell('summary')),
    field,
    keywords,
    maturity,
    trl,
    patents: splitPatents(cell('patents'), (s) => patentProblem(s) === undefined),
    cooperationModes,
    priceWan: take(readWan(cell('priceWan'), '转让价格'), 'priceWan', problems),
  } as ImportDraftOf['achievements']; // as for needs: missing enums are already problems.
  return { input, problems, ...refs };
};

export const READERS: { readonly [K in ImportKind]: (cell: CellReader) => RowRead<K> } = {
  participants: readParticipant,
  organisations: readOrganisation,
  needs: readNeed,
  achievements: readAchievement,
};

/** The draft schemas without the references the plan fills in later. */
const SCHEMAS = {
  participants: participantDraftSchema.omit({ organisationId: true }),
  organisations: organisationDraftSchema,
  needs: needDraftSchema.omit({ ownerId: true, contactId: true }),
  achievements: achievementDraftSchema.omit({ ownerId: true, contactId: true }),
} satisfies Record<ImportKind, z.ZodType>;

/** Badge codes are given out on commit when the sheet has none. */
const participantWithoutBadge = SCHEMAS.participants.omit({ badgeCode: true });

export type CheckedDraft<K extends ImportKind> = { ok: true; draft: ImportDraftOf[K] } | { ok: false; issues: FieldIssue[] };

/**
 * Runs the draft schema, which gives the Chinese messages. The parsed value
 * (mobiles normalised, duplicates dropped) becomes the draft, so the preview
 * shows what will be stored.
 */
export const checkDraft = <K extends ImportKind>(kind: K, input: ImportDraftOf[K]): CheckedDraft<K> => {
  if (kind === 'participants' && (input as ImportDraftOf['participants']).badgeCode === '') {
    const result = validate(participantWithoutBadge, input);
    if (!result.ok) return { ok: false, issues: result.issues };
    // K is 'participants' in this branch; TS does not narrow a generic by a value test.
    return { ok: true, draft: { ...result.value, badgeCode: '' } as ImportDraftOf[K] };
  }
  const result = validate(SCHEMAS[kind] as z.ZodType, input);
  if (!result.ok) return { ok: false, issues: result.issues };
  // The schema of kind K parses to a draft of kind K; the generic index hides that from TS.
  return { ok: true, draft: result.value as ImportDraftOf[K] };
};
