import {
  COOPERATION_MODES,
  FIELDS,
  MATURITY_STAGES,
  ORG_KINDS,
  PARTICIPANT_ROLES,
  type CooperationMode,
  type Field,
  type MaturityStage,
  type OrgKind,
  type ParticipantRole,
} from '../model';

/**
 * Reading single cells the way organisers fill them in: amounts as “120万”,
 * dates as “2026年5月20日” or Excel serial numbers, roles and kinds in their
 * own words. Each reader returns the stored value, `undefined` for an empty
 * cell, or a Chinese problem naming the cell's text.
 */
export type CellResult<T> = { value: T | undefined; problem?: undefined } | { value?: undefined; problem: string };

const empty = { value: undefined } as const;

/** Trimmed; NBSP and full-width spaces count as spaces. */
export const cellText = (raw: string | undefined): string => (raw ?? '').replace(/[\u00a0\u3000]/g, ' ').trim();

/** Two-character names are often padded for alignment (“张  伟”): spaces between Chinese characters go. */
export const personName = (raw: string): string => {
  const t = cellText(raw);
  return /^[\u3400-\u9fff\s·•]+$/.test(t) ? t.replace(/\s+/g, '') : t.replace(/\s+/g, ' ');
};

/** Comparable form of a name: width, case and spaces do not make two organisations different. */
export const nameKey = (raw: string): string => raw.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

const LIST_SEPARATORS = /[、，,；;／/|｜\n\r\s]+/;

