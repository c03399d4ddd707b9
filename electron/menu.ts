import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/menuCommands';

export type MenuActions = {
  /** The main window, which receives the commands; `undefined` while it is closed. */
  getWindow: () => BrowserWindow | undefined;
  openBackupsFolder: () => Promise<void>;
  showAbout: () => Promise<void>;
};

export type MenuOptions = { isPackaged: boolean; platform: NodeJS.Platform };

/** Only the commands in `MENU_COMMANDS` can be sent: the renderer carries them out. */
export const sendCommand = (window: BrowserWindow | undefined, command: MenuCommand): void => {
  if (window === undefined || window.isDestroyed()) return;
  window.webContents.send(MENU_COMMAND_CHANNEL, command);
};

/**
 * 文件 / 编辑 / 视图 / 窗口 / 帮助. Electron's roles do the standard work
 * (undo, zoom, quit) and give the platform's shortcuts; only the app's own
 * items are routed to the renderer, by command id.
 */
export const menuTemplate = (actions: MenuActions, { isPackaged, platform }: MenuOptions): MenuItemConstructorOptions[] => {
  const command = (id: MenuCommand) => () => sendCommand(actions.getWindow(), id);
  const mac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '文件',
    submenu: [
      { label: '导入数据包…', accelerator: 'CmdOrCtrl+O', click: command('sync:import') },
      { label: '导出数据包…', accelerator: 'CmdOrCtrl+E', click: command('sync:export') },
      { type: 'separator' },
      { label: '立即备份', click: command('backup:now') },
      { label: '打开备份文件夹', click: () => void actions.openBackupsFolder() },
      { type: 'separator' },
      { label: '退出', role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '编辑',
    submenu: [
      { label: '撤销', role: 'undo' },
      { label: '重做', role: 'redo' },
      { type: 'separator' },
      { label: '剪切', role: 'cut' },
      { label: '复制', role: 'copy' },
      { label: '粘贴', role: 'paste' },
      { label: '全选', role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '视图',
    submenu: [
      { label: '重新加载', role: 'reload' },
      ...(isPackaged ? [] : [{ label: '开发者工具', role: 'toggleDevTools' } satisfies MenuItemConstructorOptions]),
      { type: 'separator' },
      { label: '实际大小', role: 'resetZoom' },
      { label: '放大', role: 'zoomIn' },
      { label: '缩小', role: 'zoomOut' },
      { type: 'separator' },
      { label: '全屏', role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: '窗口',
    submenu: [
      { label: '最小化', role: 'minimize' },
      { label: '关闭', role: 'close' },
    ],
  };
  const help: MenuItemConstructorOptions = { label: '帮助', submenu: [{ label: '关于对接台', click: () => void actions.showAbout() }] };
  // macOS puts the app's own menu first, where 退出 (Cmd+Q) lives there too.
  const appMenu: MenuItemConstructorOptions[] = mac ? [{ label: '对接台', role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, windowMenu, help];
};

export const showAbout = async (window: BrowserWindow | undefined): Promise<void> => {
  const options = {
    type: 'info' as const,
    title: '关于对接台',
    message: `对接台 ${app.getVersion()}`,
    detail: `校企技术对接会现场工作台，完全离线运行。\nElectron ${process.versions.electron ?? ''} · Chromium ${process.versions.chrome ?? ''}`,
    buttons: ['确定'],
  };
  await (window === undefined ? dialog.showMessageBox(options) : dialog.showMessageBox(window, options));
};

export const installMenu = (actions: MenuActions, options: MenuOptions): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, options)));
};
