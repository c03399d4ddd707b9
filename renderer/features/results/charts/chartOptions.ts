import { OUTCOME_RESULTS, type MeetingState, type OutcomeResult } from '@shared/model';
import type { FairResults } from '@shared/results';
import type { ChartOption } from './echarts';

/**
 * The dashboard's charts, each an ECharts option made from the results, so
 * the page and the printed report draw the very same charts. `empty` says
 * why a chart has nothing to show yet; the chart is then not drawn.
 */
export type ChartKey = 'checkIn' | 'meetingStates' | 'funnel' | 'intentsByField' | 'intentsByKind' | 'amountsByField' | 'modes';

export type ResultChart = {
  key: ChartKey;
  title: string;
  height: number;
  empty: (r: FairResults) => string | undefined;
  option: (r: FairResults) => ChartOption;
};

/** Grey waits, blue is under way, green is done, orange did not happen, dark grey was called off. */
const STATE_COLOUR: Record<MeetingState, string> = { 待开始: '#bfbfbf', 进行中: '#4096ff', 已完成: '#52c41a', 未到场: '#fa8c16', 已取消: '#8c8c8c' };
const RESULT_COLOUR: Record<OutcomeResult, string> = { 无进一步意向: '#bfbfbf', 保持联系: '#69b1ff', 达成合作意向: '#52c41a', 现场签约: '#d4380d' };
const INTENT_COLOUR = RESULT_COLOUR['达成合作意向'];
const SIGNED_COLOUR = RESULT_COLOUR['现场签约'];

const tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' } } as const;
const legend = { top: 0 } as const;

/** Horizontal bars, categories top-down (long field names read better across). */
const horizontal = (categories: string[], series: NonNullable<ChartOption['series']>): ChartOption => ({
  tooltip,
  legend,
  grid: { left: 8, right: 32, top: 32, bottom: 8 },
  xAxis: { type: 'value', minInterval: 1 },
  yAxis: { type: 'category', data: categories, inverse: true },
  series,
});

/** Intents split into 达成合作意向 and 现场签约, stacked: the bar is all intents, its red end the signed ones. */
const intentSeries = (rows: readonly { intents: number; signed: number }[]): NonNullable<ChartOption['series']> => [
  { type: 'bar', name: '达成合作意向', stack: 'intent', color: INTENT_COLOUR, data: rows.map((r) => r.intents - r.signed) },
  { type: 'bar', name: '现场签约', stack: 'intent', color: SIGNED_COLOUR, data: rows.map((r) => r.signed), label: { show: true, position: 'right', formatter: (p) => String(rows[p.dataIndex]?.intents ?? '') } },
];

const checkInChart: ResultChart = {
  key: 'checkIn',
  title: '签到情况（按角色）',
  height: 280,
  empty: (r) => (r.checkIn.expected === 0 ? '尚无参会人' : undefined),
  option: (r) => {
    const roles = r.checkIn.byRole.filter((x) => x.expected > 0);
    return {
      tooltip,
      legend,
      grid: { left: 8, right: 8, top: 32, bottom: 8 },
      xAxis: { type: 'category', data: roles.map((x) => x.role), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: '应到', color: '#d9d9d9', data: roles.map((x) => x.expected), label: { show: true, position: 'top' } },
        { type: 'bar', name: '已签到', color: '#1f6feb', data: roles.map((x) => x.arrived), label: { show: true, position: 'top' } },
      ],
    };
  },
};

const meetingStatesChart: ResultChart = {
  key: 'meetingStates',
  title: '洽谈状态',
  height: 280,
  empty: (r) => (r.meetings.total === 0 ? '尚未排期' : undefined),
  option: (r) => {
    const shown = (Object.keys(STATE_COLOUR) as MeetingState[]).filter((s) => r.meetings.byState[s] > 0);
    return {
      tooltip: { trigger: 'item', formatter: '{b}：{c} 场（{d}%）' },
      // The counts go in the legend: outer labels with names get cut short on a half-width printout.
      legend: { bottom: 0, formatter: (name: string) => `${name} ${r.meetings.byState[name as MeetingState] ?? 0}` },
      series: [
        {
          type: 'pie',
          name: '洽谈状态',
          radius: ['42%', '68%'],
          center: ['50%', '45%'],
          label: { formatter: '{d}%' },
          data: shown.map((s) => ({ name: s, value: r.meetings.byState[s], itemStyle: { color: STATE_COLOUR[s] } })),
        },
      ],
    };
  },
};

