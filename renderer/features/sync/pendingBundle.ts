import { useEffect } from 'react';
import { create, type StateCreator } from 'zustand';
import type { OpenedFile } from '@shared/bridge';

export const SYNC_TABS = ['export', 'import', 'conflicts', 'backups'] as const;
export type SyncTab = (typeof SYNC_TABS)[number];

/**
 * A bundle that came in from outside the 导入 tab (double-clicked in the file
 * manager, dropped anywhere on the window), waiting for the import panel to
 * preview it, and the 数据交换 tab on show, which the menu can also choose.
 */
export type PendingBundleState = {
  bundle: OpenedFile | undefined;
  tab: SyncTab;
  /** Counts 文件 → 导入数据包 chosen with no fair open; the welcome page opens its import panel on each. */
  importRequests: number;
  /** Queues the bundle for the import panel and brings its tab forward. */
  offer: (bundle: OpenedFile) => void;
  /** The waiting bundle, once: it is gone from the store afterwards. */
  take: () => OpenedFile | undefined;
  showTab: (tab: SyncTab) => void;
  requestImport: () => void;
};

export const pendingBundleState: StateCreator<PendingBundleState> = (set, get) => ({
  bundle: undefined,
  tab: 'export',
  importRequests: 0,
  offer: (bundle) => set({ bundle, tab: 'import' }),
  take: () => {
    const { bundle } = get();
    if (bundle !== undefined) set({ bundle: undefined });
    return bundle;
  },
  showTab: (tab) => set({ tab }),
  requestImport: () => set({ importRequests: get().importRequests + 1 }),
});

export const usePendingBundle = create<PendingBundleState>()(pendingBundleState);

/** Hands a waiting bundle to `onBundle` when `ready` (not in the middle of another import); a stable `onBundle`, please. */
export const useTakePendingBundle = (onBundle: (name: string, data: Uint8Array) => unknown, ready: boolean): void => {
  const waiting = usePendingBundle((s) => s.bundle);
  useEffect(() => {
    if (waiting === undefined || !ready) return;
    const taken = usePendingBundle.getState().take();
    if (taken !== undefined) onBundle(taken.name, taken.data);
  }, [waiting, ready, onBundle]);
};
