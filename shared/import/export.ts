import type { Achievement, Need, Organisation, Participant } from '../model';
import { COOPERATION_MODES, FIELDS, MATURITY_STAGES, ORG_KINDS, PARTICIPANT_ROLES } from '../model';
import { IMPORT_FIELDS, type ImportKind } from './headers';
import { schedulingLimitCells, type EventTable } from './schedulingLimits';

/**
 * Lists as spreadsheets. Headers are the import's canonical labels, lists are
 * joined with 、 and references are written as names, so that an exported
 * file imports again (into another fair, or after editing in Excel).
 */
export type ExportTable = { headers: string[]; rows: (string | number)[][] };

export type ExportData = {
  organisations: readonly Organisation[];
  participants: readonly Participant[];
  needs: readonly Need[];
  achievements: readonly Achievement[];
  /** The event's 洽谈桌: a participant's 固定洽谈桌 is written as its number. */
  tables?: readonly EventTable[];
};

type Cell = string | number | undefined;
type Column<T> = { label: string; value: (record: T) => Cell };

const labelOf = (kind: ImportKind, key: string): string => {
  const field = IMPORT_FIELDS[kind].find((f) => f.key === key);
  if (!field) throw new Error(`No import field ${kind}.${key}`);
  return field.label;
};

const joined = (list: readonly string[] | undefined): string => (list ?? []).join('、');

const columnsOf = (data: ExportData) => {
  const orgs = new Map(data.organisations.map((o) => [o.id, o]));
  const people = new Map(data.participants.map((p) => [p.id, p]));
  const orgName = (id: string | undefined) => (id === undefined ? undefined : orgs.get(id)?.name);
  const orgKind = (id: string | undefined) => (id === undefined ? undefined : orgs.get(id)?.kind);
  const contact = (id: string | undefined) => (id === undefined ? undefined : people.get(id)?.name);
  const col = <T>(kind: ImportKind, key: string, value: (record: T) => Cell): Column<T> => ({ label: labelOf(kind, key), value });

  const participants: Column<Participant>[] = [
    col('participants', 'name', (p) => p.name),
    col('participants', 'organisation', (p) => orgName(p.organisationId)),
    col('participants', 'orgKind', (p) => orgKind(p.organisationId)),
    col('participants', 'mobile', (p) => p.mobile),
    col('participants', 'email', (p) => p.email),
    col('participants', 'title', (p) => p.title),
    col('participants', 'roles', (p) => joined(p.roles)),
    col('participants', 'badgeCode', (p) => p.badgeCode),
    col('participants', 'expertise', (p) => (p.expertise ? joined(p.expertise) : undefined)),
    col('participants', 'maxMeetings', (p) => schedulingLimitCells(p, data.tables).maxMeetings),
    col('participants', 'hostTable', (p) => schedulingLimitCells(p, data.tables).hostTable),
    col('participants', 'notes', (p) => p.notes),
    // Not imported: check-in happens on the day, not in a spreadsheet.
    { label: '签到状态', value: (p) => p.checkIn.state },
  ];
  const organisations: Column<Organisation>[] = [
    col('organisations', 'name', (o) => o.name),
    col('organisations', 'orgKind', (o) => o.kind),
    col('organisations', 'usci', (o) => o.usci),
    col('organisations', 'region', (o) => o.region),
    col('organisations', 'industry', (o) => o.industry),
    col('organisations', 'website', (o) => o.website),
    col('organisations', 'intro', (o) => o.intro),
  ];
  const needs: Column<Need>[] = [
    col('needs', 'title', (n) => n.title),
    col('needs', 'owner', (n) => orgName(n.ownerId)),
    col('needs', 'orgKind', (n) => orgKind(n.ownerId)),
    col('needs', 'field', (n) => n.field),
    col('needs', 'keywords', (n) => joined(n.keywords)),
    col('needs', 'cooperationModes', (n) => joined(n.cooperationModes)),
    col('needs', 'budgetWan', (n) => n.budgetWan),
    col('needs', 'deadline', (n) => n.deadline),
    col('needs', 'contact', (n) => contact(n.contactId)),
    col('needs', 'description', (n) => n.description),
  ];
  const achievements: Column<Achievement>[] = [
    col('achievements', 'title', (a) => a.title),
    col('achievements', 'owner', (a) => orgName(a.ownerId)),
    col('achievements', 'orgKind', (a) => orgKind(a.ownerId)),
    col('achievements', 'field', (a) => a.field),
    col('achievements', 'maturity', (a) => a.maturity),
    col('achievements', 'trl', (a) => a.trl),
    col('achievements', 'patents', (a) => joined(a.patents)),
    col('achievements', 'keywords', (a) => joined(a.keywords)),
    col('achievements', 'cooperationModes', (a) => joined(a.cooperationModes)),
    col('achievements', 'priceWan', (a) => a.priceWan),
    col('achievements', 'contact', (a) => contact(a.contactId)),
    col('achievements', 'summary', (a) => a.summary),
  ];
  return { participants, organisations, needs, achievements };
};

