import Dexie from 'dexie';
import { createElement, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { deriveSlots, ID_PREFIX, type Participant } from '@shared/model';
import { buildSlotBoard, slotStartMs } from '@shared/floor';
import { buildSearchEntry, search } from '@shared/search';
import { fairResults } from '@shared/results';
import { App } from '../../../renderer/app/App';
import { useNavigation, type Page } from '../../../renderer/app/navigation';
import { openDeskDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { writeClockOffset } from '../../../renderer/db/fairClock';
import { newId } from '../../../renderer/db/fieldChanges';
import { readLiveRegistry } from '../../../renderer/db/liveRegistry';
import { participantsConfig } from '../../../renderer/features/registry/kinds/participants';
import '../../../renderer/app/global.css';
import { afterPaint, longTasks, now, sleep, waitForDom } from '../registry/frames';
import type { EventDayApi, EventDayWindow, OpenSample, UpdateSample } from './protocol';
import { EVENTDAY_EVENT, FAIR_NOW, seedEventDay } from './seed';
import { searchQueries } from './queries';

/**
 * The event-day benchmark page: the app's own root component on the fair of
 * bench/pages/eventday/seed.ts. Node (bench/suites/eventDay.ts) calls
 * `window.eventDayBench`; every figure runs from an event (a click, a
 * keystroke, a committed write) to a frame painted with its result.
 */
Dexie.debug = false;

const TIMEOUT_MS = 60_000;
const QUIET_MS = 500;
/** After the app has painted, as an organiser looks at the first page: the app reads the fair's tables into memory meanwhile (useWarmMirrors). */
const SETTLE_MS = 3_000;

const container = document.getElementById('root') as HTMLElement;
const tasks = longTasks();
let mounted: { root: Root; db: DeskDatabase; eventId: string } | undefined;

const q = (selector: string) => container.querySelector<HTMLElement>(selector);
const has = (selector: string) => () => q(selector) !== null;
const need = () => {
  if (!mounted) throw new Error('mount first');
  return mounted;
};

/** The clock of the fair as the seed left it, again: runs last minutes, and the floor must show the same round each time. */
const pinFairClock = async (db: DeskDatabase, eventId: string) => {
  const slot = deriveSlots(EVENTDAY_EVENT)[FAIR_NOW.slot];
  if (!slot) throw new Error('no such slot');
  await writeClockOffset(db, eventId, slotStartMs(slot) + FAIR_NOW.intoSlotMs - Date.now());
};

/** Clicks a menu item and times it to the frame painted once `ready` holds. */
const openPage = async (page: Page, ready: () => boolean, what: string): Promise<OpenSample> => {
  useNavigation.setState({ page: 'organisations' });
  await waitForDom(container, has('[data-testid="registry-organisations"] .ant-table-row'), TIMEOUT_MS, 'the organisations list');
  await afterPaint();
  await sleep(QUIET_MS);
  const item = q(`[data-testid="nav-${page}"]`);
  if (!item) throw new Error(`no menu item ${page}`);
  const t0 = now();
  const dom = waitForDom(container, ready, TIMEOUT_MS, what);
  item.click();
  const domAt = await dom;
  const painted = await afterPaint();
  return { domMs: domAt - t0, paintedMs: painted - t0, longTasksMs: tasks.between(t0, painted) };
};

/** A write committed (as another window or laptop would make it) → the frame painted once `changed` holds. */
const timeUpdate = async (write: () => Promise<unknown>, changed: () => boolean, what: string): Promise<UpdateSample> => {
  await afterPaint();
  const t0 = now();
  const dom = waitForDom(container, changed, TIMEOUT_MS, what);
  await write();
  const written = now();
  const domAt = await dom;
  const painted = await afterPaint();
  await sleep(QUIET_MS);
  return { writeMs: written - t0, domMs: domAt - t0, paintedMs: painted - t0, longTasksMs: tasks.between(t0, painted) };
};

const setInput = (input: HTMLInputElement, value: string) => {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

const api: EventDayApi = {
  seed: seedEventDay,

  async mount(dbName) {
    if (mounted) throw new Error('the app is already mounted');
    useNavigation.setState({ page: 'organisations' });
    const db = openDeskDatabase(dbName);
    const event = await db.events.toCollection().first();
    if (!event) throw new Error('seed first');
    await pinFairClock(db, event.id);
    const root = createRoot(container);
    root.render(createElement(StrictMode, null, createElement(App, { db })));
    mounted = { root, db, eventId: event.id };
    await waitForDom(container, has('[data-testid="registry-organisations"] .ant-table-row'), TIMEOUT_MS, 'the organisations list');
    await afterPaint();
    await sleep(SETTLE_MS);
  },

  /** The desk's search engine alone: the same entries as the desk builds, each query timed. */
  async searchEngine(rounds) {
    const { db, eventId } = need();
    const lists = await readLiveRegistry(db, eventId);
    const data = { event: (await db.events.get(eventId)) as never, organisations: new Map(lists.organisations.map((o) => [o.id, o])), participants: new Map(lists.participants.map((p) => [p.id, p])), lists };
    const entries = lists.participants.map((p: Participant) => buildSearchEntry(participantsConfig.searchSource(p, data)));
    const queries = searchQueries(lists.participants, lists.organisations);
    const samples: { kind: string; ms: number; hits: number }[] = [];
    for (let r = 0; r < rounds; r++)
      for (const { kind, text } of queries) {
        const t = now();
        const hits = search(entries, text).length;
        samples.push({ kind, ms: now() - t, hits });
      }
    return samples;
  },

  /** The desk as the organiser uses it: each query typed into the search box, timed to the hit list painted. */
  async searchDesk() {
    const { db, eventId } = need();
    useNavigation.setState({ page: 'checkin' });
    await waitForDom(container, has('[data-testid="checkin-search"]'), TIMEOUT_MS, 'the check-in search box');
    await afterPaint();
    await sleep(1_000);
    const lists = await readLiveRegistry(db, eventId);
    const queries = searchQueries(lists.participants, lists.organisations);
    const input = (q('[data-testid="checkin-search"] input') ?? q('input[data-testid="checkin-search"]')) as HTMLInputElement | null;
    if (!input) throw new Error('no search input');
    const samples: { kind: string; ms: number; hits: number }[] = [];
    for (const { kind, text } of queries) {
      setInput(input, '');
      await afterPaint();
      await sleep(50);
      const hitsNow = () => container.querySelectorAll('[data-testid="checkin-hits"] [data-testid^="hit-"]').length;
      const t0 = now();
      const dom = waitForDom(container, () => hitsNow() > 0 || q('[data-testid="checkin-hint"]') !== null, 5_000, `hits for ${text}`);
      setInput(input, text);
      await dom.catch(() => now());
      const painted = await afterPaint();
      samples.push({ kind, ms: painted - t0, hits: hitsNow() });
    }
    setInput(input, '');
    return samples;
  },

  openFloor: () => openPage('floor', () => container.querySelectorAll('[data-testid="floor-board"] [data-testid^="floor-row-"]').length > 0, 'the floor board rows'),

  /** Another window marks a meeting of the shown round 未到场 and back: the board's state tag follows. */
  async floorUpdates(count) {
    const { db } = need();
    const samples: UpdateSample[] = [];
    const rows = [...container.querySelectorAll<HTMLElement>('[data-testid="floor-board"] [data-testid^="floor-state-"]')].slice(0, count);
    for (const tag of rows) {
      const table = tag.dataset.testid?.replace('floor-state-', '') ?? '';
      const meetingId = tag.closest<HTMLElement>('[data-meeting-id]')?.dataset.meetingId;
      if (!meetingId) throw new Error(`row of table ${table} names no meeting`);
      const text = () => q(`[data-testid="floor-state-${table}"]`)?.textContent ?? '';
      const before = text();
      samples.push(await timeUpdate(() => db.meetings.update(meetingId, { state: '未到场' }), () => text() !== before && text().includes('未到场'), `table ${table} 未到场`));
      samples.push(await timeUpdate(() => db.meetings.update(meetingId, { state: '待开始' }), () => text() === before, `table ${table} back`));
    }
    return samples;
  },

  openResults: () => openPage('results', () => container.querySelectorAll('[data-testid="results-charts"] svg').length > 0 && has('[data-testid^="kpi-"]')(), 'the dashboard KPIs and charts'),

  /** An outcome recorded (in another window) for a held meeting without one: the dashboard's outcome count follows. */
  async resultsUpdates(count) {
    const { db, eventId } = need();
    const samples: UpdateSample[] = [];
    const recorded = new Set((await db.outcomes.where('eventId').equals(eventId).toArray()).map((o) => o.meetingId));
    const held = (await db.meetings.where('slotId').equals(deriveSlots(EVENTDAY_EVENT)[0]?.id ?? '').toArray()).filter((m) => m.state === '待开始' && !recorded.has(m.id));
    const kpi = () => q('[data-testid="kpi-outcomes"]')?.textContent ?? '';
    for (const m of held.slice(0, count)) {
      const before = kpi();
      const stamp = (await db.outcomes.toCollection().first())?.createdAt ?? '';
      const id = newId(ID_PREFIX.outcome);
      samples.push(
        await timeUpdate(
          () => db.outcomes.add({ id, eventId, createdAt: stamp, updatedAt: stamp, deleted: false, meetingId: m.id, result: '达成合作意向', cooperationModes: ['合作开发'] }),
          () => kpi() !== before,
          'the outcome count',
        ),
      );
    }
    return samples;
  },

  /** Where opening 成果统计 goes: its reads and its figures on their own. */
  async resultsSteps(rounds) {
    const { db, eventId } = need();
    const steps: Record<string, number[]> = { meetings: [], requests: [], outcomes: [], registry: [], fairResults: [] };
    const time = async <T>(name: string, run: () => Promise<T> | T): Promise<T> => {
      const t = now();
      const value = await run();
      steps[name]?.push(now() - t);
      return value;
    };
    for (let r = 0; r < rounds; r++) {
      const meetings = await time('meetings', () => db.meetings.where('eventId').equals(eventId).toArray());
      const requests = await time('requests', () => db.meetingRequests.where('eventId').equals(eventId).toArray());
      const outcomes = await time('outcomes', () => db.outcomes.where('eventId').equals(eventId).toArray());
      const lists = await time('registry', () => readLiveRegistry(db, eventId));
      const event = await db.events.get(eventId);
      if (!event) throw new Error('no event');
      await time('fairResults', () => fairResults({ event, ...lists, requests, meetings, outcomes }, Date.now()));
    }
    return steps;
  },

  /** Where opening 现场 goes: the board's reads (three rounds' meetings, their requests and outcomes) and one board built. */
  async floorSteps(rounds) {
    const { db, eventId } = need();
    const slots = deriveSlots(EVENTDAY_EVENT).slice(FAIR_NOW.slot - 1, FAIR_NOW.slot + 2);
    const steps: Record<string, number[]> = { slotMeetings: [], slotRequests: [], outcomesOfEvent: [], outcomesByMeeting: [], board: [] };
    const time = async <T>(name: string, run: () => Promise<T> | T): Promise<T> => {
      const t = now();
      const value = await run();
      steps[name]?.push(now() - t);
      return value;
    };
    const lists = await readLiveRegistry(db, eventId);
    const event = await db.events.get(eventId);
    if (!event) throw new Error('no event');
    for (let r = 0; r < rounds; r++) {
      const meetings = (await time('slotMeetings', () => Promise.all(slots.map((s) => db.meetings.where('slotId').equals(s.id).toArray())))).flat();
      const requests = await time('slotRequests', () => db.meetingRequests.bulkGet(meetings.flatMap((m) => (m.requestId ? [m.requestId] : []))));
      await time('outcomesOfEvent', () => db.outcomes.where('eventId').equals(eventId).toArray());
      await time('outcomesByMeeting', () => db.outcomes.where('meetingId').anyOf(meetings.map((m) => m.id)).toArray());
      const sources = {
        tables: event.tables,
        participants: new Map(lists.participants.map((p) => [p.id, p])),
        organisations: new Map(lists.organisations.map((o) => [o.id, o])),
        requests: new Map(requests.flatMap((q) => (q ? [[q.id, q] as const] : []))),
        needs: new Map(lists.needs.map((n) => [n.id, n])),
        achievements: new Map(lists.achievements.map((a) => [a.id, a])),
      };
      const slot = slots[1];
      if (slot) await time('board', () => buildSlotBoard(sources, slot, 'current', meetings));
    }
    return steps;
  },

  async unmount() {
    if (!mounted) return;
    mounted.root.unmount();
    mounted.db.close();
    mounted = undefined;
    await afterPaint();
  },
};

Object.assign(window, { eventDayBench: api } satisfies EventDayWindow);
