import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { isReachable, placeWindow, readWindowState, rememberWindowState, type WindowState } from '../../electron/windowState';

vi.mock('electron', () => ({}));

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const projector = { x: 1920, y: 0, width: 1280, height: 720 };
const saved: WindowState = { x: 2000, y: 40, width: 1100, height: 650, maximized: false };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'docking-desk-window-'));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe('readWindowState', () => {
  it('reads a saved state', async () => {
    const file = path.join(dir, 'window-state.json');
    await writeFile(file, JSON.stringify(saved));
    expect(await readWindowState(file)).toEqual(saved);
  });

  it.each([
    ['a missing file', undefined],
    ['broken JSON', '{"x": 1,'],
    ['a wrong shape', JSON.stringify({ ...saved, width: '1100' })],
    ['an absurd size', JSON.stringify({ ...saved, height: 10 })],
  ])('falls back to the default for %s', async (_case, content) => {
    const file = path.join(dir, 'window-state.json');
    if (content !== undefined) await writeFile(file, content);
    expect(await readWindowState(file)).toBeUndefined();
  });
});

describe('placeWindow', () => {
  it('restores size and position on a screen that is still there', () => {
    expect(placeWindow(saved, [laptop, projector])).toEqual({ x: 2000, y: 40, width: 1100, height: 650, maximized: false });
  });

  it('drops the position when the projector it was on has been unplugged', () => {
    expect(placeWindow(saved, [laptop])).toEqual({ width: 1100, height: 650, maximized: false });
  });

  it('keeps nothing without a saved state', () => {
    expect(placeWindow(undefined, [laptop])).toBeUndefined();
  });

  it('needs a grabbable piece of the title bar on screen', () => {
    expect(isReachable({ ...saved, x: 1900, y: 10 }, [laptop])).toBe(false);
    expect(isReachable({ ...saved, x: 1800, y: 10 }, [laptop])).toBe(true);
    expect(isReachable({ ...saved, x: 100, y: -20 }, [laptop])).toBe(false);
  });
});

type Listener = () => void;
const fakeWindow = (state: { maximized?: boolean; minimized?: boolean } = {}) => {
  const listeners = new Map<string, Listener[]>();
  const window = {
    isDestroyed: () => false,
    isMinimized: () => state.minimized ?? false,
    isFullScreen: () => false,
    isMaximized: () => state.maximized ?? false,
    getNormalBounds: () => ({ x: 10, y: 20, width: 1200, height: 700 }),
    on: (event: string, listener: Listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
  };
  const emit = (event: string) => listeners.get(event)?.forEach((listener) => listener());
  return { window: window as unknown as BrowserWindow, emit };
};

describe('rememberWindowState', () => {
  it('saves the normal bounds once a burst of moves has settled', async () => {
    vi.useFakeTimers();
    const file = path.join(dir, 'window-state.json');
    const { window, emit } = fakeWindow({ maximized: true });
    const onSaved = vi.fn();
    rememberWindowState(window, file, onSaved, 500);
    emit('move');
    emit('move');
    emit('resize');
    expect(onSaved).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(onSaved).toHaveBeenCalledOnce();
    vi.useRealTimers();
    await vi.waitFor(async () => expect(await readWindowState(file)).toEqual({ x: 10, y: 20, width: 1200, height: 700, maximized: true }));
  });

  it('saves at once on close and on maximise, but not while minimised', async () => {
    const file = path.join(dir, 'window-state.json');
    const minimized = { minimized: true };
    const { window, emit } = fakeWindow(minimized);
    const onSaved = vi.fn();
    rememberWindowState(window, file, onSaved);
    emit('close');
    expect(onSaved).not.toHaveBeenCalled();
    minimized.minimized = false;
    emit('maximize');
    emit('close');
    expect(onSaved).toHaveBeenCalledTimes(2);
    await vi.waitFor(async () => expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ width: 1200 }));
  });
});
