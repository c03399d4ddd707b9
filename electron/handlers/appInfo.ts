import { app } from 'electron';
import { ok } from '../../shared/bridge';
import type { MainHandler } from '../ipc';

export const appInfo: MainHandler<'app:info'> = async () =>
  ok({ version: app.getVersion(), platform: 'electron', dataLocation: app.getPath('userData') });
