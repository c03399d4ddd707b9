/**
 * The columns an import understands, per kind of record, and how a
 * spreadsheet's header row is matched to them. Organisers' 报名表 are made by
 * hand in Excel or WPS, so headers vary (“手机号码”, “联系电话”, “＊姓名（必填）”):
 * each field lists the usual synonyms, and headers are compared after
 * normalising width, case, spaces, punctuation and parenthesised notes.
 */
export type ImportKind = 'organisations' | 'participants' | 'needs' | 'achievements';

export type TargetField = {
  key: string;
  /** The canonical header: shown in the mapping step, written by export and the template. */
  label: string;
  required: boolean;
  synonyms: readonly string[];
  /** A required field is also satisfied when this other field is mapped (成熟度 can come from TRL). */
  orField?: string;
  /** The mapping step's tag for a required field when plain 必填 would mislead (“必填（或 TRL）”). */
  requiredNote?: string;
};

const ORG_KIND: TargetField = { key: 'orgKind', label: '单位类型', required: false, synonyms: ['单位类型', '机构类型', '单位性质', '类型'] };
const FIELD: TargetField = { key: 'field', label: '行业领域', required: true, synonyms: ['行业领域', '领域', '所属领域', '技术领域', '所属行业', '行业', '应用领域'] };
const KEYWORDS: TargetField = { key: 'keywords', label: '关键词', required: false, synonyms: ['关键词', '关键字'] };
const MODES: TargetField = { key: 'cooperationModes', label: '合作方式', required: false, synonyms: ['合作方式', '合作模式', '合作形式', '拟合作方式'] };
const CONTACT: TargetField = { key: 'contact', label: '联系人', required: false, synonyms: ['联系人', '联系人姓名', '对接人', '负责人'] };

export const IMPORT_FIELDS: { readonly [K in ImportKind]: readonly TargetField[] } = {
  participants: [
    { key: 'name', label: '姓名', required: true, synonyms: ['姓名', '名字', '联系人姓名', '参会人姓名', '参会人', '嘉宾姓名', '联系人'] },
    {
      key: 'organisation',
      label: '单位',
      required: false,
      synonyms: ['单位', '单位名称', '工作单位', '所在单位', '机构', '机构名称', '公司', '公司名称', '企业名称', '单位全称', '学校'],
    },
    ORG_KIND,
    { key: 'mobile', label: '手机', required: false, synonyms: ['手机', '手机号', '手机号码', '联系电话', '电话', '移动电话', '联系方式'] },
    { key: 'email', label: '邮箱', required: false, synonyms: ['邮箱', '电子邮箱', '电子邮件', 'email', 'e-mail', '邮件'] },
    { key: 'title', label: '职务', required: false, synonyms: ['职务', '职称', '职位', '职务职称'] },
    { key: 'roles', label: '参会角色', required: false, synonyms: ['参会角色', '角色', '参会身份', '身份', '参会类型'] },
    { key: 'badgeCode', label: '胸卡码', required: false, synonyms: ['胸卡码', '胸卡号', '参会码'] },
    { key: 'expertise', label: '专长领域', required: false, synonyms: ['专长领域', '专长', '研究方向', '擅长领域'] },
    { key: 'maxMeetings', label: '最多洽谈场数', required: false, synonyms: ['最多洽谈场数', '洽谈场数上限', '最多洽谈', '洽谈上限', '最多场数', '场数上限'] },
    { key: 'hostTable', label: '固定洽谈桌', required: false, synonyms: ['固定洽谈桌', '固定桌号', '洽谈桌号', '洽谈桌', '展位桌号'] },
    { key: 'notes', label: '备注', required: false, synonyms: ['备注', '说明'] },
  ],
  organisations: [
    {
      key: 'name',
      label: '机构名称',
      required: true,
      synonyms: ['机构名称', '单位名称', '名称', '单位', '机构', '公司名称', '企业名称', '公司', '单位全称'],
    },
    { key: 'orgKind', label: '机构类型', required: false, synonyms: ['机构类型', '单位类型', '单位性质', '类型'] },
    { key: 'usci', label: '统一社会信用代码', required: false, synonyms: ['统一社会信用代码', '社会信用代码', '信用代码', 'usci'] },
    { key: 'region', label: '所在地区', required: false, synonyms: ['所在地区', '地区', '所在地', '省市', '城市'] },
    { key: 'industry', label: '所属行业', required: false, synonyms: ['所属行业', '行业'] },
    { key: 'website', label: '网址', required: false, synonyms: ['网址', '网站', '官网', '主页'] },
    { key: 'intro', label: '机构简介', required: false, synonyms: ['机构简介', '简介', '单位简介', '企业简介', '公司简介'] },
  ],
  needs: [
    { key: 'title', label: '需求名称', required: true, synonyms: ['需求名称', '需求标题', '项目名称', '技术需求', '需求', '名称'] },
    {
      key: 'owner',
      label: '需求单位',
      required: true,
      synonyms: ['需求单位', '企业名称', '单位', '单位名称', '公司名称', '机构名称', '发布单位', '需求方'],
    },
    ORG_KIND,
    FIELD,
    KEYWORDS,
    MODES,
    { key: 'budgetWan', label: '预算（万元）', required: false, synonyms: ['预算', '拟投入资金', '投入资金', '资金预算', '预算金额'] },
    { key: 'deadline', label: '截止日期', required: false, synonyms: ['截止日期', '截止时间', '完成期限', '期限'] },
    CONTACT,
    { key: 'description', label: '需求描述', required: false, synonyms: ['需求描述', '需求内容', '需求详情', '需求简介', '详细描述', '描述', '内容'] },
  ],
  achievements: [
    { key: 'title', label: '成果名称', required: true, synonyms: ['成果名称', '成果标题', '科技成果', '项目名称', '成果', '名称'] },
    {
      key: 'owner',
      label: '成果单位',
      required: true,
      synonyms: ['成果单位', '完成单位', '所属单位', '依托单位', '持有单位', '单位', '单位名称', '机构名称'],
    },
    ORG_KIND,
    FIELD,
    { key: 'maturity', label: '成熟度', required: true, orField: 'trl', requiredNote: '必填（或 TRL）', synonyms: ['成熟度', '成果阶段', '技术成熟度', '所处阶段', '阶段', '成熟程度'] },
    { key: 'trl', label: 'TRL', required: false, synonyms: ['trl', '技术就绪度', '技术就绪水平', 'trl等级'] },
    { key: 'patents', label: '专利号', required: false, synonyms: ['专利号', '知识产权', '专利', '专利号码', '相关专利'] },
    KEYWORDS,
    MODES,
    { key: 'priceWan', label: '转让价格（万元）', required: false, synonyms: ['转让价格', '价格', '转化价格', '报价', '意向价格', '交易价格'] },
    CONTACT,
    { key: 'summary', label: '成果简介', required: false, synonyms: ['成果简介', '成果介绍', '成果描述', '技术简介', '简介', '描述', '内容'] },
  ],
};

