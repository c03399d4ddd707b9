import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { checkIn } from '../../../../renderer/db/checkIns';
import { readOperator } from '../../../../renderer/db/operator';
import { readMeetingOutcome } from '../../../../renderer/db/outcomes';
import { CheckInPage } from '../../../../renderer/features/checkin/CheckInPage';
import { useCheckInUi } from '../../../../renderer/features/checkin/store';
import { OutcomesPage } from '../../../../renderer/features/outcomes/OutcomesPage';
import { openDesk } from '../../support/desk';
import { outcomeFair } from './outcomeFair';

configure({ asyncUtilTimeout: 10_000 });

describe('entering outcomes from elsewhere', () => {
  it('records an outcome from the agenda on the check-in card', async () => {
    const fair = await outcomeFair();
    await checkIn(fair.db, fair.zhang.id);
    useCheckInUi.getState().show(fair.zhang.id, null);
    const user = await openDesk(fair.db, fair.eventId, (data) => <CheckInPage data={data} />);
    const agenda = await screen.findByTestId('card-agenda');
    await waitFor(() => expect(within(agenda).getAllByTestId('card-outcome')).toHaveLength(2));
    await user.click(within(agenda).getAllByTestId('card-outcome')[1] as HTMLElement);
    expect((await screen.findByTestId('outcome-meeting')).textContent).toContain('王芳');
    await waitFor(() => expect((document.activeElement as HTMLInputElement | null)?.type).toBe('radio'));
    await user.keyboard('2{Control>}{Enter}{/Control}');
    await waitFor(async () => expect((await readMeetingOutcome(fair.db, fair.withWang.id))?.result).toBe('保持联系'));
    // The whole check-in desk renders in jsdom here: slower than the other tests on a busy machine.
  }, 40_000);

  it('remembers the operator’s name set on the 对接成果 page', async () => {
    const fair = await outcomeFair();
    const user = await openDesk(fair.db, fair.eventId, (data) => <OutcomesPage data={data} />);
    expect((await screen.findByTestId('operator-name')).textContent).toContain('未填写');
    await user.click(screen.getByTestId('operator-edit'));
    await user.keyboard('  陈静 {Enter}');
    await waitFor(() => expect(screen.getByTestId('operator-name').textContent).toBe('陈静'));
    expect(await readOperator(fair.db)).toBe('陈静');
  });
});
