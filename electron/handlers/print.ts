import { writeFile } from 'node:fs/promises';
import { BrowserWindow, type PrintToPDFOptions, type WebContents, type WebContentsPrintOptions } from 'electron';
import { BADGE_PAGE_MM, BridgeErrorCode, fail, ok, type PageSize } from '../../shared/bridge';
import type { MainHandler } from '../ipc';
import type { PrintPages } from '../printPages';
import type { Dialogs } from './dialogs';

const PDF_FILTERS = [{ name: 'PDF 文件', extensions: ['pdf'] }];
const MM_PER_INCH = 25.4;
const MICRONS_PER_MM = 1000;

const withPdfExtension = (name: string): string => (/\.pdf$/i.test(name) ? name : `${name}.pdf`);

/** printToPDF takes a custom page size in inches. */
export const pdfPageSize = (pageSize: PageSize): PrintToPDFOptions['pageSize'] =>
  pageSize === 'badge' ? { width: BADGE_PAGE_MM.width / MM_PER_INCH, height: BADGE_PAGE_MM.height / MM_PER_INCH } : pageSize;

/** print takes a custom page size in microns. */
export const printerPageSize = (pageSize: PageSize): WebContentsPrintOptions['pageSize'] =>
  pageSize === 'badge' ? { width: BADGE_PAGE_MM.width * MICRONS_PER_MM, height: BADGE_PAGE_MM.height * MICRONS_PER_MM } : pageSize;

/** Loads a standalone document in a hidden window that runs no script and has no bridge, for as long as `use` runs. */
const withPrintWindow = async <T>(html: string, printPages: PrintPages, use: (contents: WebContents) => Promise<T>): Promise<T> => {
  const page = printPages.add(html);
  const window = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    await window.loadURL(page.url);
    return await use(window.webContents);
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
    const options: PrintToPDFOptions = { pageSize: pdfPageSize(pageSize), landscape: landscape ?? false, printBackground: true };
    const toPdf = (contents: WebContents) => contents.printToPDF(options);
    const pdf = html === undefined ? await toPdf(sender) : await withPrintWindow(html, printPages, toPdf);
    await writeFile(target, pdf);
    return ok({ path: target });
  };

type PrintOutcome = { success: boolean; failureReason: string };

/** `webContents.print` reports through a callback, once the dialog has closed and the job was handed over (or not). */
const printWithDialog = (contents: WebContents, options: WebContentsPrintOptions): Promise<PrintOutcome> =>
  new Promise((resolve) => contents.print(options, (success, failureReason) => resolve({ success, failureReason })));

/** Electron says 'cancelled' when the organiser closes the dialog; its docs also list 'Print job canceled'. */
const isCancel = (reason: string): boolean => /cancel/i.test(reason);

/** The system print dialog (never silent: the organiser picks the printer and copies there). */
export const createPrintToPrinter =
  (printPages: PrintPages): MainHandler<'print:toPrinter'> =>
  async ({ html, pageSize, landscape }, { sender }) => {
    const options: WebContentsPrintOptions = { silent: false, printBackground: true, pageSize: printerPageSize(pageSize), landscape: landscape ?? false };
    const print = (contents: WebContents) => printWithDialog(contents, options);
    const { success, failureReason } = html === undefined ? await print(sender) : await withPrintWindow(html, printPages, print);
    if (success) return ok({ printed: true });
    if (isCancel(failureReason)) return ok({ canceled: true });
    return fail(BridgeErrorCode.Failed, `打印机未能完成打印：${failureReason || '原因未知'}`);
  };
