import { randomUUID } from 'node:crypto';
import { APP_ORIGIN } from './security';

export const PRINT_PATH_PREFIX = '/__print/';

/**
 * HTML handed to `print:toPdf` or `print:toPrinter` is rendered in a hidden window with JavaScript
 * off. It is served from memory by the `app` protocol rather than from a temp
 * file (a `file://` page could pull any local file into the PDF) or a data URL
 * (Chromium caps URLs at 2 MB, too small for pages with photos).
 */
export type PrintPages = {
  /** Makes `html` loadable until `release()` is called. */
  add: (html: string) => { url: string; release: () => void };
  get: (pathname: string) => string | undefined;
};

export const createPrintPages = (newId: () => string = randomUUID): PrintPages => {
  const pages = new Map<string, string>();
  return {
    add: (html) => {
      const pathname = `${PRINT_PATH_PREFIX}${newId()}.html`;
      pages.set(pathname, html);
      return { url: `${APP_ORIGIN}${pathname}`, release: () => pages.delete(pathname) };
    },
    get: (pathname) => pages.get(pathname),
  };
};
