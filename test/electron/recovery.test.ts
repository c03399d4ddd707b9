import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, MessageBoxOptions } from 'electron';
import { CRASH_MESSAGE, GIVE_UP_MESSAGE, HANG_BUTTONS, recoverFromCrashes } from '../../electron/recovery';

vi.mock('electron', () => ({ dialog: { showMessageBox: vi.fn() } }));

type Listener = (...args: unknown[]) => void;

/** A window whose page can crash or hang; `answer` is the button the organiser clicks. */
const crashableWindow = (answer = 0) => {
  const listeners = new Map<string, Listener>();
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(`contents:${event}`, listener),
    reload: vi.fn(),
    forcefullyCrashRenderer: vi.fn(),
  };
  const window = {
    webContents: contents,
    isDestroyed: () => false,
    on: (event: string, listener: Listener) => listeners.set(`window:${event}`, listener),
  };
  const asked: MessageBoxOptions[] = [];
  const ask = vi.fn(async (_window: BrowserWindow, options: MessageBoxOptions) => {
    asked.push(options);
    return answer;
  });
  let clock = 0;
  recoverFromCrashes(window as unknown as BrowserWindow, { ask, now: () => clock });
  return {
    contents,
    asked,
    crash: (reason: string) => listeners.get('contents:render-process-gone')?.({}, { reason, exitCode: 1 }),
    hang: () => listeners.get('window:unresponsive')?.(),
    wait: (ms: number) => {
      clock += ms;
    },
  };
};

describe('recoverFromCrashes', () => {
  it('reloads a crashed page and says that nothing is lost', () => {
    const page = crashableWindow();
    page.crash('crashed');
    expect(page.contents.reload).toHaveBeenCalledOnce();
    expect(page.asked).toEqual([expect.objectContaining({ message: CRASH_MESSAGE })]);
  });

  it('leaves a clean exit alone', () => {
    const page = crashableWindow();
    page.crash('clean-exit');
    expect(page.contents.reload).not.toHaveBeenCalled();
    expect(page.asked).toEqual([]);
  });

  it('stops reloading a page that keeps crashing', () => {
    const page = crashableWindow();
    for (let i = 0; i < 4; i += 1) page.crash('oom');
    expect(page.contents.reload).toHaveBeenCalledTimes(3);
    expect(page.asked.at(-1)?.message).toBe(GIVE_UP_MESSAGE);
    page.wait(120_000);
    page.crash('oom');
    expect(page.contents.reload).toHaveBeenCalledTimes(4);
  });

  it('offers 等待 or 重新加载 when the page hangs, and waits by default', async () => {
    const page = crashableWindow(0);
    page.hang();
    page.hang();
    await vi.waitFor(() => expect(page.asked).toHaveLength(1));
    expect(page.asked[0]?.buttons).toEqual([...HANG_BUTTONS]);
    expect(page.contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });

  it('kills and reloads a hung page on 重新加载, without reporting a crash', async () => {
    const page = crashableWindow(1);
    page.hang();
    await vi.waitFor(() => expect(page.contents.forcefullyCrashRenderer).toHaveBeenCalledOnce());
    page.crash('killed');
    expect(page.contents.reload).toHaveBeenCalledOnce();
    expect(page.asked).toHaveLength(1);
  });
});
