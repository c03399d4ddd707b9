import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDialogs } from '../../../electron/handlers/dialogs';

const dialog = vi.hoisted(() => ({ showSaveDialog: vi.fn(), showOpenDialog: vi.fn() }));
vi.mock('electron', () => ({ dialog }));

const documents = path.join(path.sep, 'home', 'organiser', 'Documents');
const exports = path.join(path.sep, 'home', 'organiser', '展会导出');
const xlsx = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];
const window = {} as BrowserWindow;

beforeEach(() => {
  dialog.showSaveDialog.mockReset();
  dialog.showOpenDialog.mockReset();
});

describe('createDialogs', () => {
  it('suggests the name in the documents folder, parented on the window', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await createDialogs(documents).chooseSavePath(window, '名录.xlsx', xlsx)).toBeUndefined();
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, { defaultPath: path.join(documents, '名录.xlsx'), filters: xlsx });
  });

  it('opens the next dialog where the last file went', async () => {
    const dialogs = createDialogs(documents);
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(exports, '名录.xlsx') });
    expect(await dialogs.chooseSavePath(null, '名录.xlsx', xlsx)).toBe(path.join(exports, '名录.xlsx'));
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith({ defaultPath: path.join(documents, '名录.xlsx'), filters: xlsx });

    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path.join(exports, '需求.xlsx')] });
    expect(await dialogs.chooseOpenPath(window, xlsx)).toBe(path.join(exports, '需求.xlsx'));
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, { defaultPath: exports, filters: xlsx, properties: ['openFile'] });
  });

  it('treats an open dialog closed without a file as cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await createDialogs(documents).chooseOpenPath(null, xlsx)).toBeUndefined();
  });
});
