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

/** With no fair open the welcome page shows: importing sets one up, exporting and backing up have nothing to work on. */
const runWithoutFair = (command: MenuCommand, say: (text: string) => void): void => {
  switch (command) {
    case 'sync:import':
      usePendingBundle.getState().requestImport();
      return;
    case 'sync:export':
      say('还没有打开活动，没有可导出的数据。请先新建活动、加载演示活动或导入数据包。');
      return;
    case 'backup:now':
      say('还没有打开活动，没有需要备份的数据。');
  }
};

/**
 * Carries out the desktop menu's commands and opens the bundles the operating
 * system hands over (double-click, "open with"). Does nothing in a browser.
 * `backups` is the Shell's own: it provides `BackupContext`, so cannot read it.
 * `fairOpen` is false while the welcome page shows.
 */
export const useMenuCommands = (backups: Backups, fairOpen: boolean): void => {
  const { message } = AntApp.useApp();
  useEffect(() => {
    const hooks = getMenuHooks();
    if (hooks === undefined) return undefined;
    const run = (command: MenuCommand): void => {
      if (!fairOpen) {
        runWithoutFair(command, (text) => void message.info(text));
        return;
      }
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
  }, [backups, fairOpen, message]);
};
