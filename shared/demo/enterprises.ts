import { usccCheckChar } from '../model/validators/uscc';
import type { DemoField } from './banks/types';
import type { Dice } from './random';

/** Districts with their 行政区划代码, which is digits 3–8 of a 统一社会信用代码. */
const REGIONS = {
  海淀: { name: '北京市海淀区', code: '110108', parks: ['中关村软件园', '中关村科学城', '上地信息产业基地'] },
  朝阳: { name: '北京市朝阳区', code: '110105', parks: ['望京科技园', '中关村电子城'] },
  昌平: { name: '北京市昌平区', code: '110114', parks: ['中关村生命科学园', '未来科学城'] },
  大兴: { name: '北京市大兴区', code: '110115', parks: ['北京经济技术开发区', '大兴生物医药产业基地'] },
  顺义: { name: '北京市顺义区', code: '110113', parks: ['中关村顺义园', '临空经济区'] },
  丰台: { name: '北京市丰台区', code: '110106', parks: ['丰台科技园'] },
  石景山: { name: '北京市石景山区', code: '110107', parks: ['中关村石景山园', '首钢园'] },
  房山: { name: '北京市房山区', code: '110111', parks: ['中关村房山园'] },
  通州: { name: '北京市通州区', code: '110112', parks: ['中关村通州园'] },
  滨海: { name: '天津市滨海新区', code: '120116', parks: ['天津滨海高新区'] },
  廊坊: { name: '河北省廊坊市广阳区', code: '131003', parks: ['廊坊经济技术开发区'] },
} as const;
type RegionKey = keyof typeof REGIONS;

type EnterpriseProfile = {
  suffixes: readonly string[];
  industry: string;
  business: readonly string[];
  /** Listed more than once to weight the draw: most of each industry sits in one or two parks. */
  regions: readonly RegionKey[];
};

const PROFILES: Readonly<Record<DemoField, EnterpriseProfile>> = {
  新一代信息技术: {
    suffixes: ['科技', '智能科技', '信息技术', '软件'],
    industry: '软件和信息技术服务业',
    business: ['专注于工业软件与人工智能应用开发', '主要从事智能制造系统集成与工业互联网平台建设', '致力于物联网终端与通信设备研发'],
    regions: ['海淀', '海淀', '海淀', '朝阳', '石景山'],
  },
  生物医药: {
    suffixes: ['生物技术', '医药科技', '生物科技', '医疗器械'],
    industry: '医药制造业',
    business: ['专注于创新生物药的研发与产业化', '主要从事体外诊断试剂与仪器的研发生产', '致力于中药现代化与大健康产品开发'],
    regions: ['昌平', '昌平', '大兴', '大兴', '海淀'],
  },
  新材料: {
    suffixes: ['新材料科技', '材料科技', '新材料'],
    industry: '化学原料和化学制品制造业',
    business: ['专注于高性能复合材料的研发与生产', '主要从事电子化学品与半导体材料的研发', '致力于功能高分子材料的开发与应用'],
    regions: ['房山', '房山', '顺义', '海淀', '滨海'],
  },
  高端装备: {
    suffixes: ['智能装备', '机器人科技', '精密机械', '自动化科技'],
    industry: '专用设备制造业',
    business: ['专注于工业机器人与自动化产线集成', '主要从事精密数控装备的研发制造', '致力于智能检测装备与核心零部件研发'],
    regions: ['大兴', '大兴', '顺义', '海淀', '廊坊'],
  },
  新能源: {
    suffixes: ['新能源科技', '能源科技', '储能科技', '电力科技'],
    industry: '电气机械和器材制造业',
    business: ['专注于储能系统集成与能源管理', '主要从事光伏电站投资建设与运维', '致力于氢能装备与综合能源服务'],
    regions: ['昌平', '海淀', '朝阳', '通州'],
  },
  新能源汽车: {
    suffixes: ['汽车科技', '动力科技', '智行科技', '电驱科技'],
    industry: '汽车制造业',
    business: ['专注于新能源汽车动力系统研发', '主要从事汽车电子与智能驾驶系统开发', '致力于动力电池及关键材料的研发生产'],
    regions: ['顺义', '顺义', '大兴', '滨海'],
  },
  节能环保: {
    suffixes: ['环保科技', '环境技术', '节能科技', '环境工程'],
    industry: '生态保护和环境治理业',
    business: ['专注于工业废水处理与资源化工程', '主要从事大气污染治理与节能改造', '致力于固废资源化与环境修复服务'],
    regions: ['海淀', '丰台', '通州', '朝阳'],
  },
  数字创意: {
    suffixes: ['文化科技', '数字科技', '互动娱乐', '传媒科技'],
    industry: '互联网和相关服务',
    business: ['专注于虚拟现实与数字内容制作', '主要从事数字文旅项目策划与运营', '致力于游戏与动漫原创内容开发'],
    regions: ['朝阳', '朝阳', '石景山', '海淀'],
  },
  现代农业: {
    suffixes: ['农业科技', '种业科技', '生物农业'],
    industry: '农、林、牧、渔专业及辅助性活动',
    business: ['专注于农作物新品种选育与推广', '主要从事设施农业与智慧农场运营', '致力于农产品精深加工与冷链流通'],
    regions: ['顺义', '通州', '廊坊', '海淀'],
  },
  航空航天: {
    suffixes: ['航空科技', '航天科技', '无人机科技', '空天科技'],
    industry: '铁路、船舶、航空航天和其他运输设备制造业',
    business: ['专注于工业级无人机整机研发与行业应用', '主要从事商业航天卫星载荷与地面设备研制', '致力于航空零部件精密制造与维修'],
    regions: ['顺义', '丰台', '海淀', '大兴'],
  },
};

