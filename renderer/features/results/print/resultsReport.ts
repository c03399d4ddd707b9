import type { FairResults, OrganisationRow } from '@shared/results';
import { CJK_FONT_STACK, html, printDocument, trustedHtml, type SafeHtml } from '../../schedule/print/printDocument';
import { eventDates } from '../../schedule/print/scheduleFormat';
import type { PersonRef } from '../../schedule/view';
import { chartSvg } from '../charts/echarts';
import { RESULT_CHARTS, type ChartKey, type ResultChart } from '../charts/chartOptions';
import { localDateTime, wanText } from '../format';
import { resultKpis } from '../kpis';
import type { OutcomeLine } from '../resultLines';
import type { ResultsSources } from '../resultsSources';

/**
 * 活动成果报告: the printed summary for the programme office, A4 portrait.
 * The charts are the dashboard's own, rendered by ECharts as SVG strings
 * (server-side mode, no DOM), so the PDF is one static document as the
 * bridge's `print:toPdf` wants it, and its charts are sharp at any zoom.
 */

/** The printable width of A4 with 12 mm margins is about 700 CSS px: one chart across, or two side by side. */
const FULL_WIDTH = 680;
const HALF_WIDTH = 335;
const CHART_HEIGHT = 240;

/** The SVG's text sits in a double-quoted style attribute: the font names must use single quotes. */
const SVG_FONT = CJK_FONT_STACK.replaceAll('"', "'");

const CSS = `
.head { border-bottom: 0.6mm solid #111; padding-bottom: 3mm; margin-bottom: 5mm; }
h1 { font-size: 20pt; margin: 0 0 1mm; letter-spacing: 0.15em; text-align: center; }
.event-name { font-size: 13pt; font-weight: 600; text-align: center; }
.event-meta { font-size: 9.5pt; text-align: center; margin-top: 1mm; }
h2 { font-size: 13pt; margin: 6mm 0 3mm; padding-left: 2mm; border-left: 1.2mm solid #1f6feb; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; }
.kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; }
.kpi { border: 0.25mm solid #bbb; border-radius: 1.5mm; padding: 2.5mm 3mm; break-inside: avoid; }
.kpi .label { font-size: 9pt; color: #555; }
.kpi .value { font-size: 18pt; font-weight: 700; line-height: 1.2; }
.kpi .unit { font-size: 9pt; font-weight: 400; margin-left: 1mm; }
.kpi .note { font-size: 8pt; color: #555; }
.chart { break-inside: avoid; page-break-inside: avoid; margin: 0 0 3mm; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
.chart svg { display: block; width: 100%; height: auto; }
.chart .none { padding: 10mm 0; text-align: center; color: #555; border: 0.25mm dashed #bbb; }
.list { table-layout: fixed; }
.list th, .list td { border: 0.25mm solid #999; padding: 1.2mm 1.8mm; font-size: 9pt; overflow-wrap: anywhere; }
.intents th, .intents td { font-size: 8.5pt; }
.list th { background: #f0f0f0; }
.num { text-align: right; white-space: nowrap; }
.sub { color: #555; font-size: 8pt; }
.foot { margin-top: 8mm; font-size: 8.5pt; color: #555; text-align: right; }
`;

const kpiGrid = (results: FairResults): SafeHtml =>
  html`<div class="kpis">${resultKpis(results).map(
    (k) => html`<div class="kpi" data-kpi="${k.key}"><div class="label">${k.label}</div><div class="value">${k.text}${k.unit ? html`<span class="unit">${k.unit}</span>` : ''}</div><div class="note">${k.note}</div></div>`,
  )}</div>`;

const chartBlock = (chart: ResultChart, results: FairResults, width: number): SafeHtml => {
  const empty = chart.empty(results);
  return html`<figure class="chart" data-chart="${chart.key}">
<h3>${chart.title}</h3>
${empty ? html`<div class="none">${empty}</div>` : trustedHtml(chartSvg({ ...chart.option(results), textStyle: { fontFamily: SVG_FONT } }, width, CHART_HEIGHT))}
</figure>`;
};

const chartByKey = new Map(RESULT_CHARTS.map((c) => [c.key, c]));

