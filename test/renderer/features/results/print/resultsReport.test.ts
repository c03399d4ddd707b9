import { beforeAll, describe, expect, it } from 'vitest';
import { fairResults } from '@shared/results';
import { updateRecord } from '../../../../../renderer/db/registry';
import { resultsReportHtml } from '../../../../../renderer/features/results/print/resultsReport';
import { intentLines, resultLines } from '../../../../../renderer/features/results/resultLines';
import { resultsInput } from '../../../../../renderer/features/results/resultsSources';
import { parsePrintout, textOf } from '../../schedule/printHelpers';
import { chartableJsdom, resultsDeskFair, sourcesOf } from '../resultsDeskFair';

beforeAll(chartableJsdom);

const reportOf = async (rename?: string, withoutOutcomes = false) => {
  const fair = await resultsDeskFair();
  if (withoutOutcomes) await fair.db.outcomes.clear();
  if (rename) {
    const org = (await fair.db.organisations.toArray()).find((o) => o.kind === '企业');
    if (!org) throw new Error('org');
    const renamed = await updateRecord(fair.db, 'organisations', org.id, { kind: org.kind, name: rename });
    if (!renamed.ok) throw new Error(renamed.issues[0]?.message);
  }
  const sources = await sourcesOf(fair);
  const results = fairResults(resultsInput(sources), sources.now);
  return parsePrintout(resultsReportHtml(sources, results, intentLines(resultLines(sources))));
};

describe('活动成果报告', () => {
  it('heads the report with the event and the moment the figures stand at', async () => {
    const doc = await reportOf();
    expect(textOf(doc.querySelector('header'))).toContain('活动成果报告 测试对接会 2026年5月20日 中关村展示中心 统计截至 2026-05-20 12:30');
  });

  it('shows the eight headline figures', async () => {
    const doc = await reportOf();
    const kpi = (key: string) => textOf(doc.querySelector(`[data-kpi="${key}"] .value`));
    expect([kpi('checkInRate'), kpi('planned'), kpi('held'), kpi('noShow'), kpi('outcomes'), kpi('intents'), kpi('signed'), kpi('amount')]).toEqual([
      '33.3%',
      '3 场',
      '2 场',
      '1 场',
      '2 项',
      '1 项',
      '0 项',
      '120.5',
    ]);
  });

  it('says why a chart is empty instead of drawing it', async () => {
    const doc = await reportOf(undefined, true);
    expect(textOf(doc.querySelector('[data-chart="intentsByField"]'))).toBe('合作意向（按行业领域） 尚无达成合作意向的成果');
    expect(doc.querySelector('[data-chart="intentsByField"] svg')).toBeNull();
    expect(doc.querySelector('[data-chart="funnel"] svg')).not.toBeNull();
    expect(textOf(doc.querySelector('[data-table="top-intents"]'))).toBe('');
  });

  it('draws the charts as inline SVG with Chinese labels', async () => {
    const doc = await reportOf();
    const chart = (key: string) => doc.querySelector(`[data-chart="${key}"]`);
    for (const key of ['checkIn', 'meetingStates', 'funnel', 'intentsByField', 'intentsByKind', 'amountsByField', 'modes']) expect(chart(key)).not.toBeNull();
    expect(doc.querySelectorAll('figure.chart svg').length).toBe(7);
    expect(textOf(chart('funnel'))).toContain('已记录成果');
    expect(textOf(chart('meetingStates'))).toContain('未到场');
    expect(textOf(chart('intentsByField'))).toContain('新能源');
    expect(textOf(chart('intentsByKind'))).toContain('高校');
    expect(doc.querySelector('script')).toBeNull();
  });

  it('ranks the organisations and lists the intents', async () => {
    const doc = await reportOf();
    const rows = (table: string) => [...doc.querySelectorAll(`[data-table="${table}"] tbody tr`)].map((tr) => [...tr.querySelectorAll('td')].map((td) => textOf(td)));
    expect(rows('top-held')).toEqual([
      ['1', '北京智感科技有限公司', '企业', '2', '1', '0', '120.5'],
      ['2', '北京理工大学', '高校', '1', '1', '0', '120.5'],
    ]);
    expect(rows('top-intents').map((r) => r[1])).toEqual(['北京智感科技有限公司', '北京理工大学']);
    expect(rows('intents')).toEqual([['1', '达成合作意向', '新能源', '北京智感科技有限公司 张伟 北京理工大学 李娜', '锂电池正极材料 ↔ 高镍正极材料', '合作开发、技术许可', '120.5']]);
  });

  it('prints a name with markup as text', async () => {
    const doc = await reportOf('<b>甲</b>公司');
    expect(doc.querySelector('b')).toBeNull();
    expect(textOf(doc.querySelector('[data-table="top-held"]'))).toContain('<b>甲</b>公司');
  });
});
