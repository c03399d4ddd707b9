import { act, render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupEntry, OpenedFile } from '@shared/bridge';
import type { MenuCommand, MenuHooks } from '@shared/menuCommands';
import { useNavigation } from '../../../renderer/app/navigation';
import { useMenuCommands } from '../../../renderer/app/useMenuCommands';
import { usePendingBundle } from '../../../renderer/features/sync/pendingBundle';
import type { Backups } from '../../../renderer/sync/useAutoBackup';

/** The Electron preload's `window.dockingDeskMenu`, driven by the test as main would. */
const fakeMenu = () => {
  const commands = new Set<(command: MenuCommand) => void>();
  const files = new Set<(file: OpenedFile) => void>();
  const hooks: MenuHooks = {
    onCommand: (callback) => {
      commands.add(callback);
      return () => commands.delete(callback);
    },
    onOpenFile: (callback) => {
      files.add(callback);
      return () => files.delete(callback);
    },
  };
  Object.defineProperty(window, 'dockingDeskMenu', { value: hooks, configurable: true });
  return {
    choose: (command: string) => act(() => commands.forEach((callback) => callback(command as MenuCommand))),
    openFile: (file: OpenedFile) => act(() => files.forEach((callback) => callback(file))),
    subscribers: () => commands.size + files.size,
  };
};

const written: BackupEntry = { name: 'backup-2026-11-28.dockbundle', size: 10, modifiedAt: '2026-11-28T09:00:00.000Z' };

const Shell = ({ backups, fairOpen }: { backups: Backups; fairOpen: boolean }) => {
  useMenuCommands(backups, fairOpen);
  return null;
};
const renderShell = (backups: Backups = { backupNow: vi.fn(async () => written) }, fairOpen = true) =>
  render(
    <AntApp>
      <Shell backups={backups} fairOpen={fairOpen} />
    </AntApp>,
  );

beforeEach(() => {
  useNavigation.setState({ page: 'participants' });
  usePendingBundle.setState({ bundle: undefined, tab: 'export', importRequests: 0 });
});
afterEach(() => {
  Reflect.deleteProperty(window, 'dockingDeskMenu');
});

describe('useMenuCommands', () => {
  it('opens 数据交换 on the tab the menu item names', async () => {
    const menu = fakeMenu();
    renderShell();
    await menu.choose('sync:import');
    expect(useNavigation.getState().page).toBe('sync');
    expect(usePendingBundle.getState().tab).toBe('import');
    await menu.choose('sync:export');
    expect(usePendingBundle.getState().tab).toBe('export');
  });

  it('backs up now on 立即备份 and says so', async () => {
    const menu = fakeMenu();
    const backups = { backupNow: vi.fn(async () => written) };
    renderShell(backups);
    await menu.choose('backup:now');
    expect(backups.backupNow).toHaveBeenCalledWith('manual');
    expect(await screen.findByText('已备份：backup-2026-11-28.dockbundle')).toBeTruthy();
  });

  it('ignores a command it does not know', async () => {
    const menu = fakeMenu();
    const backups = { backupNow: vi.fn(async () => undefined) };
    renderShell(backups);
    await menu.choose('shell:openExternal');
    expect(useNavigation.getState().page).toBe('participants');
    expect(backups.backupNow).not.toHaveBeenCalled();
  });

  it('with no fair open, asks the welcome page for its import panel, and says why export and backup have nothing to do', async () => {
    const menu = fakeMenu();
    const backups = { backupNow: vi.fn(async () => written) };
    renderShell(backups, false);
    await menu.choose('sync:import');
    expect(usePendingBundle.getState().importRequests).toBe(1);
    expect(useNavigation.getState().page).toBe('participants');
    await menu.choose('sync:export');
    expect(await screen.findByText(/还没有打开活动，没有可导出的数据/)).toBeTruthy();
    await menu.choose('backup:now');
    expect(await screen.findByText('还没有打开活动，没有需要备份的数据。')).toBeTruthy();
    expect(backups.backupNow).not.toHaveBeenCalled();
  });

  it('queues a bundle opened from the file manager for the import tab', async () => {
    const menu = fakeMenu();
    renderShell();
    const bundle = { name: '现场.dockbundle', data: new Uint8Array([0x50, 0x4b]) };
    await menu.openFile(bundle);
    expect(usePendingBundle.getState()).toMatchObject({ bundle, tab: 'import' });
    expect(useNavigation.getState().page).toBe('sync');
  });

  it('drops an opened file that is not a bundle', async () => {
    const menu = fakeMenu();
    renderShell();
    await menu.openFile({ name: '名录.xlsx', data: new Uint8Array([1]) });
    expect(usePendingBundle.getState().bundle).toBeUndefined();
  });

  it('unsubscribes when the shell goes away, and does nothing in a browser', () => {
    const menu = fakeMenu();
    const { unmount } = renderShell();
    expect(menu.subscribers()).toBe(2);
    unmount();
    expect(menu.subscribers()).toBe(0);
    Reflect.deleteProperty(window, 'dockingDeskMenu');
    expect(() => renderShell()).not.toThrow();
  });
});