/** One chart across the page, or two side by side (`[a, b]`). */
const charts = (results: FairResults, layout: readonly (ChartKey | readonly [ChartKey, ChartKey])[]): SafeHtml[] =>
  layout.map((item) => {
    const block = (key: ChartKey, width: number) => {
      const chart = chartByKey.get(key);
      return chart ? chartBlock(chart, results, width) : html``;
    };
    return typeof item === 'string' ? block(item, FULL_WIDTH) : html`<div class="pair">${block(item[0], HALF_WIDTH)}${block(item[1], HALF_WIDTH)}</div>`;
  });

const organisationTable = (title: string, rows: readonly OrganisationRow[], testId: string): SafeHtml =>
  html`<h3>${title}</h3>
${
  rows.length === 0
    ? html`<p class="muted">暂无</p>`
    : html`<table class="list" data-table="${testId}">
<colgroup><col style="width:12mm"><col><col style="width:20mm"><col style="width:22mm"><col style="width:20mm"><col style="width:20mm"><col style="width:28mm"></colgroup>
<thead><tr><th class="num">名次</th><th>机构</th><th>类型</th><th class="num">已举行洽谈</th><th class="num">合作意向</th><th class="num">现场签约</th><th class="num">预估金额（万元）</th></tr></thead>
<tbody>${rows.map(
        (r, i) =>
          html`<tr><td class="num">${i + 1}</td><td>${r.name}</td><td class="nowrap">${r.kind}</td><td class="num">${r.held}</td><td class="num">${r.intents}</td><td class="num">${r.signed}</td><td class="num">${wanText(r.amountWan)}</td></tr>`,
      )}</tbody>
</table>`
}`;

const side = (p: PersonRef | undefined): SafeHtml =>
  p ? html`<div>${p.organisation ?? ''}${p.organisation ? html` <span class="sub">${p.name}</span>` : p.name}</div>` : html``;

const intentsTable = (intents: readonly OutcomeLine[]): SafeHtml =>
  intents.length === 0
    ? html`<p class="muted">尚无达成合作意向的成果</p>`
    : html`<table class="list intents" data-table="intents">
<colgroup><col style="width:9mm"><col style="width:16mm"><col style="width:17mm"><col style="width:52mm"><col><col style="width:19mm"><col style="width:17mm"></colgroup>
<thead><tr><th class="num">序号</th><th>结果</th><th>行业领域</th><th>洽谈双方</th><th>所涉需求 / 成果</th><th>合作方式</th><th class="num">金额（万元）</th></tr></thead>
<tbody>${intents.map(
        ({ outcome: o, meeting, need, achievement, field }, i) =>
          html`<tr><td class="num">${i + 1}</td><td>${o.result}</td><td>${field}</td><td>${side(meeting?.meeting.people[0])}${side(meeting?.meeting.people[1])}</td><td>${[need?.title, achievement?.title].filter(Boolean).join(' ↔ ') || '—'}</td><td>${o.cooperationModes.join('、') || '—'}</td><td class="num">${o.amountWan === undefined ? '—' : wanText(o.amountWan)}</td></tr>`,
      )}</tbody>
</table>`;

/** The report's HTML: figures as of the fair's `now`; `intents` are the counted intents (see `intentLines`). */
export const resultsReportHtml = (sources: ResultsSources, results: FairResults, intents: readonly OutcomeLine[]): string => {
  const { event } = sources.data;
  const meta = [eventDates(event), event.venue, event.organiser ? `主办：${event.organiser}` : ''].filter(Boolean).join('\u3000');
  return printDocument({
    title: `${event.name}-活动成果报告`,
    css: CSS,
    body: html`<header class="head">
<h1>活动成果报告</h1>
<div class="event-name">${event.name}</div>
<div class="event-meta muted">${meta}</div>
<div class="event-meta muted">统计截至 ${localDateTime(sources.now)}</div>
</header>
<h2>一、核心指标</h2>
${kpiGrid(results)}
<h2>二、签到与洽谈</h2>
${charts(results, [['checkIn', 'meetingStates'], 'funnel'])}
<h2>三、对接成果</h2>
${charts(results, ['intentsByField', ['intentsByKind', 'modes'], 'amountsByField'])}
<h2>四、重点机构</h2>
${organisationTable('洽谈最活跃的机构（按已举行洽谈场数）', results.topByHeld, 'top-held')}
${organisationTable('合作意向最多的机构', results.topByIntents, 'top-intents')}
<h2>五、合作意向清单</h2>
${intentsTable(intents)}
<div class="foot">本报告由对接台生成</div>`,
  });
};
