import path from 'node:path';
import { dialog, type BrowserWindow, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron';

/** The native file dialogs, parented on the calling window when there is one. */
export type Dialogs = {
  /** Resolves to the chosen path, or `undefined` when the organiser cancels. */
  chooseSavePath: (window: BrowserWindow | null, suggestedName: string, filters: FileFilter[]) => Promise<string | undefined>;
  chooseOpenPath: (window: BrowserWindow | null, filters: FileFilter[]) => Promise<string | undefined>;
};

const showSave = (window: BrowserWindow | null, options: SaveDialogOptions) =>
  window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
const showOpen = (window: BrowserWindow | null, options: OpenDialogOptions) =>
  window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);

/**
 * Dialogs open where the last file was saved or opened (organisers export a
 * whole batch into one folder), starting from `initialDirectory`.
 */
export const createDialogs = (initialDirectory: string): Dialogs => {
  let directory = initialDirectory;
  const remember = (chosen: string): string => {
    directory = path.dirname(chosen);
    return chosen;
  };
  return {
    chooseSavePath: async (window, suggestedName, filters) => {
      const result = await showSave(window, { defaultPath: path.join(directory, suggestedName), filters });
      return result.canceled || !result.filePath ? undefined : remember(result.filePath);
    },
    chooseOpenPath: async (window, filters) => {
      const result = await showOpen(window, { defaultPath: directory, filters, properties: ['openFile'] });
      const [chosen] = result.filePaths;
      return result.canceled || chosen === undefined ? undefined : remember(chosen);
    },
  };
};
