import { useEffect } from 'react';
import { App as AntApp } from 'antd';
import { fileTooLarge, MAX_FILE_BYTES } from '@shared/bridge';
import { BUNDLE_EXTENSION } from '@shared/menuCommands';
import { openBundle } from './openBundle';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/** Why `files` cannot be imported, or `undefined` when they are one bundle. */
export const dropProblem = (files: readonly File[]): string | undefined => {
  const [file] = files;
  if (file === undefined) return undefined;
  if (files.length > 1) return '一次只能导入一个数据包，请逐个拖入';
  if (!file.name.toLowerCase().endsWith(BUNDLE_EXTENSION)) return `“${file.name}”不是对接台数据包（${BUNDLE_EXTENSION}）`;
  const tooLarge = file.size > MAX_FILE_BYTES ? fileTooLarge(file.name) : undefined;
  return tooLarge?.ok === false ? tooLarge.error.message : undefined;
};

/**
 * A bundle dropped anywhere on the window opens in 数据交换 → 导入. Drop zones
 * of their own (the import panel's, a spreadsheet upload) cancel the event
 * first and are left to it.
 */
export const useBundleDrop = (): void => {
  const { message } = AntApp.useApp();
  useEffect(() => {
    const over = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      // Cancelling `dragover` is what makes the window a drop target.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent): void => {
      if (!carriesFiles(event) || event.dataTransfer === null) return;
      const handled = event.defaultPrevented;
      // Always cancelled: Chromium would otherwise open the file in place of the app.
      event.preventDefault();
      if (handled) return;
      const files = [...event.dataTransfer.files];
      const problem = dropProblem(files);
      if (problem !== undefined) {
        message.warning(problem);
        return;
      }
      const [file] = files;
      if (file === undefined) return;
      void file.arrayBuffer().then((buffer) => openBundle({ name: file.name, data: new Uint8Array(buffer) }));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [message]);
};
