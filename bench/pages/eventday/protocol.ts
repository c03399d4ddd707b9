/**
 * What bench/suites/eventDay.ts and the event-day page
 * (bench/pages/eventday/main.ts) pass to each other through `page.evaluate`:
 * plain data only, all times in ms from `performance.now()`.
 */
export type EventDaySeedParams = { dbName: string; quietMs: number };

export type EventDaySeed = {
  participants: number;
  checkedIn: number;
  tables: number;
  slots: number;
  meetings: number;
  noShows: number;
  outcomes: number;
  storeMs: number;
};

/** A page opened from its menu item: click → the DOM shows it → a frame painted with it. */
export type OpenSample = { domMs: number; paintedMs: number; longTasksMs: number[] };

/** A committed write (as another window makes it) → the page's DOM follows → painted. */
export type UpdateSample = { writeMs: number; domMs: number; paintedMs: number; longTasksMs: number[] };

/** One search: its kind (name, initials, mobile tail, organisation, badge), time, and how many people it found. */
export type SearchSample = { kind: string; ms: number; hits: number };

export type EventDayApi = {
  seed(params: EventDaySeedParams): Promise<EventDaySeed>;
  mount(dbName: string): Promise<void>;
  searchEngine(rounds: number): Promise<SearchSample[]>;
  searchDesk(): Promise<SearchSample[]>;
  openFloor(): Promise<OpenSample>;
  floorUpdates(count: number): Promise<UpdateSample[]>;
  openResults(): Promise<OpenSample>;
  resultsUpdates(count: number): Promise<UpdateSample[]>;
  resultsSteps(rounds: number): Promise<Record<string, number[]>>;
  floorSteps(rounds: number): Promise<Record<string, number[]>>;
  unmount(): Promise<void>;
};

export type EventDayWindow = { eventDayBench: EventDayApi };
