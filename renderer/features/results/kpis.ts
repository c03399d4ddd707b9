import type { FairResults } from '@shared/results';
import { percentNumber, percentText, wanText } from './format';

export const KPI_KEYS = ['checkInRate', 'planned', 'held', 'noShow', 'outcomes', 'intents', 'signed', 'amount'] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** One headline figure: the number (for a spreadsheet), how it reads, and a line of context under it. */
export type Kpi = { key: KpiKey; label: string; value: number; text: string; unit?: string; note: string };

/**
 * The eight headline figures, in the order the dashboard's cards, the
 * report's first page and the workbook's 汇总 show them.
 */
export const resultKpis = (r: FairResults): Kpi[] => [
  {
    key: 'checkInRate',
    label: '签到率',
    value: percentNumber(r.checkIn.rate),
    text: percentText(r.checkIn.rate),
    note: `已签到 ${r.checkIn.arrived} / 应到 ${r.checkIn.expected} 人`,
  },
  {
    key: 'planned',
    label: '计划洽谈',
    value: r.meetings.planned,
    text: String(r.meetings.planned),
    unit: '场',
    note: r.meetings.adHoc > 0 ? `另有现场临时洽谈 ${r.meetings.adHoc} 场` : `已取消 ${r.meetings.cancelled} 场`,
  },
  {
    key: 'held',
    label: '已举行',
    value: r.meetings.held,
    text: String(r.meetings.held),
    unit: '场',
    note: `到场率 ${percentText(r.meetings.attendanceRate)}，待开始 ${r.meetings.pending} 场`,
  },
  { key: 'noShow', label: '未到场', value: r.meetings.noShow, text: String(r.meetings.noShow), unit: '场', note: '已标记未到场的洽谈' },
  {
    key: 'outcomes',
    label: '成果记录',
    value: r.outcomes.recorded,
    text: String(r.outcomes.recorded),
    unit: '项',
    note: `已举行但待记录 ${r.meetings.held - r.outcomes.recorded} 场`,
  },
  { key: 'intents', label: '合作意向', value: r.outcomes.intents, text: String(r.outcomes.intents), unit: '项', note: '达成合作意向（含现场签约）' },
  { key: 'signed', label: '现场签约', value: r.outcomes.signed, text: String(r.outcomes.signed), unit: '项', note: `预估金额 ${wanText(r.outcomes.amountByResult['现场签约'])} 万元` },
  {
    key: 'amount',
    label: '预估金额（万元）',
    value: r.outcomes.amountWan,
    text: wanText(r.outcomes.amountWan),
    note: `其中合作意向及签约 ${wanText(r.outcomes.amountByResult['达成合作意向'] + r.outcomes.amountByResult['现场签约'])} 万元`,
  },
];
