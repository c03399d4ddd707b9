import type { Page } from 'playwright-core';

/**
 * The live (not deleted) rows of one IndexedDB store, read in the page
 * itself rather than through the app, so a test sees what was really written.
 */
export const storedRows = <T extends { deleted: boolean }>(page: Page, store: string): Promise<T[]> =>
  page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('docking-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            open.result.close();
            resolve((all.result as T[]).filter((row) => !row.deleted));
          };
        };
      }),
    store,
  );
