import { writeFile } from 'node:fs/promises';
import { BrowserWindow, type PrintToPDFOptions } from 'electron';
import { ok } from '../../shared/bridge';
import type { MainHandler } from '../ipc';
import type { PrintPages } from '../printPages';
import type { Dialogs } from './dialogs';

const PDF_FILTERS = [{ name: 'PDF 文件', extensions: ['pdf'] }];

const withPdfExtension = (name: string): string => (/\.pdf$/i.test(name) ? name : `${name}.pdf`);

/** Renders a standalone document in a hidden window that runs no script and has no bridge. */
const renderHtml = async (html: string, options: PrintToPDFOptions, printPages: PrintPages): Promise<Buffer> => {
  const page = printPages.add(html);
  const window = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  try {
    await window.loadURL(page.url);
    return await window.webContents.printToPDF(options);
  } finally {
    page.release();
    window.destroy();
  }
};

/** Asks for the target first, so a cancelled dialog costs no rendering. */
export const createPrintToPdf =
  (dialogs: Dialogs, printPages: PrintPages): MainHandler<'print:toPdf'> =>
  async ({ html, pageSize, landscape, suggestedName }, { sender, window }) => {
    const target = await dialogs.chooseSavePath(window, withPdfExtension(suggestedName), PDF_FILTERS);
    if (target === undefined) return ok({ canceled: true });
    // printToPDF sizes the page itself and ignores the document's `@page { size }`, so orientation is passed on.
    const options: PrintToPDFOptions = { pageSize, landscape: landscape ?? false, printBackground: true };
    const pdf = html === undefined ? await sender.printToPDF(options) : await renderHtml(html, options, printPages);
    await writeFile(target, pdf);
    return ok({ path: target });
  };
