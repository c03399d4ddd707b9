import { detectHeaderWith, guessFieldMapping, headerScore, normalizeHeader, type ColumnMap, type ColumnMapping, type GuessedMapping, type TargetField } from './headers';

/**
 * The columns of a 约谈申请 sheet: who asks (发起人), whom (约谈对象), each
 * identified by 胸卡码, 手机 or 姓名 (+ 单位), and what the meeting is about.
 * Sign-up exports name the sides in many ways (申请人, 需求方联系人, 被约人…)
 * and often repeat plain 单位 / 手机 after each name: those plain columns
 * belong to the side whose name column comes before them.
 */
export type RequestSide = 'from' | 'to';

/** The per-side parts of a row; `name` is also the side's label column. */
export const SIDE_PARTS = ['name', 'organisation', 'mobile', 'badgeCode'] as const;
export type SidePart = (typeof SIDE_PARTS)[number];

export const sideKey = (side: RequestSide, part: SidePart): string => `${side}${part[0]?.toUpperCase()}${part.slice(1)}`;

export const SIDE_LABELS: Readonly<Record<RequestSide, string>> = { from: '发起人', to: '约谈对象' };

const SIDE_WORDS: Readonly<Record<RequestSide, readonly string[]>> = {
  from: ['发起人', '发起方', '申请人', '申请方', '约谈人', '邀约人', '邀请人', '需求方联系人', '需求方', '需求联系人', '企业联系人', '预约人'],
  to: ['约谈对象', '被约人', '被约方', '被约谈人', '被邀请人', '被邀约人', '对接对象', '希望约谈', '希望对接人', '意向对接人', '成果方联系人', '成果方', '成果联系人', '专家'],
};

/** Plain part headers; also what a side's header ends with (“申请人手机”). */
const PART_WORDS: Readonly<Record<SidePart, readonly string[]>> = {
  name: ['姓名', '名字'],
  organisation: ['单位', '单位名称', '工作单位', '所在单位', '机构', '机构名称', '公司', '公司名称', '企业名称'],
  mobile: ['手机', '手机号', '手机号码', '联系电话', '电话', '移动电话'],
  badgeCode: ['胸卡码', '胸卡号', '参会码'],
};

const PART_LABELS: Readonly<Record<SidePart, string>> = { name: '', organisation: '单位', mobile: '手机', badgeCode: '胸卡码' };

const sideField = (side: RequestSide, part: SidePart): TargetField => {
  const words = SIDE_WORDS[side];
  const synonyms = part === 'name' ? [...words, ...words.flatMap((w) => PART_WORDS.name.map((n) => w + n))] : words.flatMap((w) => PART_WORDS[part].map((p) => w + p));
  return {
    key: sideKey(side, part),
    label: SIDE_LABELS[side] + PART_LABELS[part],
    // The mapping step marks the name column; any one of name, mobile, badge code satisfies it (see missingRequestColumns).
    required: part === 'name',
    ...(part === 'name' ? { requiredNote: '必填（或手机、胸卡码）' } : {}),
    synonyms,
  };
};

const sideFields = (side: RequestSide): TargetField[] => SIDE_PARTS.map((part) => sideField(side, part));

export const REQUEST_FIELDS: readonly TargetField[] = [
  ...sideFields('from'),
  ...sideFields('to'),
  { key: 'need', label: '需求', required: false, synonyms: ['需求', '需求名称', '技术需求', '所涉需求', '对接需求', '需求标题'] },
  { key: 'achievement', label: '成果', required: false, synonyms: ['成果', '成果名称', '科技成果', '所涉成果', '对接成果', '成果标题'] },
  { key: 'priority', label: '优先级', required: false, synonyms: ['优先级', '优先程度', '重要程度', '意向程度', '约谈意愿', '紧迫程度'] },
  { key: 'mutual', label: '双向', required: false, synonyms: ['双向', '双向意向', '是否双向', '互选', '双方意向'] },
  { key: 'slots', label: '可约时段', required: false, synonyms: ['可约时段', '可约时间', '意向时段', '洽谈时段', '时段', '可参加时间', '意向时间'] },
  { key: 'state', label: '状态', required: false, synonyms: ['状态', '约谈状态', '申请状态', '确认状态'] },
];

/** The side of a plain part column: the side whose columns last came before it, else 发起人. */
const sideBefore = (columns: ColumnMap, column: number): RequestSide => {
  let best: { side: RequestSide; at: number } = { side: 'from', at: -1 };
  for (const side of ['from', 'to'] as const) {
    for (const part of SIDE_PARTS) {
      const at = columns[sideKey(side, part)];
      if (at !== undefined && at < column && at > best.at) best = { side, at };
    }
  }
  return best.side;
};

/**
 * Header guess for a request sheet: side-named headers first, then plain
 * 单位 / 手机 / 胸卡码 / 姓名 columns given to the side they follow (or to
 * the other side when that one's part is taken).
 */
export const guessRequestMapping = (headerRow: readonly string[]): GuessedMapping => {
  const { columns, unmapped } = guessFieldMapping(headerRow, REQUEST_FIELDS);
  const left: number[] = [];
  for (const column of unmapped) {
    const header = normalizeHeader(headerRow[column] ?? '');
    const part = SIDE_PARTS.find((p) => headerScore(header, { synonyms: PART_WORDS[p] }) >= 100);
    if (part === undefined) {
      left.push(column);
      continue;
    }
    const first = sideBefore(columns, column);
    const order: RequestSide[] = [first, first === 'from' ? 'to' : 'from'];
    const side = order.find((s) => columns[sideKey(s, part)] === undefined);
    if (side === undefined) left.push(column);
    else columns[sideKey(side, part)] = column;
  }
  return { columns, unmapped: left };
};

export const detectRequestHeader = (rows: readonly (readonly string[])[]): ColumnMapping & { unmapped: number[] } => detectHeaderWith(rows, guessRequestMapping);

/** “发起人（姓名、手机或胸卡码）” for each side with none of its identifying columns mapped. */
export const missingRequestColumns = (columns: ColumnMap): string[] =>
  (['from', 'to'] as const)
    .filter((side) => (['name', 'mobile', 'badgeCode'] as const).every((part) => columns[sideKey(side, part)] === undefined))
    .map((side) => `${SIDE_LABELS[side]}（姓名、手机或胸卡码）`);
