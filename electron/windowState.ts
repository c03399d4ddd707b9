import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { BrowserWindow, Rectangle } from 'electron';

/** Where the main window was when it last moved: its normal (unmaximised) bounds, and whether it was maximised. */
export type WindowState = { x: number; y: number; width: number; height: number; maximized: boolean };

/** What to restore: the size always, the position only when it is still on a screen. */
export type WindowPlacement = { width: number; height: number; x?: number; y?: number; maximized: boolean };

export const WINDOW_STATE_FILE = 'window-state.json';

/** How much of the title bar must lie on some screen for the organiser to grab it. */
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 30;
/** Moves and resizes come in bursts; one write after the burst is enough. */
const SAVE_DELAY_MS = 500;

const windowStateSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(200).max(100_000),
  maximized: z.boolean(),
});

/** A missing, unreadable or hand-edited file means the default placement, never a failed start. */
export const readWindowState = async (file: string): Promise<WindowState | undefined> => {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

const overlap = (a: Rectangle, b: Rectangle): Rectangle => {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
};

/** True when a grabbable part of the title bar is on one of `workAreas` (the monitor may have been unplugged since). */
export const isReachable = (state: WindowState, workAreas: readonly Rectangle[]): boolean => {
  const titleBar = { x: state.x, y: state.y, width: state.width, height: GRAB_HEIGHT };
  return workAreas.some((area) => {
    const common = overlap(titleBar, area);
    return common.width >= Math.min(GRAB_WIDTH, state.width) && common.height >= GRAB_HEIGHT;
  });
};

/** The saved placement, minus a position that would put the window off every screen (the OS then centres it). */
export const placeWindow = (state: WindowState | undefined, workAreas: readonly Rectangle[]): WindowPlacement | undefined => {
  if (state === undefined) return undefined;
  const { x, y, width, height, maximized } = state;
  return isReachable(state, workAreas) ? { x, y, width, height, maximized } : { width, height, maximized };
};

export const currentWindowState = (window: BrowserWindow): WindowState => {
  // The normal bounds, so that unmaximising after a restart goes back to the organiser's own size.
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, maximized: window.isMaximized() };
};

const saveWindowState = async (file: string, state: WindowState): Promise<void> => {
  // Written aside then renamed: a crash mid-write leaves the old file, not half a JSON.
  const temp = `${file}.tmp`;
  await writeFile(temp, JSON.stringify(state));
  await rename(temp, file);
};

/**
 * Saves the window's placement to `file` after each move, resize or
 * (un)maximise, and when it closes; `onSaved` keeps a copy for the next window
 * (macOS reopens one from the dock without restarting).
 */
export const rememberWindowState = (
  window: BrowserWindow,
  file: string,
  onSaved: (state: WindowState) => void = () => undefined,
  delayMs = SAVE_DELAY_MS,
): void => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // One write at a time: two would race for the same temp file.
  let writing = Promise.resolve();
  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const state = currentWindowState(window);
    onSaved(state);
    writing = writing
      .then(() => saveWindowState(file, state))
      .catch((error: unknown) => console.error('对接台: cannot save the window state', error));
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', save);
};
