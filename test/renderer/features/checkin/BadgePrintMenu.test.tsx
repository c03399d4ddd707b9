import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { checkInFair } from './checkInFair';
import { badgesIn, fakePrintHost, lastJob, openPrintDesk, resetPrintDeskBetweenTests } from './printDesk';

resetPrintDeskBetweenTests();

describe('批量打印胸卡', () => {
  it('exports eight to an A4 sheet as PDF until told otherwise', async () => {
    const host = fakePrintHost();
    const user = await openPrintDesk(await checkInFair());
    await user.click(screen.getByTestId('print-badges'));
    expect((await screen.findByTestId('badge-paper')).querySelector('.ant-segmented-item-selected')?.textContent).toBe('A4 整页排版');
    await user.click(await screen.findByTestId('print-badges-all'));
    await waitFor(() => expect(host.toPdf).toHaveBeenCalled());
    const job = lastJob(host.toPdf.mock.calls);
    expect(job.pageSize).toBe('A4');
    expect(badgesIn(job).querySelectorAll('section.sheet .card')).toHaveLength(4);
    expect(host.toPrinter).not.toHaveBeenCalled();
  });

  it('prints on badge paper, one badge to a page, to the printer', async () => {
    const host = fakePrintHost();
    const user = await openPrintDesk(await checkInFair());
    await user.click(screen.getByTestId('print-badges'));
    await user.click(within(await screen.findByTestId('print-target')).getByText('打印'));
    await user.click(within(screen.getByTestId('badge-paper')).getByText('胸卡纸 一页一枚'));
    await user.click(screen.getByTestId('print-badges-all'));
    await waitFor(() => expect(host.toPrinter).toHaveBeenCalled());
    const job = lastJob(host.toPrinter.mock.calls);
    expect(job.pageSize).toBe('badge');
    expect(badgesIn(job).querySelectorAll('section.single .card')).toHaveLength(4);
    expect(await screen.findByText('已发送到打印机：胸卡（4 张）')).toBeTruthy();
    expect(host.toPdf).not.toHaveBeenCalled();
  });
});
