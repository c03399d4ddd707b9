import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeskContext } from '../../../renderer/app/DeskContext';
import { useFairNow } from '../../../renderer/app/useFairNow';
import { openDeskDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { writeClockOffset } from '../../../renderer/db/fairClock';

const Clock = ({ eventId }: { eventId: string }) => {
  const { ready, offsetMs } = useFairNow(eventId);
  return <span data-testid="clock">{ready ? `ready ${offsetMs}` : 'reading'}</span>;
};
const mount = (db: DeskDatabase, eventId: string) =>
  render(
    <DeskContext.Provider value={db}>
      <Clock eventId={eventId} />
    </DeskContext.Provider>,
  );

describe('useFairNow', () => {
  it('reads the rehearsal offset once, then starts ready with it on the next mount', async () => {
    const db = openDeskDatabase(`fair-now-${crypto.randomUUID()}`);
    await writeClockOffset(db, 'evt_1', 3_600_000);
    const first = mount(db, 'evt_1');
    expect(screen.getByTestId('clock').textContent).toBe('reading');
    await waitFor(() => expect(screen.getByTestId('clock').textContent).toBe('ready 3600000'));
    first.unmount();
    mount(db, 'evt_1');
    expect(screen.getByTestId('clock').textContent).toBe('ready 3600000');
  });

  it('keeps each database’s offset apart', async () => {
    const a = openDeskDatabase(`fair-now-${crypto.randomUUID()}`);
    const b = openDeskDatabase(`fair-now-${crypto.randomUUID()}`);
    await writeClockOffset(a, 'evt_1', 60_000);
    const first = mount(a, 'evt_1');
    await waitFor(() => expect(screen.getByTestId('clock').textContent).toBe('ready 60000'));
    first.unmount();
    mount(b, 'evt_1');
    expect(screen.getByTestId('clock').textContent).toBe('reading');
    await waitFor(() => expect(screen.getByTestId('clock').textContent).toBe('ready 0'));
  });
});
