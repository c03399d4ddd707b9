import {
  BADGE_PAGE_MM,
  BridgeErrorCode,
  fail,
  fileTooLarge,
  MAX_FILE_BYTES,
  ok,
  parsePayload,
  type Bridge,
  type BridgeChannel,
  type BridgePayload,
  type BridgeResult,
  type BridgeValue,
  type FileFilter,
  type PageSize,
} from '../../shared/bridge';
import { createOpfsBackups, opfsRoot } from './opfsBackups';

/**
 * The bridge when the UI runs in a plain browser (`vite preview`, the e2e
 * tests): downloads instead of a save dialog, a file input instead of an open
 * dialog, the browser's print dialog instead of a silent PDF. Payloads go
 * through the same schemas as in the main process, so both hosts refuse alike.
 */
const validated =
  <K extends BridgeChannel>(channel: K, run: (payload: BridgePayload<K>) => Promise<BridgeResult<BridgeValue<K>>>) =>
  async (payload?: unknown): Promise<BridgeResult<BridgeValue<K>>> => {
    const parsed = parsePayload(channel, payload);
    if (!parsed.ok) return parsed;
    try {
      return await run(parsed.value);
    } catch (error) {
      return fail(BridgeErrorCode.Failed, `操作失败：${error instanceof Error ? error.message : String(error)}`);
    }
  };

/** Set by the build (see build/scripts/start.mjs); a bare `vite` run has none. */
const appVersion = (): string => {
  const version: unknown = import.meta.env.VITE_APP_VERSION;
  return typeof version === 'string' && version !== '' ? version : '开发版';
};

/** FileSaver.js waits this long too: revoking at once can cancel a download that has not started. */
const REVOKE_AFTER_MS = 40_000;

const download = (name: string, data: Uint8Array): void => {
  // `slice()` copies into a plain ArrayBuffer, which `Blob` requires (the payload may view a SharedArrayBuffer).
  const url = URL.createObjectURL(new Blob([data.slice()]));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
};

const acceptAttribute = (filters: FileFilter[]): string => {
  const extensions = filters.flatMap((filter) => filter.extensions);
  return extensions.includes('*') ? '' : extensions.map((extension) => `.${extension}`).join(',');
};

/** Resolves `undefined` when the organiser closes the dialog (the input's `cancel` event). */
const pickFile = (accept: string): Promise<File | undefined> =>
  new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const finish = (file: File | undefined): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => finish(undefined), { once: true });
    document.body.append(input);
    input.click();
  });

/** CSS cannot add `landscape` to a size given in lengths, so the badge's sides swap instead. */
const cssPageSize = (pageSize: PageSize, landscape: boolean): string => {
  if (pageSize !== 'badge') return `${pageSize}${landscape ? ' landscape' : ''}`;
  const { width, height } = BADGE_PAGE_MM;
  return landscape ? `${height}mm ${width}mm` : `${width}mm ${height}mm`;
};

const pageStyle = (pageSize: PageSize, landscape: boolean): string => `@page { size: ${cssPageSize(pageSize, landscape)}; }`;

const printInFrame = async (html: string, pageSize: PageSize, landscape: boolean): Promise<void> => {
  const frame = document.createElement('iframe');
  // Same origin so that we may call its print(); no `allow-scripts`, like the Electron print window.
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  try {
    await loaded;
    const frameDocument = frame.contentDocument;
    const style = frameDocument?.createElement('style');
    if (frameDocument && style) {
      style.textContent = pageStyle(pageSize, landscape);
      frameDocument.head.append(style);
    }
    frame.contentWindow?.print();
  } finally {
    frame.remove();
  }
};

/** `window.print()` blocks until the dialog closes, so the title and page size are restored afterwards. */
const printViaDialog = async (html: string | undefined, pageSize: PageSize, landscape: boolean, fileName: string): Promise<void> => {
  const title = document.title;
  // Chrome proposes the document title as the PDF's file name.
  document.title = fileName.replace(/\.pdf$/i, '');
  const style = document.createElement('style');
  style.textContent = pageStyle(pageSize, landscape);
  try {
    if (html === undefined) {
      document.head.append(style);
      window.print();
    } else {
      await printInFrame(html, pageSize, landscape);
    }
  } finally {
    style.remove();
    document.title = title;
  }
};

const backups = createOpfsBackups(opfsRoot);

export const browserBridge = {
  'app:info': validated('app:info', async () => ok({ version: appVersion(), platform: 'browser' })),
  'file:saveAs': validated('file:saveAs', async ({ suggestedName, data }) => {
    download(suggestedName, data);
    // The browser decides the folder and never tells the page.
    return ok({ path: suggestedName });
  }),
  'file:open': validated('file:open', async ({ filters }) => {
    const file = await pickFile(acceptAttribute(filters));
    if (file === undefined) return ok({ canceled: true });
    if (file.size > MAX_FILE_BYTES) return fileTooLarge(file.name);
    return ok({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
  }),
  'print:toPdf': validated('print:toPdf', async ({ html, pageSize, landscape, suggestedName }) => {
    const fileName = /\.pdf$/i.test(suggestedName) ? suggestedName : `${suggestedName}.pdf`;
    await printViaDialog(html, pageSize, landscape ?? false, fileName);
    // The print dialog may have been cancelled or sent to paper; the browser does not say.
    return ok({ path: fileName });
  }),
  'print:toPrinter': validated('print:toPrinter', async ({ html, pageSize, landscape, suggestedName }) => {
    await printViaDialog(html, pageSize, landscape ?? false, suggestedName);
    // As above: the browser does not say whether the dialog was cancelled.
    return ok({ printed: true });
  }),
  'shell:showItemInFolder': validated('shell:showItemInFolder', async () =>
    fail(BridgeErrorCode.Unsupported, '浏览器版无法打开文件所在位置，请在浏览器的下载列表中查看'),
  ),
  'backup:write': validated('backup:write', ({ name, data }) => backups.write(name, data)),
  'backup:list': validated('backup:list', () => backups.list()),
  'backup:read': validated('backup:read', ({ name }) => backups.read(name)),
  'backup:delete': validated('backup:delete', ({ name }) => backups.remove(name)),
  'backup:openFolder': validated('backup:openFolder', async () =>
    fail(BridgeErrorCode.Unsupported, '浏览器版把备份保存在浏览器自己的存储里，无法在文件夹中打开；请在恢复页面选中一个备份并“导出”，再复制到U盘'),
  ),
} satisfies Bridge;
