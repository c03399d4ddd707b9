import { afterEach, describe, expect, it, vi } from 'vitest';
import { getBridge } from '../../../renderer/platform/bridge';
import { browserBridge } from '../../../renderer/platform/browserBridge';
import { BRIDGE_CHANNELS, MAX_FILE_BYTES, mapChannels, parsePayload, type Bridge } from '../../../shared/bridge';
import { FakeDirectory } from '../support/fakeOpfs';

const xlsx = [{ name: 'Excel 工作簿', extensions: ['xlsx', 'xls'] }];

/** Makes the next file dialog return `file`, or be cancelled when `undefined`. */
const nextFileDialog = (file: Pick<File, 'name' | 'size' | 'arrayBuffer'> | undefined) => {
  const opened: HTMLInputElement[] = [];
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    opened.push(this);
    if (file === undefined) {
      this.dispatchEvent(new Event('cancel'));
    } else {
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    }
  });
  return opened;
};

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('getBridge', () => {
  it('uses the browser bridge outside Electron', () => {
    expect(getBridge()).toBe(browserBridge);
  });

  it('uses window.dockingDesk when the preload exposed it', () => {
    const desktop = mapChannels(() => vi.fn()) as unknown as Bridge;
    vi.stubGlobal('dockingDesk', desktop);
    expect(getBridge()).toBe(desktop);
  });
});

