import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { WebContents } from 'electron';
import { BridgeErrorCode, fail, fileTooLarge, MAX_FILE_BYTES, ok, type BridgeResult, type OpenedFile } from '../shared/bridge';
import { BUNDLE_EXTENSION, OPEN_FILE_CHANNEL } from '../shared/menuCommands';
import { describeError } from './handlers/errors';

const isBundlePath = (arg: string): boolean => !arg.startsWith('-') && arg.toLowerCase().endsWith(BUNDLE_EXTENSION);

/**
 * The bundles on a command line: Windows and Linux pass a double-clicked file
 * as an argument, to the first instance or, through `second-instance`, to the
 * running one. Relative paths are resolved where that launch started.
 */
export const bundlePathsIn = (argv: readonly string[], workingDirectory: string): string[] =>
  argv.slice(1).filter(isBundlePath).map((arg) => path.resolve(workingDirectory, arg));

/** Reads a bundle the operating system handed over: only a regular `.dockbundle` file, no larger than `MAX_FILE_BYTES`. */
export const readBundleFile = async (filePath: string): Promise<BridgeResult<OpenedFile>> => {
  const name = path.basename(filePath);
  if (!isBundlePath(name)) return fail(BridgeErrorCode.BadPayload, `“${name}”不是对接台数据包（.dockbundle）`);
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return fail(BridgeErrorCode.BadPayload, `“${name}”不是文件`);
    if (info.size > MAX_FILE_BYTES) return fileTooLarge(name);
    const bytes = await readFile(filePath);
    return ok({ name, data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  } catch (error) {
    return fail(BridgeErrorCode.Failed, describeError(error));
  }
};

export type BundleOpener = {
  /** Reads the file and hands it to the page, or reports why it cannot. */
  open: (filePath: string) => Promise<void>;
  /** The page to hand files to; files opened before it has loaded wait for it. */
  attach: (contents: WebContents) => void;
};

/**
 * Files can arrive before there is a window (macOS `open-file` at launch) or
 * while the page is still loading, when a message would be lost: they wait
 * until the attached page has finished loading, and the preload holds them
 * until React subscribes.
 */
export const createBundleOpener = (report: (message: string) => void): BundleOpener => {
  const waiting: OpenedFile[] = [];
  let target: WebContents | undefined;
  let loaded = false;
  const flush = (): void => {
    if (target === undefined || !loaded || target.isDestroyed()) return;
    for (const file of waiting.splice(0)) target.send(OPEN_FILE_CHANNEL, file);
  };
  return {
    open: async (filePath) => {
      const read = await readBundleFile(filePath);
      if (!read.ok) {
        report(read.error.message);
        return;
      }
      waiting.push(read.value);
      flush();
    },
    attach: (contents) => {
      target = contents;
      loaded = false;
      // A reload (after a crash) drops messages until the new page has loaded.
      contents.on('did-start-loading', () => {
        if (target === contents) loaded = false;
      });
      contents.on('did-finish-load', () => {
        if (target !== contents) return;
        loaded = true;
        flush();
      });
    },
  };
};
