import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { menuTemplate, type MenuActions } from '../../electron/menu';
import { MENU_COMMAND_CHANNEL } from '../../shared/menuCommands';

vi.mock('electron', () => ({ app: {}, dialog: {}, Menu: {} }));

const actions = (window: Partial<BrowserWindow> | undefined = undefined): MenuActions & { send: ReturnType<typeof vi.fn> } => {
  const send = vi.fn();
  const fake = window && ({ isDestroyed: () => false, webContents: { send }, ...window } as unknown as BrowserWindow);
  return { send, getWindow: () => fake, openBackupsFolder: vi.fn(async () => undefined), showAbout: vi.fn(async () => undefined) };
};

const submenu = (template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] => {
  const items = template.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(items)) throw new Error(`no menu ${label}`);
  return items;
};
const item = (template: MenuItemConstructorOptions[], menu: string, label: string): MenuItemConstructorOptions => {
  const found = submenu(template, menu).find((entry) => entry.label === label);
  if (found === undefined) throw new Error(`no item ${label}`);
  return found;
};
const click = (entry: MenuItemConstructorOptions) =>
  (entry.click as (() => void) | undefined)?.();

const windows = { isPackaged: true, platform: 'win32' as const };

describe('menuTemplate', () => {
  it('has the five Chinese menus, with the app menu first on macOS', () => {
    expect(menuTemplate(actions(), windows).map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(menuTemplate(actions(), { ...windows, platform: 'darwin' }).map((menu) => menu.role ?? menu.label)).toEqual([
      'appMenu',
      '文件',
      '编辑',
      '视图',
      '窗口',
      '帮助',
    ]);
  });

  it('sends the app commands to the main window, with their shortcuts', () => {
    const menu = actions({});
    const template = menuTemplate(menu, windows);
    expect(item(template, '文件', '导入数据包…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(template, '文件', '导出数据包…').accelerator).toBe('CmdOrCtrl+E');
    click(item(template, '文件', '导入数据包…'));
    click(item(template, '文件', '导出数据包…'));
    click(item(template, '文件', '立即备份'));
    expect(menu.send.mock.calls).toEqual([
      [MENU_COMMAND_CHANNEL, 'sync:import'],
      [MENU_COMMAND_CHANNEL, 'sync:export'],
      [MENU_COMMAND_CHANNEL, 'backup:now'],
    ]);
  });

  it('sends nothing when the window is closed or destroyed', () => {
    const closed = actions();
    click(item(menuTemplate(closed, windows), '文件', '立即备份'));
    const destroyed = actions({ isDestroyed: () => true });
    click(item(menuTemplate(destroyed, windows), '文件', '立即备份'));
    expect(closed.send).not.toHaveBeenCalled();
    expect(destroyed.send).not.toHaveBeenCalled();
  });

  it('opens the backups folder and the about box in main', () => {
    const menu = actions({});
    const template = menuTemplate(menu, windows);
    click(item(template, '文件', '打开备份文件夹'));
    click(item(template, '帮助', '关于对接台'));
    expect(menu.openBackupsFolder).toHaveBeenCalledOnce();
    expect(menu.showAbout).toHaveBeenCalledOnce();
    expect(menu.send).not.toHaveBeenCalled();
  });

  it('gives the standard edit and window roles Chinese labels', () => {
    const template = menuTemplate(actions(), windows);
    expect(submenu(template, '编辑').map((entry) => [entry.label, entry.role])).toEqual([
      ['撤销', 'undo'],
      ['重做', 'redo'],
      [undefined, undefined],
      ['剪切', 'cut'],
      ['复制', 'copy'],
      ['粘贴', 'paste'],
      ['全选', 'selectAll'],
    ]);
    expect(submenu(template, '窗口').map((entry) => entry.role)).toEqual(['minimize', 'close']);
    expect(item(template, '文件', '退出').role).toBe('quit');
  });

  it('offers the developer tools only in an unpackaged run', () => {
    const labels = (isPackaged: boolean) => submenu(menuTemplate(actions(), { ...windows, isPackaged }), '视图').map((entry) => entry.label);
    expect(labels(true)).toEqual(['重新加载', undefined, '实际大小', '放大', '缩小', undefined, '全屏']);
    expect(labels(false)).toContain('开发者工具');
  });
});
