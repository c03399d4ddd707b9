import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { SyncPage } from '../../../../renderer/features/sync/SyncPage';
import { pendingBundleState, usePendingBundle } from '../../../../renderer/features/sync/pendingBundle';
import { dbWithEvent } from '../../db/testDb';
import { openDesk } from '../../support/desk';

const notABundle = { name: '坏了.dockbundle', data: new Uint8Array([1, 2, 3]) };

beforeEach(() => {
  usePendingBundle.setState({ bundle: undefined, tab: 'export' });
});

describe('pendingBundleState', () => {
  it('hands a bundle over once and brings the import tab forward', () => {
    const store = create(pendingBundleState);
    store.getState().offer(notABundle);
    expect(store.getState().tab).toBe('import');
    expect(store.getState().take()).toBe(notABundle);
    expect(store.getState().take()).toBeUndefined();
  });
});

describe('SyncPage with a bundle opened from outside', () => {
  it('switches to 导入 and previews the bundle at once', async () => {
    const { db, eventId } = await dbWithEvent();
    await openDesk(db, eventId, (data) => <SyncPage data={data} />);
    await screen.findByTestId('sync-page');
    act(() => usePendingBundle.getState().offer(notABundle));
    // The preview ran: this one is not a bundle, and the import says so without touching the data.
    expect(await screen.findByTestId('import-error')).toBeTruthy();
    expect(screen.getByText('无法导入“坏了.dockbundle”')).toBeTruthy();
    expect(usePendingBundle.getState().bundle).toBeUndefined();
  });

  it('takes a bundle that was waiting before the page opened', async () => {
    usePendingBundle.getState().offer(notABundle);
    const { db, eventId } = await dbWithEvent();
    await openDesk(db, eventId, (data) => <SyncPage data={data} />);
    expect(await screen.findByTestId('import-error')).toBeTruthy();
  });
});