/** Field key → 0-based column index in the file. */
export type ColumnMap = Partial<Record<string, number>>;

/** Which row holds the headers (0-based) and where each field's column is. */
export type ColumnMapping = { headerRow: number; columns: ColumnMap };

/**
 * Full-width to half-width (NFKC), lower case, and away with spaces,
 * punctuation, required-markers and notes in brackets: “＊手机号码（必填）” → “手机号码”.
 */
export const normalizeHeader = (raw: string): string =>
  raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]|【.*?】|〔.*?〕/g, '')
    .replace(/必填|选填|可选/g, '')
    .replace(/[\s*:：、,，.。\-_/\\#'"“”‘’?？!！]/g, '');

/** Too generic to match inside a longer header: “证件类型” is no 单位类型, “项目阶段” no 成熟度 column of ours. */
const EXACT_ONLY = new Set(['类型', '身份', '名称', '阶段']);

const scoreOf = (header: string, synonym: string): number => {
  if (header === synonym) return 1000 + synonym.length;
  if (synonym.length < 2 || EXACT_ONLY.has(synonym)) return 0;
  // Chinese headers put the noun last: “联系人手机” is a mobile, not a name.
  if (header.endsWith(synonym)) return 100 + synonym.length;
  if (header.includes(synonym)) return synonym.length;
  return 0;
};

export type GuessedMapping = { columns: ColumnMap; unmapped: number[] };

/** How well a header names a field: its best synonym's score, 0 when none fits. */
export const headerScore = (header: string, field: Pick<TargetField, 'synonyms'>): number =>
  Math.max(0, ...field.synonyms.map((s) => scoreOf(header, normalizeHeader(s))));

/**
 * Matches one header row against a list of fields; each field gets at most
 * one column and each column at most one field, best matches first.
 */
export const guessFieldMapping = (headerRow: readonly string[], fields: readonly TargetField[]): GuessedMapping => {
  const candidates: { column: number; field: string; score: number }[] = [];
  headerRow.forEach((cell, column) => {
    const header = normalizeHeader(cell);
    if (header === '') return;
    for (const field of fields) {
      const score = headerScore(header, field);
      if (score > 0) candidates.push({ column, field: field.key, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const columns: ColumnMap = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (columns[c.field] !== undefined || used.has(c.column)) continue;
    columns[c.field] = c.column;
    used.add(c.column);
  }
  const unmapped = headerRow.flatMap((cell, i) => (cell.trim() !== '' && !used.has(i) ? [i] : []));
  return { columns, unmapped };
};

export const guessMapping = (headerRow: readonly string[], kind: ImportKind): GuessedMapping => guessFieldMapping(headerRow, IMPORT_FIELDS[kind]);

/** How many leading rows may be titles or notes above the header row. */
export const HEADER_SEARCH_ROWS = 10;

/** Finds the header row below title rows such as “2026中关村对接会报名表”: the one the guess maps most columns of. */
export const detectHeaderWith = (rows: readonly (readonly string[])[], guess: (headerRow: readonly string[]) => GuessedMapping): ColumnMapping & { unmapped: number[] } => {
  let best = { headerRow: 0, ...guess(rows[0] ?? []) };
  for (let i = 1; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const guessed = guess(rows[i] ?? []);
    if (Object.keys(guessed.columns).length > Object.keys(best.columns).length) best = { headerRow: i, ...guessed };
  }
  return best;
};

export const detectHeader = (rows: readonly (readonly string[])[], kind: ImportKind): ColumnMapping & { unmapped: number[] } =>
  detectHeaderWith(rows, (headerRow) => guessMapping(headerRow, kind));

/** The labels of required fields that have no column yet. */
export const missingRequired = (kind: ImportKind, columns: ColumnMap): string[] =>
  IMPORT_FIELDS[kind]
    .filter((f) => f.required && columns[f.key] === undefined && (f.orField === undefined || columns[f.orField] === undefined))
    .map((f) => f.label);

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export const columnLetter = (index: number): string => {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};
