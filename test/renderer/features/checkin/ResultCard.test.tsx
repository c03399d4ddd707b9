import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { usePrintPrefs } from '../../../../renderer/features/checkin/print/printPrefs';
import { useCheckInUi } from '../../../../renderer/features/checkin/store';
import { checkInFair } from './checkInFair';
import { badgesIn, fakePrintHost, lastJob, openPrintDesk, resetPrintDeskBetweenTests } from './printDesk';

resetPrintDeskBetweenTests();

describe('the result card’s print buttons', () => {
  it('print the shown person’s badge as the ▾ options say, the button naming where it goes', async () => {
    const fair = await checkInFair();
    const host = fakePrintHost();
    useCheckInUi.getState().show(fair.zhang.id, null);
    const user = await openPrintDesk(fair);
    const badge = await screen.findByTestId('print-badge');
    expect(badge.textContent).toContain('胸卡 PDF');
    await user.click(screen.getByTestId('print-badge-options'));
    const panel = await screen.findByTestId('badge-paper');
    await user.click(within(panel).getByText('胸卡纸 一页一枚'));
    await user.click(within(screen.getByTestId('print-target')).getByText('打印'));
    await waitFor(() => expect(screen.getByTestId('print-badge').textContent).toContain('打印胸卡'));
    expect(screen.getByTestId('print-agenda').textContent).toContain('打印日程');
    await user.click(screen.getByTestId('print-badge'));
    await waitFor(() => expect(host.toPrinter).toHaveBeenCalled());
    const job = lastJob(host.toPrinter.mock.calls);
    expect(job).toMatchObject({ pageSize: 'badge', suggestedName: '张伟-胸卡' });
    expect(badgesIn(job).querySelector('section.single .card .name')?.textContent).toBe('张伟');
  });

  it('offer only the output for the agenda, which always prints on A4', async () => {
    const fair = await checkInFair();
    const host = fakePrintHost();
    useCheckInUi.getState().show(fair.zhang.id, null);
    usePrintPrefs.setState({ badgeLayout: 'single' });
    const user = await openPrintDesk(fair);
    await user.click(await screen.findByTestId('print-agenda-options'));
    await screen.findByTestId('print-target');
    expect(screen.queryByTestId('badge-paper')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('print-agenda').hasAttribute('disabled')).toBe(false));
    await user.click(screen.getByTestId('print-agenda'));
    await waitFor(() => expect(host.toPdf).toHaveBeenCalled());
    expect(lastJob(host.toPdf.mock.calls)).toMatchObject({ pageSize: 'A4', suggestedName: '张伟-个人洽谈日程' });
  });
});
