import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileTooLarge, MAX_FILE_BYTES, ok } from '../../shared/bridge';
import type { MainHandler } from '../ipc';
import type { Dialogs } from './dialogs';

export const createSaveAs =
  (dialogs: Dialogs): MainHandler<'file:saveAs'> =>
  async ({ suggestedName, filters, data }, { window }) => {
    const target = await dialogs.chooseSavePath(window, suggestedName, filters);
    if (target === undefined) return ok({ canceled: true });
    await writeFile(target, data);
    return ok({ path: target });
  };

export const createOpenFile =
  (dialogs: Dialogs): MainHandler<'file:open'> =>
  async ({ filters }, { window }) => {
    const source = await dialogs.chooseOpenPath(window, filters);
    if (source === undefined) return ok({ canceled: true });
    const name = path.basename(source);
    // Checked before reading: the whole file would otherwise sit in memory and cross IPC.
    if ((await stat(source)).size > MAX_FILE_BYTES) return fileTooLarge(name);
    const bytes = await readFile(source);
    // A plain Uint8Array, as the contract says, rather than a Buffer subclass.
    return ok({ name, data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  };
