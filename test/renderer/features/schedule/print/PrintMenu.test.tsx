import { App as AntApp } from 'antd';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePrintPrefs } from '../../../../../renderer/features/checkin/print/printPrefs';
import { PrintMenu } from '../../../../../renderer/features/schedule/print/PrintMenu';
import { fail, mapChannels, ok, type Bridge, type PrintJob } from '../../../../../shared/bridge';
import { pagesOf, parsePrintout } from '../printHelpers';
import { people, scheduleFixture } from '../scheduleViewFixture';

type FakeHost = {
  print: ReturnType<typeof vi.fn<Bridge['print:toPdf']>>;
  saveAs: ReturnType<typeof vi.fn<Bridge['file:saveAs']>>;
};

/** The desktop app's bridge, answering as the organiser's save dialog would. */
const fakeHost = (print: Bridge['print:toPdf'], saveAs: Bridge['file:saveAs'] = async () => ok({ canceled: true })): FakeHost => {
  const host = { print: vi.fn(print), saveAs: vi.fn(saveAs) };
  vi.stubGlobal('dockingDesk', { ...(mapChannels(() => vi.fn()) as unknown as Bridge), 'print:toPdf': host.print, 'file:saveAs': host.saveAs });
  return host;
};

const desk = (participantIds?: string[]) => {
  const user = userEvent.setup();
  render(
    <AntApp>
      <PrintMenu view={scheduleFixture()} participantIds={participantIds} />
    </AntApp>,
  );
  return {
    choose: async (item: string) => {
      await user.click(screen.getByTestId('print-menu'));
      await user.click(await screen.findByTestId(item));
    },
  };
};

const lastJob = async (host: FakeHost): Promise<PrintJob> => {
  await waitFor(() => expect(host.print).toHaveBeenCalled());
  const job = host.print.mock.calls.at(-1)?.[0];
  if (!job) throw new Error('no print job');
  return job;
};

afterEach(() => {
  vi.unstubAllGlobals();
  usePrintPrefs.setState({ target: 'pdf', badgeLayout: 'sheet' });
});

/** The desktop app's bridge with a printer whose dialog answers `answer`. */
const fakePrinter = (answer: Bridge['print:toPrinter']) => {
  const toPrinter = vi.fn(answer);
  const toPdf = vi.fn<Bridge['print:toPdf']>();
  vi.stubGlobal('dockingDesk', { ...(mapChannels(() => vi.fn()) as unknown as Bridge), 'print:toPrinter': toPrinter, 'print:toPdf': toPdf });
  return { toPrinter, toPdf };
};

/** Opens the menu, switches its output to 打印 (the printer) and picks `item`. */
const printToPrinter = async (item: string) => {
  const user = userEvent.setup();
  render(
    <AntApp>
      <PrintMenu view={scheduleFixture()} />
    </AntApp>,
  );
  await user.click(screen.getByTestId('print-menu'));
  await user.click(within(await screen.findByTestId('print-target')).getByText('打印'));
  await user.click(await screen.findByTestId(item));
};

describe('PrintMenu to the printer', () => {
  it('offers 打印 and 导出 PDF at the top of the menu, PDF first', async () => {
    fakePrinter(async () => ok({ printed: true }));
    render(
      <AntApp>
        <PrintMenu view={scheduleFixture()} />
      </AntApp>,
    );
    await userEvent.click(screen.getByTestId('print-menu'));
    const target = await screen.findByTestId('print-target');
    expect(within(target).getByText('打印')).toBeTruthy();
    expect(within(target).getByText('导出 PDF')).toBeTruthy();
    expect(target.querySelector('.ant-segmented-item-selected')?.textContent).toBe('导出 PDF');
    expect(screen.queryByTestId('badge-paper')).toBeNull();
  });

  it('sends the landscape master grid to the printer and says so', async () => {
    const host = fakePrinter(async () => ok({ printed: true }));
    await printToPrinter('print-master-grid');
    await waitFor(() => expect(host.toPrinter).toHaveBeenCalled());
    expect(host.toPrinter.mock.calls[0]?.[0]).toMatchObject({ pageSize: 'A4', landscape: true, suggestedName: '2026 中关村技术对接会-总排期表' });
    expect(host.toPdf).not.toHaveBeenCalled();
    expect(await screen.findByText('已发送到打印机：总排期表')).toBeTruthy();
    expect(usePrintPrefs.getState().target).toBe('printer');
  });

  it('says the printing was cancelled when the dialog is closed', async () => {
    fakePrinter(async () => ok({ canceled: true }));
    await printToPrinter('print-table-cards');
    expect(await screen.findByText('已取消打印')).toBeTruthy();
  });

  it("shows the printer's reason when printing fails", async () => {
    fakePrinter(async () => fail('FAILED', '打印机未能完成打印：Print job failed'));
    await printToPrinter('print-agendas');
    expect(await screen.findByText('打印失败：打印机未能完成打印：Print job failed')).toBeTruthy();
  });
});

