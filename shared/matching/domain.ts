/**
 * Starting vocabulary for technology-fair texts: words the segmenter tends to
 * split (锂离子电池 → 锂离子 / 电池) and common equivalents. Organisers extend
 * both; these are only the defaults.
 */
export const DOMAIN_DICTIONARY: readonly string[] = [
  '特高压', '锂离子电池', '固态电池', '钠离子电池', '动力电池', '储能', '光伏', '氢能', '燃料电池', '碳化硅', '氮化镓', '集成电路',
  '人工智能', '机器视觉', '工业互联网', '数字孪生', '大模型', '区块链', '无人机', '机器人', '新能源汽车', '自动驾驶', '激光雷达',
  '生物医药', '细胞治疗', '基因编辑', '医疗器械', '体外诊断', '新材料', '复合材料', '石墨烯', '碳纤维', '增材制造',
  '智能制造', '节能环保', '污水处理', '固废处理', '精准农业', '智慧农业', 'CAR-T', 'mRNA',
];

export const DOMAIN_SYNONYMS: readonly (readonly string[])[] = [
  ['锂离子电池', '锂电池', '锂电'],
  ['人工智能', 'AI'],
  ['机器视觉', '计算机视觉'],
  ['无人机', '无人飞行器'],
  ['碳化硅', 'SiC'],
  ['氮化镓', 'GaN'],
  ['光伏', '太阳能电池'],
];
