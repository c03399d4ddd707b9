import { MEETING_STATES, OUTCOME_RESULTS } from '@shared/model';
import type { FairResults } from '@shared/results';
import type { SheetSpec } from '../../import/writeXlsx';
import { localDateTime, percentNumber } from '../format';
import { resultKpis } from '../kpis';
import type { ResultsSources } from '../resultsSources';

type Row = [string, string, string | number];

/**
 * 汇总: the headline figures first (as on the dashboard's cards), then the
 * breakdowns the programme office asks for, one figure per row so each
 * cell is a number a formula can use. Rates are percentages (70.3, not 0.703).
 */
export const summarySheet = (results: FairResults, { data, now }: ResultsSources): SheetSpec => {
  const rows: Row[] = [
    ['活动', '活动名称', data.event.name],
    ['活动', '统计截至', localDateTime(now)],
    ...resultKpis(results).map((k): Row => ['核心指标', k.key === 'checkInRate' ? '签到率（%）' : k.unit ? `${k.label}（${k.unit}）` : k.label, k.value]),
    ...results.checkIn.byRole.flatMap((r): Row[] => [
      ['签到', `${r.role} 应到（人）`, r.expected],
      ['签到', `${r.role} 已签到（人）`, r.arrived],
    ]),
    ['洽谈', '现场临时洽谈（场）', results.meetings.adHoc],
    ...MEETING_STATES.map((s): Row => ['洽谈', `${s}（场）`, results.meetings.byState[s]]),
    ['洽谈', '到场率（%）', percentNumber(results.meetings.attendanceRate)],
    ...results.funnel.map((s): Row => ['对接漏斗', s.step, s.count]),
    ...OUTCOME_RESULTS.map((r): Row => ['对接结果', `${r}（项）`, results.outcomes.byResult[r]]),
    ...OUTCOME_RESULTS.map((r): Row => ['预估金额', `${r}（万元）`, results.outcomes.amountByResult[r]]),
    ...results.byField.flatMap((f): Row[] => [
      ['行业领域', `${f.field} 合作意向（项）`, f.intents],
      ['行业领域', `${f.field} 预估金额（万元）`, f.amountWan],
    ]),
    ...results.byKind.map((k): Row => ['参与机构类型', `${k.kind} 合作意向（项）`, k.intents]),
    ...results.byMode.map((m): Row => ['合作方式', `${m.mode}（项）`, m.outcomes]),
  ];
  return { name: '汇总', headers: ['类别', '指标', '数值'], rows };
};