const BRAND_FIRST = ['睿', '博', '华', '泰', '恒', '鼎', '创', '智', '天', '云', '锐', '星', '汇', '瑞', '思', '卓', '宏', '安', '航', '远', '志', '启', '海', '蓝', '辰', '拓', '嘉', '康', '明', '正'];
const BRAND_SECOND = ['源', '达', '芯', '图', '视', '鑫', '科', '微', '盛', '通', '晟', '维', '信', '和', '驰', '能', '合', '翼', '峰', '策', '宇', '澜', '凌', '腾', '远', '泽', '诺', '坤', '途', '研'];

const HONOURS = ['国家高新技术企业', '中关村高新技术企业', '北京市专精特新中小企业', '国家级专精特新“小巨人”企业'];

export type EnterpriseSeed = {
  field: DemoField;
  /** 字号 + 行业, e.g. 睿芯科技: how people refer to the company in conversation. */
  shortName: string;
  brand: string;
  name: string;
  usci: string;
  region: string;
  industry: string;
  intro: string;
};

/** Distinct two-character 字号, so names and mail domains never collide. */
export const drawBrands = (dice: Dice, count: number): string[] => {
  const all = BRAND_FIRST.flatMap((a) => BRAND_SECOND.filter((b) => b !== a).map((b) => a + b));
  return dice.sample(all, count);
};

const ORG_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 check character of the 8-character body of an organisation code. */
const orgCodeCheck = (body: string): string => {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body[i] ?? '0';
    const value = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * (ORG_CODE_WEIGHTS[i] as number);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
};

/**
 * A 统一社会信用代码 as a company registered in `regionCode` would get it: 9
 * (工商) 1 (企业), the district, a 主体标识码 (the old organisation code before
 * 2015, an MA… number after), and the GB 32100 check character.
 */
export const demoUscc = (dice: Dice, regionCode: string, foundedYear: number): string => {
  const draw = (n: number, alphabet: string): string => Array.from({ length: n }, () => dice.pick([...alphabet])).join('');
  const body = foundedYear >= 2015 ? `MA0${draw(5, ORG_CODE_ALPHABET)}` : draw(8, '0123456789');
  const first17 = `91${regionCode}${body}${orgCodeCheck(body)}`;
  const check = usccCheckChar(first17);
  if (check === undefined) throw new Error(`demo: bad credit code body ${first17}`);
  return first17 + check;
};

export const demoEnterprise = (dice: Dice, field: DemoField, brand: string): EnterpriseSeed => {
  const profile = PROFILES[field];
  const region = REGIONS[dice.pick(profile.regions)];
  const suffix = dice.pick(profile.suffixes);
  const founded = dice.int(2003, 2022);
  const form = dice.chance(0.15) ? '股份有限公司' : '有限公司';
  // Company names carry the city that registered them: 北京…, 天津…, 廊坊….
  const prefix = region.code.startsWith('11') ? '北京' : region.code.startsWith('12') ? '天津' : '廊坊';
  const honour = dice.chance(0.75) ? `，是${dice.pick(HONOURS)}` : '';
  return {
    field,
    brand,
    shortName: brand + suffix,
    name: `${prefix}${brand}${suffix}${form}`,
    usci: demoUscc(dice, region.code, founded),
    region: region.name,
    industry: profile.industry,
    intro: `成立于${founded}年，位于${dice.pick(region.parks)}，${dice.pick(profile.business)}${honour}。`,
  };
};
