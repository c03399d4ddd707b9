import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrintToPdf, createPrintToPrinter } from '../../../electron/handlers/print';
import { createPrintPages, type PrintPages } from '../../../electron/printPages';
import { fakeDialogs, invoke } from '../support/fakes';

const PDF = Buffer.from('%PDF-1.7');

/** The hidden print windows created, with what each loaded and whether it was destroyed. */
const printWindows = vi.hoisted(() => [] as { options: unknown; loaded: string[]; destroyed: boolean; servedHtml?: string }[]);
const servePage = vi.hoisted(() => ({ current: (_url: string): string | undefined => undefined }));
/** How the system print dialog ends for the hidden window, and what it was asked. */
const printDialog = vi.hoisted(() => ({ outcome: [true, ''] as [boolean, string], asked: [] as unknown[] }));

vi.mock('electron', () => ({
  ipcMain: { handle: vi.fn() },
  BrowserWindow: class {
    static fromWebContents = () => null;
    private readonly record: (typeof printWindows)[number];
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = { options, loaded: [], destroyed: false };
      printWindows.push(this.record);
    }
    loadURL = async (url: string) => {
      this.record.loaded.push(url);
      this.record.servedHtml = servePage.current(url);
    };
    webContents = {
      printToPDF: async () => PDF,
      print: (options: unknown, callback: (success: boolean, failureReason: string) => void) => {
        printDialog.asked.push(options);
        setTimeout(() => callback(...printDialog.outcome), 0);
      },
    };
    destroy = () => {
      this.record.destroyed = true;
    };
  },
}));

let dir: string;
let printPages: PrintPages;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'docking-desk-print-'));
  printPages = createPrintPages();
  servePage.current = (url) => printPages.get(new URL(url).pathname);
  printWindows.length = 0;
  printDialog.outcome = [true, ''];
  printDialog.asked.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const printingSender = () => {
  const printToPDF = vi.fn(async () => PDF);
  return { sender: { printToPDF } as Partial<WebContents>, printToPDF };
};

describe('print:toPdf', () => {
  it('prints the calling page at the chosen size and saves it as .pdf', async () => {
    const target = path.join(dir, '桌牌.pdf');
    const dialogs = fakeDialogs({ savePath: target });
    const { sender, printToPDF } = printingSender();
    const result = await invoke('print:toPdf', createPrintToPdf(dialogs, printPages), { pageSize: 'A5', suggestedName: '桌牌' }, { sender });
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(dialogs.savedAs).toEqual(['桌牌.pdf']);
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A5', landscape: false, printBackground: true });
    expect(await readFile(target)).toEqual(PDF);
    expect(printWindows).toEqual([]);
  });

  it('renders given HTML in a hidden window without JavaScript, then cleans up', async () => {
    const target = path.join(dir, '议程.pdf');
    const { sender, printToPDF } = printingSender();
    const job = { html: '<h1>议程</h1>', pageSize: 'A4', suggestedName: '议程.pdf' };
    const result = await invoke('print:toPdf', createPrintToPdf(fakeDialogs({ savePath: target }), printPages), job, { sender });
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(printToPDF).not.toHaveBeenCalled();
    const [window] = printWindows;
    expect(window?.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true } });
    expect(window?.loaded[0]).toMatch(/^app:\/\/docking-desk\/__print\/[\w-]+\.html$/);
    expect(window?.servedHtml).toBe('<h1>议程</h1>');
    expect(window?.destroyed).toBe(true);
    expect(printPages.get(new URL(window?.loaded[0] ?? '').pathname)).toBeUndefined();
  });

  it('prints landscape when asked: printToPDF ignores the page’s own @page size', async () => {
    const { sender, printToPDF } = printingSender();
    const job = { pageSize: 'A4', landscape: true, suggestedName: '总排期表' };
    await invoke('print:toPdf', createPrintToPdf(fakeDialogs({ savePath: path.join(dir, '总排期表.pdf') }), printPages), job, { sender });
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', landscape: true, printBackground: true });
  });

  it('renders nothing when the dialog is cancelled', async () => {
    const { sender, printToPDF } = printingSender();
    const job = { html: '<p>x</p>', pageSize: 'A4', suggestedName: 'x' };
    expect(await invoke('print:toPdf', createPrintToPdf(fakeDialogs({}), printPages), job, { sender })).toEqual({
      ok: true,
      value: { canceled: true },
    });
    expect(printToPDF).not.toHaveBeenCalled();
    expect(printWindows).toEqual([]);
  });

  it('refuses a bad payload', async () => {
    const dialogs = fakeDialogs({ savePath: path.join(dir, 'x.pdf') });
    const result = await invoke('print:toPdf', createPrintToPdf(dialogs, printPages), { pageSize: 'B5', suggestedName: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
    expect(dialogs.savedAs).toEqual([]);
  });

  it('refuses a page that is not the app', async () => {
    const dialogs = fakeDialogs({ savePath: path.join(dir, 'x.pdf') });
    const job = { pageSize: 'A4', suggestedName: 'x' };
    const result = await invoke('print:toPdf', createPrintToPdf(dialogs, printPages), job, { url: 'app://docking-desk.evil/index.html' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dialogs.savedAs).toEqual([]);
  });
});

describe('print:toPdf on badge paper', () => {
  it('gives printToPDF the badge size in inches', async () => {
    const { sender, printToPDF } = printingSender();
    const job = { pageSize: 'badge', suggestedName: '胸卡' };
    await invoke('print:toPdf', createPrintToPdf(fakeDialogs({ savePath: path.join(dir, '胸卡.pdf') }), printPages), job, { sender });
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: { width: 100 / 25.4, height: 140 / 25.4 }, landscape: false, printBackground: true });
  });
});

