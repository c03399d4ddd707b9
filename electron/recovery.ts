import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';

export const CRASH_MESSAGE = '对接台的界面意外退出，已自动恢复。所有已保存的数据都在。';
export const HANG_MESSAGE = '对接台的界面暂时没有响应';
export const HANG_BUTTONS = ['等待', '重新加载'] as const;
export const GIVE_UP_MESSAGE = '对接台的界面反复意外退出，已停止自动恢复。所有已保存的数据都在，请重新启动对接台。';

/** More crashes than this within `CRASH_WINDOW_MS` is a loop (e.g. a page that crashes on load): stop reloading. */
export const MAX_CRASHES = 3;
export const CRASH_WINDOW_MS = 60_000;

export type RecoveryOptions = {
  /** Shows a message box parented on the window; resolves to the button index. */
  ask?: (window: BrowserWindow, options: MessageBoxOptions) => Promise<number>;
  now?: () => number;
};

const askWithDialog = async (window: BrowserWindow, options: MessageBoxOptions): Promise<number> =>
  (await dialog.showMessageBox(window, options)).response;

/**
 * Brings the page back when its renderer crashes or hangs. Nothing is lost:
 * every write is committed to IndexedDB before the UI shows it as saved, so a
 * reload only loses what was being typed.
 */
export const recoverFromCrashes = (window: BrowserWindow, options: RecoveryOptions = {}): void => {
  const ask = options.ask ?? askWithDialog;
  const now = options.now ?? Date.now;
  const contents = window.webContents;
  let crashes: number[] = [];
  // The organiser chose 重新加载 on a hung page: that kill is ours, not a crash to report.
  let killedOnPurpose = false;
  let asking = false;

  const tell = (message: string): void => {
    void ask(window, { type: 'warning', title: '对接台', message, buttons: ['知道了'] });
  };

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    if (killedOnPurpose) {
      killedOnPurpose = false;
      contents.reload();
      return;
    }
    crashes = [...crashes.filter((at) => now() - at < CRASH_WINDOW_MS), now()];
    if (crashes.length > MAX_CRASHES) {
      tell(GIVE_UP_MESSAGE);
      return;
    }
    contents.reload();
    tell(CRASH_MESSAGE);
  });

  window.on('unresponsive', () => {
    // Chromium repeats the event while the page stays hung: one question at a time.
    if (asking) return;
    asking = true;
    void ask(window, {
      type: 'warning',
      title: '对接台',
      message: HANG_MESSAGE,
      detail: '可以等待它完成当前的工作，或重新加载界面。已保存的数据不会丢失，只会丢失正在输入、尚未保存的内容。',
      buttons: [...HANG_BUTTONS],
      defaultId: 0,
      cancelId: 0,
    }).then((response) => {
      asking = false;
      if (response !== 1 || window.isDestroyed()) return;
      // A hung renderer does not run a plain reload; killing it first does, through `render-process-gone`.
      killedOnPurpose = true;
      contents.forcefullyCrashRenderer();
    });
  });
};