const tableOf = <T>(columns: readonly Column<T>[], records: readonly T[]): ExportTable => ({
  headers: columns.map((c) => c.label),
  rows: records.map((r) => columns.map((c) => c.value(r) ?? '')),
});

/** The live records of one kind as a table; deleted records (tombstones) are left out. */
export const exportTable = (kind: ImportKind, data: ExportData): ExportTable => {
  const columns = columnsOf(data);
  const live = <T extends { deleted: boolean }>(list: readonly T[]) => list.filter((r) => !r.deleted);
  if (kind === 'participants') return tableOf(columns.participants, live(data.participants));
  if (kind === 'organisations') return tableOf(columns.organisations, live(data.organisations));
  if (kind === 'needs') return tableOf(columns.needs, live(data.needs));
  return tableOf(columns.achievements, live(data.achievements));
};

/** The Chinese name of each kind, for sheet and file names. */
export const KIND_LABELS: Readonly<Record<ImportKind, string>> = {
  participants: '参会人',
  organisations: '机构',
  needs: '技术需求',
  achievements: '科技成果',
};

const EXAMPLES: Readonly<Record<ImportKind, Readonly<Record<string, string>>>> = {
  participants: {
    name: '张伟',
    organisation: '北京智感科技有限公司',
    orgKind: '企业',
    mobile: '13800138000',
    email: 'zhangwei@example.com',
    title: '技术总监',
    roles: '需求方',
  },
  organisations: { name: '北京智感科技有限公司', orgKind: '企业', region: '北京市海淀区', industry: '软件和信息技术服务业' },
  needs: {
    title: '工业视觉缺陷检测算法',
    owner: '北京智感科技有限公司',
    orgKind: '企业',
    field: '新一代信息技术',
    keywords: '机器视觉、深度学习',
    cooperationModes: '合作开发、技术许可',
    budgetWan: '120',
    deadline: '2026-12-31',
    description: '用于产线金属件表面缺陷的实时检测',
  },
  achievements: {
    title: '高精度柔性压力传感器',
    owner: '清华大学',
    orgKind: '高校',
    field: '新材料',
    maturity: '中试',
    trl: '6',
    patents: 'ZL202110123456.7',
    keywords: '柔性电子、传感器',
    cooperationModes: '技术转让、技术许可',
    priceWan: '300',
    summary: '灵敏度高、可弯折，适用于可穿戴设备',
  },
};

const HINTS: Readonly<Record<string, string>> = {
  orgKind: `可填：${ORG_KINDS.join('、')}；不填时按单位名称推断`,
  roles: `可填：${PARTICIPANT_ROLES.join('、')}，多个用“、”分隔；不填时按单位类型推断`,
  field: `可填：${FIELDS.join('、')}`,
  maturity: `可填：${MATURITY_STAGES.join('、')}；填了 TRL 时可不填`,
  cooperationModes: `可填：${COOPERATION_MODES.join('、')}，多个用“、”分隔`,
  keywords: '多个用“、”分隔',
  patents: '如 ZL202110123456.7 或 CN112345678A，多个用“、”分隔',
  budgetWan: '单位：万元，可写“面议”',
  priceWan: '单位：万元，可写“面议”',
  deadline: '如 2026-12-31',
  trl: '1–9 的整数',
  mobile: '11位手机号；请将该列设为“文本”格式，以免被显示成科学计数法',
  badgeCode: '不填时自动生成',
  organisation: '已有单位按名称关联，新单位自动创建',
  owner: '已有单位按名称关联，新单位自动创建',
  contact: '填参会人姓名，导入时关联到该参会人',
  maxMeetings: '1–100 的整数；不填为不限',
  hostTable: '填洽谈桌桌号，如 12；该参会人的洽谈都安排在这张桌（如高校展位）',
};

/** The template: every recognised header and one example row. */
export const templateTable = (kind: ImportKind): ExportTable => ({
  headers: IMPORT_FIELDS[kind].map((f) => f.label),
  rows: [IMPORT_FIELDS[kind].map((f) => EXAMPLES[kind][f.key] ?? '')],
});

/** The template's second sheet: what each column takes. */
export const templateNotes = (kind: ImportKind): ExportTable => ({
  headers: ['列名', '是否必填', '填写说明'],
  rows: IMPORT_FIELDS[kind].map((f) => [f.label, f.required ? (f.orField ? '必填（或填 TRL）' : '必填') : '选填', HINTS[f.key] ?? '']),
});
