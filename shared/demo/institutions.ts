import type { DemoField } from './banks/types';

/**
 * Real public universities and institutes, each with the fields its teams
 * bring results in, so that achievements go to a plausible owner (航空航天 to
 * 北航, not to 北京中医药大学). Domains are the institutions' public ones; the
 * people at them are invented.
 */
export type InstitutionSeed = {
  kind: '高校' | '科研院所';
  name: string;
  domain: string;
  region: string;
  fields: readonly DemoField[];
};

const university = (name: string, domain: string, region: string, fields: readonly DemoField[]): InstitutionSeed => ({
  kind: '高校',
  name,
  domain,
  region,
  fields,
});
const institute = (name: string, domain: string, region: string, fields: readonly DemoField[]): InstitutionSeed => ({
  kind: '科研院所',
  name,
  domain,
  region,
  fields,
});

const HD = '北京市海淀区';
const CY = '北京市朝阳区';

export const INSTITUTIONS: readonly InstitutionSeed[] = [
  university('清华大学', 'tsinghua.edu.cn', HD, ['新一代信息技术', '新能源', '高端装备', '节能环保', '新材料', '生物医药']),
  university('北京大学', 'pku.edu.cn', HD, ['生物医药', '新一代信息技术', '新材料', '数字创意']),
  university('北京理工大学', 'bit.edu.cn', HD, ['新能源汽车', '高端装备', '航空航天', '新材料']),
  university('北京航空航天大学', 'buaa.edu.cn', HD, ['航空航天', '高端装备', '新一代信息技术', '新材料']),
  university('北京科技大学', 'ustb.edu.cn', HD, ['新材料', '节能环保', '高端装备']),
  university('北京化工大学', 'buct.edu.cn', CY, ['新材料', '生物医药', '节能环保']),
  university('北京工业大学', 'bjut.edu.cn', CY, ['节能环保', '高端装备', '新材料', '新一代信息技术']),
  university('北京邮电大学', 'bupt.edu.cn', HD, ['新一代信息技术', '数字创意']),
  university('北京交通大学', 'bjtu.edu.cn', HD, ['高端装备', '新一代信息技术', '新能源汽车']),
  university('中国农业大学', 'cau.edu.cn', HD, ['现代农业', '生物医药', '节能环保']),
  university('北京林业大学', 'bjfu.edu.cn', HD, ['现代农业', '节能环保', '新材料']),
  university('北京师范大学', 'bnu.edu.cn', HD, ['数字创意', '节能环保']),
  university('北京中医药大学', 'bucm.edu.cn', CY, ['生物医药']),
  university('首都医科大学', 'ccmu.edu.cn', '北京市丰台区', ['生物医药']),
  university('华北电力大学', 'ncepu.edu.cn', '北京市昌平区', ['新能源', '节能环保']),
  university('中国石油大学（北京）', 'cup.edu.cn', '北京市昌平区', ['新能源', '新材料', '节能环保']),
  university('中国矿业大学（北京）', 'cumtb.edu.cn', HD, ['节能环保', '高端装备', '新能源']),
  university('北方工业大学', 'ncut.edu.cn', '北京市石景山区', ['高端装备', '数字创意']),
  university('北京信息科技大学', 'bistu.edu.cn', HD, ['新一代信息技术', '高端装备']),
  university('北京电影学院', 'bfa.edu.cn', HD, ['数字创意']),
  university('中国传媒大学', 'cuc.edu.cn', CY, ['数字创意', '新一代信息技术']),
  university('天津大学', 'tju.edu.cn', '天津市南开区', ['新材料', '高端装备', '生物医药', '新能源']),
  university('南开大学', 'nankai.edu.cn', '天津市南开区', ['生物医药', '新材料']),
  university('河北工业大学', 'hebut.edu.cn', '天津市北辰区', ['新能源', '高端装备']),
  university('浙江大学', 'zju.edu.cn', '浙江省杭州市', ['新一代信息技术', '现代农业', '生物医药', '高端装备']),
  university('上海交通大学', 'sjtu.edu.cn', '上海市闵行区', ['高端装备', '新能源汽车', '生物医药', '航空航天']),
  university('同济大学', 'tongji.edu.cn', '上海市杨浦区', ['新能源汽车', '节能环保']),
  university('哈尔滨工业大学', 'hit.edu.cn', '黑龙江省哈尔滨市', ['航空航天', '高端装备', '新材料']),
  university('西北工业大学', 'nwpu.edu.cn', '陕西省西安市', ['航空航天', '新材料']),
  university('西安交通大学', 'xjtu.edu.cn', '陕西省西安市', ['新能源', '高端装备', '节能环保']),
  university('西北农林科技大学', 'nwafu.edu.cn', '陕西省杨凌示范区', ['现代农业']),
  university('华中科技大学', 'hust.edu.cn', '湖北省武汉市', ['新一代信息技术', '高端装备', '新能源']),
  university('南京航空航天大学', 'nuaa.edu.cn', '江苏省南京市', ['航空航天', '高端装备']),
  university('中国科学技术大学', 'ustc.edu.cn', '安徽省合肥市', ['新一代信息技术', '新能源', '新材料']),
  university('大连理工大学', 'dlut.edu.cn', '辽宁省大连市', ['新材料', '节能环保', '高端装备']),
  university('吉林大学', 'jlu.edu.cn', '吉林省长春市', ['新能源汽车', '现代农业', '新材料']),
  institute('中国科学院自动化研究所', 'ia.ac.cn', HD, ['新一代信息技术', '高端装备', '数字创意']),
  institute('中国科学院计算技术研究所', 'ict.ac.cn', HD, ['新一代信息技术']),
  institute('中国科学院软件研究所', 'iscas.ac.cn', HD, ['新一代信息技术', '数字创意']),
  institute('中国科学院半导体研究所', 'semi.ac.cn', HD, ['新一代信息技术', '新材料']),
  institute('中国科学院化学研究所', 'iccas.ac.cn', HD, ['新材料']),
  institute('中国科学院物理研究所', 'iphy.ac.cn', HD, ['新材料', '新能源']),
  institute('中国科学院理化技术研究所', 'ipc.ac.cn', HD, ['新材料', '节能环保']),
  institute('中国科学院过程工程研究所', 'ipe.ac.cn', HD, ['节能环保', '新材料', '新能源']),
  institute('中国科学院生态环境研究中心', 'rcees.ac.cn', HD, ['节能环保']),
  institute('中国科学院微生物研究所', 'im.ac.cn', CY, ['生物医药', '现代农业']),
  institute('中国科学院遗传与发育生物学研究所', 'genetics.ac.cn', CY, ['现代农业', '生物医药']),
  institute('中国科学院空天信息创新研究院', 'aircas.ac.cn', HD, ['航空航天', '新一代信息技术']),
  institute('中国科学院力学研究所', 'imech.ac.cn', HD, ['航空航天', '高端装备']),
  institute('中国科学院工程热物理研究所', 'iet.cn', HD, ['新能源', '航空航天', '节能环保']),
  institute('中国科学院电工研究所', 'iee.ac.cn', HD, ['新能源', '新能源汽车']),
  institute('中国科学院大连化学物理研究所', 'dicp.ac.cn', '辽宁省大连市', ['新能源', '新材料', '生物医药']),
  institute('中国科学院宁波材料技术与工程研究所', 'nimte.ac.cn', '浙江省宁波市', ['新材料', '新能源汽车']),
  institute('中国农业科学院作物科学研究所', 'caas.cn', HD, ['现代农业']),
  institute('北京市农林科学院', 'baafs.net.cn', HD, ['现代农业']),
  institute('北京生命科学研究所', 'nibs.ac.cn', '北京市昌平区', ['生物医药']),
];