const funnelChart: ResultChart = {
  key: 'funnel',
  title: '对接漏斗',
  height: 280,
  empty: (r) => (r.funnel[0]?.count ? undefined : '尚无约谈申请或洽谈'),
  option: (r) => ({
    tooltip: { trigger: 'item', formatter: '{b}：{c}' },
    // Light fills under dark text: the labels sit inside, and the narrow steps must stay readable.
    color: ['#91caff', '#bae0ff', '#d6e4ff', '#d9f7be', '#95de64', '#ffbb96'],
    series: [
      {
        type: 'funnel',
        name: '对接漏斗',
        sort: 'none',
        min: 0,
        max: r.funnel[0]?.count ?? 0,
        minSize: '18%',
        left: '8%',
        width: '84%',
        top: 8,
        bottom: 8,
        gap: 2,
        label: { position: 'inside', formatter: '{b}  {c}', color: '#1f1f1f' },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        data: r.funnel.map((s) => ({ name: s.step, value: s.count })),
      },
    ],
  }),
};

const intentsByFieldChart: ResultChart = {
  key: 'intentsByField',
  title: '合作意向（按行业领域）',
  height: 320,
  empty: (r) => (r.outcomes.intents === 0 ? '尚无达成合作意向的成果' : undefined),
  option: (r) => {
    const rows = r.byField.filter((x) => x.intents > 0);
    return horizontal(
      rows.map((x) => x.field),
      intentSeries(rows),
    );
  },
};

const intentsByKindChart: ResultChart = {
  key: 'intentsByKind',
  title: '合作意向（按参与机构类型）',
  height: 320,
  empty: (r) => (r.outcomes.intents === 0 ? '尚无达成合作意向的成果' : undefined),
  option: (r) => {
    const rows = r.byKind.filter((x) => x.intents > 0);
    return horizontal(
      rows.map((x) => x.kind),
      intentSeries(rows),
    );
  },
};

const amountsByFieldChart: ResultChart = {
  key: 'amountsByField',
  title: '预估金额（按行业领域，万元）',
  height: 320,
  empty: (r) => (r.outcomes.amountWan === 0 ? '尚未填写预估金额' : undefined),
  option: (r) => {
    const rows = r.byField.filter((x) => x.amountWan > 0);
    const results = OUTCOME_RESULTS.filter((res) => r.outcomes.amountByResult[res] > 0);
    return horizontal(
      rows.map((x) => x.field),
      results.map((res) => ({ type: 'bar', name: res, stack: 'amount', color: RESULT_COLOUR[res], data: rows.map((x) => x.amountByResult[res]) })),
    );
  },
};

const modesChart: ResultChart = {
  key: 'modes',
  title: '合作方式',
  height: 320,
  empty: (r) => (r.byMode.length === 0 ? '成果中尚未选择合作方式' : undefined),
  option: (r) =>
    horizontal(
      r.byMode.map((x) => x.mode),
      [
        { type: 'bar', name: '成果记录', color: '#69b1ff', data: r.byMode.map((x) => x.outcomes), label: { show: true, position: 'right' } },
        { type: 'bar', name: '其中合作意向', color: INTENT_COLOUR, data: r.byMode.map((x) => x.intents), label: { show: true, position: 'right' } },
      ],
    ),
};

export const RESULT_CHARTS: readonly ResultChart[] = [checkInChart, meetingStatesChart, funnelChart, intentsByFieldChart, intentsByKindChart, amountsByFieldChart, modesChart];