describe('print:toPrinter', () => {
  /** A calling page whose print dialog ends with `success`, `failureReason`. */
  const senderPrinting = (success: boolean, failureReason: string) => {
    const print = vi.fn((_options: unknown, callback: (success: boolean, failureReason: string) => void) => callback(success, failureReason));
    return { sender: { print } as unknown as Partial<WebContents>, print };
  };

  it('opens the system print dialog for the calling page and says it printed', async () => {
    const { sender, print } = senderPrinting(true, '');
    const result = await invoke('print:toPrinter', createPrintToPrinter(printPages), { pageSize: 'A5', suggestedName: '桌牌' }, { sender });
    expect(result).toEqual({ ok: true, value: { printed: true } });
    expect(print).toHaveBeenCalledWith({ silent: false, printBackground: true, pageSize: 'A5', landscape: false }, expect.any(Function));
    expect(printWindows).toEqual([]);
  });

  it('prints given HTML from a hidden window without JavaScript, closed only after the dialog', async () => {
    const job = { html: '<h1>总排期表</h1>', pageSize: 'A4', landscape: true, suggestedName: '总排期表' };
    const result = await invoke('print:toPrinter', createPrintToPrinter(printPages), job);
    expect(result).toEqual({ ok: true, value: { printed: true } });
    expect(printDialog.asked).toEqual([{ silent: false, printBackground: true, pageSize: 'A4', landscape: true }]);
    const [window] = printWindows;
    expect(window?.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true } });
    expect(window?.servedHtml).toBe('<h1>总排期表</h1>');
    expect(window?.destroyed).toBe(true);
    expect(printPages.get(new URL(window?.loaded[0] ?? '').pathname)).toBeUndefined();
  });

  it('gives the printer the badge size in microns', async () => {
    await invoke('print:toPrinter', createPrintToPrinter(printPages), { html: '<p>胸卡</p>', pageSize: 'badge', suggestedName: '胸卡' });
    expect(printDialog.asked).toEqual([{ silent: false, printBackground: true, pageSize: { width: 100_000, height: 140_000 }, landscape: false }]);
  });

  it('reports a closed dialog as cancelled, not as a failure', async () => {
    printDialog.outcome = [false, 'cancelled'];
    const job = { html: '<p>x</p>', pageSize: 'A4', suggestedName: 'x' };
    expect(await invoke('print:toPrinter', createPrintToPrinter(printPages), job)).toEqual({ ok: true, value: { canceled: true } });
    expect(printWindows[0]?.destroyed).toBe(true);
  });

  it('names the reason when printing fails', async () => {
    const { sender } = senderPrinting(false, 'Invalid printer settings');
    expect(await invoke('print:toPrinter', createPrintToPrinter(printPages), { pageSize: 'A4', suggestedName: 'x' }, { sender })).toEqual({
      ok: false,
      error: { code: 'FAILED', message: '打印机未能完成打印：Invalid printer settings' },
    });
  });

  it('refuses a bad payload without opening the dialog', async () => {
    const { sender, print } = senderPrinting(true, '');
    const result = await invoke('print:toPrinter', createPrintToPrinter(printPages), { pageSize: 'Letter', suggestedName: 'x' }, { sender });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
    expect(print).not.toHaveBeenCalled();
  });

  it('refuses a page that is not the app', async () => {
    const { sender, print } = senderPrinting(true, '');
    const job = { pageSize: 'A4', suggestedName: 'x' };
    const result = await invoke('print:toPrinter', createPrintToPrinter(printPages), job, { sender, url: 'https://example.com/' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(print).not.toHaveBeenCalled();
  });
});