export const splitList = (raw: string): string[] =>
  cellText(raw)
    .split(LIST_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Patent numbers are sometimes written with spaces inside (“ZL 2021 1012 3456.7”), so spaces split only between whole numbers. */
export const splitPatents = (raw: string, isPatent: (s: string) => boolean): string[] =>
  cellText(raw)
    .split(/[、，,；;／/|｜\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .flatMap((chunk) => {
      if (!/\s/.test(chunk) || isPatent(chunk)) return [chunk];
      const parts = chunk.split(/\s+/);
      return parts.every(isPatent) ? parts : [chunk];
    });

const NOT_GIVEN = new Set(['无', '暂无', '-', '—', '--', '/', '不详', 'n/a', 'na']);
const NEGOTIABLE = new Set(['面议', '待定', '协商', '议价', '另议', '可议', '面谈', '协议价']);

export const isBlank = (raw: string): boolean => {
  const t = cellText(raw).toLowerCase();
  return t === '' || NOT_GIVEN.has(t);
};

/** Excel shows long numbers in scientific notation and a CSV saved from it keeps only that. */
const SCIENTIFIC = /^\d(\.\d+)?e\+?\d+$/i;

export const readMobile = (raw: string): CellResult<string> => {
  const t = cellText(raw);
  if (isBlank(t)) return empty;
  if (SCIENTIFIC.test(t)) return { problem: `手机号“${t}”被 Excel 显示成了科学计数法，号码已丢失，请将该列设为“文本”格式后重新保存` };
  return { value: t.replace(/\.0+$/, '') };
};

const MULTIPLIERS: Readonly<Record<string, number>> = { '': 1, 万: 1, 万元: 1, 亿: 10_000, 亿元: 10_000, 千元: 0.1, 元: 0.0001 };

/** 万元 amounts: “120”, “120万”, “1,200万元”, “1.2亿” (12000), “50000元” (5). 面议 and the like mean no amount. */
export const readWan = (raw: string, label: string): CellResult<number> => {
  const t = cellText(raw);
  if (isBlank(t)) return empty;
  const s = t.normalize('NFKC').replace(/[\s,¥]|rmb|人民币|约|左右/gi, '');
  if (NEGOTIABLE.has(s)) return empty;
  const m = /^(\d+(?:\.\d+)?)(万元|万|亿元|亿|千元|元)?$/.exec(s);
  if (!m) return { problem: `${label}“${t}”不是有效金额，请填写数字（单位：万元）` };
  const value = Number(m[1]) * (MULTIPLIERS[m[2] ?? ''] ?? 1);
  return { value: Number(value.toFixed(6)) };
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const fromExcelSerial = (serial: number): string => {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/**
 * Dates in the forms people type: 2026-05-20, 2026/5/20, 2026.5.20,
 * 2026年5月20日, 20260520, or an Excel serial number. Anything else is passed
 * on unchanged so that the schema's message (with an example) explains it.
 */
export const readDate = (raw: string): CellResult<string> => {
  const t = cellText(raw).normalize('NFKC');
  if (isBlank(t)) return empty;
  const ymd = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (ymd) return { value: `${ymd[1]}-${pad(Number(ymd[2]))}-${pad(Number(ymd[3]))}` };
  // 1990–2099 as serial numbers; smaller numbers are more likely typos than dates.
  if (/^\d{5}(\.\d+)?$/.test(t) && Number(t) >= 32_874 && Number(t) <= 73_415) return { value: fromExcelSerial(Number(t)) };
  return { value: t };
};

export const readTrl = (raw: string): CellResult<number> => {
  const t = cellText(raw).normalize('NFKC');
  if (isBlank(t)) return empty;
  const m = /^(?:trl)?\s*(\d)(?:\.0+)?\s*级?$/i.exec(t);
  return m ? { value: Number(m[1]) } : { problem: `技术就绪度“${t}”应为1–9的整数` };
};

type Synonyms<T extends string> = Readonly<Record<T, readonly string[]>>;

const vocabKey = (s: string): string => s.normalize('NFKC').replace(/[\s()（）]/g, '').toLowerCase();

/**
 * Matches a cell against a vocabulary: exact value, exact synonym, then the
 * longest value or synonym the cell contains (“已完成中试” → 中试).
 */
const matcher = <T extends string>(values: readonly T[], synonyms: Synonyms<T>) => {
  const exact = new Map<string, T>();
  const contained: { word: string; value: T }[] = [];
  for (const v of values) {
    exact.set(vocabKey(v), v);
    contained.push({ word: vocabKey(v), value: v });
    for (const s of synonyms[v]) {
      if (!exact.has(vocabKey(s))) exact.set(vocabKey(s), v);
      contained.push({ word: vocabKey(s), value: v });
    }
  }
  contained.sort((a, b) => b.word.length - a.word.length);
  return (raw: string): T | undefined => {
    const k = vocabKey(raw);
    return exact.get(k) ?? contained.find((c) => c.word.length >= 2 && k.includes(c.word))?.value;
  };
};

const ROLE_SYNONYMS: Synonyms<ParticipantRole> = {
  需求方: ['企业', '企业代表', '需求企业', '企业方', '需求', '甲方'],
  成果方: ['高校', '高校代表', '科研人员', '科研院所', '研究人员', '教师', '教授', '成果', '成果持有人', '院所'],
  专家: ['评审专家', '技术专家', '行业专家'],
  投资人: ['投资', '投资机构', '投资方', '投资者', '风投', '创投', '基金'],
  工作人员: ['会务', '志愿者', '主办方', '承办方', '组委会', '工作组'],
};

const ORG_KIND_SYNONYMS: Synonyms<OrgKind> = {
  企业: ['公司', '民营企业', '国企', '国有企业', '外企', '上市公司', '私企', '有限公司', '企业单位'],
  高校: ['大学', '学院', '高等院校', '院校', '学校', '高等学校'],
  科研院所: ['研究院', '研究所', '科研机构', '中科院', '科研单位', '院所', '研究机构', '新型研发机构', '实验室'],
  投资机构: ['投资', '资本', '创投', '基金', '风投', '投资公司'],
  服务机构: ['中介', '中介机构', '技术转移机构', '孵化器', '协会', '服务', '科技服务', '园区', '商会', '联盟'],
  政府部门: ['政府', '政府机关', '机关', '管委会'],
};

const FIELD_SYNONYMS: Synonyms<Field> = {
  新一代信息技术: ['信息技术', '电子信息', '人工智能', '大数据', '云计算', '物联网', '集成电路', '半导体', '软件', '通信', '5g', '区块链', '互联网', '数字经济'],
  生物医药: ['生物', '医药', '医疗', '医疗器械', '生物技术', '大健康', '健康', '制药', '生命科学'],
  新材料: ['材料', '新型材料', '先进材料', '化工材料'],
  高端装备: ['装备', '装备制造', '智能制造', '先进制造', '高端装备制造', '机械', '制造', '机器人', '仪器仪表'],
  新能源: ['能源', '光伏', '储能', '氢能', '风电', '太阳能', '锂电', '电池', '清洁能源'],
  新能源汽车: ['汽车', '智能网联汽车', '电动汽车', '智能网联', '新能源车'],
  节能环保: ['环保', '节能', '环境', '生态环境', '水处理', '双碳', '碳中和', '绿色低碳'],
  数字创意: ['文化创意', '文创', '创意', '数字文化', '动漫', '游戏'],
  现代农业: ['农业', '农林', '食品', '畜牧', '种业', '智慧农业'],
  航空航天: ['航天', '航空', '卫星', '无人机', '空天'],
  其他: ['其它', '其他领域', '综合'],
};

const MATURITY_SYNONYMS: Synonyms<MaturityStage> = {
  研发中: ['研发', '研发阶段', '实验室阶段', '研究阶段', '样品', '概念', '原理样机', '在研'],
  小试: ['小试阶段', '小批量试验'],
  中试: ['中试阶段', '样机', '试生产', '工程化'],
  可量产: ['量产', '已量产', '产业化', '已产业化', '批量生产', '规模化生产', '成熟', '推广应用', '成熟应用'],
};

const MODE_SYNONYMS: Synonyms<CooperationMode> = {
  技术转让: ['转让', '专利转让', '成果转让'],
  技术许可: ['许可', '授权', '专利许可', '许可使用', '技术授权'],
  合作开发: ['合作研发', '联合开发', '联合研发', '共同开发', '产学研合作'],
  委托开发: ['委托研发', '技术开发', '定制开发'],
  技术咨询: ['咨询'],
  技术服务: ['服务', '技术支持'],
  共建平台: ['共建', '共建实验室', '共建研发中心', '联合实验室', '共建基地'],
  人才培养: ['人才', '联合培养', '培训'],
};

export const matchRole = matcher(PARTICIPANT_ROLES, ROLE_SYNONYMS);
export const matchOrgKind = matcher(ORG_KINDS, ORG_KIND_SYNONYMS);
export const matchField = matcher(FIELDS, FIELD_SYNONYMS);
export const matchMaturity = matcher(MATURITY_STAGES, MATURITY_SYNONYMS);
export const matchMode = matcher(COOPERATION_MODES, MODE_SYNONYMS);

const list = (values: readonly string[]): string => values.join('、');

/** A list cell of vocabulary items; the first item not understood is the problem. */
const readVocabList =
  <T extends string>(match: (raw: string) => T | undefined, values: readonly T[], label: string, anything: ReadonlySet<string>) =>
  (raw: string): CellResult<T[]> => {
    if (isBlank(raw) || anything.has(cellText(raw))) return empty;
    const out: T[] = [];
    for (const item of splitList(raw)) {
      const v = match(item);
      if (v === undefined) return { problem: `${label}“${item}”无法识别，应为：${list(values)}` };
      if (!out.includes(v)) out.push(v);
    }
    return { value: out };
  };

export const readRoles = readVocabList(matchRole, PARTICIPANT_ROLES, '参会角色', new Set());
export const readModes = readVocabList(matchMode, COOPERATION_MODES, '合作方式', new Set(['不限', '均可', '面议', '其他', '其它']));

const readVocab =
  <T extends string>(match: (raw: string) => T | undefined, values: readonly T[], label: string) =>
  (raw: string): CellResult<T> => {
    if (isBlank(raw)) return empty;
    // “人工智能、大数据”: the first recognised item decides.
    const v = match(raw) ?? splitList(raw).map(match).find((x) => x !== undefined);
    return v === undefined ? { problem: `${label}“${cellText(raw)}”无法识别，应为：${list(values)}` } : { value: v };
  };

export const readOrgKind = readVocab(matchOrgKind, ORG_KINDS, '单位类型');
export const readField = readVocab(matchField, FIELDS, '行业领域');
export const readMaturity = readVocab(matchMaturity, MATURITY_STAGES, '成熟度');

/**
 * The kind of an organisation known only by name. Company suffixes win over
 * 研究院 (“某某研究院有限公司” is a company), investors over companies.
 */
export const guessOrgKind = (name: string): OrgKind => {
  if (/投资|资本|创投|基金|风投/.test(name)) return '投资机构';
  if (/有限公司|有限责任|股份|集团|公司$/.test(name)) return '企业';
  if (/大学|(?<!科)学院|学校/.test(name)) return '高校';
  if (/研究院|研究所|研究中心|中科院|中国科学院|科学院|实验室/.test(name)) return '科研院所';
  if (/人民政府|管委会|管理委员会|[局厅]$|委员会$|政府/.test(name)) return '政府部门';
  if (/协会|商会|联盟|孵化器|促进中心|技术转移|服务中心|知识产权/.test(name)) return '服务机构';
  return '企业';
};

/** The role a person most likely has, from the kind of their organisation. */
export const roleOfOrgKind = (kind: OrgKind | undefined): ParticipantRole | undefined => {
  if (kind === '企业') return '需求方';
  if (kind === '高校' || kind === '科研院所') return '成果方';
  if (kind === '投资机构') return '投资人';
  return undefined;
};
