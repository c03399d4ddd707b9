import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { mapChannels, ok, type Bridge, type PrintJob } from '@shared/bridge';
import { saveOutcome } from '../../../../renderer/db/outcomes';
import { usePrintPrefs } from '../../../../renderer/features/checkin/print/printPrefs';
import { ResultsPage } from '../../../../renderer/features/results/ResultsPage';
import { openDesk } from '../../support/desk';
import { parsePrintout, textOf } from '../schedule/printHelpers';
import { EDITOR, chartableJsdom, resultsDeskFair, type ResultsDeskFair } from './resultsDeskFair';

configure({ asyncUtilTimeout: 10_000 });

const open = async (fair: ResultsDeskFair) => {
  const user = await openDesk(fair.db, fair.eventId, (data) => <ResultsPage data={data} />);
  await screen.findByTestId('results-page');
  return user;
};

const kpi = (key: string) => screen.getByTestId(`kpi-${key}`).textContent;

/** The desktop app's bridge, answering as the save dialog and the PDF printer would. */
const fakeHost = () => {
  const host = {
    print: vi.fn<Bridge['print:toPdf']>(async () => ok({ path: '/home/organiser/活动成果报告.pdf' })),
    saveAs: vi.fn<Bridge['file:saveAs']>(async () => ok({ path: '/home/organiser/对接成果.xlsx' })),
  };
  vi.stubGlobal('dockingDesk', { ...(mapChannels(() => vi.fn()) as unknown as Bridge), 'print:toPdf': host.print, 'file:saveAs': host.saveAs });
  return host;
};

beforeAll(chartableJsdom);
afterEach(() => {
  vi.unstubAllGlobals();
  usePrintPrefs.setState({ target: 'pdf' });
});

describe('成果统计', () => {
  it('shows the headline figures at the fair’s clock, the charts and the top organisations', async () => {
    const fair = await resultsDeskFair();
    const user = await open(fair);
    await waitFor(() => expect(kpi('outcomes')).toBe('2'));
    expect([kpi('checkInRate'), kpi('planned'), kpi('held'), kpi('noShow'), kpi('intents'), kpi('signed'), kpi('amount')]).toEqual(['33.3%', '3', '2', '1', '1', '0', '120.5']);
    expect(screen.getByTestId('results-as-of').textContent).toContain('2026-05-20 12:30');
    const charts = screen.getByTestId('results-charts');
    for (const key of ['checkIn', 'meetingStates', 'funnel', 'intentsByField', 'intentsByKind', 'amountsByField', 'modes']) {
      await waitFor(() => expect(within(charts).getByTestId(`chart-${key}`).querySelector('svg')).not.toBeNull());
    }
    expect(textOf(screen.getByTestId('chart-funnel'))).toContain('已记录成果');
    const rows = () => within(screen.getByTestId('top-organisations')).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows()).toEqual([
      ['1', '北京智感科技有限公司', '企业', '2', '2', '1', '0', '120.5'],
      ['2', '北京理工大学', '高校', '1', '1', '1', '0', '120.5'],
    ]);
    await user.click(screen.getByText('按合作意向'));
    await waitFor(() => expect(rows().map((r) => r[1])).toEqual(['北京智感科技有限公司', '北京理工大学']));
  });

  it('follows an outcome recorded in another window', async () => {
    const fair = await resultsDeskFair();
    await open(fair);
    await waitFor(() => expect(kpi('signed')).toBe('0'));
    const saved = await saveOutcome(
      fair.db,
      fair.eventId,
      { meetingId: fair.contact.id, result: '现场签约', cooperationModes: ['技术服务'], amountWan: 30 },
      { outcomeId: fair.contactOutcome.id, updatedAt: fair.contactOutcome.updatedAt },
      EDITOR,
    );
    expect(saved.ok).toBe(true);
    await waitFor(() => expect(kpi('signed')).toBe('1'));
    expect([kpi('outcomes'), kpi('intents'), kpi('amount')]).toEqual(['2', '2', '150.5']);
  });

  it('says why a chart is empty on a fair without outcomes', async () => {
    const fair = await resultsDeskFair();
    await fair.db.outcomes.clear();
    await open(fair);
    await waitFor(() => expect(kpi('outcomes')).toBe('0'));
    expect(screen.getByTestId('chart-empty-intentsByField').textContent).toContain('尚无达成合作意向的成果');
    expect(screen.getByTestId('chart-funnel')).toBeTruthy();
  });

  it('exports the workbook and prints the report through the bridge', async () => {
    const host = fakeHost();
    const fair = await resultsDeskFair();
    const user = await open(fair);
    await waitFor(() => expect(kpi('outcomes')).toBe('2'));

    await user.click(screen.getByTestId('results-export-xlsx'));
    await waitFor(() => expect(host.saveAs).toHaveBeenCalled());
    expect(host.saveAs.mock.calls[0]?.[0].suggestedName).toBe('测试对接会-对接成果.xlsx');
    expect(await screen.findByText('已导出成果表：/home/organiser/对接成果.xlsx')).toBeTruthy();

    await user.click(screen.getByTestId('results-print-report'));
    await waitFor(() => expect(host.print).toHaveBeenCalled());
    const job = host.print.mock.calls[0]?.[0] as PrintJob;
    expect(job).toMatchObject({ pageSize: 'A4', suggestedName: '测试对接会-活动成果报告' });
    const doc = parsePrintout(job.html ?? '');
    expect(doc.querySelectorAll('figure.chart svg').length).toBe(7);
    expect(doc.querySelector('[data-kpi="outcomes"] .value')?.textContent).toBe('2项');
    expect(await screen.findByText('已生成活动成果报告：/home/organiser/活动成果报告.pdf')).toBeTruthy();
  });

  it('sends the report to the printer once 打印 is chosen under ▾', async () => {
    const toPrinter = vi.fn<Bridge['print:toPrinter']>(async () => ok({ canceled: true }));
    vi.stubGlobal('dockingDesk', { ...(mapChannels(() => vi.fn()) as unknown as Bridge), 'print:toPrinter': toPrinter });
    const fair = await resultsDeskFair();
    const user = await open(fair);
    await waitFor(() => expect(kpi('outcomes')).toBe('2'));
    expect(screen.getByTestId('results-print-report').textContent).toContain('成果报告 PDF');
    await user.click(screen.getByTestId('results-print-options'));
    await user.click(within(await screen.findByTestId('print-target')).getByText('打印'));
    await waitFor(() => expect(screen.getByTestId('results-print-report').textContent).toContain('打印成果报告'));
    await user.click(screen.getByTestId('results-print-report'));
    await waitFor(() => expect(toPrinter).toHaveBeenCalled());
    expect(toPrinter.mock.calls[0]?.[0]).toMatchObject({ pageSize: 'A4', suggestedName: '测试对接会-活动成果报告' });
    expect(await screen.findByText('已取消打印')).toBeTruthy();
  });
});
