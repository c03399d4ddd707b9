import { act, render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { beforeEach, describe, expect, it } from 'vitest';
import { DeskContext } from '../../../../renderer/app/DeskContext';
import { openDeskDatabase, type DeskDatabase } from '../../../../renderer/db/database';
import { usePendingBundle } from '../../../../renderer/features/sync/pendingBundle';
import { Welcome } from '../../../../renderer/features/welcome/Welcome';

let db: DeskDatabase;

// A fresh database per test; fake-indexeddb lives only as long as this file's run.
beforeEach(() => {
  db = openDeskDatabase(`welcome-${crypto.randomUUID()}`);
  usePendingBundle.setState({ bundle: undefined, tab: 'export', importRequests: 0 });
});

const renderWelcome = () =>
  render(
    <AntApp>
      <DeskContext.Provider value={db}>
        <Welcome />
      </DeskContext.Provider>
    </AntApp>,
  );

describe('Welcome', () => {
  it('opens its import panel when 文件 → 导入数据包 is chosen with no fair open', async () => {
    renderWelcome();
    expect(screen.queryByTestId('bundle-drop')).toBeNull();
    act(() => usePendingBundle.getState().requestImport());
    expect(await screen.findByTestId('bundle-drop')).toBeTruthy();
  });

  it('leaves the new-fair form for the import panel when the menu asks for it', async () => {
    renderWelcome();
    act(() => screen.getByTestId('new-event').click());
    expect(await screen.findByText('创建活动')).toBeTruthy();
    act(() => usePendingBundle.getState().requestImport());
    expect(await screen.findByTestId('bundle-drop')).toBeTruthy();
  });

  it('does not open the import panel for a request made before it showed', () => {
    usePendingBundle.getState().requestImport();
    renderWelcome();
    expect(screen.getByTestId('welcome')).toBeTruthy();
    expect(screen.queryByTestId('bundle-drop')).toBeNull();
  });
});