describe('browserBridge', () => {
  it('implements every channel', () => {
    expect(Object.keys(browserBridge).sort()).toEqual([...BRIDGE_CHANNELS].sort());
  });

  it('refuses bad payloads exactly as the main process does', async () => {
    const bad = { suggestedName: '', filters: [], data: 'x' };
    expect(await browserBridge['file:saveAs'](bad as never)).toEqual(parsePayload('file:saveAs', bad));
    expect(await browserBridge['print:toPdf']({ pageSize: 'B5' } as never)).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
  });

  it('app:info says it is the browser', async () => {
    expect(await browserBridge['app:info']()).toMatchObject({ ok: true, value: { platform: 'browser' } });
  });

  it('file:saveAs downloads the bytes under the suggested name', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:docking-desk/1');
    // jsdom has no object URLs.
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = createObjectURL;
        static override revokeObjectURL = vi.fn();
      },
    );
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const result = await browserBridge['file:saveAs']({ suggestedName: '名录/导出.xlsx', filters: xlsx, data: new Uint8Array([1, 2, 3]) });
    expect(result).toEqual({ ok: true, value: { path: '名录_导出.xlsx' } });
    expect(clicked[0]?.download).toBe('名录_导出.xlsx');
    expect(clicked[0]?.href).toBe('blob:docking-desk/1');
    expect(createObjectURL.mock.calls[0]?.[0].size).toBe(3);
    expect(document.querySelector('a')).toBeNull();
  });

  it('file:open returns the picked file and offers only the filtered types', async () => {
    const file = new File([new Uint8Array([7, 8])], '企业需求.xlsx');
    const opened = nextFileDialog(file);
    expect(await browserBridge['file:open']({ filters: xlsx })).toEqual({
      ok: true,
      value: { name: '企业需求.xlsx', data: new Uint8Array([7, 8]) },
    });
    expect(opened[0]?.accept).toBe('.xlsx,.xls');
    expect(document.querySelector('input')).toBeNull();
  });

  it('file:open reports a cancelled dialog', async () => {
    nextFileDialog(undefined);
    expect(await browserBridge['file:open']({ filters: [{ name: '全部', extensions: ['*'] }] })).toEqual({
      ok: true,
      value: { canceled: true },
    });
  });

  it('file:open refuses a file over 100 MB without reading it', async () => {
    const arrayBuffer = vi.fn();
    nextFileDialog({ name: '太大.xlsx', size: MAX_FILE_BYTES + 1, arrayBuffer });
    expect(await browserBridge['file:open']({ filters: xlsx })).toEqual({
      ok: false,
      error: { code: 'FILE_TOO_LARGE', message: '文件“太大.xlsx”超过 100 MB，无法导入，请拆分后再试' },
    });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('print:toPdf prints the page at the page size, titled with the file name', async () => {
    document.title = '对接台';
    const during: { title: string; css: string | undefined }[] = [];
    vi.stubGlobal('print', () => during.push({ title: document.title, css: document.head.querySelector('style')?.textContent }));
    expect(await browserBridge['print:toPdf']({ pageSize: 'A5', suggestedName: '桌牌' })).toEqual({ ok: true, value: { path: '桌牌.pdf' } });
    expect(during).toEqual([{ title: '桌牌', css: '@page { size: A5; }' }]);
    expect(document.title).toBe('对接台');
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('print:toPrinter opens the print dialog at the page size and says it printed', async () => {
    document.title = '对接台';
    const during: { title: string; css: string | undefined }[] = [];
    vi.stubGlobal('print', () => during.push({ title: document.title, css: document.head.querySelector('style')?.textContent }));
    expect(await browserBridge['print:toPrinter']({ pageSize: 'A4', landscape: true, suggestedName: '总排期表' })).toEqual({ ok: true, value: { printed: true } });
    expect(during).toEqual([{ title: '总排期表', css: '@page { size: A4 landscape; }' }]);
    expect(document.title).toBe('对接台');
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('prints on badge paper at 100 × 140 mm, its sides swapped when landscape', async () => {
    const css: (string | undefined)[] = [];
    vi.stubGlobal('print', () => css.push(document.head.querySelector('style')?.textContent));
    await browserBridge['print:toPrinter']({ pageSize: 'badge', suggestedName: '胸卡' });
    await browserBridge['print:toPdf']({ pageSize: 'badge', landscape: true, suggestedName: '胸卡' });
    expect(css).toEqual(['@page { size: 100mm 140mm; }', '@page { size: 140mm 100mm; }']);
  });

  it('print:toPrinter refuses a bad payload like the desktop app', async () => {
    expect(await browserBridge['print:toPrinter']({ pageSize: 'B5', suggestedName: 'x' } as never)).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
  });

  it('shell:showItemInFolder is unsupported, in Chinese', async () => {
    expect(await browserBridge['shell:showItemInFolder']({ path: '/x' })).toEqual({
      ok: false,
      error: { code: 'UNSUPPORTED', message: '浏览器版无法打开文件所在位置，请在浏览器的下载列表中查看' },
    });
  });

  describe('backups', () => {
    const name = 'evt_01jd4m9x2k7q8r5t3v6w0y1z2a-20261127-101500-auto.dockbundle';

    /** A browser with OPFS: `navigator.storage.getDirectory()` and a writable `FileSystemFileHandle`. */
    const withOpfs = () => {
      const root = new FakeDirectory();
      vi.stubGlobal('navigator', { storage: { getDirectory: async () => root.handle() } });
      vi.stubGlobal('FileSystemFileHandle', class {
        createWritable() {}
      });
      return root;
    };

    it('keeps backups in the origin-private file system', async () => {
      const root = withOpfs();
      expect(await browserBridge['backup:write']({ name, data: new Uint8Array([1, 2]) })).toMatchObject({ ok: true, value: { name, size: 2 } });
      expect(await browserBridge['backup:list']()).toMatchObject({ ok: true, value: [{ name, size: 2 }] });
      expect(await browserBridge['backup:read']({ name })).toEqual({ ok: true, value: { name, data: new Uint8Array([1, 2]) } });
      expect(await browserBridge['backup:delete']({ name })).toEqual({ ok: true, value: undefined });
      expect(root.entries.has('backups')).toBe(true);
      expect(await browserBridge['backup:list']()).toEqual({ ok: true, value: [] });
    });

    it('refuses a path for a name exactly as the main process does', async () => {
      withOpfs();
      const bad = { name: '../x.dockbundle', data: new Uint8Array([1]) };
      expect(await browserBridge['backup:write'](bad)).toEqual(parsePayload('backup:write', bad));
      expect(await browserBridge['backup:read']({ name: 'a/b.dockbundle' })).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
    });

    it('is unsupported, in Chinese, where the browser has no OPFS', async () => {
      expect(await browserBridge['backup:list']()).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', message: expect.stringContaining('OPFS') } });
    });

    it('cannot open the backups folder, and says to export instead', async () => {
      expect(await browserBridge['backup:openFolder']()).toEqual({
        ok: false,
        error: { code: 'UNSUPPORTED', message: '浏览器版把备份保存在浏览器自己的存储里，无法在文件夹中打开；请在恢复页面选中一个备份并“导出”，再复制到U盘' },
      });
    });
  });
});