/** Invented venture firms: real fund names would suggest commitments nobody made. */
export type InvestorSeed = {
  name: string;
  domain: string;
  region: string;
  /** For the firm's 统一社会信用代码. */
  regionCode: string;
  fields: readonly DemoField[];
  fundYi: number;
};

export const INVESTORS: readonly InvestorSeed[] = [
  { name: '远山资本', domain: 'yuanshancap.com', region: HD, regionCode: '110108', fields: ['新一代信息技术', '数字创意'], fundYi: 30 },
  { name: '融智创投', domain: 'rongzhivc.com', region: HD, regionCode: '110108', fields: ['高端装备', '新材料'], fundYi: 15 },
  { name: '北辰资本', domain: 'beichencap.com', region: CY, regionCode: '110105', fields: ['生物医药'], fundYi: 50 },
  { name: '启源创投', domain: 'qiyuanvc.com', region: HD, regionCode: '110108', fields: ['新能源', '新能源汽车'], fundYi: 20 },
  { name: '清石资本', domain: 'qingshicap.com', region: '北京市西城区', regionCode: '110102', fields: ['航空航天', '高端装备'], fundYi: 25 },
  { name: '华岳创投', domain: 'huayuevc.com', region: CY, regionCode: '110105', fields: ['节能环保', '新能源'], fundYi: 12 },
  { name: '同舟资本', domain: 'tongzhoucap.com', region: HD, regionCode: '110108', fields: ['现代农业', '生物医药'], fundYi: 8 },
  { name: '领航创投', domain: 'linghangvc.com', region: HD, regionCode: '110108', fields: ['新一代信息技术', '新能源汽车', '航空航天'], fundYi: 40 },
];

export type ServiceSeed = { name: string; domain: string; region: string; intro: string };

export const SERVICE_ORGS: readonly ServiceSeed[] = [
  { name: '中关村技术转移中心', domain: 'zgctt.org.cn', region: HD, intro: '本次对接会承办单位，提供技术转移、成果评价与对接撮合服务。' },
  { name: '海淀区技术转移服务中心', domain: 'hdtts.org.cn', region: HD, intro: '为区内企业提供技术需求挖掘、成果对接与技术合同登记服务。' },
  { name: '中关村知识产权运营服务中心', domain: 'zgcipo.org.cn', region: HD, intro: '提供专利导航、知识产权评估与运营服务。' },
  { name: '北京科技成果转化服务中心', domain: 'bjcgzh.org.cn', region: '北京市西城区', intro: '提供成果评价、中试熟化与科技金融对接服务。' },
  { name: '中关村技术经理人协会', domain: 'zgctm.org.cn', region: HD, intro: '汇聚技术经理人，提供成果转化全流程专业服务。' },
  { name: '中关村创新创业服务联盟', domain: 'zgcicu.org.cn', region: CY, intro: '链接孵化器、加速器与产业园区，服务科技型初创企业。' },
];

/** The 承办单位 whose people run the desk on the day. */
export const HOST_SERVICE_ORG = '中关村技术转移中心';

export type GovernmentSeed = { name: string; domain: string; region: string };

export const GOVERNMENT_BODIES: readonly GovernmentSeed[] = [
  { name: '北京市科学技术委员会、中关村科技园区管理委员会', domain: 'kw.beijing.gov.cn', region: '北京市' },
  { name: '北京市经济和信息化局', domain: 'jxj.beijing.gov.cn', region: '北京市' },
  { name: '海淀区科学技术和信息化局', domain: 'bjhd.gov.cn', region: HD },
  { name: '昌平区科学技术和信息化局', domain: 'bjchp.gov.cn', region: '北京市昌平区' },
];
