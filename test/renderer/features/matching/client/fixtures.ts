import { DEFAULT_WEIGHTS, type MatchDoc } from '@shared/matching';
import type { MatchCorpus, MatchSettings } from '../../../../../renderer/features/matching/client/types';

/** A small fair: three needs, four achievements, two experts, texts as organisers write them. */
export const battery: MatchDoc = { id: 'a-battery', title: '高镍锂离子电池正极材料制备技术', keywords: ['正极材料'], field: '新能源', cooperationModes: ['技术转让'], maturity: '中试', region: '北京' };
export const cart: MatchDoc = { id: 'a-cart', title: '通用型CAR-T细胞制备平台', keywords: ['细胞治疗'], field: '生物医药', cooperationModes: ['合作开发'], maturity: '小试' };
export const recycling: MatchDoc = { id: 'a-recycling', title: '退役动力电池梯次利用与回收', description: '锂电池拆解、正极材料再生', field: '节能环保' };
export const wind: MatchDoc = { id: 'a-wind', title: '风电叶片无损检测', field: '高端装备' };

export const cathodeNeed: MatchDoc = { id: 'n-cathode', title: '寻求锂电池正极材料技术', description: '提升高镍正极的循环寿命', keywords: ['正极材料'], field: '新能源', cooperationModes: ['技术转让'], budgetWan: 300, region: '北京' };
export const cellNeed: MatchDoc = { id: 'n-cells', title: 'CAR-T细胞治疗工艺优化', field: '生物医药', cooperationModes: ['合作开发'] };
export const stationNeed: MatchDoc = { id: 'n-station', title: '储能站安全预警', field: '新能源' };

export const batteryExpert: MatchDoc = { id: 'e-battery', title: '电池材料 正极材料', keywords: ['正极材料'], field: '新能源' };
export const cellExpert: MatchDoc = { id: 'e-cells', title: '细胞治疗 免疫治疗', field: '生物医药' };

export const smallCorpus = (): MatchCorpus => ({
  needs: [cathodeNeed, cellNeed, stationNeed],
  achievements: [battery, cart, recycling, wind],
  experts: [batteryExpert, cellExpert],
});

export const defaultSettings = (): MatchSettings => ({ weights: { ...DEFAULT_WEIGHTS }, dictionary: [], synonyms: [] });

/** `count` needs about batteries, for bulk runs. */
export const manyNeeds = (count: number): MatchDoc[] =>
  Array.from({ length: count }, (_, i) => ({ id: `n-${String(i).padStart(3, '0')}`, title: i % 2 === 0 ? '锂电池正极材料改性' : 'CAR-T细胞治疗', field: '新能源' }));
