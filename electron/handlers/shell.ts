import { stat } from 'node:fs/promises';
import path from 'node:path';
import { shell } from 'electron';
import { BridgeErrorCode, fail, ok } from '../../shared/bridge';
import type { MainHandler } from '../ipc';

export const showItemInFolder: MainHandler<'shell:showItemInFolder'> = async ({ path: itemPath }) => {
  if (!path.isAbsolute(itemPath)) return fail(BridgeErrorCode.BadPayload, '请求参数无效（path）：必须是完整路径');
  // `shell.showItemInFolder` silently does nothing for a missing file; say why instead.
  await stat(itemPath);
  shell.showItemInFolder(itemPath);
  return ok(undefined);
};
