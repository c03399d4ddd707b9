import { useEffect } from 'react';
import { App as AntApp } from 'antd';
import { isMenuCommand, isOpenedBundle, type MenuCommand } from '@shared/menuCommands';
import { usePendingBundle } from '../features/sync/pendingBundle';
import { getMenuHooks } from '../platform/menuHooks';
import type { Backups } from '../sync/useAutoBackup';
import { useNavigation } from './navigation';
import { openBundle } from './openBundle';

const showSyncTab = (tab: 'import' | 'export'): void => {
  usePendingBundle.getState().showTab(tab);
  useNavigation.getState().go('sync');
};

/**
 * Carries out the desktop menu's commands and opens the bundles the operating
 * system hands over (double-click, "open with"). Does nothing in a browser.
 * `backups` is the Shell's own: it provides `BackupContext`, so cannot read it.
 */
export const useMenuCommands = (backups: Backups): void => {
  const { message } = AntApp.useApp();
  useEffect(() => {
    const hooks = getMenuHooks();
    if (hooks === undefined) return undefined;
    const run = (command: MenuCommand): void => {
      switch (command) {
        case 'sync:import':
          showSyncTab('import');
          return;
        case 'sync:export':
          showSyncTab('export');
          return;
        case 'backup:now':
          // A failure is already shown by the backup scheduler.
          void backups.backupNow('manual').then((written) => {
            if (written !== undefined) message.success(`已备份：${written.name}`);
          });
      }
    };
    // Checked again here: the preload is the only sender, but this is the last line before acting.
    const stopCommands = hooks.onCommand((command) => {
      if (isMenuCommand(command)) run(command);
    });
    const stopFiles = hooks.onOpenFile((file) => {
      if (isOpenedBundle(file)) openBundle(file);
    });
    return () => {
      stopCommands();
      stopFiles();
    };
  }, [backups, message]);
};
