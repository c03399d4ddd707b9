import Dexie from 'dexie';
import { createElement, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from '../../../renderer/app/App';
import { useNavigation } from '../../../renderer/app/navigation';
import { openDeskDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { useScheduleUi } from '../../../renderer/features/schedule/store';
import '../../../renderer/app/global.css';
import { afterPaint, longTasks, now, sleep, waitForDom } from '../registry/frames';
import { dragHover } from './dragHover';
import { gridOf } from './gridDom';
import { moveRoundTrips } from './moveRoundTrip';
import type { OpenSample, ScheduleBenchApi, ScheduleBenchWindow } from './protocol';
import { scrollGrid } from './scrollGrid';
import { seed } from './seed';
import { measureSteps } from './steps';

/**
 * The schedule grid benchmark page: the app's own root component, mounted
 * as renderer/main.tsx mounts it, on fair L stored through the app's
 * repositories. Node (bench/suites/scheduleGrid.ts) calls
 * `window.scheduleBench` and clicks the menu with a real pointer.
 *
 * Dexie's debug mode off, as under app://docking-desk (on http://127.0.0.1
 * Dexie would switch it on by itself).
 */
Dexie.debug = false;

const TIMEOUT_MS = 60_000;
const QUIET_MS = 1_000;

const container = document.getElementById('root') as HTMLElement;
const tasks = longTasks();

let mounted: { root: Root; db: DeskDatabase } | undefined;
let armed: Promise<OpenSample> | undefined;

const has = (selector: string) => () => container.querySelector(selector) !== null;

const grid = () => gridOf(container);
const rowCount = () => Number(grid().getAttribute('aria-rowcount')) - 1;

/** Clock started by the click itself (capture phase, before antd's Menu sees it). */
const clickOn = (selector: string): Promise<number> =>
  new Promise((resolve) => {
    const listener = (e: Event) => {
      if (!(e.target instanceof Element) || !e.target.closest(selector)) return;
      document.removeEventListener('click', listener, true);
      resolve(now());
    };
    document.addEventListener('click', listener, true);
  });

const timeOpening = async (): Promise<OpenSample> => {
  const clicked = clickOn('[data-testid="nav-schedule"]');
  const figures = waitForDom(container, has('[data-testid="schedule-figures"]'), TIMEOUT_MS, 'the schedule figures');
  const cards = waitForDom(container, has('[data-testid="schedule-grid"] [data-meeting]'), TIMEOUT_MS, 'the first meeting cards');
  const t0 = await clicked;
  const cardsAt = await cards;
  const painted = await afterPaint();
  const summary = container.querySelector('[data-testid="drag-status"]')?.textContent ?? '';
  return {
    figuresMs: (await figures) - t0,
    cardsMs: cardsAt - t0,
    paintedMs: painted - t0,
    meetingsShown: Number(/共 (\d+) 场洽谈/.exec(summary)?.[1] ?? Number.NaN),
    longTasksMs: tasks.between(t0, painted),
  };
};

const api: ScheduleBenchApi = {
  seed,

  async mount(dbName) {
    if (mounted) throw new Error('the app is already mounted');
    useNavigation.setState({ page: 'organisations' });
    useScheduleUi.setState({ tab: 'grid', personId: null, job: { phase: 'idle' } });
    const db = openDeskDatabase(dbName);
    const root = createRoot(container);
    root.render(createElement(StrictMode, null, createElement(App, { db })));
    mounted = { root, db };
    await waitForDom(container, has('[data-testid="registry-organisations"] .ant-table-row'), TIMEOUT_MS, 'the organisations list');
    await afterPaint();
    await sleep(QUIET_MS);
  },

  armOpen() {
    armed = timeOpening();
  },

  async opened() {
    if (!armed) throw new Error('armOpen first');
    const sample = await armed;
    armed = undefined;
    await sleep(QUIET_MS);
    return sample;
  },

  async leave() {
    useNavigation.setState({ page: 'organisations' });
    await waitForDom(container, has('[data-testid="registry-organisations"] .ant-table-row'), TIMEOUT_MS, 'the organisations list');
    await afterPaint();
    await sleep(QUIET_MS);
  },

  scroll: (params) => scrollGrid(grid(), tasks, params, rowCount()),

  async hover(count) {
    const g = grid();
    g.scrollTop = 0;
    g.scrollLeft = 0;
    await afterPaint();
    return dragHover(g, count);
  },

  async moves(count) {
    const g = grid();
    g.scrollTop = 0;
    g.scrollLeft = 0;
    await afterPaint();
    return moveRoundTrips(g, tasks, count);
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

Object.assign(window, { scheduleBench: api } satisfies ScheduleBenchWindow);
