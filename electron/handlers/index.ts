import type { MainHandlers } from '../ipc';
import type { PrintPages } from '../printPages';
import { appInfo } from './appInfo';
import { backupsFolder, createBackupHandlers } from './backups';
import type { Dialogs } from './dialogs';
import { createOpenFile, createSaveAs } from './files';
import { createPrintToPdf, createPrintToPrinter } from './print';
import { showItemInFolder } from './shell';

export const createHandlers = (dialogs: Dialogs, printPages: PrintPages): MainHandlers => ({
  'app:info': appInfo,
  'file:saveAs': createSaveAs(dialogs),
  'file:open': createOpenFile(dialogs),
  'print:toPdf': createPrintToPdf(dialogs, printPages),
  'print:toPrinter': createPrintToPrinter(printPages),
  'shell:showItemInFolder': showItemInFolder,
  ...createBackupHandlers(backupsFolder()),
});
