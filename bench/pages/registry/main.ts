import Dexie from 'dexie';
import { createElement, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from '../../../renderer/app/App';
import { useNavigation } from '../../../renderer/app/navigation';
import { openDeskDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { useRegistryUi } from '../../../renderer/features/registry/store';
import '../../../renderer/app/global.css';
import { afterPaint, longTasks, now, sleep, waitForDom } from './frames';
import { keystrokeProbe } from './keystrokeProbe';
import { liveUpdate } from './liveUpdate';
import type { OpenSample, RegistryBenchApi, RegistryBenchWindow } from './protocol';
import { scrollBench } from './scrollBench';
import { seed } from './seed';
import { measureSteps } from './steps';

/**
 * The registry benchmark page: the app's own root component, mounted as
 * renderer/main.tsx mounts it, on a database filled through the app's own
 * repository. Node (bench/suites/registry.ts) calls `window.registryBench`
 * and types with real key events.
 *
 * The app runs from app://docking-desk, where Dexie's debug mode is off; on
 * http://127.0.0.1 Dexie would switch it on by itself.
 */
Dexie.debug = false;

const OPEN_TIMEOUT_MS = 60_000;
const QUIET_MS = 1_000;

const container = document.getElementById('root') as HTMLElement;
const tasks = longTasks();

let mounted: { root: Root; db: DeskDatabase } | undefined;

const listOf = (kind: string) => container.querySelector(`[data-testid="registry-${kind}"]`);
const participantsList = (): Element => {
  const list = listOf('participants');
  if (!list) throw new Error('the participants list is not on screen');
  return list;
};
const rowsOf = (kind: string) => () => (listOf(kind)?.querySelector('.ant-table-row') ?? null) !== null;

/** Waits for the first rows of a list, then for a painted frame; times from `t0`. */
const timeOpening = async (t0: number, kind: string, eventShown: Promise<number>): Promise<OpenSample> => {
  const rows = await waitForDom(container, rowsOf(kind), OPEN_TIMEOUT_MS, `the first rows of ${kind}`);
  const painted = await afterPaint();
  return { eventMs: (await eventShown) - t0, rowsMs: rows - t0, paintedMs: painted - t0, longTasksMs: tasks.between(t0, painted) };
};

const probe = keystrokeProbe(participantsList, tasks);

const api: RegistryBenchApi = {
  seed,

  async openApp(dbName) {
    if (mounted) throw new Error('the app is already mounted');
    useNavigation.setState({ page: 'participants' });
    useRegistryUi.getState().setQuery('participants', '');
    const eventShown = waitForDom(container, () => container.querySelector('[data-testid="event-title"]') !== null, OPEN_TIMEOUT_MS, 'the event header');
    const t0 = now();
    const db = openDeskDatabase(dbName);
    const root = createRoot(container);
    root.render(createElement(StrictMode, null, createElement(App, { db })));
    mounted = { root, db };
    return timeOpening(t0, 'participants', eventShown);
  },

  async switchToParticipants() {
    useNavigation.setState({ page: 'organisations' });
    await waitForDom(container, rowsOf('organisations'), OPEN_TIMEOUT_MS, 'the organisations list');
    await afterPaint();
    await sleep(QUIET_MS);
    const t0 = now();
    useNavigation.setState({ page: 'participants' });
    return timeOpening(t0, 'participants', Promise.resolve(t0));
  },

  async focusSearch() {
    const input = participantsList().querySelector<HTMLInputElement>('input[data-testid="registry-search"]');
    if (!input) throw new Error('no search box');
    input.focus();
    await afterPaint();
  },

  arm: (expected) => probe.arm(expected),
  settle: () => probe.settle(),

  scroll: (params) => scrollBench(participantsList(), tasks, params),

  liveUpdate(marker) {
    if (!mounted) throw new Error('the app is not mounted');
    return liveUpdate(mounted.db, participantsList(), tasks, marker);
  },

  async unmount() {
    if (!mounted) return;
    mounted.root.unmount();
    mounted.db.close();
    mounted = undefined;
    await afterPaint();
  },

  steps: measureSteps,
};

Object.assign(window, { registryBench: api } satisfies RegistryBenchWindow);