describe('PrintMenu', () => {
  it('prints every agenda on A4 and says where the PDF went', async () => {
    const host = fakeHost(async () => ok({ path: '/home/organiser/日程.pdf' }));
    await desk().choose('print-agendas');
    const job = await lastJob(host);
    expect(job.pageSize).toBe('A4');
    expect(job.suggestedName).toBe('2026 中关村技术对接会-个人洽谈日程');
    expect(pagesOf(parsePrintout(job.html ?? ''))).toHaveLength(5);
    expect(await screen.findByText('已生成个人洽谈日程：/home/organiser/日程.pdf')).toBeTruthy();
  });

  it("prints only the chosen person's agenda", async () => {
    const host = fakeHost(async () => ok({ path: '/tmp/王芳.pdf' }));
    const { choose } = desk([people.wang.id]);
    await userEvent.click(screen.getByTestId('print-menu'));
    expect((await screen.findByTestId('print-agendas')).textContent).toBe('个人洽谈日程');
    await userEvent.keyboard('{Escape}');
    await choose('print-agendas');
    const job = await lastJob(host);
    expect(job.suggestedName).toBe('王芳-个人洽谈日程');
    expect(pagesOf(parsePrintout(job.html ?? '')).map((p) => p.dataset.person)).toEqual([people.wang.id]);
  });

  it('prints the table cards and the landscape master grid', async () => {
    const host = fakeHost(async () => ok({ path: '/tmp/x.pdf' }));
    const { choose } = desk();
    await choose('print-table-cards');
    expect((await lastJob(host)).suggestedName).toBe('2026 中关村技术对接会-桌牌');
    await waitFor(() => expect(screen.getByTestId('print-menu').hasAttribute('disabled')).toBe(false));
    await choose('print-master-grid');
    await waitFor(() => expect(host.print).toHaveBeenCalledTimes(2));
    const grid = await lastJob(host);
    expect(grid.suggestedName).toBe('2026 中关村技术对接会-总排期表');
    expect(grid.html).toContain('size: A4 landscape');
  });

  it("shows the bridge's Chinese reason when printing fails", async () => {
    fakeHost(async () => fail('FAILED', '磁盘已满，无法保存文件'));
    await desk().choose('print-master-grid');
    expect(await screen.findByText('打印失败：磁盘已满，无法保存文件')).toBeTruthy();
  });

  it('says nothing when the organiser cancels the save dialog', async () => {
    const host = fakeHost(async () => ok({ canceled: true }));
    await desk().choose('print-table-cards');
    await waitFor(() => expect(host.print).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByTestId('print-menu').hasAttribute('disabled')).toBe(false));
    expect(document.querySelector('.ant-message-notice')).toBeNull();
  });

  it('exports the schedule workbook, and reports a failed save', async () => {
    const host = fakeHost(
      async () => ok({ canceled: true }),
      async () => ok({ path: '/tmp/排期.xlsx' }),
    );
    const { choose } = desk();
    await choose('export-schedule-xlsx');
    // exceljs loads on first use, which takes a few seconds in jsdom.
    expect(await screen.findByText('已导出排期：/tmp/排期.xlsx', {}, { timeout: 15_000 })).toBeTruthy();
    expect(host.saveAs.mock.calls[0]?.[0].suggestedName).toBe('2026 中关村技术对接会-洽谈排期.xlsx');
    host.saveAs.mockImplementation(async () => fail('FAILED', '文件被占用，无法保存'));
    await waitFor(() => expect(screen.getByTestId('print-menu').hasAttribute('disabled')).toBe(false), { timeout: 5_000 });
    await choose('export-schedule-xlsx');
    expect(await screen.findByText('导出失败：文件被占用，无法保存', {}, { timeout: 15_000 })).toBeTruthy();
  });

  it('warns instead of printing when nobody chosen has a meeting', async () => {
    const host = fakeHost(async () => ok({ path: '/tmp/x.pdf' }));
    await desk(['ppl-nobody']).choose('print-agendas');
    expect(await screen.findByText('所选参会人暂无洽谈安排')).toBeTruthy();
    expect(host.print).not.toHaveBeenCalled();
  });
});
