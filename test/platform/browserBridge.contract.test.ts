import { afterEach, vi } from 'vitest';
import { browserBridge } from '../../renderer/platform/browserBridge';
import { PAGE_SIZES, type PageSize } from '../../shared/bridge';
import { FakeDirectory } from '../renderer/support/fakeOpfs';
import { describeBridgeContract, type PickedFile, type PrintedPage } from './bridgeContract';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** The file the browser's file input hands over: only what the bridge reads. */
const asFile = (picked: PickedFile): Pick<File, 'name' | 'size' | 'arrayBuffer'> =>
  'data' in picked
    ? new File([picked.data.slice()], picked.name)
    : { name: picked.name, size: picked.size, arrayBuffer: () => Promise.reject(new Error('a file over the limit was read')) };

const isPageSize = (value: string | undefined): value is PageSize => PAGE_SIZES.some((size) => size === value);

/** Reads back the `@page` rule the bridge put in place while the print dialog was open. */
const printedPage = (): PrintedPage => {
  const css = document.head.querySelector('style')?.textContent ?? '';
  const badge = /size: (\d+)mm (\d+)mm;/.exec(css);
  if (badge) return { pageSize: 'badge', landscape: Number(badge[1]) > Number(badge[2]) };
  const match = /size: (\w+)( landscape)?;/.exec(css);
  const pageSize = match?.[1];
  if (!isPageSize(pageSize)) throw new Error('printed without a page size');
  return { pageSize, landscape: match?.[2] !== undefined };
};

/**
 * A browser with OPFS (a fake root), downloads caught at the link's click, the
 * file input answered at its click, and `window.print()` caught.
 */
describeBridgeContract('browser', async () => {
  const root = new FakeDirectory();
  vi.stubGlobal('navigator', { storage: { getDirectory: async () => root.handle() } });
  vi.stubGlobal('FileSystemFileHandle', class {
    createWritable() {}
  });

  const blobs = new Map<string, Blob>();
  // jsdom has no object URLs.
  vi.stubGlobal(
    'URL',
    class extends URL {
      static override createObjectURL = (blob: Blob) => {
        const url = `blob:docking-desk/${blobs.size + 1}`;
        blobs.set(url, blob);
        return url;
      };
      static override revokeObjectURL = () => undefined;
    },
  );
  const downloads: { name: string; url: string }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, url: this.href });
  });

  let nextPick: PickedFile | undefined;
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    if (nextPick === undefined) {
      this.dispatchEvent(new Event('cancel'));
      return;
    }
    Object.defineProperty(this, 'files', { value: [asFile(nextPick)] });
    this.dispatchEvent(new Event('change'));
  });

  const printed: PrintedPage[] = [];
  vi.stubGlobal('print', () => printed.push(printedPage()));

  return {
    bridge: browserBridge,
    platform: 'browser',
    nextOpenDialog: async (file) => {
      nextPick = file;
    },
    cancelNextSave: undefined,
    saved: () =>
      Promise.all(
        downloads.map(async ({ name, url }) => {
          const blob = blobs.get(url);
          if (blob === undefined) throw new Error(`download of ${name} has no blob`);
          return { name, data: new Uint8Array(await blob.arrayBuffer()) };
        }),
      ),
    printed: () => printed,
    plantInBackups: async (name, data) => {
      const folder = await root.handle().getDirectoryHandle('backups', { create: true });
      const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
      await writable.write(data);
      await writable.close();
    },
  };
});
