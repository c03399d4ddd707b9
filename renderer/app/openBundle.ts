import type { OpenedFile } from '@shared/bridge';
import { usePendingBundle } from '../features/sync/pendingBundle';
import { useNavigation } from './navigation';

/** A bundle from outside the import panel: 数据交换 → 导入 previews it (the welcome page's import does, with no fair open yet). */
export const openBundle = (file: OpenedFile): void => {
  usePendingBundle.getState().offer(file);
  useNavigation.getState().go('sync');
};
